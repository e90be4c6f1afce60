// The generic list parameters as a table: input, expected output, and the source lines in
// the server's source, CommunityServer 7c503dfb module/ASC.Api/ASC.Api/ ("Ctx" ApiContext.cs,
// "CSL" CompiledSmartList.cs, "SL" SmartList.cs, "HB" ApiHttpHandlerBase.cs, "RF" ApiSmartListResponceFilter.cs).
import { ApiDateTime } from '@oo-crm/core';
import { describe, expect, it } from 'vitest';
import {
  type ItemShape,
  type ListRequest,
  propertyAt,
  readListRequest,
  runList,
  SORT_FAILED,
} from '../../src/aspnet/list-pipeline.js';
import { readQuery } from '../../src/aspnet/query.js';

interface Item {
  readonly id: number;
  readonly title: string;
  readonly bidValue: number;
  readonly isPrivate: boolean;
  readonly created: ApiDateTime;
  readonly stage: { readonly title: string } | null;
}

const date = (day: number) =>
  ApiDateTime.from(`2024-03-${String(day).padStart(2, '0')}T10:00:00.0000000+03:00`);
const ITEMS: ReadonlyArray<Item> = [
  { id: 1, title: 'Alpha', bidValue: 1500, isPrivate: false, created: date(1), stage: { title: 'Lost' } },
  { id: 2, title: 'beta', bidValue: 20, isPrivate: true, created: date(2), stage: null },
  { id: 3, title: 'Gamma ray', bidValue: 300.5, isPrivate: false, created: date(3), stage: { title: 'Won' } },
  { id: 4, title: 'delta Alpha', bidValue: 0, isPrivate: false, created: date(4), stage: { title: 'Open' } },
  { id: 5, title: 'Epsilon', bidValue: 7, isPrivate: true, created: date(5), stage: { title: 'Open' } },
];

const SHAPE: ItemShape<Item> = {
  contractName: 'opportunity',
  valueAt: propertyAt,
  properties: new Set(['id', 'title', 'bidvalue', 'isprivate', 'created', 'stage']),
};

function request(query: string): ListRequest {
  const r = readListRequest(readQuery(`/x?${query}`));
  if (r === 'context-failed') throw new Error('context failed');
  return r;
}

/** The ids of the page and its figures. */
function run(query: string) {
  const page = runList(ITEMS, request(query), SHAPE);
  if (page === SORT_FAILED) return SORT_FAILED;
  const { items, ...figures } = page;
  return { ids: items.map((i) => i.id), ...figures };
}

const all = [1, 2, 3, 4, 5];

