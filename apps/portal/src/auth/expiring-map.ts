/**
 * A map whose entries expire and whose size is bounded, for what the portal holds per client
 * (tokens, login counters): a flood of logins or user names costs bounded memory. Every entry is
 * given the same lifetime by its owner, so insertion order is expiry order: expired entries are
 * dropped from the front as new ones come, and past `maxSize` the oldest goes — unless the map
 * is told never to drop a live entry, and then the new one is not taken.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, { readonly value: V; readonly expiresAt: number }>();

  constructor(
    private readonly maxSize: number,
    private readonly now: () => number = Date.now,
    /** Whether a full map drops its oldest live entry for a new one (else the new one is refused). */
    private readonly evictLive = true,
  ) {}

  /** The value, unless absent or expired. */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    return entry !== undefined && entry.expiresAt > this.now() ? entry.value : undefined;
  }

  /** Whether a new key would be taken without dropping a live entry. */
  hasRoom(): boolean {
    this.dropExpired();
    return this.entries.size < this.maxSize;
  }

  /** Sets a value until `expiresAt`, moving the key to the end (the newest); false when refused (full). */
  set(key: string, value: V, expiresAt: number): boolean {
    this.dropExpired();
    const known = this.entries.delete(key);
    if (!known && !this.evictLive && this.entries.size >= this.maxSize) return false;
    this.entries.set(key, { value, expiresAt });
    if (this.entries.size > this.maxSize) this.entries.delete(this.entries.keys().next().value as string);
    return true;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [held, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(held);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** How many entries are held, expired ones not yet dropped included. */
  get size(): number {
    return this.entries.size;
  }
}
