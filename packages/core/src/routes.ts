import { StageType } from './model/enums.js';
import { Opportunity, OpportunityById } from './model/opportunity.js';
import { INT32_MAX, MAX_PAGE_SIZE, MAX_STAGE_ID } from './request/limits.js';
import type { RouteParameter } from './request/parameter.js';
import type { RequestRoute } from './request/route.js';
import type { AnyCodec } from './schema/codec.js';
import { ItemEnvelope, PageEnvelope } from './wire/envelope.js';

export type { RouteParameter } from './request/parameter.js';

/**
 * The routes as data: their paths, parameters with the meaning the real server gives them
 * (docs/real-server.md), the preconditions the client enforces and where the server is laxer,
 * answers and errors. The client's checks and URLs (`routeUrl`), the endpoint reference and the
 * OpenAPI document read it, so a request rule is written once.
 */

/** An error answer of a route: the status, and when the server gives it. */
export interface RouteError {
  readonly status: number;
  readonly when: string;
}

/** A `GET` route serving opportunities. */
export interface Route extends RequestRoute {
  /** A short name: `bycontact`, `byId` or `filter`. */
  readonly name: string;
  readonly method: 'GET';
  /** A few words: what a menu shows. */
  readonly title: string;
  /** One sentence. */
  readonly summary: string;
  /** The success envelope's codec (HTTP 200). */
  readonly envelope: AnyCodec;
  /** The codec of each opportunity it carries. */
  readonly item: AnyCodec;
  /** Errors besides those every route shares (401, 402, 403). */
  readonly errors: ReadonlyArray<RouteError>;
  /** What a caller must know. */
  readonly notes: ReadonlyArray<string>;
}

/** The orders of a list (`sortOrder`). */
export const SORT_ORDERS = ['ascending', 'descending'] as const;

/** How bycontact's generic list filter compares (`filterOp`). */
export const FILTER_OPS = ['equals', 'contains', 'startsWith', 'endsWith', 'present'] as const;

/**
 * The orders of `opportunity/filter` (`sortBy`): the server's `DealSortedByType` names
 * (the server's SortedByTypeEnum.cs).
 */
export const FILTER_SORT_BY = ['title', 'responsible', 'stage', 'bidValue', 'dateAndTime', 'id'] as const;

// The generic list parameters (count, startIndex, sortOrder) are read leniently by the API's
// framework, not bound by .NET: an unreadable value is ignored, never a 400.
const COUNT: RouteParameter = {
  name: 'count',
  in: 'query',
  type: 'integer',
  minimum: 0,
  maximum: MAX_PAGE_SIZE,
  doc: 'Page size; default and maximum 1000 (more is capped). An unparsable value is ignored.',
  unreadable: 'ignored',
  stricter: { server: 'caps more than 1000, and ignores a negative count' },
};
const START_INDEX: RouteParameter = {
  name: 'startIndex',
  in: 'query',
  type: 'integer',
  minimum: 0,
  doc: 'Index of the first item; negative becomes 0.',
  unreadable: 'ignored',
  stricter: { server: 'reads a negative index as 0' },
};
const SORT_ORDER: RouteParameter = {
  name: 'sortOrder',
  in: 'query',
  type: 'enum',
  values: SORT_ORDERS,
  doc: 'Descending only for exactly `descending`; nothing without `sortBy`.',
  unreadable: 'ignored',
};