describe('the generic list parameters', () => {
  it.each<[query: string, expected: object, source: string]>([
    ['', { ids: all, count: 5 }, 'no parameters: the list as the handler ordered it'],
    ['count=2', { ids: [1, 2], count: 2, nextIndex: 3, total: 5 }, 'RF 68; HB 186-189'],
    ['count=2&startIndex=2', { ids: [3, 4], count: 2, startIndex: 2, nextIndex: 5, total: 5 }, 'HB 186-189'],
    [
      'count=2&startIndex=3',
      { ids: [4, 5], count: 2, startIndex: 3, total: 5 },
      'HB 186-189: 5 − 3 is not > 2',
    ],
    ['count=2&startIndex=4', { ids: [5], count: 1, startIndex: 4, total: 5 }, 'a short page: no nextIndex'],
    ['count=5&startIndex=5', { ids: [], startIndex: 5 }, 'count 5 is not smaller than the list: no total'],
    [
      'count=0',
      { ids: all, count: 5, total: 5 },
      'Ctx 52-69, CSL 152: 0 is no limit; RF 68: 0 < 5 sets total',
    ],
    [
      'count=0&filterBy=title&filterValue=zzz',
      { ids: [], nextIndex: 1, total: 0 },
      'HB 186-189: a page of size 0 is full when empty; total written when 0',
    ],
    ['count=2&filterBy=title&filterValue=zzz', { ids: [], total: 0 }, 'RF 68: total set, written when 0'],
    [
      'count=-1',
      { ids: all, count: 5 },
      'Ctx 52-69 (ulong.TryParse): a negative count is ignored, page 1000',
    ],
    ['count=abc', { ids: all, count: 5 }, 'Ctx 52-69: unparsable ignored'],
    ['count=2,9', { ids: [1, 2], count: 2, nextIndex: 3, total: 5 }, 'Ctx 95-122: before the first comma'],
    ['count=5000', { ids: all, count: 5 }, 'Ctx 52-69: capped to 1000'],
    ['startIndex=-3', { ids: all, count: 5 }, 'Ctx: negative becomes 0'],
    ['startIndex=x', { ids: all, count: 5 }, 'Ctx: unparsable ignored'],
    ['filterBy=title&filterValue=alpha', { ids: [1], count: 1 }, 'SL 401-438: default equals, ignoring case'],
    ['filterBy=title&filterOp=contains&filterValue=ALPHA', { ids: [1, 4], count: 2 }, 'CSL 41-75'],
    ['filterBy=title&filterOp=StartsWith&filterValue=g', { ids: [3], count: 1 }, 'names case-insensitive'],
    ['filterBy=title&filterOp=endsWith&filterValue=RAY', { ids: [3], count: 1 }, 'SL 401-438'],
    ['filterBy=title&filterOp=present&filterValue=Alpha', { ids: [1, 4], count: 2 }, 'CSL 49-67'],
    ['filterBy=title&filterOp=present&filterValue=alpha', { ids: [] }, 'present is case-sensitive'],
    ['filterBy=title&filterOp=nonsense&filterValue=beta', { ids: [2], count: 1 }, 'unknown op: equals'],
    ['filterBy=title&filterValue=beta,Epsilon', { ids: [2, 5], count: 2 }, 'Ctx 83: comma pieces OR'],
    ['filterBy=bidValue&filterValue=1500.000000000', { ids: [1], count: 1 }, 'CSL 321-336: .NET decimal'],
    ['filterBy=bidValue&filterValue=1500', { ids: [] }, 'CSL 321-336: not the JS number'],
    ['filterBy=isPrivate&filterValue=True', { ids: [2, 5], count: 2 }, 'CSL 321-336: True/False'],
    [
      'filterBy=created&filterOp=startsWith&filterValue=2024-03-03',
      { ids: [3], count: 1 },
      'a date as its text',
    ],
    ['filterBy=nosuch&filterValue=x', { ids: all, count: 5 }, 'CSL 218-241: an unknown property, no filter'],
    ['filterBy=stage.nosuch&filterValue=x', { ids: [] }, 'an unknown nested step matches nothing'],
    ['filterBy=title,bidValue&filterValue=beta', { ids: [2], count: 1 }, 'Ctx 95-122'],
    ['sortBy=bidValue', { ids: [4, 5, 2, 3, 1], count: 5 }, 'sorting by a number'],
    ['sortBy=bidValue&sortOrder=descending', { ids: [1, 3, 2, 5, 4], count: 5 }, 'Ctx 73'],
    [
      'sortBy=bidValue&sortOrder=Descending',
      { ids: [4, 5, 2, 3, 1], count: 5 },
      'Ctx 73: exactly "descending"',
    ],
    ['sortOrder=descending', { ids: all, count: 5 }, 'Ctx 73: nothing without sortBy'],
    ['sortBy=title', { ids: [1, 2, 4, 5, 3], count: 5 }, 'culture-sensitive text order (I)'],
    ['sortBy=stage.title', { ids: [1, 4, 5, 3], count: 4 }, 'CSL 256-260: a null step drops the item'],
    [
      'sortBy=created&sortOrder=descending&count=2',
      { ids: [5, 4], count: 2, nextIndex: 3, total: 5 },
      'dates',
    ],
    ['type=opportunity', { ids: all, count: 5 }, 'type= keeps the matching data contract'],
    ['type=contact', { ids: [] }, 'type= of another contract: []'],
    ['updatedSince=2030-01-01', { ids: all, count: 5 }, 'CSL 114, 175-320: never applied'],
    [
      'updatedSince=2030-01-01&filterBy=title&filterOp=contains&filterValue=a',
      { ids: [1, 2, 3, 4], count: 4 },
      'the compiled filter ignores updatedSince',
    ],
  ])('%s → %o (%s)', (query, expected) => {
    expect(run(query)).toEqual(expected);
  });

  it('a filtered page: total is the filtered length, nextIndex by the unfiltered one (RF 68; HB 186-189)', () => {
    expect(run('filterBy=title&filterOp=contains&filterValue=a&count=2')).toEqual({
      ids: [1, 2],
      count: 2,
      nextIndex: 3,
      total: 4,
    });
  });

  it('sorting by an object-valued property fails (I): the route answers 500', () => {
    expect(run('sortBy=stage')).toBe(SORT_FAILED);
  });

  it('an unparsable updatedSince fails the request context (Ctx 89, HB 118)', () => {
    expect(readListRequest(readQuery('/x?updatedSince=yesterday-ish'))).toBe('context-failed');
    expect(readListRequest(readQuery('/x?UPDATEDSINCE=2024-01-01T00:00:00'))).not.toBe('context-failed');
  });
});
