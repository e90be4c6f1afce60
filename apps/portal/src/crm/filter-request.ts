import { FILTER_ROUTE, parameterOf, type RequestRoute, type StageType } from '@oo-crm/core';
import { BadParameter, type Bound, bindArguments, enumParse } from '../aspnet/binders.js';
import { HRESULT } from '../aspnet/dotnet.js';
import { isListParameter, type ListRequest } from '../aspnet/list-pipeline.js';
import type { Query } from '../aspnet/query.js';
import {
  type DealCriteria,
  type DealOrder,
  type DealOrderKey,
  MAX_SEARCH_WORDS,
  searchWords,
} from './selection.js';

export { BadParameter } from '../aspnet/binders.js';

/**
 * The parameters of `GET opportunity/filter` as the server reads them (`Deals` 358-453): the
 * handler's arguments, bound by .NET from core's route table (aspnet/binders.ts), and the generic
 * list parameters its handler takes from the framework's context (`sortBy`, `sortOrder`,
 * `filterValue`, the page); what the search selects and in what order, or the parameter it cannot
 * read (a 400). "(I)" marks what is inferred from .NET, not read.
 */

/** The route's request: what it selects and in what order, or the parameter it cannot bind. */
export interface FilterRequest {
  readonly criteria: DealCriteria;
  /** The database's order (`'load'`: its default one), or `undefined` for the in-memory path. */
  readonly order: DealOrder | 'load' | undefined;
}

/** The route's parameter of that name: a table without it is a route this reader cannot serve. */
function parameter(route: RequestRoute, name: string) {
  const p = parameterOf(route, name);
  if (p === undefined) throw new TypeError(`${route.name} has no parameter ${name}`);
  return p;
}

/**
 * `sortBy` as the handler reads the context's text (`Deals` 380-392; `Enum.Parse` into
 * `DealSortedByType`, whose names are the parameter's values): empty or blank → by stage ascending
 * (`sortOrder` ignored); a member's name or number → that order, in the database; another integer
 * → the default database order (`'load'`, `sortOrder` ignored); any other text → `undefined`:
 * every match is loaded and left to the generic list rules.
 */
function orderOf(route: RequestRoute, list: ListRequest): DealOrder | 'load' | undefined {
  if (list.sortBy === undefined || list.sortBy.trim() === '') return { key: 'stage', ascending: true };
  const sortBy = parameter(route, 'sortBy');
  const n = enumParse(sortBy, list.sortBy);
  if (n === undefined) return undefined;
  const key = sortBy.values?.[n]?.toLowerCase() as DealOrderKey | undefined;
  return key ? { key, ascending: !list.descending } : 'load';
}

/**
 * `stageType`: a member's number by `Enum.Parse` (the parameter's values are the names of
 * `DealMilestoneStatus`); one that names no member selects nothing (`'none'`).
 */
function stageTypeOf(route: RequestRoute, arg: Argument): StageType | 'none' | undefined {
  const n = arg('stageType') as number | undefined;
  if (n === undefined) return undefined;
  return (parameter(route, 'stageType').values?.[n] as StageType | undefined) ?? 'none';
}

/** A bound argument by the table's name; a name the route lacks throws (the table was renamed). */
type Argument = (name: string) => Bound;

/** The empty GUID, which the handler reads as "any responsible user". */
const isEmptyGuid = (guid: string) => /^[0-]+$/.test(guid);

/**
 * Reads the route's request: binds each of the route's parameters its handler takes (names without
 * case: ASP.NET's collection), in the table's order, then what it takes from the list request.
 * `route` is core's table, or a copy of it (a test adding a parameter).
 */
export function readFilterRequest(
  query: Query,
  list: ListRequest,
  offsetMinutes: number,
  route: RequestRoute = FILTER_ROUTE,
): FilterRequest | BadParameter {
  const args = bindArguments(route, { query }, { offsetMinutes }, (p) => isListParameter(p.name));
  if (args instanceof BadParameter) return args;
  const arg: Argument = (name) => args.get(parameter(route, name).name);
  // The text search reads the context's filterValue before its first comma.
  const text = list.filterValue?.split(',')[0];
  const words = searchWords(text);
  if (words === 'too-many')
    return new BadParameter(`The search has more than ${MAX_SEARCH_WORDS} words.`, HRESULT.argument);
  const responsibleId = arg('responsibleid') as string | undefined;
  return {
    criteria: {
      text: text === '' ? undefined : text,
      words,
      responsibleId: responsibleId === undefined || isEmptyGuid(responsibleId) ? undefined : responsibleId,
      // An int the handler reads as 0 when not given.
      stageId: (arg('opportunityStagesid') as number | undefined) ?? 0,
      stageType: stageTypeOf(route, arg),
      // Each value one tag, a comma inside it part of the tag; the database compares them trimmed.
      tags: ((arg('tags') as ReadonlyArray<string> | undefined) ?? []).map((t) => t.trim()),
      contactId: (arg('contactid') as number | undefined) ?? 0,
      alsoParticipant: arg('contactAlsoIsParticipant') as boolean | undefined,
      from: arg('fromDate') as number | undefined,
      to: arg('toDate') as number | undefined,
    },
    order: orderOf(route, list),
  };
}
