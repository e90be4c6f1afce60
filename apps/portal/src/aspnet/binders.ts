import { ApiDateTime, byParameter, INT32_MAX, type RequestRoute, type RouteParameter } from '@oo-crm/core';
import { BEYOND_INT32, HRESULT, NOT_AN_INT32, readInt32 } from './dotnet.js';
import type { Query } from './query.js';

/**
 * The server's .NET binders (`ApiArgumentBuilder.cs`; the `Convert`/`Parse` of each type), one per
 * parameter type of core's route table: what a handler's argument is made of the request's text,
 * or the 400 it answers. They are the portal's, not the client's checks: .NET reads more than the
 * client sends (spaces, signs, braces around a GUID, any integer for an enum). Whether an
 * unreadable text is a 400 or read as not given is the table's (`unreadable`); so are the bounds.
 * "(I)" marks what is inferred from .NET, not read.
 */

/** A parameter the server cannot bind: a 400 with .NET's message (I for the texts) and its exception's HResult. */
export class BadParameter {
  constructor(
    readonly message: string,
    readonly hresult: number,
  ) {}
}

/** A bound argument: its value, or `undefined` when not given (or read as not given). */
export type Bound = number | string | boolean | ReadonlyArray<Bound> | undefined;

/** What the binders need besides the text: the portal's time zone, for dates without an offset. */
export interface BindContext {
  readonly offsetMinutes: number;
}

/** The handler's argument check on an integer outside the table's bounds (`ArgumentException`, I for the text). */
const OUT_OF_RANGE = new BadParameter('Value does not fall within the expected range.', HRESULT.argument);

/** A text the server cannot read: a 400, or, where the table says the server ignores it, not given. */
const unreadable = (p: RouteParameter, bad: BadParameter): BadParameter | undefined =>
  p.unreadable === 400 ? bad : undefined;

const GUID = /^\s*\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?\s*$/i;

/**
 * What `Enum.Parse` (ignoring case) makes of a text against the parameter's `values` (the enum's
 * names, by number): a member's number by name, **any** integer, or `undefined` for other text.
 */
export function enumParse(p: RouteParameter, text: string): number | undefined {
  const t = text.trim().toLowerCase();
  const byName = (p.values ?? []).findIndex((v) => v.toLowerCase() === t);
  if (byName >= 0) return byName;
  const n = readInt32(t);
  return typeof n === 'number' ? n : undefined;
}

/** One text of a parameter, not blank, as its type's .NET binder reads it. */
const bindText = byParameter<Bound | BadParameter, [text: string, context: BindContext]>({
  // `int.Parse`; then the handler's range check where the table bounds it (a route's `minimum`,
  // `opportunityStagesid`'s "no stage"): outside, a 400, or where the server is laxer (`stricter`),
  // the argument selects nothing, as when not given.
  integer: (p, text) => {
    const n = readInt32(text);
    if (n === 'not-a-number') return unreadable(p, new BadParameter(NOT_AN_INT32, HRESULT.format));
    if (n === 'overflow') return unreadable(p, new BadParameter(BEYOND_INT32, HRESULT.overflow));
    if (n >= (p.minimum ?? n) && n <= (p.maximum ?? INT32_MAX)) return n;
    return p.stricter ? undefined : unreadable(p, OUT_OF_RANGE);
  },
  string: (_, text) => text,
  boolean: (p, text) => {
    const t = text.trim().toLowerCase();
    return t === 'true'
      ? true
      : t === 'false'
        ? false
        : unreadable(p, new BadParameter('String was not recognized as a valid Boolean.', HRESULT.format));
  },
  // `Guid.Parse`: braces and dashes optional; the server's lower-case form.
  guid: (p, text) => {
    const m = GUID.exec(text);
    return m
      ? m.slice(1).join('-').toLowerCase()
      : unreadable(
          p,
          new BadParameter(
            'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
            HRESULT.format,
          ),
        );
  },
  // `ApiDateTime`: the server's text, an ISO date or date-time (without an offset, in the portal's
  // time zone), else what `DateTime.Parse` reads (I): an instant in epoch milliseconds.
  'date-time': (p, text, { offsetMinutes }) => {
    const t = text.trim();
    const exact = ApiDateTime.parse(t);
    if (exact) return exact.epochMs;
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
    const local = m
      ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
      : Number.NaN;
    if (!Number.isNaN(local)) return local - offsetMinutes * 60_000;
    const any = Date.parse(t);
    return Number.isNaN(any)
      ? unreadable(p, new BadParameter('invalid date time format', HRESULT.argument))
      : any;
  },
  // `Enum.Parse`: the member's number (any integer, one naming no member included).
  enum: (p, text) =>
    enumParse(p, text) ??
    unreadable(p, new BadParameter(`Requested value '${text.trim()}' was not found.`, HRESULT.argument)),
});

/**
 * A parameter's argument from the texts given for it: none or a blank one is "not given" (a
 * value type's default, I); a repeated parameter binds each text, in order, and drops the blank.
 */
export function bindParameter(
  p: RouteParameter,
  texts: ReadonlyArray<string>,
  context: BindContext,
): Bound | BadParameter {
  const given = texts.filter((t) => t.trim() !== '');
  if (!p.repeated) return given[0] === undefined ? undefined : bindText(p, given[0], context);
  const values: Bound[] = [];
  for (const text of given) {
    const value = bindText(p, text, context);
    if (value instanceof BadParameter) return value;
    if (value !== undefined) values.push(value);
  }
  return values;
}

/** Where a request's parameters are read: its path's values by name, and its query. */
export interface RequestTexts {
  readonly path?: Readonly<Record<string, string>>;
  readonly query: Query;
}

/**
 * The texts a parameter was given: its path segment; in the query, its value by its name without
 * case (a repeated name's values joined with commas, as ASP.NET's collection does), or, repeated,
 * each `name=` and `name[]=` value (both names combine, as ASP.NET's list binding reads them).
 */
function textsOf(p: RouteParameter, request: RequestTexts): ReadonlyArray<string> {
  if (p.in === 'path') {
    const text = request.path?.[p.name];
    return text === undefined ? [] : [text];
  }
  const name = p.name.toLowerCase();
  if (p.repeated) return [...request.query.all(name), ...request.query.all(`${name}[]`)];
  const text = request.query.get(name);
  return text === undefined ? [] : [text];
}

/** A handler's arguments by the table's names, bound in the table's order. */
export type Arguments = ReadonlyMap<string, Bound>;

/**
 * Binds each parameter of `route` that its handler takes (every one but `skip`, which the API
 * framework reads itself: the generic list parameters), in the table's order: the arguments by
 * name, or the first parameter the server cannot bind.
 */
export function bindArguments(
  route: RequestRoute,
  request: RequestTexts,
  context: BindContext,
  skip: (p: RouteParameter) => boolean = () => false,
): Arguments | BadParameter {
  const args = new Map<string, Bound>();
  for (const p of route.parameters) {
    if (p.in === 'body' || skip(p)) continue;
    const value = bindParameter(p, textsOf(p, request), context);
    if (value instanceof BadParameter) return value;
    args.set(p.name, value);
  }
  return args;
}
