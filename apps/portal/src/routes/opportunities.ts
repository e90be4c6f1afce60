import {
  BY_ID_ROUTE,
  BYCONTACT_ROUTE,
  fieldsOf,
  type Opportunity,
  Opportunity as OpportunitySchema,
  type RequestRoute,
  type WireFormat,
} from '@oo-crm/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BadParameter, bindArguments } from '../aspnet/binders.js';
import { HRESULT } from '../aspnet/dotnet.js';
import {
  type ItemShape,
  isListParameter,
  type ListRequest,
  type Page,
  propertyAt,
  readListRequest,
  runList,
  SORT_FAILED,
} from '../aspnet/list-pipeline.js';
import { type Query, readQuery } from '../aspnet/query.js';
import type { Authenticator, Caller } from '../auth/authenticator.js';
import { credentialsOf } from '../auth/credentials.js';
import { readFilterRequest } from '../crm/filter-request.js';
import type { Store } from '../crm/store.js';
import { viewKey } from '../crm/visibility.js';
import { PORTAL_OFFSET_MINUTES } from '../dataset/index.js';
import { ItemTexts } from './kept-texts.js';
import {
  formatOf,
  sendApiError,
  sendContextFailure,
  sendHtmlNotFound,
  sendOpportunity,
  sendPage,
  sendUnauthorized,
} from './wire.js';

/** The opportunity's property names, lower-case (core's schema). */
const OPPORTUNITY_PROPERTIES: ReadonlySet<string> = new Set(
  fieldsOf(OpportunitySchema).map((f) => f.key.toLowerCase()),
);

/** What the list pipeline sees of a deal: the properties of what the caller sees of it, by wire name. */
const shapeSeen = (seen: (deal: Opportunity) => Opportunity): ItemShape<Opportunity> => ({
  contractName: 'opportunity',
  valueAt: (deal, path) => propertyAt(seen(deal), path),
  properties: OPPORTUNITY_PROPERTIES,
});

// The route's id segment: digits only, with the optional format suffix (matched case-sensitively).
const ID_SEGMENT = /^(\d+)(?:\.(json|xml|tml))?$/;
// The route's word in any case (ASP.NET routing), its suffix as written (JsonNetSerializer 44, 97).
const FILTER_SEGMENT = /^[Ff][Ii][Ll][Tt][Ee][Rr](?:\.(json|xml|tml))?$/;

/** What the opportunity routes need besides the request. */
export interface OpportunityRoutesContext {
  readonly auth: Authenticator;
  readonly store: Store;
  /** An unpaid portal: the API's calls are 402 unless `Payment-Info` exempts them. */
  readonly unpaid: boolean;
  /** How many bytes of deals' written texts are kept (`PortalOptions.keptTextBytes`). */
  readonly keptTextBytes: number;
}

/**
 * Whether a call must pay: on an unpaid portal, unless `Payment-Info` is sent with a value other
 * than empty or `true` (`ProductSecurityFilter.cs` 78-135).
 */
function mustPay(request: FastifyRequest, unpaid: boolean): boolean {
  if (!unpaid) return false;
  const info = request.headers['payment-info'];
  if (info === undefined) return true;
  const value = (Array.isArray(info) ? info.join(',') : info).trim();
  return value === '' || value.toLowerCase() === 'true';
}

/**
 * A request's checks in the server's order (docs/real-server.md; `ApiHttpHandlerBase.cs` 118, `ProductSecurityFilter.cs` 78-135): credentials (401,
 * ASP.NET's plain text), the request context (an unparsable `updatedSince`: ASP.NET's 500 page),
 * the route's arguments (400), then CRM access and payment (403, which overrides 402). Each step
 * answers and gives `undefined` when it refuses.
 */
class Checks {
  readonly query: Query;
  /** The requested `startIndex` once the context is built, echoed on every error envelope (`ApiHttpHandler.cs` 59). */
  private startIndex = 0;

  constructor(
    private readonly request: FastifyRequest,
    private readonly reply: FastifyReply,
    private readonly context: OpportunityRoutesContext,
    readonly format: WireFormat,
  ) {
    this.query = readQuery(request.url);
  }

  caller(): Caller | undefined {
    const caller = this.context.auth.identify(credentialsOf(this.request.headers, this.query));
    if (!caller) {
      const { headers } = this.request;
      sendUnauthorized(this.reply, headers.authorization !== undefined, headers.host ?? '');
    }
    return caller;
  }

  list(): ListRequest | undefined {
    const list = readListRequest(this.query);
    if (list === 'context-failed') {
      sendContextFailure(this.reply);
      return undefined;
    }
    // The argument builder parses a `text/xml` body as XML even on a GET: the empty body throws,
    // a 500 in the envelope (`ApiArgumentBuilder.cs` 158-179; the message is .NET's, I).
    if (this.request.headers['content-type']?.toLowerCase().startsWith('text/xml')) {
      this.refuse(500, 'Root element is missing.', HRESULT.xml);
      return undefined;
    }
    this.startIndex = list.startIndex;
    return list;
  }

  /** The error envelope, with the exception's HResult and the requested `startIndex`. */
  refuse(status: number, message: string, hresult: number = HRESULT.http): FastifyReply {
    return sendApiError(this.reply, this.format, status, message, { hresult, startIndex: this.startIndex });
  }

  /** A 400 with .NET's message and its exception's HResult. */
  badArgument(message: string, hresult: number): FastifyReply {
    return this.refuse(400, message, hresult);
  }

