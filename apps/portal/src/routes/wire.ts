import {
  encodeApiError,
  encodeOpportunities,
  encodeOpportunity,
  type Json,
  type Opportunity,
  type OpportunityPage,
  PageEnvelope,
  type WireFormat,
  writeWire,
} from '@oo-crm/core';
import type { FastifyReply } from 'fastify';
import { projected } from '../aspnet/list-pipeline.js';

/** Content types the server answers with, upper-case `UTF-8` as its serializer writes them (JsonNetSerializer 71, 79). */
export const CONTENT_TYPE: Readonly<Record<WireFormat, string>> = {
  json: 'application/json; charset=UTF-8',
  xml: 'text/xml; charset=UTF-8',
};

/**
 * The server's choice of form: `.xml` and `.tml` give XML, anything else JSON, and a request whose
 * content type is exactly `application/json` gets JSON whatever its suffix (JsonNetSerializer 44,
 * 97). The Accept header plays no part.
 */
export function formatOf(suffix: string | undefined, contentType: string | undefined): WireFormat {
  return (suffix === 'xml' || suffix === 'tml') && contentType !== 'application/json' ? 'xml' : 'json';
}

/** The server's text of a page; with `fields`, each item keeps only those properties (`fields=`). */
function pageText(
  page: OpportunityPage,
  format: WireFormat,
  fields: ReadonlyArray<string> | undefined,
): string {
  if (fields === undefined) return encodeOpportunities(page, format);
  const wire = PageEnvelope.encode(page);
  const items = wire['response'] as ReadonlyArray<{ readonly [key: string]: Json }>;
  return writeWire(
    { ...wire, response: items.map((item) => projected(item, fields) as { [key: string]: Json }) },
    format,
  );
}

/** Sends a list in the server's envelope, written by the core encoders. */
export function sendPage(
  reply: FastifyReply,
  format: WireFormat,
  page: OpportunityPage,
  fields?: ReadonlyArray<string>,
): FastifyReply {
  return reply
    .code(200)
    .type(CONTENT_TYPE[format])
    .send(pageText(page, format, fields));
}

/** Sends one opportunity as `GET opportunity/{id}` does, written by the core encoder. */
export function sendOpportunity(reply: FastifyReply, format: WireFormat, item: Opportunity): FastifyReply {
  return reply.code(200).type(CONTENT_TYPE[format]).send(encodeOpportunity(item, format));
}

/** Sends the server's error envelope. */
export function sendApiError(
  reply: FastifyReply,
  format: WireFormat,
  status: number,
  message: string,
): FastifyReply {
  return reply
    .code(status)
    .type(CONTENT_TYPE[format])
    .send(encodeApiError({ statusCode: status, message }, format));
}

/**
 * The server's 401: not the envelope but ASP.NET's own answer (`text/html`, I), with the challenge
 * `Basic Realm="<host>"` when an Authorization header was sent.
 */
export function sendUnauthorized(reply: FastifyReply, hadAuthorization: boolean, host: string): FastifyReply {
  if (hadAuthorization) reply.header('www-authenticate', `Basic Realm="${host.replace(/["\\]/g, '')}"`);
  return reply.code(401).type('text/html; charset=utf-8').send('Unauthorized');
}

/** The web server's own 404 page, for paths no API route matches. */
export function sendHtmlNotFound(reply: FastifyReply): FastifyReply {
  return reply
    .code(404)
    .type('text/html; charset=utf-8')
    .send(
      '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>',
    );
}

/**
 * A 500 raised before the API's own error handling runs (a request context that cannot be built):
 * ASP.NET's error page, not the envelope.
 */
export function sendContextFailure(reply: FastifyReply): FastifyReply {
  return reply
    .code(500)
    .type('text/html; charset=utf-8')
    .send(
      '<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error</h1></body></html>',
    );
}
