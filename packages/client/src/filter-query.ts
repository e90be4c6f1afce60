import { ApiDateTime, StageType, type WireFormat } from '@oo-crm/core';
import { INT32_MAX, idOf, intIn, MAX_PAGE_SIZE, within } from './endpoint.js';
import { InvalidArgumentError } from './errors.js';
import { booleanOption, textOption } from './options.js';

/**
 * The orders of `opportunity/filter`. The first five are the database's (`title` and `bidValue`
 * alone; `responsible`, `stage` and `dateAndTime`, the close date, with the server's tie-breaks);
 * `id` is sorted by the server in memory after loading every match.
 */
export type FilterSortBy = 'title' | 'responsible' | 'stage' | 'bidValue' | 'dateAndTime' | 'id';
/** Every {@link FilterSortBy}, for a command line's or a form's choices. */
export const FILTER_SORT_BY: ReadonlyArray<FilterSortBy> = [
  'title',
  'responsible',
  'stage',
  'bidValue',
  'dateAndTime',
  'id',
];
const STAGE_TYPES: ReadonlyArray<string> = StageType.names;

/**
 * A search of `GET api/2.0/crm/opportunity/filter` (docs/routes.md): every criterion given must
 * hold; none at all lists every deal the caller may see. Unlike `bycontact`, the server pages in
 * its database and skips the deals hidden from the caller, so a page is never emptied by them.
 */
export interface FilterOptions {
  /** Deals whose primary contact is this one (or, with `alsoParticipant`, where it takes part). */
  readonly contactId?: number | string;
  /**
   * With `contactId`: the deals where the contact is a participant, else (when it takes part in
   * none) where it is the primary contact: `bycontact`'s selection, without its defect.
   */
  readonly alsoParticipant?: boolean;
  /** `Open`, `ClosedAndWon` or `ClosedAndLost`. */
  readonly stageType?: StageType;
  /** A stage's id. */
  readonly stageId?: number;
  /** The responsible user's id (a GUID). */
  readonly responsibleId?: string;
  /** Deals carrying all of these tags (the server ignores case and surrounding spaces). */
  readonly tags?: ReadonlyArray<string>;
  /**
   * The close-date window, both ends included, both required: the expected close date of an open
   * deal, the actual one of a closed deal. A `Date`, or a date text the server reads
   * (`2024-03-01`, `2024-03-01T09:00:00`, or its own `2024-03-01T09:00:00.0000000+03:00`);
   * without an offset, the portal's time zone applies.
   */
  readonly from?: Date | string;
  readonly to?: Date | string;
  /** Words that must each start a word of the title or of the description (case ignored). */
  readonly text?: string;
  /** Default: by stage, in pipeline order. */
  readonly sortBy?: FilterSortBy;
  /** Only with `sortBy`. */
  readonly sortOrder?: 'ascending' | 'descending';
  /** Page size, 1–1000 (the server's default and maximum is 1000). */
  readonly count?: number;
  /** Index of the first item. */
  readonly startIndex?: number;
  /** Cancels the call at any stage, a backoff sleep included. */
  readonly signal?: AbortSignal;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;

/**
 * Whether a short date text (`2024-03-01`, `…T09:00`, `…T09:00:00`) names a real calendar date
 * and time: completed to the server's full form, it is read by the one date rule core has
 * (`2024-02-30` and `2024-13-45` are not dates; the server would read them as something else).
 */
function isCalendarDateText(value: string): boolean {
  if (!DATE_TEXT.test(value)) return false;
  const completion = value.length === 10 ? 'T00:00:00Z' : value.length === 16 ? ':00Z' : 'Z';
  return ApiDateTime.parse(`${value}${completion}`) !== undefined;
}

/** A date option as the server's date text. */
function dateText(name: string, value: Date | string): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new InvalidArgumentError(`${name} is an invalid Date`);
    return ApiDateTime.fromDate(value).text;
  }
  if (typeof value === 'string' && (isCalendarDateText(value) || ApiDateTime.parse(value) !== undefined)) {
    return value;
  }
  throw new InvalidArgumentError(
    `${name} must be a Date or a date text such as 2024-03-01 or 2024-03-01T09:00:00.0000000+03:00, of a real calendar date`,
  );
}

