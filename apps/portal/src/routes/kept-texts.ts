// What a portal keeps of the deals' texts it wrote, for the next answer that holds them: the
// store never changes, so a deal's text for one view is always the same (routes/wire.ts writes them).
import type { WireFormat } from '@oo-crm/core';
import { RecentlyUsed } from '../bounded/recently-used.js';

/** The least room kept for items' texts by default (docs/portal.md, "Bounds"). */
const ITEM_BYTES_KEPT = 64 * 1024 * 1024;
/** The most room kept for items' texts by default. */
const MOST_ITEM_BYTES_KEPT = 512 * 1024 * 1024;
/** A deal's text in one form (about 3 KB in JSON, 4 KB in XML) with what keeping it costs. */
const ROOM_PER_DEAL = 4 * 1024;
/**
 * What each kept text costs beside its bytes (its key, its entry and its Buffer's objects: 410
 * bytes of heap and the Buffer's own allocation, measured), counted so that the bound is the
 * memory the texts take.
 */
const ENTRY_BYTES = 512;

/**
 * How many bytes of items' texts a portal keeps by default: room for every deal's text once, at
 * least {@link ITEM_BYTES_KEPT} and at most 512 MiB. What a caller saw is then not written twice:
 * at 100,000 deals, pages of 1,000 to 20 clients are answered from what was kept (390 MiB), where
 * 64 MiB held a fifth of the deals and most answers were written anew (docs/portal.md).
 */
export function defaultKeptTextBytes(deals: number): number {
  return Math.min(MOST_ITEM_BYTES_KEPT, Math.max(ITEM_BYTES_KEPT, deals * ROOM_PER_DEAL));
}

/** An item's text as a caller saw it, and the item it was written from. */
interface Kept {
  readonly item: object;
  readonly bytes: Buffer;
}

/**
 * The texts of items a portal wrote, by who saw them, the form and the item, least recent first
 * and at most `maxBytes` (their bytes and {@link ENTRY_BYTES} each): an item's text for one view
 * is always the same, and writing it (core's encoder, tens of microseconds) is the main cost of a
 * page. Kept as UTF-8 bytes: a page is then the bytes of its items put end to end (text with
 * characters beyond Latin-1 is slow to join, and would be encoded again for every answer).
 */
export class ItemTexts {
  private readonly texts: RecentlyUsed<Kept>;

  constructor(maxBytes = ITEM_BYTES_KEPT) {
    this.texts = new RecentlyUsed<Kept>(maxBytes, (kept) => kept.bytes.length + ENTRY_BYTES);
  }

  /** The texts of one view, in one form: `key` names what the caller sees (crm/visibility.ts, `viewKey`). */
  of(
    key: string,
    format: WireFormat,
  ): {
    get(item: { readonly id: number }): Buffer | undefined;
    set(item: { readonly id: number }, bytes: Buffer): void;
  } {
    const prefix = `${key}\n${format}\n`;
    return {
      get: (item) => {
        const kept = this.texts.get(prefix + item.id);
        // Another item with the same id (a test state's pinned list) is another text.
        return kept?.item === item ? kept.bytes : undefined;
      },
      set: (item, bytes) => this.texts.set(prefix + item.id, { item, bytes }),
    };
  }

  /** How many bytes are kept. */
  get size(): number {
    return this.texts.cost;
  }
}

/** A caller's kept texts, for `pagePieces` (routes/wire.ts). */
export type KeptTexts = ReturnType<ItemTexts['of']>;
