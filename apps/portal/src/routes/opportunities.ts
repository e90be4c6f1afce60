import type { Opportunity, WireFormat } from '@oo-crm/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BEYOND_INT32, INT32_MAX } from '../aspnet/dotnet.js';
import {
  type ItemShape,
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
import { BadParameter, readFilterRequest } from '../crm/filter-request.js';
import type { Store } from '../crm/store.js';
import { PORTAL_OFFSET_MINUTES } from '../dataset/index.js';
import {
  formatOf,
  sendApiError,
  sendContextFailure,
  sendHtmlNotFound,
  sendOpportunity,
  sendPage,
  sendUnauthorized,
} from './wire.js';

/** What the list pipeline sees of a deal: the properties of what the caller sees of it, by wire name. */
const shapeSeen = (seen: (deal: Opportunity) => Opportunity): ItemShape<Opportunity> => ({
  contractName: 'opportunity',
  valueAt: (deal, path) => propertyAt(seen(deal), path),
});

// The route's id segment: digits only, with the optional format suffix.
const ID_SEGMENT = /^(\d+)(?:\.(json|xml|tml))?$/;
const FILTER_SEGMENT = /^filter(?:\.(json|xml|tml))?$/i;

/**
 * Who is calling, with CRM access: else the answer already sent, a 401 for no valid credentials or
 * a 403 "Forbidden" envelope for a user without CRM access (a guest).
 */
function crmCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  auth: Authenticator,
  query: Query,
  format: WireFormat,
): Caller | undefined {
  const caller = auth.identify(credentialsOf(request.headers, query));
  if (!caller)
    sendUnauthorized(reply, request.headers.authorization !== undefined, request.headers.host ?? '');
  else if (caller.role === 'guest') sendApiError(reply, format, 403, 'Forbidden');
  else return caller;
  return undefined;
}

/** What an id route has read of its request: the id, the form, the query and the caller. */
interface IdRequest {
  readonly id: number;
  readonly format: WireFormat;
  readonly query: Query;
  readonly caller: Caller;
}

/**
 * Reads an id route's request; `undefined` when the answer is already sent: a non-digit id matches
 * no API route (the web server's HTML 404, not the envelope), and a caller may be refused.
 */
function idRequest(
  request: FastifyRequest<{ Params: { segment: string } }>,
  reply: FastifyReply,
  auth: Authenticator,
): IdRequest | undefined {
  const match = ID_SEGMENT.exec(request.params.segment);
  if (!match) {
    sendHtmlNotFound(reply);
    return undefined;
  }
  const format = formatOf(match[2], request.headers['content-type']);
  const query = readQuery(request.url);
  const caller = crmCaller(request, reply, auth, query, format);
  return caller && { id: Number(match[1]), format, query, caller };
}

/**
 * `opportunity/filter`'s page, as its handler builds it (Deals 358-453): with one of the five
 * orders (or none), the database gives `count` + 1 rows from `startIndex` (`count=0` asks for 1);
 * with any other `sortBy`, every row, left to the generic list rules. `total` is `startIndex` + the
 * rows when fewer came than asked, else the count of every match.
 */
function filterPage(
  store: Store,
  query: Query,
  list: ListRequest,
  caller: Caller,
): Page<Opportunity> | BadParameter | typeof SORT_FAILED {
  const request = readFilterRequest(query, PORTAL_OFFSET_MINUTES);
  if (request instanceof BadParameter) return request;
  const asked = (list.pageSize ?? 0) + 1;
  const window = request.order ? { start: list.startIndex, count: asked } : undefined;
  const { rows, matched } = store.search(request.criteria, request.order, caller, window);
  const totalCount = rows.length < asked ? list.startIndex + rows.length : matched;
  return runList(rows, list, shapeSeen(store.seenBy(caller)), {
    paginated: request.order !== undefined,
    totalCount,
  });
}

/**
 * `GET api/2.0/crm/opportunity/bycontact/{contactid}` and `GET api/2.0/crm/opportunity/{id}`
 * (`.json`, `.xml`, `.tml`), with the server's routing, access and list rules.
 */
export function opportunityRoutes(app: FastifyInstance, auth: Authenticator, store: Store): void {
  app.get<{ Params: { segment: string } }>(
    '/api/2.0/crm/opportunity/bycontact/:segment',
    async (request, reply) => {
      const r = idRequest(request, reply, auth);
      if (!r) return reply;
      if (r.id > INT32_MAX) return sendApiError(reply, r.format, 400, 'Invalid contact id');
      const list = readListRequest(r.query);
      if (list === 'context-failed') return sendContextFailure(reply);
      const seen = store.seenBy(r.caller);
      const page = runList(store.byContact(r.id, r.caller), list, shapeSeen(seen));
      if (page === SORT_FAILED)
        return sendApiError(reply, r.format, 500, 'Failed to compare two elements in the array.');
      return sendPage(reply, r.format, page, seen, list.fields);
    },
  );

  // `GET api/2.0/crm/opportunity/{opportunityid:[0-9]+}[.json|.xml|.tml]` (Deals 52-61, 973-1015),
  // and `GET api/2.0/crm/opportunity/filter[.json|.xml|.tml]` (Deals 358-453).
  app.get<{ Params: { segment: string } }>('/api/2.0/crm/opportunity/:segment', async (request, reply) => {
    const filter = FILTER_SEGMENT.exec(request.params.segment);
    if (filter) {
      const format = formatOf(filter[1]?.toLowerCase(), request.headers['content-type']);
      const query = readQuery(request.url);
      const caller = crmCaller(request, reply, auth, query, format);
      if (!caller) return reply;
      const list = readListRequest(query);
      if (list === 'context-failed') return sendContextFailure(reply);
      const found = filterPage(store, query, list, caller);
      if (found instanceof BadParameter) return sendApiError(reply, format, 400, found.message);
      if (found === SORT_FAILED)
        return sendApiError(reply, format, 500, 'Failed to compare two elements in the array.');
      return sendPage(reply, format, found, store.seenBy(caller), list.fields);
    }
    const r = idRequest(request, reply, auth);
    if (!r) return reply;
    if (r.id > INT32_MAX) return sendApiError(reply, r.format, 400, BEYOND_INT32);
    if (r.id === 0)
      return sendApiError(reply, r.format, 400, 'Value does not fall within the expected range.');
    const deal = store.byId(r.id, r.caller);
    return deal ? sendOpportunity(reply, r.format, deal) : sendApiError(reply, r.format, 404, 'Not found');
  });
}
