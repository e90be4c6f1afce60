import { AUTH_KEY_NAME } from '@oo-crm/core';
import type { Query } from '../aspnet/query.js';

/** What a request carries to prove who it is. */
export type Credentials =
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'basic'; readonly userName: string; readonly password: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'malformed' };

/**
 * Reads credentials the way the server does: an `asc_auth_key` (the query, then the cookie), when
 * present, wins even when it is invalid and the header holds a valid token; else `Authorization`:
 * `Basic` (case-sensitive; the password ends at a second colon), `Bearer` (case-sensitive), or the
 * raw token (docs/real-server.md, "token header").
 */
export function credentialsOf(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  query: Query,
): Credentials {
  const key = query.get(AUTH_KEY_NAME) || cookieValue(headers['cookie'], AUTH_KEY_NAME);
  if (key) return { kind: 'token', token: key };
  const authorization = headers['authorization'];
  if (typeof authorization !== 'string' || authorization === '') return { kind: 'none' };
  // Node refuses CR/LF in header values already; refuse here too, whatever the transport.
  if (/[\r\n]/.test(authorization)) return { kind: 'malformed' };
  if (authorization.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const [userName, password] = decoded.split(':');
    return password === undefined
      ? { kind: 'malformed' }
      : { kind: 'basic', userName: userName ?? '', password };
  }
  const token = authorization.startsWith('Bearer ') ? authorization.slice(7) : authorization;
  return { kind: 'token', token: token.trim() };
}

/** A cookie value percent-decoded; a malformed one (`%`, `%zz`) counts as no cookie. */
function decodedCookie(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

function cookieValue(header: string | string[] | undefined, name: string): string | undefined {
  const all = Array.isArray(header) ? header.join('; ') : (header ?? '');
  for (const part of all.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodedCookie(part.slice(eq + 1).trim());
  }
  return undefined;
}
