import { expectLinear } from '@oo-crm/linearity';
import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../../src/bounded/recently-used.js';

describe('RecentlyUsed: a map bounded by a cost, least recently used forgotten first', () => {
  it('counts entries by default, and forgets the least recently used past the bound', () => {
    const kept = new RecentlyUsed<string>(2);
    kept.set('a', 'A');
    kept.set('b', 'B');
    expect(kept.get('a')).toBe('A'); // now b is the least recent
    kept.set('c', 'C');
    expect([kept.get('a'), kept.get('b'), kept.get('c')]).toEqual(['A', undefined, 'C']);
    expect(kept.cost).toBe(2);
  });

  it('bounds the sum of the costs: one big value forgets several small ones; one over the bound alone is not kept', () => {
    const kept = new RecentlyUsed<string>(10, (v) => v.length);
    for (const k of ['a', 'b', 'c']) kept.set(k, k.repeat(3));
    expect(kept.cost).toBe(9);
    kept.set('d', 'd'.repeat(7));
    expect([kept.get('a'), kept.get('b'), kept.get('c'), kept.get('d')]).toEqual([
      undefined,
      undefined,
      'ccc',
      'ddddddd',
    ]);
    expect(kept.cost).toBe(10);
    kept.set('e', 'e'.repeat(11));
    expect(kept.get('e')).toBeUndefined();
    expect(kept.cost).toBe(10);
  });

  it('a value set again replaces the old one and its cost', () => {
    const kept = new RecentlyUsed<string>(10, (v) => v.length);
    kept.set('a', 'aaaa');
    kept.set('a', 'aa');
    expect([kept.get('a'), kept.cost]).toEqual(['aa', 2]);
  });
});

describe('RecentlyUsed: each operation costs the same however many are kept', () => {
  it('n operations past a bound of n/4 cost time linear in n (the map order alone made it quadratic)', () => {
    // A touch and an eviction per operation, as the page writer's kept texts do once full: keeping
    // the order in the map itself (delete, then set again) walked every deleted slot from the
    // start at each eviction, so each operation cost time in proportion to the bound.
    expectLinear(
      (n) => n,
      (n) => {
        const kept = new RecentlyUsed<number>(n / 4);
        for (let i = 0; i < n; i++) {
          kept.set(`k${i}`, i);
          kept.get(`k${i - n / 8}`);
        }
        return kept.cost;
      },
      10_000,
    );
  });

  it('touching keeps an entry: the least recently used goes, whatever the order of setting', () => {
    const kept = new RecentlyUsed<number>(3);
    for (const k of ['a', 'b', 'c']) kept.set(k, 1);
    kept.get('a');
    kept.get('b');
    kept.set('d', 1); // c is the least recently used
    kept.set('e', 1); // then a
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => kept.get(k))).toEqual([undefined, 1, undefined, 1, 1]);
    expect(kept.cost).toBe(3);
  });
});
