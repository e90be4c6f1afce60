import { StageType } from './model/enums.js';
import { Opportunity, OpportunityById } from './model/opportunity.js';
import type { AnyCodec } from './schema/codec.js';
import { ItemEnvelope, PageEnvelope } from './wire/envelope.js';

/**
 * The three routes that serve the opportunity, as data: their paths, parameters with the meaning
 * the real server gives them (`list-and-access.md`), answers and errors. The endpoint reference is
 * rendered from it, so a route is described once.
 */

/** A parameter of a route. */
export interface RouteParameter {
  /** The name the server binds (query names are case-insensitive). */
  readonly name: string;
  readonly in: 'path' | 'query';
  /** `guid` and `date-time` are texts of that form; `enum` takes one of `values`. */
  readonly type: 'integer' | 'string' | 'boolean' | 'guid' | 'date-time' | 'enum';
  readonly values?: ReadonlyArray<string>;
  /** Sent once per value (`tags=a&tags=b`). */
  readonly repeated?: boolean;
  readonly required?: boolean;
  /** Smallest and largest integer the server takes. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** What the server does with it. */
  readonly doc: string;
}

/** An error answer of a route: the status, and when the server gives it. */
export interface RouteError {
  readonly status: number;
  readonly when: string;
}

/** A `GET` route serving opportunities. */
export interface Route {
  /** A short name: `bycontact`, `byId` or `filter`. */
  readonly name: string;
  /** Under the portal's origin, without the format suffix. */
  readonly path: string;
  /** A few words: what a menu shows. */
  readonly title: string;
  /** One sentence. */
  readonly summary: string;
  readonly parameters: ReadonlyArray<RouteParameter>;
  /** The success envelope's codec (HTTP 200). */
  readonly envelope: AnyCodec;
  /** The codec of each opportunity it carries. */
  readonly item: AnyCodec;
  /** Errors besides those every route shares (401, 402, 403). */
  readonly errors: ReadonlyArray<RouteError>;
  /** What a caller must know. */
  readonly notes: ReadonlyArray<string>;
}

const INT32_MAX = 2_147_483_647;

const COUNT: RouteParameter = {
  name: 'count',
  in: 'query',
  type: 'integer',
  minimum: 0,
  maximum: 1000,
  doc: 'Page size; default and maximum 1000 (more is capped). An unparsable value is ignored.',
};
const START_INDEX: RouteParameter = {
  name: 'startIndex',
  in: 'query',
  type: 'integer',
  minimum: 0,
  doc: 'Index of the first item; negative becomes 0.',
};
const SORT_ORDER: RouteParameter = {
  name: 'sortOrder',
  in: 'query',
  type: 'enum',
  values: ['ascending', 'descending'],
  doc: 'Descending only for exactly `descending`; nothing without `sortBy`.',
};

