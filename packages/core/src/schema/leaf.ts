import * as t from 'io-ts';
import { htmlDecode, htmlEncode } from '../wire/html-entities.js';
import type { Codec } from './codec.js';
import { makeCodec } from './make.js';

const isString = (u: unknown): u is string => typeof u === 'string';
const isBoolean = (u: unknown): u is boolean => typeof u === 'boolean';
const isSafeInteger = (u: unknown): u is number => Number.isSafeInteger(u);
const isFiniteNumber = (u: unknown): u is number => typeof u === 'number' && Number.isFinite(u);
const identity = <A>(a: A): A => a;

/** Plain text, kept verbatim. */
export const text: Codec<string, string> = makeCodec(
  'string',
  'string',
  { kind: 'string' },
  isString,
  (u, c) => (isString(u) ? t.success(u) : t.failure(u, c)),
  identity,
);

/** A lower-case GUID as the server writes ids of users (checked by contracts, not by the decoder). */
export const guid: Codec<string, string> = makeCodec(
  'Guid',
  'string',
  { kind: 'string', format: 'guid' },
  isString,
  (u, c) => (isString(u) ? t.success(u) : t.failure(u, c)),
  identity,
);

/** A colour, `#RRGGBB` (checked by contracts, not by the decoder). */
export const colour: Codec<string, string> = makeCodec(
  'Colour',
  'string',
  { kind: 'string', format: 'color' },
  isString,
  (u, c) => (isString(u) ? t.success(u) : t.failure(u, c)),
  identity,
);

/** Text the server HTML-encodes (`A &amp; B`); the domain holds the decoded text. */
export const htmlText: Codec<string, string> = makeCodec(
  'HtmlText',
  'string',
  { kind: 'string', html: true },
  isString,
  (u, c) => (isString(u) ? t.success(htmlDecode(u)) : t.failure(u, c)),
  htmlEncode,
);

/** `true` or `false`. */
export const bool: Codec<boolean, boolean> = makeCodec(
  'boolean',
  'boolean',
  { kind: 'boolean' },
  isBoolean,
  (u, c) => (isBoolean(u) ? t.success(u) : t.failure(u, c)),
  identity,
);

/** A safe integer (ids, counts, positions, percentages). */
export const integer: Codec<number, number> = makeCodec(
  'integer',
  'integer',
  { kind: 'integer' },
  isSafeInteger,
  (u, c) => (isSafeInteger(u) ? t.success(u) : t.failure(u, c)),
  identity,
);

/** A finite number (money). */
export const decimal: Codec<number, number> = makeCodec(
  'number',
  'finite number',
  { kind: 'number' },
  isFiniteNumber,
  (u, c) => (isFiniteNumber(u) ? t.success(u) : t.failure(u, c)),
  identity,
);

/** Exactly the number `value` (the envelope's `status`). */
export function literal<N extends number>(value: N): Codec<N, N> {
  const is = (u: unknown): u is N => u === value;
  return makeCodec(
    String(value),
    String(value),
    { kind: 'literal', value },
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c)),
    identity,
  );
}
