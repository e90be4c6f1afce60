// fast-check arbitraries for the domain: every value they make is one the server could send.
import fc from 'fast-check';
import {
  type AnyCodec,
  ApiDateTime,
  bySchema,
  type Codec,
  type Field,
  htmlEncode,
  type Json,
  Opportunity,
  type OpportunityPage,
  UNSET_DATE_TIME_TEXT,
} from '../src/index.js';
import { FORBIDDEN_CHAR } from '../src/xml/text.js';

/** Text XML 1.0 can carry, with the awkward cases made likely. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !FORBIDDEN_CHAR.test(s)),
  fc.constantFrom(
    '',
    '  spaced  ',
    '0042',
    '&amp;',
    'A &amp; B',
    '<b>',
    "O'Neil",
    'line\r\nbreak',
    'true',
    '1e3',
    '¥€',
  ),
);

const id = fc.integer({ min: 0, max: 2_147_483_647 });
const guid = fc.uuid().map((u) => u.toLowerCase());

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysIn = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

/** A date-time as the server writes it: 7 fraction digits and an offset (never the unset sentinel). */
export const apiDateTime: fc.Arbitrary<ApiDateTime> = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    ticks: fc.integer({ min: 0, max: 9_999_999 }),
    zone: fc.constantFrom('Z', '+03:00', '-05:00', '+05:30', '+14:00', '-12:00'),
  })
  .map(({ year, month, day, hour, minute, second, ticks, zone }) =>
    ApiDateTime.from(
      `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysIn(year, month)), 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}.${pad(ticks, 7)}${zone}`,
    ),
  );

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

// Any finite double but -0, which neither JSON nor XML can carry.
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));

/**
 * Wire values of a codec, derived from its schema (never written by hand): what the server could
 * send, absent optional fields included. Exhaustive, like every reader of the schema.
 */
export const wireOf: (codec: AnyCodec) => fc.Arbitrary<Json> = bySchema<fc.Arbitrary<Json>>({
  string: (s) =>
    s.format === 'guid'
      ? guid
      : s.format === 'color'
        ? fc.oneof(hex, fc.constant(''))
        : s.html
          ? text.map(htmlEncode)
          : text,
  boolean: () => fc.boolean(),
  integer: () => fc.oneof(id, fc.maxSafeInteger(), fc.constantFrom(0, -1)),
  number: () => finite,
  literal: (s) => fc.constant(s.value),
  enum: (s) => fc.nat({ max: s.names.length - 1 }),
  'date-time': (s) =>
    s.unsetAsNull
      ? fc.oneof(
          apiDateTime.map((d) => d.text),
          fc.constant(UNSET_DATE_TIME_TEXT),
        )
      : apiDateTime.map((d) => d.text),
  nullable: (s) => fc.option(wireOf(s.of), { nil: null }),
  array: (s) => fc.array(wireOf(s.of), { maxLength: 3 }),
  record: (s) => {
    const fields = Object.fromEntries(s.fields.map((f) => [f.wire, wireOf(f.codec)]));
    const requiredKeys = s.fields
      .filter((f) => f.presence.kind === 'required' || (f.presence.kind === 'fixed' && f.presence.required))
      .map((f) => f.wire);
    // The server leaves out what an optional field's rule says it leaves out (a count of 0).
    const leftOut = (f: Field, wire: Json | undefined): boolean => {
      if (wire === undefined || f.presence.kind !== 'optional' || !f.presence.omitWhen) return false;
      const decoded = f.codec.decode(wire);
      return decoded._tag === 'Right' && f.presence.omitWhen(decoded.right);
    };
    return fc.record(fields, { requiredKeys }).map((r: Record<string, Json>) => {
      const out = { ...r };
      for (const f of s.fields) if (leftOut(f, out[f.wire])) delete out[f.wire];
      return out;
    }) as fc.Arbitrary<Json>;
  },
});

/** Domain values of a codec: its wire values, decoded. */
export function domainOf<A>(codec: Codec<A, Json>): fc.Arbitrary<A> {
  return wireOf(codec).map((wire) => {
    const decoded = codec.decode(wire);
    if (decoded._tag === 'Left')
      throw new Error(`a generated wire value does not decode: ${JSON.stringify(wire)}`);
    return decoded.right;
  });
}

export const opportunity: fc.Arbitrary<Opportunity> = domainOf(Opportunity);

const paging = fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined });

/** A page as the server sends it: `count` matches the items, paging figures maybe. */
export const page: fc.Arbitrary<OpportunityPage> = fc
  .record({
    items: fc.array(opportunity, { maxLength: 4 }),
    startIndex: paging,
    nextIndex: paging,
    total: paging,
  })
  .map(({ items, ...rest }) => {
    const out: Record<string, unknown> = { items };
    if (items.length > 0) out['count'] = items.length;
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) out[k] = v;
    return out as unknown as OpportunityPage;
  });
