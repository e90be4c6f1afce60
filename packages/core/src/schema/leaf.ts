import { ApiDateTime, UNSET_DATE_TIME_TEXT } from '../leaf/api-date-time.js';
import { htmlEncode } from '../leaf/html-entities.js';
import type { Codec, Schema } from './codec.js';
import { makeCodec } from './make.js';

const isString = (u: unknown): u is string => typeof u === 'string';
const identity = <A>(a: A): A => a;

/** A codec whose wire value is its domain value. */
function primitive<A extends string | number | boolean>(
  name: string,
  expected: string,
  schema: Schema,
  is: (u: unknown) => u is A,
): Codec<A, A> {
  return makeCodec(name, expected, schema, is, identity);
}

/** Plain text, kept verbatim. */
export const text: Codec<string, string> = primitive('string', 'string', { kind: 'string' }, isString);

/** A lower-case GUID as the server writes ids of users (checked by contracts, not by the decoder). */
export const guid: Codec<string, string> = primitive(
  'Guid',
  'string',
  { kind: 'string', format: 'guid' },
  isString,
);

/** A colour, `#RRGGBB` (checked by contracts, not by the decoder). */
export const colour: Codec<string, string> = primitive(
  'Colour',
  'string',
  { kind: 'string', format: 'color' },
  isString,
);

/** Text the server HTML-encodes (`A &amp; B`); the domain holds the decoded text. */
export const htmlText: Codec<string, string> = makeCodec(
  'HtmlText',
  'string',
  { kind: 'string', html: true },
  isString,
  htmlEncode,
);

/** `true` or `false`. */
export const bool: Codec<boolean, boolean> = primitive(
  'boolean',
  'boolean',
  { kind: 'boolean' },
  (u): u is boolean => typeof u === 'boolean',
);

/** A safe integer (ids, counts, positions, percentages). */
export const integer: Codec<number, number> = primitive(
  'integer',
  'integer',
  { kind: 'integer' },
  (u): u is number => Number.isSafeInteger(u),
);

/** A finite number (money). */
export const decimal: Codec<number, number> = primitive(
  'number',
  'finite number',
  { kind: 'number' },
  (u): u is number => typeof u === 'number' && Number.isFinite(u),
);

/** Exactly the number `value` (the envelope's `status`). */
export function literal<N extends number>(value: N): Codec<N, N> {
  return primitive(String(value), String(value), { kind: 'literal', value }, (u): u is N => u === value);
}

const DATE_EXPECTED = 'date-time yyyy-MM-ddTHH:mm:ss.fffffff with Z or ±hh:mm';
const isApiDateTime = (u: unknown): u is ApiDateTime => u instanceof ApiDateTime;

/** A date-time that is always set (`created`). */
export const dateTime: Codec<ApiDateTime, string> = makeCodec(
  'ApiDateTime',
  DATE_EXPECTED,
  { kind: 'date-time', unsetAsNull: false },
  isApiDateTime,
  (a) => a.text,
);

/** A date-time that may be "not set": the year-0001 sentinel decodes to `null` and encodes back. */
export const unsettableDateTime: Codec<ApiDateTime | null, string> = makeCodec(
  'ApiDateTime | unset',
  DATE_EXPECTED,
  { kind: 'date-time', unsetAsNull: true },
  (u): u is ApiDateTime | null => u === null || (isApiDateTime(u) && !u.isUnset),
  (a) => (a === null ? UNSET_DATE_TIME_TEXT : a.text),
);
