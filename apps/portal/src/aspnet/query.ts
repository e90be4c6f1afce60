import { SECRET_QUERY_NAMES } from '@oo-crm/core';

/**
 * A request's query as the server reads it (ASP.NET's `NameValueCollection`): names
 * percent-decoded and compared without case, and a repeated name's values joined with commas
 * (`?sortBy=a&sortBy=b` reads as `a,b`). Malformed escapes are kept as written, never a throw.
 */
export interface Query extends ReadonlyMap<string, string> {
  /** Each value given for a name, in order, as a handler's list parameter binds them (`tags=a&tags=b`). */
  all(name: string): ReadonlyArray<string>;
}

class QueryMap extends Map<string, string> implements Query {
  private readonly each = new Map<string, string[]>();

  add(name: string, value: string): void {
    const key = name.toLowerCase();
    const before = this.get(key);
    this.set(key, before === undefined ? value : `${before},${value}`);
    const list = this.each.get(key);
    if (list) list.push(value);
    else this.each.set(key, [value]);
  }

  all(name: string): ReadonlyArray<string> {
    return this.each.get(name) ?? [];
  }
}

/** The query of a request target (`/path?a=1&b=2`). */
export function readQuery(target: string): Query {
  const q = target.indexOf('?');
  const query = new QueryMap();
  if (q < 0) return query;
  for (const [name, value] of new URLSearchParams(target.slice(q + 1))) query.add(name, value);
  return query;
}

/** Query names whose values are secrets (core's), lower case as {@link readQuery} reads names. */
const SECRET_NAMES: ReadonlySet<string> = new Set(SECRET_QUERY_NAMES.map((n) => n.toLowerCase()));

/** The name of one `name=value` pair as {@link readQuery} reads it: decoded, lower case. */
function nameOf(pair: string): string {
  const eq = pair.indexOf('=');
  const raw = eq < 0 ? pair : pair.slice(0, eq);
  for (const name of new URLSearchParams(`${raw}=`).keys()) return name.toLowerCase();
  return '';
}

/**
 * The request target with every secret query value replaced by `[redacted]`, for logs. A name is
 * recognised the way {@link readQuery} reads it, so `?asc%5Fauth%5Fkey=` and `?ASC_AUTH_KEY=`,
 * which authenticate, are redacted too.
 */
export function redactTarget(target: string): string {
  const q = target.indexOf('?');
  if (q < 0) return target;
  const pairs = target
    .slice(q + 1)
    .split('&')
    .map((pair) => (SECRET_NAMES.has(nameOf(pair)) ? `${pair.split('=')[0]}=[redacted]` : pair));
  return `${target.slice(0, q + 1)}${pairs.join('&')}`;
}