/** `GET api/2.0/crm/opportunity/bycontact/{contactid}`: a contact's opportunities. */
export const BYCONTACT_ROUTE: Route = {
  name: 'bycontact',
  method: 'GET',
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
      unreadable: 400,
    },
    {
      ...COUNT,
      doc: 'Page size; above 1000 it is 1000; **`0` means every item**; unparsable or negative is ignored (page of 1000); only the text before a comma counts.',
    },
    { ...START_INDEX, doc: 'Items skipped; negative is 0; unparsable is ignored.' },
    {
      name: 'sortBy',
      in: 'query',
      type: 'string',
      doc: 'A property path (`title`, `stage.title`), sorted in memory; items with a `null` step are dropped; an object-valued property (`contact`, `stage`) fails with 500; text compares culture-sensitively.',
    },
    SORT_ORDER,
    {
      name: 'filterBy',
      in: 'query',
      type: 'string',
      doc: 'A property path to filter on, in memory; a first name that is no property of the deal leaves the list unfiltered (the server drops a filter it cannot write); an unknown nested step (`stage.nosuch`) matches nothing.',
    },
    {
      name: 'filterOp',
      in: 'query',
      type: 'enum',
      values: FILTER_OPS,
      doc: '**`equals` by default** (and for unknown names); `contains`, `startsWith`, `endsWith` ignore case; `present` is a case-sensitive substring test.',
      unreadable: 'ignored',
    },
    {
      name: 'filterValue',
      in: 'query',
      type: 'string',
      doc: 'Split on commas: an item matches when **any** piece does; compared with the .NET text of the value: `True`/`False`, `1500.000000000`, a date as the server writes it.',
    },
  ],
  rules: [
    { kind: 'requires', names: ['sortOrder'], needs: 'sortBy', server: 'ignores it alone' },
    {
      kind: 'requires',
      names: ['filterOp', 'filterValue'],
      needs: 'filterBy',
      server: 'ignores them',
    },
  ],
  ignored: [
    {
      name: 'updatedSince',
      server:
        '**Never filters anything**: ignored (and an unparsable value is a 500 outside the envelope); the client refuses it.',
      why: 'the real server never filters by it (it is ignored, or empties the list); filter the decoded items instead',
    },
    {
      name: 'type',
      server: '`type=opportunity` keeps the list, any other `[]`.',
      why: 'the real server empties the list for any other type than the route already serves',
    },
    {
      name: 'fields',
      server: 'Projects properties away (never send it).',
      why: 'the real server leaves out properties the decoder needs',
    },
  ],
  envelope: PageEnvelope,
  item: Opportunity,
  errors: [{ status: 400, when: 'the id is beyond Int32' }],
  notes: [
    'Sorted by title. **All or nothing** for a caller who is not an administrator: one private deal hidden from them empties the list. `filter` with `contactid` and `contactAlsoIsParticipant=true` lists the visible ones.',
    '`total` only when the page size is smaller than the list; `nextIndex` only when the page is full.',
  ],
};

/** `GET api/2.0/crm/opportunity/{opportunityid}`: one opportunity. */
export const BY_ID_ROUTE: Route = {
  name: 'byId',
  method: 'GET',
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
      unreadable: 400,
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
};

