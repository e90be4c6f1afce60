import { RequestRuleError } from './error.js';
import type { RouteParameter } from './parameter.js';
import type { RequestRoute, RouteRule } from './route.js';
import { type ParameterValue, parameterTexts } from './values.js';

/** The values of a route's path parameters, by the server's names (`{ contactid: 12 }`). */
export type PathArgs = Readonly<Record<string, string | number | undefined>>;

/** The values of a route's query parameters, by the server's names; `undefined` is not sent. */
export type QueryArgs = Readonly<Record<string, ParameterValue | undefined>>;

/** How {@link routeUrl} builds a URL. */
export interface RouteUrlOptions {
  /** `json` (no suffix, the default) or `xml` (the `.xml` suffix: the server ignores Accept). */
  readonly format?: 'json' | 'xml';
  /** The caller's name of a parameter, for messages (`{ contactid: 'contactId' }`). */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * `false` sends every value as given, no rule checked: for tests probing what the server
   * itself does with a value the client refuses. Default `true`.
   */
  readonly checked?: boolean;
}

/** The query's pairs in the table's order, each name once per text sent. */
export type QueryPairs = ReadonlyArray<readonly [name: string, text: string]>;

const ruleProblem = (rule: RouteRule, sent: ReadonlySet<string>, label: (n: string) => string) => {
  if (rule.kind === 'together') {
    const [a, b] = rule.names;
    return sent.has(a) === sent.has(b)
      ? undefined
      : `${label(a)} and ${label(b)} go together: with only one of them the server ${rule.server}`;
  }
  if (sent.has(rule.needs) || !rule.names.some((n) => sent.has(n))) return undefined;
  const names = rule.names.map(label);
  return `${names.join(' and ')} need${names.length === 1 ? 's' : ''} ${label(rule.needs)}: without it the server ${rule.server}`;
};

/**
 * The query of a request to `route`: each value checked by its parameter's type and bounds
 * (unless `checked` is false), blank texts left out, repeated parameters sent once per value, the
 * route's preconditions checked on what is sent, in the table's order. A name the route does not
 * take, or takes but ignores, is a {@link RequestRuleError}.
 */
export function routeQuery(
  route: RequestRoute,
  query: QueryArgs = {},
  options: RouteUrlOptions = {},
): QueryPairs {
  const checked = options.checked ?? true;
  const label = (name: string) => options.labels?.[name] ?? name;
  const byName = new Map<string, RouteParameter>(
    route.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]),
  );
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || byName.has(name)) continue;
    const ignored = route.ignored?.find((i) => i.name === name);
    if (ignored) throw new RequestRuleError(`${label(name)} is not supported: ${ignored.why}`, name);
    throw new RequestRuleError(`${route.name} takes no query parameter ${label(name)}`, name);
  }
  const pairs: Array<readonly [string, string]> = [];
  for (const p of byName.values()) {
    const value = query[p.name];
    if (value === undefined) continue;
    for (const text of parameterTexts(p, value, label(p.name), checked)) pairs.push([p.name, text]);
  }
  if (checked) {
    const sent = new Set(pairs.map(([name]) => name));
    for (const rule of route.rules ?? []) {
      const problem = ruleProblem(rule, sent, label);
      if (problem !== undefined) throw new RequestRuleError(problem, rule.names[0] as string);
    }
  }
  return pairs;
}

/** The route's path with each `{name}` replaced by its checked (or, unchecked, encoded) value. */
export function routePath(
  route: RequestRoute,
  pathArgs: PathArgs = {},
  options: RouteUrlOptions = {},
): string {
  const checked = options.checked ?? true;
  const label = (name: string) => options.labels?.[name] ?? name;
  for (const name of Object.keys(pathArgs)) {
    if (!route.parameters.some((p) => p.in === 'path' && p.name === name)) {
      throw new RequestRuleError(`${route.name} takes no path parameter ${label(name)}`, name);
    }
  }
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const p = route.parameters.find((q) => q.in === 'path' && q.name === name);
    const value = pathArgs[name];
    if (p === undefined)
      throw new TypeError(`${route.name}'s path names {${name}}, not among its parameters`);
    if (value === undefined) throw new RequestRuleError(`${label(name)} is required`, name);
    const [text] = parameterTexts(p, value, label(name), checked);
    if (text === undefined) throw new RequestRuleError(`${label(name)} is required`, name);
    return encodeURIComponent(text);
  });
}

/** The query pairs as URL text (`a=1&b=2`), names and values percent-encoded. */
export const queryText = (pairs: QueryPairs): string =>
  pairs.map(([name, text]) => `${encodeURIComponent(name)}=${encodeURIComponent(text)}`).join('&');

/**
 * Every request URL, built from the route table: the path template with its arguments, the
 * format's suffix, and the query serialised in the table's order with repeated parameters sent once
 * per value. Relative (`api/2.0/crm/opportunity/filter.xml?tags=a&tags=b`), so that it resolves
 * under a portal's base URL, a base path included. Every rule of the table is checked first
 * ({@link RequestRuleError}) unless `options.checked` is false.
 *
 * @example
 * routeUrl(FILTER_ROUTE, {}, { contactid: 12, contactAlsoIsParticipant: true }, { format: 'xml' })
 * // 'api/2.0/crm/opportunity/filter.xml?contactid=12&contactAlsoIsParticipant=true'
 */
export function routeUrl(
  route: RequestRoute,
  pathArgs: PathArgs = {},
  query: QueryArgs = {},
  options: RouteUrlOptions = {},
): string {
  const path = routePath(route, pathArgs, options);
  const search = queryText(routeQuery(route, query, options));
  return `${path}${options.format === 'xml' ? '.xml' : ''}${search === '' ? '' : `?${search}`}`;
}
