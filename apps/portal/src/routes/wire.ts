import { Readable } from 'node:stream';
import {
  ErrorEnvelope,
  ItemEnvelope,
  type Json,
  Opportunity,
  type OpportunityPage,
  PageEnvelope,
  type WireFormat,
  writeWire,
} from '@oo-crm/core';
import type { FastifyReply } from 'fastify';
import { HRESULT } from '../aspnet/dotnet.js';
import { type Page, projected } from '../aspnet/list-pipeline.js';
import type { KeptTexts } from './kept-texts.js';

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

/** The scale of the database's `bid_value` column: Json.NET writes the decimal with it. */
const BID_SCALE = 9;
const BID_KEY = '"bidValue":';
// The number after a `bidValue` property, read where the property was found (inside a string the
// quotes would be escaped: never matched).
const BID_NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * JSON text with `bidValue` written at the database's scale, as the server sends it
 * (`1500.000000000`; docs/real-server.md). Core writes the number (`1500`), the same value; XML
 * re-prints it (`1500`) and is left alone. Found by `indexOf` rather than a global pattern: a
 * deal's text is kilobytes, and this runs for every deal written.
 */
export function withBidScale(json: string): string {
  let out = '';
  let copied = 0;
  for (let at = json.indexOf(BID_KEY); at !== -1; at = json.indexOf(BID_KEY, at + BID_KEY.length)) {
    BID_NUMBER.lastIndex = at + BID_KEY.length;
    const n = BID_NUMBER.exec(json)?.[0];
    if (n === undefined || !(Math.abs(Number(n)) < 1e21)) continue;
    out += json.slice(copied, at + BID_KEY.length) + Number(n).toFixed(BID_SCALE);
    copied = BID_NUMBER.lastIndex;
  }
  return copied === 0 ? json : out + json.slice(copied);
}

/** How many items are written at a time: a big list goes out in pieces of this many. */
export const ITEMS_PER_PIECE = 100;

/** A list's items, one by one, are elements of this name in XML (`writeXml` flattens `response`). */
const LIST_ITEM = 'response';

/** Where the items go in an envelope's text: a value no figure of the envelope can write. */
const ITEMS_MARK = 'oo-crm-items-go-here';

/** The envelope's text around its items: the figures, the status, and where the items go. */
function shellOf(page: OpportunityPage, format: WireFormat): { before: string; after: string } {
  // The server writes `total` and `nextIndex` whenever they were set, 0 included (nullable longs,
  // `ApiStandartResponce.cs` 53, 56); core's envelope leaves a 0 out, so a set 0 is written as 1 and
  // put back (the shell holds figures only: nothing else can read `"total":1`).
  const zeros = (['total', 'nextIndex'] as const).filter((k) => page[k] === 0);
  const wire = PageEnvelope.encode({ ...page, ...Object.fromEntries(zeros.map((k) => [k, 1])), items: [] });
  let text = writeWire({ ...wire, response: ITEMS_MARK }, format);
  for (const k of zeros) {
    text =
      format === 'json'
        ? text.replace(`"${k}":1,`, `"${k}":0,`)
        : text.replace(`<${k}>1</${k}>`, `<${k}>0</${k}>`);
  }
  const mark = format === 'json' ? `"${ITEMS_MARK}"` : `<${LIST_ITEM}>${ITEMS_MARK}</${LIST_ITEM}>`;
  const at = text.indexOf(mark);
  return format === 'json'
    ? { before: `${text.slice(0, at)}[`, after: `]${text.slice(at + mark.length)}` }
    : { before: text.slice(0, at), after: text.slice(at + mark.length) };
}

/** A deal's wire object as the caller asked for it: only the `fields=` properties when given. */
const shownOf = (
  wire: { readonly [key: string]: Json },
  fields: ReadonlyArray<string> | undefined,
): { readonly [key: string]: Json } =>
  fields === undefined ? wire : (projected(wire, fields) as { [key: string]: Json });

/** The server's text of a wire value that holds deals: core's writer, `bidValue` at scale in JSON. */
function dealsText(wire: { readonly [key: string]: Json }, format: WireFormat, element?: string): string {
  const text = writeWire(wire, format, element);
  return format === 'json' ? withBidScale(text) : text;
}

/** The text of one item as it stands inside the envelope's list, written by the core writer. */
function itemText(item: Opportunity, format: WireFormat, fields: ReadonlyArray<string> | undefined): string {
  const wire = Opportunity.encode(item) as { readonly [key: string]: Json };
  return dealsText(shownOf(wire, fields), format, LIST_ITEM);
}

const COMMA = Buffer.from(',');

/**
 * The bytes of a page in pieces (UTF-8): the envelope's head, then {@link ITEMS_PER_PIECE} items
 * at a time, each built as the caller sees it only when the reader has taken the piece before (the
 * same text as the core encoder writes for the whole page, a test holds them together).
 */