  /**
   * The id in the route's path, bound by .NET from core's route table (its one path parameter,
   * digits by the route's constraint), the other arguments the handler takes with it; `undefined`
   * once it answered the 400.
   */
  pathId(route: RequestRoute, digits: string): number | undefined {
    const [p] = route.parameters.filter((q) => q.in === 'path');
    if (p === undefined) throw new TypeError(`${route.name} has no path parameter`);
    const args = bindArguments(
      route,
      { path: { [p.name]: digits }, query: this.query },
      { offsetMinutes: PORTAL_OFFSET_MINUTES },
      (q) => isListParameter(q.name),
    );
    if (args instanceof BadParameter) {
      this.badArgument(args.message, args.hresult);
      return undefined;
    }
    return args.get(p.name) as number;
  }

  /** CRM access, then payment: a guest is 403 whether or not the portal is paid. */
  permitted(caller: Caller): boolean {
    if (caller.role === 'guest') this.refuse(403, 'Forbidden');
    else if (mustPay(this.request, this.context.unpaid)) this.refuse(402, 'PaymentRequired');
    else return true;
    return false;
  }
}

/**
 * `opportunity/filter`'s page, as its handler builds it (Deals 358-453): with one of the five
 * orders (or none), the database gives `count` + 1 rows from `startIndex` (`count=0` asks for 1);
 * with any other `sortBy`, every row, left to the generic list rules. `total` is `startIndex` + the
 * rows when fewer came than asked, else the count of every match.
 */
function filterPage(
  store: Store,
  request: Exclude<ReturnType<typeof readFilterRequest>, BadParameter>,
  list: ListRequest,
  caller: Caller,
): Page<Opportunity> | typeof SORT_FAILED {
  const asked = list.pageSize + 1;
  const window = request.order ? { start: list.startIndex, count: asked } : undefined;
  const { rows, matched } = store.search(request.criteria, request.order, caller, window);
  const totalCount = rows.length < asked ? list.startIndex + rows.length : matched;
  return runList(rows, list, shapeSeen(store.seenBy(caller)), {
    paginated: request.order !== undefined,
    totalCount,
  });
}

/**
 * `GET api/2.0/crm/opportunity/bycontact/{contactid}`, `GET api/2.0/crm/opportunity/{id}` and
 * `GET api/2.0/crm/opportunity/filter` (`.json`, `.xml`, `.tml`), with the server's routing,
 * order of checks, access and list rules.
 */
export function opportunityRoutes(app: FastifyInstance, context: OpportunityRoutesContext): void {
  const { store } = context;
  // What each caller was sent of each deal, kept for the next page that holds it.
  const texts = new ItemTexts(context.keptTextBytes);
  const keptFor = (caller: Caller, format: WireFormat) => texts.of(viewKey(caller), format);
  const sortFailed = (checks: Checks) =>
    checks.refuse(500, 'Failed to compare two elements in the array.', HRESULT.invalidOperation);

  app.get<{ Params: { segment: string } }>(
    '/api/2.0/crm/opportunity/bycontact/:segment',
    async (request, reply) => {
      const match = ID_SEGMENT.exec(request.params.segment);
      // A non-digit id matches no API route: the web server's HTML 404, not the envelope.
      if (!match) return sendHtmlNotFound(reply);
      const checks = new Checks(request, reply, context, formatOf(match[2], request.headers['content-type']));
      const caller = checks.caller();
      const list = caller && checks.list();
      if (!caller || !list) return reply;
      const id = checks.pathId(BYCONTACT_ROUTE, match[1]!);
      if (id === undefined || !checks.permitted(caller)) return reply;
      const seen = store.seenBy(caller);
      const page = runList(store.byContact(id, caller), list, shapeSeen(seen));
      if (page === SORT_FAILED) return sortFailed(checks);
      return sendPage(reply, checks.format, page, seen, list.fields, keptFor(caller, checks.format));
    },
  );

  // `GET api/2.0/crm/opportunity/{opportunityid:[0-9]+}[.json|.xml|.tml]` (Deals 52-61, 973-1015),
  // and `GET api/2.0/crm/opportunity/filter[.json|.xml|.tml]` (Deals 358-453).
  app.get<{ Params: { segment: string } }>('/api/2.0/crm/opportunity/:segment', async (request, reply) => {
    const filter = FILTER_SEGMENT.exec(request.params.segment);
    const match = filter ?? ID_SEGMENT.exec(request.params.segment);
    if (!match) return sendHtmlNotFound(reply);
    const suffix = match[filter ? 1 : 2];
    const checks = new Checks(request, reply, context, formatOf(suffix, request.headers['content-type']));
    const caller = checks.caller();
    const list = caller && checks.list();
    if (!caller || !list) return reply;
    if (filter) {
      const found = readFilterRequest(checks.query, list, PORTAL_OFFSET_MINUTES);
      if (found instanceof BadParameter) return checks.badArgument(found.message, found.hresult);
      if (!checks.permitted(caller)) return reply;
      const page = filterPage(store, found, list, caller);
      if (page === SORT_FAILED) return sortFailed(checks);
      return sendPage(
        reply,
        checks.format,
        page,
        store.seenBy(caller),
        list.fields,
        keptFor(caller, checks.format),
      );
    }
    const id = checks.pathId(BY_ID_ROUTE, match[1]!);
    if (id === undefined || !checks.permitted(caller)) return reply;
    const deal = store.byId(id, caller);
    return deal
      ? sendOpportunity(reply, checks.format, deal, list.startIndex, list.fields)
      : checks.refuse(404, 'Not found');
  });
}
