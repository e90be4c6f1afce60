import type { Employee } from '@oo-crm/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as E from 'fp-ts/lib/Either.js';
import type { Authenticator } from '../auth.js';
import { credentialsOf } from '../auth.js';
import { applyListParams, parseListParams } from '../list-params.js';
import { type Query, readQuery } from '../query.js';
import type { Store } from '../store.js';
import { formatOf, sendApiError, sendHtmlNotFound, sendPage, sendUnauthorized } from '../wire.js';

const INT32_MAX = 2_147_483_647;
// The route's id segment: digits only, with the optional format suffix.
const ID_SEGMENT = /^(\d+)(?:\.(json|xml))?$/;

/** Who is calling, or the 401 already sent. */
function caller(
  request: FastifyRequest,
  reply: FastifyReply,
  auth: Authenticator,
  query: Query,
): Employee | undefined {
  const employee = auth.identify(credentialsOf(request.headers, query));
  if (!employee) sendUnauthorized(reply, request.headers.authorization !== undefined);
  return employee;
}

/** `GET api/2.0/crm/opportunity/bycontact/{contactid}[.json|.xml]`, with the server's routing, access and list rules. */
export function opportunityRoutes(app: FastifyInstance, auth: Authenticator, store: Store): void {
  app.get<{ Params: { segment: string } }>(
    '/api/2.0/crm/opportunity/bycontact/:segment',
    async (request, reply) => {
      const match = ID_SEGMENT.exec(request.params.segment);
      // A non-digit id matches no API route: the web server's HTML 404, not the envelope.
      if (!match) return sendHtmlNotFound(reply);
      const format = formatOf(match[2], request.headers['content-type']);
      const query = readQuery(request.url);
      const who = caller(request, reply, auth, query);
      if (!who) return reply;
      const contactId = Number(match[1]);
      if (contactId > INT32_MAX) return sendApiError(reply, format, 400, 'Invalid contact id');
      const params = parseListParams(query);
      if (E.isLeft(params)) return sendApiError(reply, format, 400, params.left);
      const page = applyListParams(store.byContact(contactId, who), params.right, (d) => d.created.epochMs);
      return sendPage(reply, format, page);
    },
  );
}