export function* pagePieces<T extends { readonly id: number }>(
  page: Page<T>,
  seen: (item: T) => Opportunity,
  format: WireFormat,
  fields: ReadonlyArray<string> | undefined,
  kept?: KeptTexts,
): Generator<Buffer> {
  const { items, ...figures } = page;
  const { before, after } = shellOf({ ...figures, items: [] }, format);
  const cache = fields === undefined ? kept : undefined;
  const bytesOf = (item: T): Buffer => {
    const known = cache?.get(item);
    if (known !== undefined) return known;
    const text = itemText(seen(item), format, fields);
    if (cache === undefined) return Buffer.from(text);
    // Bytes of their own: a small Buffer.from is a slice of a shared 8 KiB pool, which a kept
    // slice would hold whole, beyond the bound's count.
    const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
    bytes.write(text);
    cache.set(item, bytes);
    return bytes;
  };
  yield Buffer.from(before);
  for (let at = 0; at < items.length; at += ITEMS_PER_PIECE) {
    const piece: Buffer[] = [];
    for (let i = at; i < Math.min(at + ITEMS_PER_PIECE, items.length); i++) {
      if (i > 0 && format === 'json') piece.push(COMMA);
      piece.push(bytesOf(items[i]!));
    }
    yield Buffer.concat(piece);
  }
  yield Buffer.from(after);
}

/**
 * Sends a list in the server's envelope, written by the core writer. A page of more than one
 * piece is streamed with backpressure: a reader that does not read holds its socket and one piece,
 * never the whole text, and other requests are served between pieces.
 */
export function sendPage<T extends { readonly id: number }>(
  reply: FastifyReply,
  format: WireFormat,
  page: Page<T>,
  seen: (item: T) => Opportunity,
  fields?: ReadonlyArray<string>,
  kept?: KeptTexts,
): FastifyReply {
  reply.code(200).type(CONTENT_TYPE[format]);
  const pieces = pagePieces(page, seen, format, fields, kept);
  if (page.items.length <= ITEMS_PER_PIECE) return reply.send(Buffer.concat([...pieces]));
  // One piece at a time: the stream asks for the next only when the socket has drained.
  return reply.send(Readable.from(takingTurns(pieces), { objectMode: false, highWaterMark: 1 }));
}

/**
 * The pieces, each built only after the event loop has had its turn: a socket that drains at once
 * (a reader on the same machine) would otherwise have the next piece built straight away, and a
 * few big answers would hold back every request that arrived after them (pages of 1,000 deals of
 * 100,000 to 50 clients: p99 18.4 s to the headers before, 4.0 s after; docs/portal.md).
 */
async function* takingTurns(pieces: Iterable<Buffer>): AsyncGenerator<Buffer> {
  for (const piece of pieces) {
    yield piece;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * An envelope's wire object with `startIndex` echoed when one was requested (not 0): every answer
 * and error envelope carries it, right after `count` (`ApiHttpHandler.cs` 58-59).
 */
function withStartIndex(wire: { readonly [key: string]: Json }, startIndex: number): { [key: string]: Json } {
  if (startIndex <= 0) return { ...wire };
  const { count, ...rest } = wire;
  return count === undefined ? { startIndex, ...rest } : { count, startIndex, ...rest };
}

/**
 * Sends one opportunity as `GET opportunity/{id}` does, written by the core encoder: `fields=`
 * projects the object, `startIndex` is echoed (`CRMApi.Deals.cs` 52-61, `ApiHttpHandler.cs` 58-59).
 */
export function sendOpportunity(
  reply: FastifyReply,
  format: WireFormat,
  item: Opportunity,
  startIndex = 0,
  fields?: ReadonlyArray<string>,
): FastifyReply {
  const wire = ItemEnvelope.encode({ item }) as { readonly [key: string]: Json };
  const response = shownOf(wire['response'] as { readonly [key: string]: Json }, fields);
  return reply
    .code(200)
    .type(CONTENT_TYPE[format])
    .send(dealsText(withStartIndex({ ...wire, response }, startIndex), format));
}

/** What an error envelope says besides its status and message. */
export interface ErrorDetails {
  /** The innermost exception's HResult (`IApiStandartResponce.cs` 54-65); HttpException's by default. */
  readonly hresult?: number;
  /** The requested `startIndex`, echoed (`ApiHttpHandler.cs` 59). */
  readonly startIndex?: number;
}

/** Sends the server's error envelope. */
export function sendApiError(
  reply: FastifyReply,
  format: WireFormat,
  status: number,
  message: string,
  details: ErrorDetails = {},
): FastifyReply {
  const wire = ErrorEnvelope.encode({
    statusCode: status,
    error: { message, hresult: details.hresult ?? HRESULT.http, data: {} },
  }) as { readonly [key: string]: Json };
  return reply
    .code(status)
    .type(CONTENT_TYPE[format])
    .send(writeWire(withStartIndex(wire, details.startIndex ?? 0), format));
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
