import type { Opportunity } from '@oo-crm/core';
import type { Caller } from '../auth/authenticator.js';
import { RecentlyUsed } from '../bounded/recently-used.js';

/**
 * How many callers' views of the deals a store keeps, a byte per deal each (3.2 MB at 100,000
 * deals): the latest callers', least recent forgotten first (docs/portal.md, "Bounds").
 */
export const VIEWS_KEPT = 32;

/**
 * What decides which deals a caller sees, and what each of them looks like: an administrator sees
 * every deal and contact with every right, whoever they are (`CRMSecutiry.cs` 436-438; crm/store.ts),
 * anyone else by their role and employee. Callers with one key share what is worked out for them.
 */
export const viewKey = (caller: Caller): string =>
  caller.role === 'admin' ? 'admin' : `${caller.role} ${caller.employee.id}`;

/** Which deals one caller may see: a byte per deal (1: seen), how many, and whether that is every one. */
export interface DealsSeen {
  readonly mask: Uint8Array;
  readonly count: number;
  readonly all: boolean;
}

/**
 * The deals each caller may see, worked out once per caller (the store never changes) and kept
 * for the latest {@link VIEWS_KEPT} callers, so that a request tests a byte per deal it walks, not
 * the deal's access list.
 */
export class DealVisibility {
  private readonly kept = new RecentlyUsed<DealsSeen>(VIEWS_KEPT);

  constructor(
    private readonly deals: ReadonlyArray<Opportunity>,
    private readonly visible: (deal: Opportunity, caller: Caller) => boolean,
  ) {}

  of(caller: Caller): DealsSeen {
    const key = viewKey(caller);
    const known = this.kept.get(key);
    if (known) return known;
    const mask = new Uint8Array(this.deals.length);
    let count = 0;
    for (let i = 0; i < mask.length; i++) {
      if (this.visible(this.deals[i]!, caller)) {
        mask[i] = 1;
        count++;
      }
    }
    const seen = { mask, count, all: count === mask.length };
    this.kept.set(key, seen);
    return seen;
  }
}
