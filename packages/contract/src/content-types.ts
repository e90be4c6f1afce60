import { MatchersV3 } from '@pact-foundation/pact';

/**
 * The `Content-Type` of a success, matched as the server writes it (`charset=UTF-8`, upper case)
 * and as proxies may rewrite it (any case, or no charset): the charset's case means nothing.
 */
const withCharset = (mime: string) =>
  MatchersV3.regex(`^${mime.replace('/', '\\/')}(; ?charset=[uU][tT][fF]-8)?$`, `${mime}; charset=UTF-8`);

export const JSON_CONTENT_TYPE = { 'Content-Type': withCharset('application/json') };
export const XML_CONTENT_TYPE = { 'Content-Type': withCharset('text/xml') };
