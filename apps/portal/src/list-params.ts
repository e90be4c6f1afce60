import { ApiDateTime } from '@oo-crm/core';
import * as E from 'fp-ts/lib/Either.js';
import type { Query } from './query.js';

/** The largest page the server gives. */
export const MAX_PAGE_SIZE = 1000;

/** ONLYOFFICE's generic list parameters, applied in memory to a handler's list. */
export interface ListParams {
  readonly count: number | undefined;
  readonly startIndex: number;
  readonly sortBy: string | undefined;
  readonly descending: boolean;
  readonly filter: { readonly by: string; readonly op: string; readonly value: string } | undefined;
  readonly updatedSince: number | undefined;
}

/** A page cut from a list, with the envelope's figures as the server computes them. */
export interface Page<T> {
  readonly items: ReadonlyArray<T>;
  readonly count?: number;
  readonly startIndex?: number;
  readonly nextIndex?: number;
  readonly total?: number;
}

const FILTER_OPS = new Set(['contains', 'equals', 'startsWith', 'present']);

function nonNegativeInt(raw: string | undefined, name: string): E.Either<string, number | undefined> {
  if (raw === undefined || raw === '') return E.right(undefined);
  return /^\d{1,9}$/.test(raw) ? E.right(Number(raw)) : E.left(`${name} must be a non-negative integer`);
}

/** For these parameters the server reads only the text before the first comma (`ApiContext.cs` 95-122). */
const beforeComma = (value: string | undefined): string | undefined => value?.split(',')[0];

/** Reads the list parameters from a query; Left with a message for a 400. */
export function parseListParams(query: Query): E.Either<string, ListParams> {
  const count = nonNegativeInt(beforeComma(query.get('count')), 'count');
  const startIndex = nonNegativeInt(beforeComma(query.get('startindex')), 'startIndex');
  if (E.isLeft(count)) return count;
  if (E.isLeft(startIndex)) return startIndex;
  const op = query.get('filterop') ?? 'contains';
  if (!FILTER_OPS.has(op)) return E.left(`filterOp must be one of ${[...FILTER_OPS].join(', ')}`);
  let updatedSince: number | undefined;
  const since = query.get('updatedsince');
  if (since) {
    const parsed = ApiDateTime.parse(since)?.epochMs ?? Date.parse(since);
    if (Number.isNaN(parsed)) return E.left('updatedSince must be a date-time');
    updatedSince = parsed;
  }
  const filterBy = beforeComma(query.get('filterby'));
  return E.right({
    count: count.right === undefined ? undefined : Math.min(count.right, MAX_PAGE_SIZE),
    startIndex: startIndex.right ?? 0,
    sortBy: beforeComma(query.get('sortby')) || undefined,
    descending: query.get('sortorder')?.toLowerCase() === 'descending',
    filter: filterBy ? { by: filterBy, op, value: query.get('filtervalue') ?? '' } : undefined,
    updatedSince,
  });
}

/** The value at a dotted path (`stage.title`) of an item, for sorting and filtering. */
function valueAt(item: unknown, path: string): unknown {
  let v: unknown = item;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v instanceof ApiDateTime ? v.epochMs : v;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}

function matches(item: unknown, filter: NonNullable<ListParams['filter']>): boolean {
  const v = valueAt(item, filter.by);
  if (filter.op === 'present') return v !== undefined && v !== null && v !== '';
  const text = String(v ?? '').toLowerCase();
  const wanted = filter.value.toLowerCase();
  if (filter.op === 'equals') return text === wanted;
  if (filter.op === 'startsWith') return text.startsWith(wanted);
  return text.includes(wanted);
}

/**
 * Filters, sorts and pages a list as the server does, and computes the envelope: `total` when the
 * list is longer than the page, `nextIndex` (start + count + 1: the server's odd +1) when the page
 * is full. `dateOf` gives the date `updatedSince` compares with.
 */
export function applyListParams<T>(
  items: ReadonlyArray<T>,
  params: ListParams,
  dateOf: (item: T) => number,
): Page<T> {
  let list = params.filter ? items.filter((i) => matches(i, params.filter!)) : [...items];
  if (params.updatedSince !== undefined) list = list.filter((i) => dateOf(i) >= params.updatedSince!);
  if (params.sortBy) {
    const by = params.sortBy;
    const sign = params.descending ? -1 : 1;
    list = list
      .map((item, index) => ({ item, index }))
      .sort((a, b) => sign * compare(valueAt(a.item, by), valueAt(b.item, by)) || a.index - b.index)
      .map((x) => x.item);
  } else if (params.descending) {
    list.reverse();
  }
  const size = params.count ?? MAX_PAGE_SIZE;
  const start = params.startIndex;
  const page = list.slice(start, start + size);
  const figures: { count?: number; startIndex?: number; nextIndex?: number; total?: number } = {};
  if (page.length > 0) figures.count = page.length;
  if (start > 0) figures.startIndex = start;
  if (params.count !== undefined && page.length === size && size > 0) figures.nextIndex = start + size + 1;
  if (list.length > page.length) figures.total = list.length;
  return { items: page, ...figures };
}
