/** One kept value, linked from the least to the most recently used. */
interface Entry<V> {
  readonly key: string;
  readonly value: V;
  readonly cost: number;
  newer: Entry<V> | undefined;
  older: Entry<V> | undefined;
}

/**
 * A map of what was used lately, bounded by a cost (a count by default, or bytes): past the bound
 * the least recently used entries go first. For what the portal works out once and reads again
 * (a caller's view of the deals, a searched word's hits, a deal's written text): each is kept
 * while it is used, and memory stays bounded whatever the clients ask (docs/portal.md, "Bounds").
 *
 * The order is a linked list beside the map, so every operation costs the same however many are
 * kept. (Using the map's own order, deleting and setting again to touch, cost time in proportion
 * to how many were kept: V8 leaves a deleted entry's slot for iteration to skip until the table
 * is rebuilt, and each eviction walked those from the start: 7 µs an operation with 20,000 kept,
 * 15% of writing a page of deals that are not kept.)
 */
export class RecentlyUsed<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private oldest: Entry<V> | undefined;
  private newest: Entry<V> | undefined;
  private total = 0;

  constructor(
    private readonly maxCost: number,
    private readonly costOf: (value: V) => number = () => 1,
  ) {}

  /** The value, made the most recently used; `undefined` when not kept. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.unlink(entry);
    this.link(entry);
    return entry.value;
  }

  /** Keeps a value as the most recently used, forgetting the least recent past the bound; one over the bound alone is not kept. */
  set(key: string, value: V): void {
    this.delete(key);
    const cost = this.costOf(value);
    if (cost > this.maxCost) return;
    const entry: Entry<V> = { key, value, cost, newer: undefined, older: undefined };
    this.entries.set(key, entry);
    this.link(entry);
    this.total += cost;
    while (this.total > this.maxCost && this.oldest !== undefined) this.delete(this.oldest.key);
  }

  /** The sum of the kept values' costs. */
  get cost(): number {
    return this.total;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.unlink(entry);
    this.total -= entry.cost;
  }

  /** Puts an entry at the most recent end. */
  private link(entry: Entry<V>): void {
    entry.older = this.newest;
    entry.newer = undefined;
    if (this.newest === undefined) this.oldest = entry;
    else this.newest.newer = entry;
    this.newest = entry;
  }

  /** Takes an entry out of the order. */
  private unlink(entry: Entry<V>): void {
    if (entry.older === undefined) this.oldest = entry.newer;
    else entry.older.newer = entry.newer;
    if (entry.newer === undefined) this.newest = entry.older;
    else entry.newer.older = entry.older;
    entry.newer = undefined;
    entry.older = undefined;
  }
}
