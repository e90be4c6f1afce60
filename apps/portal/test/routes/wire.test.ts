// A page written in pieces is the text the core encoder writes for the whole page (with `bidValue`
// at the database's scale in JSON, as the portal writes it).
import { encodeOpportunities, type Json, PageEnvelope, type WireFormat, writeWire } from '@oo-crm/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projected } from '../../src/aspnet/list-pipeline.js';
import type { Caller } from '../../src/auth/authenticator.js';
import { Store } from '../../src/crm/store.js';
import { viewKey } from '../../src/crm/visibility.js';
import { generateDataset, generateOpportunities, USERS } from '../../src/dataset/index.js';
import { defaultKeptTextBytes, ItemTexts } from '../../src/routes/kept-texts.js';
import { ITEMS_PER_PIECE, pagePieces, withBidScale } from '../../src/routes/wire.js';

const DEALS = generateOpportunities(3 * ITEMS_PER_PIECE + 7);
const same = <T>(x: T) => x;

describe('a page in pieces', () => {
  it.each(['json', 'xml'] as const)(
    'joins to the core encoder’s text in %s, for 0, 1, one piece, one more, and several',
    (format: WireFormat) => {
      fc.assert(
        fc.property(
          fc.constantFrom(0, 1, ITEMS_PER_PIECE, ITEMS_PER_PIECE + 1, DEALS.length),
          fc.record(
            {
              count: fc.integer({ min: 1, max: 2000 }),
              startIndex: fc.integer({ min: 1, max: 2000 }),
              nextIndex: fc.integer({ min: 1, max: 2000 }),
              total: fc.integer({ min: 1, max: 100_000 }),
            },
            { requiredKeys: [] },
          ),
          (size, figures) => {
            const page = { ...figures, items: DEALS.slice(0, size) };
            const pieces = [...pagePieces(page, same, format, undefined)];
            const whole = encodeOpportunities(page, format);
            expect(Buffer.concat(pieces).toString()).toBe(format === 'json' ? withBidScale(whole) : whole);
            // No piece holds more than its share of items.
            expect(pieces.length).toBe(2 + Math.ceil(size / ITEMS_PER_PIECE));
          },
        ),
        { numRuns: 30 },
      );
    },
  );

  it.each(['json', 'xml'] as const)(
    'keeps only the fields= properties in %s, as a whole page would',
    (format) => {
      const page = { items: DEALS.slice(0, ITEMS_PER_PIECE * 2 + 3), count: ITEMS_PER_PIECE * 2 + 3 };
      const fields = ['id', 'title'];
      const wire = PageEnvelope.encode(page);
      const items = wire['response'] as ReadonlyArray<{ readonly [key: string]: Json }>;
      const whole = writeWire(
        { ...wire, response: items.map((i) => projected(i, fields) as { [key: string]: Json }) },
        format,
      );
      expect(Buffer.concat([...pagePieces(page, same, format, fields)]).toString()).toBe(whole);
    },
  );

  it.each([
    ['json', '{"nextIndex":0,"total":0,"status":0,"statusCode":200,"response":[]}'],
    [
      'xml',
      '<result><nextIndex>0</nextIndex><total>0</total><status>0</status><statusCode>200</statusCode></result>',
    ],
  ] as const)(
    'writes a total and a nextIndex set to 0 in %s, as the server writes its nullable longs',
    (format, text) => {
      expect(
        Buffer.concat([
          ...pagePieces({ items: [], total: 0, nextIndex: 0 }, same, format, undefined),
        ]).toString(),
      ).toBe(text);
    },
  );

  it('builds what the caller sees of an item only when its piece is written', () => {
    let built = 0;
    const pieces = pagePieces(
      { items: DEALS },
      (d) => {
        built++;
        return d;
      },
      'json',
      undefined,
    );
    pieces.next();
    pieces.next();
    expect(built).toBe(ITEMS_PER_PIECE);
  });
});

describe('the texts a portal keeps (ItemTexts)', () => {
  const dataset = generateDataset({ deals: 400, seed: 11 });
  const store = new Store(dataset);
  const employees = USERS.map(({ login: _, ...e }) => e);
  const callers: ReadonlyArray<Caller> = [
    { role: 'admin', employee: employees[0]! },
    ...employees.map((employee) => ({ role: 'user' as const, employee })),
  ];
  const bytes = (pieces: Iterable<Buffer>) => Buffer.concat([...pieces]).toString();

  it.each(['json', 'xml'] as const)(
    'give in %s the bytes a fresh write gives, to every caller as that caller sees the deals',
    (format) => {
      const texts = new ItemTexts();
      const page = { items: dataset.opportunities.slice(0, 250), count: 250 };
      const views = new Set<string>();
      for (const round of [1, 2]) {
        for (const caller of callers) {
          const seen = store.seenBy(caller);
          const kept = texts.of(`${caller.role} ${caller.employee.id}`, format);
          const fresh = bytes(pagePieces(page, seen, format, undefined));
          expect(bytes(pagePieces(page, seen, format, undefined, kept))).toBe(fresh);
          if (round === 1) views.add(fresh);
        }
      }
      // The callers do not all see the same thing: a cache keyed wrongly would have shown it.
      expect(views.size).toBeGreaterThan(2);
    },
  );

  it('are shared by callers who see the same: every administrator, whoever they are', () => {
    const admins: ReadonlyArray<Caller> = [0, 3, 5].map((i) => ({ role: 'admin', employee: employees[i]! }));
    const page = { items: dataset.opportunities.slice(0, 250), count: 250 };
    for (const format of ['json', 'xml'] as const) {
      const texts = admins.map((a) => bytes(pagePieces(page, store.seenBy(a), format, undefined)));
      expect(new Set(admins.map(viewKey)).size).toBe(1);
      expect(new Set(texts).size).toBe(1);
    }
    const users = callers.filter((c) => c.role === 'user');
    expect(new Set(users.map(viewKey)).size).toBe(users.length);
  });

  it('keep at most their bound in bytes, forgetting the least recent first', () => {
    const deals = dataset.opportunities.slice(0, 50);
    const size = (d: (typeof deals)[number]) =>
      Buffer.byteLength(bytes(pagePieces({ items: [d] }, same, 'json', undefined)));
    const bound = 10_000;
    const texts = new ItemTexts(bound);
    const kept = texts.of('admin', 'json');
    for (const deal of deals) {
      [...pagePieces({ items: [deal] }, same, 'json', undefined, kept)];
      expect(texts.size).toBeLessThanOrEqual(bound);
    }
    expect(texts.size).toBeGreaterThan(bound - 2 * Math.max(...deals.map(size)));
    expect(kept.get(deals[0]!)).toBeUndefined();
    expect(kept.get(deals[49]!)).toBeDefined();
  });

  it('have room for every deal once by default, 64 to 512 MiB', () => {
    const MiB = 1024 * 1024;
    expect([60, 10_000, 20_000, 100_000, 1_000_000].map((n) => defaultKeptTextBytes(n) / MiB)).toEqual([
      64, 64, 78.125, 390.625, 512,
    ]);
  });

  it('never give an item the text of another item with the same id', () => {
    const texts = new ItemTexts();
    const kept = texts.of('admin', 'json');
    const deal = dataset.opportunities[0]!;
    const other = { ...deal, title: 'Another deal, same id' };
    const text = (d: typeof deal) => bytes(pagePieces({ items: [d] }, same, 'json', undefined, kept));
    expect(text(deal)).not.toContain('Another deal');
    expect(text(other)).toContain('Another deal');
    expect(text(deal)).not.toContain('Another deal');
  });
});
