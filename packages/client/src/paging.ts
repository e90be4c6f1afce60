import { PagingError } from './errors.js';

/** What the iterator needs of a page: its items and the server's paging figures. */
export interface PageLike {
  readonly items: ReadonlyArray<{ readonly id: number }>;
  readonly total?: number;
  readonly nextIndex?: number;
}

/** Bounds of one all-pages iteration. */
export interface PagingBudget {
  /** Most pages fetched. */
  readonly maxPages: number;
  /** Most items yielded. */
  readonly maxItems: number;
  /** Most bytes of bodies read, over every page (each page is also within `maxResponseBytes`). */
  readonly maxTotalBytes: number;
}

/** A page and the size of the body it was read from. */
export interface SizedPage<P> {
  readonly page: P;
  readonly bytes: number;
}

/**
 * Every page of a list, by the server's paging: pages of `size` from `start` until a short page,
 * an empty one, or `total` (the filtered length) is reached; `size` 0 is one page of everything.
 * Pages are yielded one by one and never kept, so a caller that writes each out holds one at a time.
 * It steps by the items received, not by `nextIndex`, which the server sets one past the next start. A hostile or broken server cannot make it run for ever:
 * it stops with a {@link PagingError} past the budget, or as soon as the paging does not advance
 * (the same first item as the page before, or a `nextIndex` that does not pass this page's start).
 */
export async function* allPages<P extends PageLike>(
  fetchPage: (startIndex: number, count: number) => Promise<SizedPage<P>>,
  start: number,
  size: number,
  budget: PagingBudget,
): AsyncGenerator<P, void, undefined> {
  let pages = 0;
  let items = 0;
  let bytes = 0;
  let previousFirst: number | undefined;
  for (let at = start; ; ) {
    if (pages === budget.maxPages) {
      throw new PagingError(`stopped after ${pages} pages (maxPages) with more to come`, 'max-pages');
    }
    const sized = await fetchPage(at, size);
    const page = sized.page;
    pages++;
    const got = page.items.length;
    const first = page.items[0]?.id;
    if (
      (pages > 1 && got > 0 && first === previousFirst) ||
      (page.nextIndex !== undefined && page.nextIndex <= at)
    ) {
      throw new PagingError(
        `the server's paging does not advance (page ${pages}, startIndex ${at}): stopped`,
        'no-progress',
      );
    }
    if (items + got > budget.maxItems) {
      throw new PagingError(
        `stopped at ${items} items (maxItems ${budget.maxItems}) with more to come`,
        'max-items',
      );
    }
    if (bytes + sized.bytes > budget.maxTotalBytes) {
      throw new PagingError(
        `stopped at ${bytes} bytes of ${pages - 1} pages (maxTotalBytes ${budget.maxTotalBytes}) with more to come`,
        'max-bytes',
      );
    }
    items += got;
    bytes += sized.bytes;
    yield page;
    // A size of 0 asks the server for every item at once.
    if (size === 0 || got < size || got === 0 || (page.total !== undefined && at + got >= page.total)) return;
    at += got;
    previousFirst = first;
  }
}
