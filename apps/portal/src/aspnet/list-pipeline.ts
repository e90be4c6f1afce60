import { ApiDateTime, FILTER_OPS as FILTER_OP_NAMES, MAX_PAGE_SIZE, type SORT_ORDERS } from '@oo-crm/core';
import { readInt32 } from './dotnet.js';
import type { Query } from './query.js';

/**
 * ONLYOFFICE's generic list parameters, as the API framework applies them in memory to a handler's
 * list: read from the query (`ApiContext.cs`, "Ctx"), then filtered, sorted and paged
 * (`CompiledSmartList.cs`, "CSL"; `SmartList.cs`, "SL"), and the envelope's paging figures
 * (`ApiSmartListResponceFilter.cs`, `ApiHttpHandlerBase.cs`, "HB"), all under
 * `module/ASC.Api/ASC.Api/` in CommunityServer 7c503dfb. Each rule cites its lines there, and
 * docs/real-server.md states them; "(I)" marks what is inferred from .NET, not read.
 */

/**
 * The generic list parameters `ApiContext` reads from the query of every route (Ctx 40-122), by
 * their names in lower case: the framework's, never bound to a handler's argument (the binders,
 * binders.ts, leave them to {@link readListRequest}).
 */
export const LIST_PARAMETERS = [
  'count',
  'startindex',
  'sortby',
  'sortorder',
  'filterby',
  'filterop',
  'filtervalue',
  'updatedsince',
  'type',
  'fields',
] as const;
type ListParameter = (typeof LIST_PARAMETERS)[number];
const LIST_NAMES: ReadonlySet<string> = new Set(LIST_PARAMETERS);

/** Whether the framework reads a parameter of this name itself (names without case). */
export const isListParameter = (name: string): boolean => LIST_NAMES.has(name.toLowerCase());

/** A generic list parameter's text, as the query holds it. */
const listText = (query: Query, name: ListParameter): string | undefined => query.get(name);

/** The list request a query makes. */
export interface ListRequest {
  /** Page size; 0 for no limit (`count=0`), which still counts as the page size in the figures. */
  readonly pageSize: number;
  readonly startIndex: number;
  readonly sortBy: string | undefined;
  readonly descending: boolean;
  readonly filter: Filter | undefined;
  /** `filterValue=` as given: the filter route's text search reads it too, with or without `filterBy`. */
  readonly filterValue: string | undefined;
  /** `type=`: the data-contract name items must have. */
  readonly type: string | undefined;
  /** `fields=`: the only properties each item keeps (names ignoring case); the rest vanish, required ones too. */
  readonly fields: ReadonlyArray<string> | undefined;
}

export interface Filter {
  readonly by: string;
  readonly op: FilterOp;
  /** Split on commas: an item matches when any piece does (Ctx 83). */
  readonly values: ReadonlyArray<string>;
}

/** A `filterOp` name (core's route table), in lower case: the server compares them without case. */
export type FilterOp = Lowercase<(typeof FILTER_OP_NAMES)[number]>;
const FILTER_OPS: ReadonlySet<string> = new Set(FILTER_OP_NAMES.map((op) => op.toLowerCase()));
/** The comparison without a `filterOp`, or with one the server does not know (SL 401-438). */
const DEFAULT_FILTER_OP: FilterOp = 'equals';
/** The one `sortOrder` text that sorts descending, as written (Ctx 73). */
const DESCENDING: (typeof SORT_ORDERS)[number] = 'descending';

/** For `sortBy`, `filterBy`, `count` and `startIndex` only the text before the first comma counts (Ctx 95-122). */
const beforeComma = (value: string | undefined): string | undefined => value?.split(',')[0];

/** .NET's `int.TryParse`: an Int32, else `undefined`. */
function dotNetInt(text: string | undefined): number | undefined {
  const n = text === undefined ? undefined : readInt32(text);
  return typeof n === 'number' ? n : undefined;
}

/**
 * .NET's `Convert.ToDateTime` on the forms a caller sends (ISO dates and date-times, the server's
 * own text, and what `Date.parse` reads); `false` for what it would throw on.
 */
const isDotNetDateTime = (text: string): boolean =>
  ApiDateTime.parse(text) !== undefined || !Number.isNaN(Date.parse(text));

