import { ApiDateTime, UNSET_DATE_TIME_TEXT } from '../leaf/api-date-time.js';
import { htmlEncode } from '../leaf/html-entities.js';
import { makeCodec } from './make.js';

const isString = (u) => typeof u === 'string';
const identity = (a) => a;
/** A codec whose wire value is its domain value. */
function primitive(name, expected, schema, is) {
  return makeCodec(name, expected, schema, is, identity);
}
/** Plain text, kept verbatim. */
export const text = primitive('string', 'string', { kind: 'string' }, isString);
/** A lower-case GUID as the server writes ids of users (checked by contracts, not by the decoder). */
export const guid = primitive('Guid', 'string', { kind: 'string', format: 'guid' }, isString);
/** A colour, `#RRGGBB` (checked by contracts, not by the decoder). */
export const colour = primitive('Colour', 'string', { kind: 'string', format: 'color' }, isString);
/** Text the server HTML-encodes (`A &amp; B`); the domain holds the decoded text. */
export const htmlText = makeCodec('HtmlText', 'string', { kind: 'string', html: true }, isString, htmlEncode);
/** `true` or `false`. */
export const bool = primitive('boolean', 'boolean', { kind: 'boolean' }, (u) => typeof u === 'boolean');
/** A safe integer (ids, counts, positions, percentages). */
export const integer = primitive('integer', 'integer', { kind: 'integer' }, (u) => Number.isSafeInteger(u));
/** A finite number (money). */
export const decimal = primitive(
  'number',
  'finite number',
  { kind: 'number' },
  (u) => typeof u === 'number' && Number.isFinite(u),
);
/** Exactly the number `value` (the envelope's `status`). */
export function literal(value) {
  return primitive(String(value), String(value), { kind: 'literal', value }, (u) => u === value);
}
const DATE_EXPECTED = 'date-time yyyy-MM-ddTHH:mm:ss.fffffff with Z or ±hh:mm';
const isApiDateTime = (u) => u instanceof ApiDateTime;
/** A date-time that is always set (`created`). */
export const dateTime = makeCodec(
  'ApiDateTime',
  DATE_EXPECTED,
  { kind: 'date-time', unsetAsNull: false },
  isApiDateTime,
  (a) => a.text,
);
/** A date-time that may be "not set": the year-0001 sentinel decodes to `null` and encodes back. */
export const unsettableDateTime = makeCodec(
  'ApiDateTime | unset',
  DATE_EXPECTED,
  { kind: 'date-time', unsetAsNull: true },
  (u) => u === null || (isApiDateTime(u) && !u.isUnset),
  (a) => (a === null ? UNSET_DATE_TIME_TEXT : a.text),
);
//# sourceMappingURL=leaf.js.map