/** A text option that the server would cut at its first comma, refused rather than cut. */
function noComma(name: string, value: string): string {
  if (value.includes(',')) {
    throw new InvalidArgumentError(
      `${name} must not contain a comma: the server reads only what comes before it`,
    );
  }
  return value;
}

/**
 * The query of a search, checked before any I/O: what the server would answer with an
 * unconditional `[]` (`alsoParticipant` without `contactId`, one end of the date window), or
 * misread, is an {@link InvalidArgumentError}.
 */
export function filterQuery(options: FilterOptions): [string, string][] {
  const o = options;
  booleanOption('alsoParticipant', o.alsoParticipant);
  textOption('responsibleId', o.responsibleId);
  textOption('text', o.text);
  if (o.tags !== undefined && !Array.isArray(o.tags)) {
    throw new InvalidArgumentError('tags must be an array of texts');
  }
  if (o.alsoParticipant !== undefined && o.contactId === undefined) {
    throw new InvalidArgumentError(
      'alsoParticipant needs contactId: without it the server answers an empty list',
    );
  }
  if ((o.from === undefined) !== (o.to === undefined)) {
    throw new InvalidArgumentError(
      'from and to go together: with only one of them the server answers an empty list',
    );
  }
  if (o.stageType !== undefined && !STAGE_TYPES.includes(o.stageType)) {
    throw new InvalidArgumentError(`stageType must be one of ${STAGE_TYPES.join(', ')}`);
  }
  if (o.responsibleId !== undefined && !GUID.test(o.responsibleId)) {
    throw new InvalidArgumentError('responsibleId must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)');
  }
  if (o.sortBy !== undefined && !FILTER_SORT_BY.includes(o.sortBy)) {
    throw new InvalidArgumentError(`sortBy must be one of ${FILTER_SORT_BY.join(', ')}`);
  }
  if (o.sortOrder !== undefined && o.sortOrder !== 'ascending' && o.sortOrder !== 'descending') {
    throw new InvalidArgumentError("sortOrder must be 'ascending' or 'descending'");
  }
  if (o.sortOrder !== undefined && o.sortBy === undefined) {
    throw new InvalidArgumentError(
      'sortOrder needs sortBy: the default order (by stage) is always ascending',
    );
  }
  const tags = (o.tags ?? []).map((t) => {
    if (typeof t !== 'string' || t.trim() === '')
      throw new InvalidArgumentError('tags must be non-empty texts');
    return noComma('a tag', t.trim());
  });
  const text = o.text === undefined || o.text.trim() === '' ? undefined : noComma('text', o.text.trim());
  const entries: [string, string | undefined][] = [
    ['contactid', o.contactId === undefined ? undefined : idOf('contactId', o.contactId, 1)],
    ['contactAlsoIsParticipant', o.alsoParticipant === undefined ? undefined : String(o.alsoParticipant)],
    ['stageType', o.stageType],
    ['opportunityStagesid', intIn('stageId', o.stageId, 1, INT32_MAX - 1)],
    ['responsibleid', o.responsibleId?.toLowerCase()],
    ...tags.map((t): [string, string] => ['tags', t]),
    ['fromDate', o.from === undefined ? undefined : dateText('from', o.from)],
    ['toDate', o.to === undefined ? undefined : dateText('to', o.to)],
    ['filterValue', text],
    ['sortBy', o.sortBy],
    ['sortOrder', o.sortOrder],
    // count=0 would give one row on this route (the server asks its database for count + 1).
    ['count', intIn('count', o.count, 1, MAX_PAGE_SIZE)],
    ['startIndex', intIn('startIndex', o.startIndex, 0, INT32_MAX)],
  ];
  return entries.filter((e): e is [string, string] => e[1] !== undefined);
}

/** The URL of `GET api/2.0/crm/opportunity/filter[.xml]` under the base URL. */
export function filterUrl(base: URL, format: WireFormat, options: FilterOptions = {}): URL {
  const url = new URL(`api/2.0/crm/opportunity/filter${format === 'xml' ? '.xml' : ''}`, base);
  for (const [k, v] of filterQuery(options)) url.searchParams.append(k, v);
  return within(base, url);
}