/** The three routes, in the order a guide compares them. */
export const OPPORTUNITY_ROUTES: ReadonlyArray<Route> = [
  {
    name: 'bycontact',
    path: 'api/2.0/crm/opportunity/bycontact/{contactid}',
    title: "A contact's opportunities",
    summary: "A contact's opportunities: where it takes part, else where it is the primary contact.",
    parameters: [
      {
        name: 'contactid',
        in: 'path',
        type: 'integer',
        required: true,
        minimum: 0,
        maximum: INT32_MAX,
        doc: 'The contact; digits only. An unknown contact is an empty list, never a 404.',
      },
      { ...COUNT, doc: `${COUNT.doc} **0 means no limit**: every item.` },
      START_INDEX,
      {
        name: 'sortBy',
        in: 'query',
        type: 'string',
        doc: 'A property path (`title`, `stage.title`), sorted in memory; an object-valued one fails (500).',
      },
      SORT_ORDER,
      { name: 'filterBy', in: 'query', type: 'string', doc: 'A property path to filter on, in memory.' },
      {
        name: 'filterOp',
        in: 'query',
        type: 'enum',
        values: ['equals', 'contains', 'startsWith', 'endsWith', 'present'],
        doc: 'Default `equals`; all ignore case but `present`, a case-sensitive substring test.',
      },
      {
        name: 'filterValue',
        in: 'query',
        type: 'string',
        doc: "Compared with the property's .NET text; commas split it into alternatives.",
      },
    ],
    envelope: PageEnvelope,
    item: Opportunity,
    errors: [{ status: 400, when: 'the id is beyond Int32' }],
    notes: [
      'Sorted by title. **All or nothing** for a caller who is not an administrator: one private deal hidden from them empties the list. `filter` with `contactid` and `contactAlsoIsParticipant=true` lists the visible ones.',
      '`total` only when the page size is smaller than the list; `nextIndex` only when the page is full.',
    ],
  },
  {
    name: 'byId',
    path: 'api/2.0/crm/opportunity/{opportunityid}',
    title: 'One opportunity',
    summary: 'One opportunity.',
    parameters: [
      {
        name: 'opportunityid',
        in: 'path',
        type: 'integer',
        required: true,
        minimum: 1,
        maximum: INT32_MAX,
        doc: 'The deal; digits only.',
      },
    ],
    envelope: ItemEnvelope,
    item: OpportunityById,
    errors: [
      { status: 400, when: 'id 0 ("Value does not fall within the expected range."), or beyond Int32' },
      { status: 404, when: 'no such deal, a deal hidden from the caller, or one whose stage is gone' },
    ],
    notes: [
      '`accessList` is always sent. The primary contact is there even when hidden from the caller; members are still filtered. Custom fields are all there, by position, Headings included (`entityId` 0, `fieldValue` "").',
    ],
  },
  {
    name: 'filter',
    path: 'api/2.0/crm/opportunity/filter',
    title: 'Search opportunities',
    summary: 'A search over every deal the caller may see; every criterion given must hold.',
    parameters: [
      {
        name: 'contactid',
        in: 'query',
        type: 'integer',
        minimum: 1,
        maximum: INT32_MAX,
        doc: 'Deals whose primary contact it is (with `contactAlsoIsParticipant`, where it takes part).',
      },
      {
        name: 'contactAlsoIsParticipant',
        in: 'query',
        type: 'boolean',
        doc: "With `contactid`: bycontact's selection, paged without its defect. Alone: `[]`.",
      },
      {
        name: 'stageType',
        in: 'query',
        type: 'enum',
        values: StageType.names,
        doc: 'A name (any case) or its number 0–2; anything else is a 400.',
      },
      {
        name: 'opportunityStagesid',
        in: 'query',
        type: 'integer',
        minimum: 1,
        maximum: INT32_MAX - 1,
        doc: "A stage's id.",
      },
      {
        name: 'responsibleid',
        in: 'query',
        type: 'guid',
        doc: "The responsible user's id; a bad GUID is a 400.",
      },
      {
        name: 'tags',
        in: 'query',
        type: 'string',
        repeated: true,
        doc: 'Deals carrying all of them (trimmed, case ignored); `tags[]=` works too.',
      },
      {
        name: 'fromDate',
        in: 'query',
        type: 'date-time',
        doc: 'With `toDate`: the close-date window, both ends included (the expected date while Open, else the actual one). Alone: `[]`.',
      },
      { name: 'toDate', in: 'query', type: 'date-time', doc: 'With `fromDate`; alone: `[]`.' },
      {
        name: 'filterValue',
        in: 'query',
        type: 'string',
        doc: 'Words (before the first comma) that must each start a word of the title or the description.',
      },
      {
        name: 'sortBy',
        in: 'query',
        type: 'enum',
        values: ['title', 'responsible', 'stage', 'bidValue', 'dateAndTime', 'id'],
        doc: 'Default: by stage in pipeline order (`sortOrder` ignored). The first five sort in the database; `id` (any other name) loads every match and sorts in memory.',
      },
      SORT_ORDER,
      { ...COUNT, doc: `${COUNT.doc} 0 gives one row (the database is asked for count + 1).` },
      START_INDEX,
    ],
    envelope: PageEnvelope,
    item: Opportunity,
    errors: [{ status: 400, when: 'an id, GUID, stage type, boolean or date it cannot read' }],
    notes: [
      'Items have the bycontact shape. Paged in the database: hidden deals are skipped, never a reason for an empty page.',
      '`total` is always there (left out when 0): startIndex + the items on a short page, else the count of every match. `nextIndex` (start + count + 1) when the page is full and more follow.',
      '`updatedSince` has no effect; `filterBy` and `filterOp` only with a `sortBy` sorted in memory.',
    ],
  },
];
