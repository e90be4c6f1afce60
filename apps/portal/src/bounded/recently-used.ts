/**
 * A map of what was used lately, bounded by a cost (a count by default, or bytes): past the bound
 * the least recently used entries go first. For what the portal works out once and reads again
 * (a caller's view of the deals, a searched word's hits, a deal's written text): each is kept
 * while it is used, and memory stays bounded whatever the clients ask (docs/portal.md, "Bounds").
 */
export class RecentlyUsed<V> {
  private readonly entries = new Map<string, V>();
  private total = 0;

  constructor(
    private readonly maxCost: number,
    private readonly costOf: (value: V) => number = () => 1,
  ) {}

  /** The value, made the most recently used; `undefined` when not kept. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Keeps a value as the most recently used, forgetting the least recent past the bound; one over the bound alone is not kept. */
  set(key: string, value: V): void {
    this.delete(key);
    const cost = this.costOf(value);
    if (cost > this.maxCost) return;
    this.entries.set(key, value);
    this.total += cost;
    for (const oldest of this.entries.keys()) {
      if (this.total <= this.maxCost) break;
      this.delete(oldest);
    }
  }

  /** The sum of the kept values' costs. */
  get cost(): number {
    return this.total;
  }

  private delete(key: string): void {
    const value = this.entries.get(key);
    if (value === undefined) return;
    this.entries.delete(key);
    this.total -= this.costOf(value);
  }
}
