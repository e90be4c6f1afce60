import {
  type PathArgs,
  type QueryArgs,
  type RequestRoute,
  RequestRuleError,
  routeUrl,
  type WireFormat,
} from '@oo-crm/core';
import { InvalidArgumentError } from './errors.js';

/**
 * The client's name of each parameter a call takes (`alsoParticipant` → `contactAlsoIsParticipant`),
 * written once per call: every check and the URL come from core's route table (`routeUrl`); this
 * module only translates names.
 */
export type OptionNames<O> = { readonly [K in Exclude<keyof O, 'signal'>]-?: string };

/** The labels for messages: the server's name → the caller's. */
const labelsOf = (names: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(names).map(([option, parameter]) => [parameter, option]));

/** The URL, refused when it would leave the base URL (a base path included). */
export function within(base: URL, url: URL): URL {
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) {
    throw new InvalidArgumentError('the request would leave the base URL');
  }
  return url;
}

/**
 * The URL of a request to `route` under the base URL, from the caller's values by the client's
 * names (`names`: option → parameter, path and query alike), every rule of the route table
 * checked first: a broken one is an {@link InvalidArgumentError} naming the caller's option.
 * Options the call does not name are not sent.
 */
export function requestUrl(
  base: URL,
  route: RequestRoute,
  format: WireFormat,
  names: Readonly<Record<string, string>>,
  values: object,
): URL {
  const given = values as Readonly<Record<string, unknown>>;
  const pathArgs: Record<string, unknown> = {};
  const queryArgs: Record<string, unknown> = {};
  for (const [option, parameter] of Object.entries(names)) {
    const inPath = route.parameters.some((p) => p.in === 'path' && p.name === parameter);
    (inPath ? pathArgs : queryArgs)[parameter] = given[option];
  }
  let relative: string;
  try {
    relative = routeUrl(route, pathArgs as PathArgs, queryArgs as QueryArgs, {
      format,
      labels: labelsOf(names),
    });
  } catch (error) {
    if (error instanceof RequestRuleError) throw new InvalidArgumentError(error.message, { cause: error });
    throw error;
  }
  return within(base, new URL(relative, base));
}
