import { FILTER_ROUTE, FILTER_SORT_BY as SORT_BY, type StageType, type WireFormat } from '@oo-crm/core';
import { type OptionNames, requestUrl } from './request-url.js';

/**
 * The orders of `opportunity/filter`. The first five are the database's (`title` and `bidValue`
 * alone; `responsible`, `stage` and `dateAndTime`, the close date, with the server's tie-breaks);
 * `id` is sorted by the server in memory after loading every match.
 */
export type FilterSortBy = (typeof SORT_BY)[number];
/** Every {@link FilterSortBy}, for a command line's or a form's choices (core's route table). */
export const FILTER_SORT_BY: ReadonlyArray<FilterSortBy> = SORT_BY;

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
  /**
   * A text search, which depends on the portal's full-text engine (docs/real-server.md): with
   * Elasticsearch each word must occur in the title or the description (or a custom field), case
   * ignored; **a server without it answers every text search with an empty list**.
   */
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

/** Each search option's parameter of `opportunity/filter`. */
export const FILTER_OPTIONS: OptionNames<FilterOptions> = {
  contactId: 'contactid',
  alsoParticipant: 'contactAlsoIsParticipant',
  stageType: 'stageType',
  stageId: 'opportunityStagesid',
  responsibleId: 'responsibleid',
  tags: 'tags',
  from: 'fromDate',
  to: 'toDate',
  text: 'filterValue',
  sortBy: 'sortBy',
  sortOrder: 'sortOrder',
  count: 'count',
  startIndex: 'startIndex',
};

/**
 * The URL of `GET api/2.0/crm/opportunity/filter[.xml]` under the base URL, checked before any
 * I/O against the route table: what the server would answer with an unconditional `[]`
 * (`alsoParticipant` without `contactId`, one end of the date window), or misread, is an
 * InvalidArgumentError.
 */
export function filterUrl(base: URL, format: WireFormat, options: FilterOptions = {}): URL {
  return requestUrl(base, FILTER_ROUTE, format, FILTER_OPTIONS, options);
}