/**
 * The list request of a query, or `'context-failed'` when the server fails while building the
 * request context: an unparsable `updatedSince` throws in `Convert.ToDateTime` (Ctx 89), outside
 * the envelope's try block (HB 118), so the answer is a 500 that is not the envelope.
 */
export function readListRequest(query: Query): ListRequest | 'context-failed' {
  const since = listText(query, 'updatedsince');
  if (since !== undefined && since !== '' && !isDotNetDateTime(since)) return 'context-failed';
  // count (`ulong.TryParse`): unparsable or negative ignored (the page stays the largest, which
  // is the default), capped to it, 0 for no limit (Ctx 52-69).
  const count = dotNetInt(beforeComma(listText(query, 'count')));
  const pageSize = count === undefined || count < 0 ? MAX_PAGE_SIZE : Math.min(count, MAX_PAGE_SIZE);
  // startIndex: unparsable ignored, negative becomes 0.
  const startIndex = Math.max(0, dotNetInt(beforeComma(listText(query, 'startindex'))) ?? 0);
  const filterBy = beforeComma(listText(query, 'filterby'));
  const filterValue = listText(query, 'filtervalue');
  // filterOp: case-insensitive names, unknown ones (and none) fall back to equals (SL 401-438).
  const op = listText(query, 'filterop')?.toLowerCase() ?? DEFAULT_FILTER_OP;
  return {
    pageSize,
    startIndex,
    sortBy: beforeComma(listText(query, 'sortby')) || undefined,
    // Descending only for exactly `descending` (Ctx 73); it does nothing without sortBy.
    descending: listText(query, 'sortorder') === DESCENDING,
    filter:
      filterBy && filterValue !== undefined
        ? {
            by: filterBy,
            op: (FILTER_OPS.has(op) ? op : DEFAULT_FILTER_OP) as FilterOp,
            values: filterValue.split(','),
          }
        : undefined,
    filterValue,
    type: listText(query, 'type') || undefined,
    fields: listText(query, 'fields')
      ? listText(query, 'fields')!
          .split(',')
          .map((f) => f.trim().toLowerCase())
      : undefined,
  };
}

/** An item of the wire envelope with only the properties `fields=` names. */
export function projected(
  item: { readonly [key: string]: unknown },
  fields: ReadonlyArray<string>,
): { [key: string]: unknown } {
  return Object.fromEntries(Object.entries(item).filter(([key]) => fields.includes(key.toLowerCase())));
}

/** A page cut from a list, with the envelope's paging figures as the server computes them. */
export interface Page<T> {
  readonly items: ReadonlyArray<T>;
  readonly count?: number;
  readonly startIndex?: number;
  readonly nextIndex?: number;
  readonly total?: number;
}

/** How the list's items look to the pipeline: the data-contract name, and properties by path. */
export interface ItemShape<T> {
  /** The data-contract name `type=` matches (`opportunity`). */
  readonly contractName: string;
  /** The value at a property path (`stage.title`), names case-insensitive (I); `undefined` when absent. */
  readonly valueAt: (item: T, path: string) => unknown;
  /** The names of the item type's own properties, lower-case: what a path's first step may name. */
  readonly properties: ReadonlySet<string>;
}

