// The store's search takes only the page: the same rows as the whole list cut to the window, for
// every caller (the deals each one may see worked out once and kept, a bounded number of callers).
import { FILTER_SORT_BY } from '@oo-crm/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/auth/authenticator.js';
import { DealIndex, type DealOrder, type DealOrderKey } from '../../src/crm/selection.js';
import { Store } from '../../src/crm/store.js';
import { DealVisibility, VIEWS_KEPT } from '../../src/crm/visibility.js';
import { generateDataset, USERS } from '../../src/dataset/index.js';

const DATASET = generateDataset({ deals: 600, seed: 7 });
const DEALS = DATASET.opportunities;
const store = new Store(DATASET);
const employees = USERS.map(({ login: _, ...e }) => e);
const CALLERS: ReadonlyArray<Caller> = [
  { role: 'admin', employee: employees[0]! },
  ...employees.map((employee) => ({ role: 'user' as const, employee })),
];
const EVERYTHING = {
  text: undefined,
  words: [],
  responsibleId: undefined,
  stageId: 0,
  stageType: undefined,
  tags: [],
  contactId: 0,
  alsoParticipant: undefined,
  from: undefined,
  to: undefined,
};
const anOrder = fc.oneof(
  fc.constant('load' as const),
  fc.record({
    key: fc.constantFrom(...FILTER_SORT_BY.map((k) => k.toLowerCase() as DealOrderKey)),
    ascending: fc.boolean(),
  }),
);
const ids = (rows: ReadonlyArray<{ readonly id: number }>) => rows.map((d) => d.id);

describe('Store.search', () => {
  it('answers the window of the whole list, only deals the caller may see, with their count', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CALLERS),
        anOrder,
        fc.constantFrom(undefined, 'Open' as const),
        fc.nat({ max: 700 }),
        fc.integer({ min: 1, max: 120 }),
        (caller, order, stageType, start, count) => {
          const criteria = { ...EVERYTHING, stageType };
          const whole = store.search(criteria, order, caller);
          const page = store.search(criteria, order, caller, { start, count });
          expect(ids(page.rows)).toEqual(ids(whole.rows.slice(start, start + count)));
          expect(page.matched).toBe(whole.rows.length);
          // Visible to the caller exactly when {id} answers it to them.
          const visible = DEALS.filter((d) => store.byId(d.id, caller) !== undefined);
          const selected = visible.filter((d) => stageType === undefined || d.stage?.stageType === stageType);
          expect(new Set(ids(whole.rows))).toEqual(new Set(ids(selected)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('DealIndex.sorted', () => {
  const index = new DealIndex(DEALS, () => []);
  it('takes the first positions of an order, for a few positions (sorted by rank) or many (the order walked)', () => {
    fc.assert(
      fc.property(
        anOrder,
        fc.uniqueArray(fc.nat({ max: DEALS.length - 1 }), { maxLength: DEALS.length }),
        fc.nat({ max: DEALS.length }),
        (order: DealOrder | 'load', positions, limit) => {
          const wanted = new Set(positions);
          const expected = [...index.walk(order)].filter((p) => wanted.has(p)).slice(0, limit);
          expect(index.sorted(positions, order, limit)).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('DealVisibility', () => {
  it('works out what a caller sees once, and keeps at most VIEWS_KEPT callers', () => {
    let tested = 0;
    const visibility = new DealVisibility(DEALS, (deal) => {
      tested++;
      return !deal.isPrivate;
    });
    const caller = (n: number): Caller => ({ role: 'user', employee: { ...employees[0]!, id: `user-${n}` } });
    const first = visibility.of(caller(0));
    expect(first.count).toBe(DEALS.filter((d) => !d.isPrivate).length);
    expect(first.all).toBe(false);
    expect(tested).toBe(DEALS.length);
    expect(visibility.of(caller(0))).toBe(first);
    expect(tested).toBe(DEALS.length);
    for (let n = 1; n <= VIEWS_KEPT; n++) visibility.of(caller(n));
    // Caller 0 was the least recent: forgotten, worked out again.
    tested = 0;
    visibility.of(caller(0));
    expect(tested).toBe(DEALS.length);
  });
});

describe('the cost of a page of every deal', () => {
  it('does not grow with how deep the page is (the order is cut, not walked)', () => {
    const big = new Store(generateDataset({ deals: 40_000, seed: 3 }));
    const admin = CALLERS[0]!;
    const order = { key: 'title', ascending: true } as const;
    // The least time of many runs: what the work costs, not what the machine's load adds.
    const cost = (start: number) => {
      let least = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 30; run++) {
        const t = performance.now();
        for (let k = 0; k < 20; k++) big.search(EVERYTHING, order, admin, { start, count: 26 });
        least = Math.min(least, performance.now() - t);
      }
      return least;
    };
    cost(0);
    // Walking 39,000 deals to the page cost hundreds of times a page at the start.
    expect(cost(39_000) / cost(0)).toBeLessThan(8);
  });
});