/** `GET api/2.0/crm/opportunity/filter`: a search. */
export const FILTER_ROUTE: Route = {
  name: 'filter',
  method: 'GET',
  path: 'api/2.0/crm/opportunity/filter',
  title: 'Search opportunities',
  summary: 'A search over every deal the caller may see; every criterion given must hold.',
  // `GetDeals(Guid responsibleid, int opportunityStagesid, IEnumerable<string> tags, int contactid,
  // DealMilestoneStatus? stageType, bool? contactAlsoIsParticipant, ApiDateTime fromDate,
  // ApiDateTime toDate)`: module/ASC.Api/ASC.Api.CRM/CRMApi.Deals.cs, `[Read(@"opportunity/filter")]`.
  handlerArguments: [
    'responsibleid',
    'opportunityStagesid',
    'tags',
    'contactid',
    'stageType',
    'contactAlsoIsParticipant',
    'fromDate',
    'toDate',
  ],
  parameters: [
    {
      name: 'contactid',
      in: 'query',
      type: 'integer',
      minimum: 1,
      maximum: INT32_MAX,
      doc: 'Deals whose primary contact it is (with `contactAlsoIsParticipant`, where it takes part).',
      unreadable: 400,
      stricter: { server: 'reads 0 or less as no contact' },
    },
    {
      name: 'contactAlsoIsParticipant',
      in: 'query',
      type: 'boolean',
      doc: "With `contactid`: bycontact's selection, paged without its defect. Alone: `[]`.",
      unreadable: 400,
    },
    {
      name: 'stageType',
      in: 'query',
      type: 'enum',
      values: StageType.names,
      doc: 'A name (any case) or any integer (`Enum.Parse`: one outside 0–2 matches nothing); other text is a 400. The client sends the names.',
      unreadable: 400,
    },
    {
      name: 'opportunityStagesid',
      in: 'query',
      type: 'integer',
      minimum: 1,
      maximum: MAX_STAGE_ID,
      doc: "A stage's id.",
      unreadable: 400,
      stricter: { server: 'reads 0 or less, or 2147483647, as no stage' },
    },
    {
      name: 'responsibleid',
      in: 'query',
      type: 'guid',
      doc: "The responsible user's id; a bad GUID is a 400.",
      unreadable: 400,
    },
    {
      name: 'tags',
      in: 'query',
      type: 'string',
      repeated: true,
      doc: 'Deals carrying all of them (trimmed, case ignored); `tags[]=` works too.',
      trim: true,
      blank: 'refuse',
      stricter: {
        noComma: true,
        server:
          'takes a comma as part of the tag (`tags=a,b` is the one tag "a,b"), which no tag of the CRM has',
      },
    },
    {
      name: 'fromDate',
      in: 'query',
      type: 'date-time',
      doc: 'With `toDate`: the close-date window, both ends included (the expected date while Open, else the actual one). Alone: `[]`.',
      unreadable: 400,
    },
    {
      name: 'toDate',
      in: 'query',
      type: 'date-time',
      doc: 'With `fromDate`; alone: `[]`.',
      unreadable: 400,
    },
    {
      name: 'filterValue',
      in: 'query',
      type: 'string',
      doc: "The text search, which depends on the deployment's full-text engine: with Elasticsearch each word (before the first comma) matches as `*word*` in the title or the description, or through a custom field; **without it every text search answers `[]`**.",
      trim: true,
      stricter: { noComma: true, server: 'reads only what comes before it' },
    },
    {
      name: 'sortBy',
      in: 'query',
      type: 'enum',
      values: FILTER_SORT_BY,
      doc: 'Read by `Enum.Parse` (any case): the six names or their numbers 0–5 sort and page in the database; another integer gives the default database order; none: by stage in pipeline order (`sortOrder` ignored). Any other name loads every match and sorts in memory, and then answers `[]` to a regular user when any match is hidden from them.',
      unreadable: 'ignored',
    },
    SORT_ORDER,
    {
      ...COUNT,
      doc: `${COUNT.doc} 0 gives one row (the database is asked for count + 1); a negative one is ignored (page of 1000).`,
      stricter: {
        minimum: 1,
        server:
          'answers one row for 0 (it asks its database for count + 1), caps more than 1000, and ignores a negative count',
      },
    },
    START_INDEX,
  ],
  rules: [
    {
      kind: 'requires',
      names: ['contactAlsoIsParticipant'],
      needs: 'contactid',
      server: 'answers an empty list',
    },
    { kind: 'together', names: ['fromDate', 'toDate'], server: 'answers an empty list' },
    {
      kind: 'requires',
      names: ['sortOrder'],
      needs: 'sortBy',
      server: 'ignores it: the default order (by stage) is always ascending',
    },
  ],
  envelope: PageEnvelope,
  item: Opportunity,
  errors: [{ status: 400, when: 'an id, GUID, stage type, boolean or date it cannot read' }],
  notes: [
    'Items have the bycontact shape. Paged in the database: hidden deals are skipped, never a reason for an empty page.',
    '`total` is always there, `0` included: startIndex + the items on a short page, else the count of every match. `nextIndex` (start + count + 1) when the page is full and more follow.',
    '`updatedSince` has no effect; `filterBy` and `filterOp` only with a `sortBy` sorted in memory.',
  ],
};

/** The three routes serving opportunities, in the order a guide compares them. */
export const OPPORTUNITY_ROUTES: ReadonlyArray<Route> = [BYCONTACT_ROUTE, BY_ID_ROUTE, FILTER_ROUTE];

const LOGIN_BODY: ReadonlyArray<RouteParameter> = [
  {
    name: 'userName',
    in: 'body',
    type: 'string',
    required: true,
    blank: 'refuse',
    doc: 'The login (an e-mail).',
  },
  { name: 'password', in: 'body', type: 'string', required: true, doc: 'The password; never shown.' },
];

/**
 * `POST api/2.0/authentication`: a login, answered with a token (or, for a user with two-factor
 * authentication, with what the code route needs). A failed login is a 500, not a 401
 * (docs/real-server.md).
 */
export const AUTHENTICATION_ROUTE: RequestRoute = {
  name: 'authentication',
  method: 'POST',
  path: 'api/2.0/authentication',
  parameters: LOGIN_BODY,
};

/** `POST api/2.0/authentication/{code}`: the second step of a two-factor login. */
export const AUTHENTICATION_CODE_ROUTE: RequestRoute = {
  name: 'authenticationCode',
  method: 'POST',
  path: 'api/2.0/authentication/{code}',
  parameters: [
    {
      name: 'code',
      in: 'path',
      type: 'string',
      required: true,
      blank: 'refuse',
      doc: 'The code sent by SMS or shown by the authenticator app.',
    },
    ...LOGIN_BODY,
  ],
};

/** Every route a caller sends a request to: the opportunity routes and the login's two. */
export const REQUEST_ROUTES: ReadonlyArray<RequestRoute> = [
  ...OPPORTUNITY_ROUTES,
  AUTHENTICATION_ROUTE,
  AUTHENTICATION_CODE_ROUTE,
];
