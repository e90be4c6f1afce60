import { ApiDateTime, StageType } from '@oo-crm/core';
import { BEYOND_INT32, HRESULT, NOT_AN_INT32, readInt32 } from '../aspnet/dotnet.js';
import type { Query } from '../aspnet/query.js';
import { type DealCriteria, type DealOrder, MAX_SEARCH_WORDS, ORDER_KEYS, searchWords } from './selection.js';

/**
 * The parameters of `GET opportunity/filter` as the server binds them (`Deals` 358-453): what the
 * search selects and in what order, or the parameter it cannot read (a 400). "(I)" marks what is
 * inferred from .NET, not read.
 */

/** A parameter the server cannot bind: a 400 with .NET's message (I for the texts) and its exception's HResult. */
export class BadParameter {
  constructor(
    readonly message: string,
    readonly hresult: number,
  ) {}
}

/** An `int` parameter as .NET converts it; 0 when absent or empty (I). */
function intParameter(text: string | undefined): number | BadParameter {
  if (text === undefined || text.trim() === '') return 0;
  const n = readInt32(text);
  return n === 'not-a-number'
    ? new BadParameter(NOT_AN_INT32, HRESULT.format)
    : n === 'overflow'
      ? new BadParameter(BEYOND_INT32, HRESULT.overflow)
      : n;
}

const GUID = /^\s*\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?\s*$/i;

/** A `Guid` parameter, in the server's lower-case form; the empty GUID selects everything. */
function guidParameter(text: string | undefined): string | undefined | BadParameter {
  if (text === undefined || text.trim() === '') return undefined;
  const m = GUID.exec(text);
  if (!m) {
    return new BadParameter(
      'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
      HRESULT.format,
    );
  }
  const guid = m.slice(1).join('-').toLowerCase();
  return /^[0-]+$/.test(guid) ? undefined : guid;
}

/** What `Enum.Parse` (ignoring case) makes of a text: a member's index by name, any integer, or nothing. */
function enumParse(text: string, names: ReadonlyArray<string>): number | undefined {
  const t = text.trim();
  const byName = names.findIndex((n) => n.toLowerCase() === t.toLowerCase());
  if (byName >= 0) return byName;
  const n = readInt32(t);
  return typeof n === 'number' ? n : undefined;
}

/**
 * `stageType`: a name of `DealMilestoneStatus` (any case) or **any integer** (`Enum.Parse`): a
 * number that names no member selects nothing (`'none'`); other text is a 400.
 */
function stageTypeParameter(text: string | undefined): StageType | 'none' | undefined | BadParameter {
  if (text === undefined || text.trim() === '') return undefined;
  const n = enumParse(text, StageType.names);
  if (n === undefined)
    return new BadParameter(`Requested value '${text.trim()}' was not found.`, HRESULT.argument);
  return StageType.names[n] ?? 'none';
}

/**
 * `sortBy` as the handler reads it (`Deals` 380-392; `Enum.Parse` into `DealSortedByType`): empty
 * → by stage ascending (`sortOrder` ignored); a member's name or number → that order, in the
 * database; another integer → the default database order (`'load'`, `sortOrder` ignored); any
 * other text → `undefined`: every match is loaded and left to the generic list rules.
 */
function sortParameter(text: string, descending: boolean): DealOrder | 'load' | undefined {
  if (text.trim() === '') return { key: 'stage', ascending: true };
  const n = enumParse(text, ORDER_KEYS);
  if (n === undefined) return undefined;
  const key = ORDER_KEYS[n];
  return key ? { key, ascending: !descending } : 'load';
}

function boolParameter(text: string | undefined): boolean | undefined | BadParameter {
  if (text === undefined || text.trim() === '') return undefined;
  const t = text.trim().toLowerCase();
  return t === 'true'
    ? true
    : t === 'false'
      ? false
      : new BadParameter('String was not recognized as a valid Boolean.', HRESULT.format);
}

/**
 * An `ApiDateTime` parameter as an instant: the server's text, an ISO date or date-time; without
 * an offset, in the portal's time zone (`offsetMinutes`).
 */
function dateParameter(text: string | undefined, offsetMinutes: number): number | undefined | BadParameter {
  if (text === undefined || text.trim() === '') return undefined;
  const t = text.trim();
  const exact = ApiDateTime.parse(t);
  if (exact) return exact.epochMs;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  const local = m
    ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
    : Number.NaN;
  if (!Number.isNaN(local)) return local - offsetMinutes * 60_000;
  const any = Date.parse(t);
  return Number.isNaN(any) ? new BadParameter('invalid date time format', HRESULT.argument) : any;
}

/** The route's request: what it selects and in what order, or the parameter it cannot bind. */
export interface FilterRequest {
  readonly criteria: DealCriteria;
  /** The database's order (`'load'`: its default one), or `undefined` for the in-memory path. */
  readonly order: DealOrder | 'load' | undefined;
}

/** Reads the route's own parameters (names without case: ASP.NET's collection). */
export function readFilterRequest(query: Query, offsetMinutes: number): FilterRequest | BadParameter {
  const contactId = intParameter(query.get('contactid'));
  const stageId = intParameter(query.get('opportunitystagesid'));
  const responsibleId = guidParameter(query.get('responsibleid'));
  const stageType = stageTypeParameter(query.get('stagetype'));
  const alsoParticipant = boolParameter(query.get('contactalsoisparticipant'));
  const from = dateParameter(query.get('fromdate'), offsetMinutes);
  const to = dateParameter(query.get('todate'), offsetMinutes);
  for (const v of [contactId, stageId, responsibleId, stageType, alsoParticipant, from, to]) {
    if (v instanceof BadParameter) return v;
  }
  // `tags=a&tags=b` and `tags[]=a` (both names combine): each value one tag, a comma inside it
  // part of the tag (the binder's list, not the generic list's comma-joined text).
  const tags = [...query.all('tags'), ...query.all('tags[]')].map((t) => t.trim()).filter((t) => t !== '');
  const text = query.get('filtervalue')?.split(',')[0];
  const words = searchWords(text);
  if (words === 'too-many')
    return new BadParameter(`The search has more than ${MAX_SEARCH_WORDS} words.`, HRESULT.argument);
  const sortBy = query.get('sortby')?.split(',')[0] ?? '';
  return {
    criteria: {
      text: text === '' ? undefined : text,
      words,
      responsibleId: responsibleId as string | undefined,
      stageId: stageId as number,
      stageType: stageType as StageType | 'none' | undefined,
      tags,
      contactId: contactId as number,
      alsoParticipant: alsoParticipant as boolean | undefined,
      from: from as number | undefined,
      to: to as number | undefined,
    },
    order: sortParameter(sortBy, query.get('sortorder') === 'descending'),
  };
}