/** The value at a property path of a plain value, each name matched ignoring case (I). */
export function propertyAt(item: unknown, path: string): unknown {
  let v: unknown = item;
  for (const step of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const key = Object.keys(v).find((k) => k.toLowerCase() === step.toLowerCase());
    if (key === undefined) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** Sorting by a property that holds an object or a list fails in the server (I): a 500. */
export const SORT_FAILED = 'sort-failed';

/** The .NET string form a filter compares (CSL 321-336): `True`, `1500.000000000`, a date's text. */
function dotNetText(v: unknown, path: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return /bidvalue$/i.test(path) ? v.toFixed(9) : String(v);
  if (v instanceof ApiDateTime) return v.text;
  if (typeof v === 'string') return v;
  return undefined;
}

const MATCHES: { readonly [K in FilterOp]: (text: string, piece: string) => boolean } = {
  // Every comparison but `present` ignores case (OrdinalIgnoreCase, CSL 41-75).
  equals: (t, p) => t.toUpperCase() === p.toUpperCase(),
  contains: (t, p) => t.toUpperCase().includes(p.toUpperCase()),
  startswith: (t, p) => t.toUpperCase().startsWith(p.toUpperCase()),
  endswith: (t, p) => t.toUpperCase().endsWith(p.toUpperCase()),
  // `present` is a case-sensitive substring test (CSL 49-67).
  present: (t, p) => t.includes(p),
};

function sortKey(v: unknown): number | string | boolean | undefined | typeof SORT_FAILED {
  if (v === undefined || v === null) return undefined;
  if (v instanceof ApiDateTime) return v.epochMs;
  if (typeof v === 'object') return SORT_FAILED;
  return v as number | string | boolean;
}

function compareKeys(a: number | string | boolean, b: number | string | boolean): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en'); // culture-sensitive (I)
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * What a handler told the framework about its list (`ApiContext.SetData*`, `SetTotalCount`): a
 * handler that pages in the database fetches one row more than the page, marks it paginated,
 * sorted and filtered, and gives the total itself.
 */
export interface HandlerMarks {
  /** `SetDataPaginated` + `SetDataSorted` + `SetDataFiltered`: the list is already this page (+1 row). */
  readonly paginated?: boolean;
  /** `SetTotalCount`: the envelope's `total`, whatever the list's length. */
  readonly totalCount?: number;
}

/**
 * Runs the request on a handler's list: `type=`, the filter, the sort, then the page, with the
 * envelope's figures (`ApiSmartListResponceFilter.cs` 68; HB 186-189). A paginated list is only
 * cut to the page size.
 */
export function runList<T>(
  items: ReadonlyArray<T>,
  request: ListRequest,
  shape: ItemShape<T>,
  marks: HandlerMarks = {},
): Page<T> | typeof SORT_FAILED {
  const unfiltered = items.length;
  let list: T[] =
    // `type=` names the data contract exactly, case and all (`Opportunity` keeps nothing).
    request.type === undefined || request.type === shape.contractName ? [...items] : [];
  // A `filterBy` whose first step names no property of the type throws while the filter class is
  // written, and the server's catch leaves the filter out: the list stays unfiltered (CSL 218-241).
  const filter =
    marks.paginated || !shape.properties.has((request.filter?.by.split('.')[0] ?? '').toLowerCase())
      ? undefined
      : request.filter;
  if (filter) {
    list = list.filter((item) => {
      const text = dotNetText(shape.valueAt(item, filter.by), filter.by);
      return text !== undefined && filter.values.some((piece) => MATCHES[filter.op](text, piece));
    });
  }
  if (request.sortBy && !marks.paginated) {
    const by = request.sortBy;
    // A nested path with a null step drops the item (CSL 256-260).
    const keyed = list.map((item) => ({ item, key: sortKey(shape.valueAt(item, by)) }));
    if (keyed.some((k) => k.key === SORT_FAILED)) return SORT_FAILED;
    const sign = request.descending ? -1 : 1;
    list = keyed
      .filter((k) => k.key !== undefined || !by.includes('.'))
      .sort((a, b) =>
        a.key === undefined
          ? b.key === undefined
            ? 0
            : -sign
          : b.key === undefined
            ? sign
            : sign * compareKeys(a.key as number | string, b.key as number | string),
      )
      .map((k) => k.item);
  }
  const size = request.pageSize;
  // A paginated list starts at its first row (SetDataPaginated sets StartIndex to 0).
  const start = marks.paginated ? 0 : request.startIndex;
  const page = size === 0 ? list.slice(start) : list.slice(start, start + size);
  const figures: { count?: number; startIndex?: number; nextIndex?: number; total?: number } = {};
  if (page.length > 0) figures.count = page.length;
  if (request.startIndex > 0) figures.startIndex = request.startIndex;
  // nextIndex: the page is full and the unfiltered list goes on beyond it; the requested start +
  // count + 1 (HB 186-189). With count=0 the page size is 0: "full" when the page is empty.
  if (page.length === size && unfiltered - start > size) {
    figures.nextIndex = request.startIndex + page.length + 1;
  }
  // total: the handler's, else when the page size is smaller than the unfiltered list, the
  // filtered length (ApiSmartListResponceFilter 68). A `long?`: written whenever set, 0 included.
  const total = marks.totalCount ?? (size < unfiltered ? list.length : undefined);
  if (total !== undefined) figures.total = total;
  return { items: page, ...figures };
}
