import { MatchersV3 } from '@pact-foundation/pact';

/** A pattern that matches `text` in any case (JavaScript's and Rust's regexes both read it). */
const caseless = (text: string) =>
  [...text]
    .map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c.replace('/', '\\/')))
    .join('');

/**
 * The `Content-Type` of a success, in any case, with or without the charset: the server writes
 * `charset=UTF-8`, proxies may rewrite it, and case means nothing in a media type.
 */
const mediaType = (mime: string) =>
  MatchersV3.regex(`^${caseless(mime)}(;\\s*${caseless('charset=utf-8')})?$`, `${mime}; charset=UTF-8`);

export const JSON_CONTENT_TYPE = { 'Content-Type': mediaType('application/json') };
export const XML_CONTENT_TYPE = { 'Content-Type': mediaType('text/xml') };
