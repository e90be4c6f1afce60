import { SECRET_QUERY_NAMES } from '@oo-crm/core';

/** Header names whose values are secrets. An ONLYOFFICE token has no scheme word, so values go in full. */
const SECRET_HEADERS = new Set(['authorization', 'cookie', 'set-cookie', 'proxy-authorization']);

/** A copy of headers safe to show: secret values replaced by `[redacted]`. */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value;
  return out;
}

/** The URL with secret query values (core's `SECRET_QUERY_NAMES`: `asc_auth_key`…) replaced. */
export function redactUrl(url: URL): string {
  const copy = new URL(url);
  for (const name of SECRET_QUERY_NAMES)
    if (copy.searchParams.has(name)) copy.searchParams.set(name, '[redacted]');
  return copy.toString();
}
