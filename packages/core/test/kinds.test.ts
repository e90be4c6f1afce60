// One test per kind of schema, in the spirit of io-ts's test/Schema.ts: for every constructor, the
// decoder (generated and interpreted), the encoder, the XML writer and reader, the guard and the
// schema-derived arbitrary agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnyCodec,
  AuthenticationEnvelope,
  BidType,
  Contact,
  Currency,
  Employee,
  ErrorEnvelope,
  fieldsOf,
  ItemEnvelope,
  type Json,
  Opportunity,
  OpportunityById,
  PageEnvelope,
  SCHEMA_KINDS,
  Stage,
} from '../src/index.js';
import { array } from '../src/schema/array.js';
import { DecodeRun, fieldsDecoderOf, holdsRecords, MISMATCH, runDecoder } from '../src/schema/decoder.js';
import {
  bool,
  colour,
  dateTime,
  decimal,
  guid,
  htmlText,
  integer,
  literal,
  text,
  unsettableDateTime,
} from '../src/schema/leaf.js';
import { nullable } from '../src/schema/nullable.js';
import { defaulted, fixed, optional, record, required } from '../src/schema/record.js';
import { decodeXml, readXml } from '../src/xml/read.js';
import { writeXml } from '../src/xml/write.js';
import { wireOf } from './arbitraries.js';

/** A record with a field of every presence, each a different kind. */
const EveryPresence = record('EveryPresence', {
  id: required(integer, 'required'),
  note: optional(text, 'when empty', 'optional, left out when empty', (s) => s === ''),
  rate: defaulted(decimal, 0, 'when-default', 'defaulted'),
  version: fixed(literal(2), 2, false, 'fixed'),
  tags: defaulted(array(text), [], 'when-default', 'a defaulted list'),
  label: defaulted(text, '', 'never', 'a defaulted text always sent'),
});

const CONSTRUCTORS: ReadonlyArray<readonly [string, AnyCodec]> = [
  ['text', text],
  ['guid', guid],
  ['colour', colour],
  ['htmlText', htmlText],
  ['bool', bool],
  ['integer', integer],
  ['decimal', decimal],
  ['literal', literal(0)],
  ['enumeration', BidType],
  ['dateTime', dateTime],
  ['unsettableDateTime', unsettableDateTime],
  ['nullable of a leaf', nullable(integer)],
  ['nullable of a record', nullable(Currency)],
  ['array of a leaf', array(text)],
  ['array of nullables', array(nullable(integer))],
  ['array of records', array(Employee)],
  ['record with every presence', EveryPresence],
  ['Employee', Employee],
  ['Contact', Contact],
  ['Stage', Stage],
  ['Opportunity', Opportunity],
  ['OpportunityById', OpportunityById],
  ['ItemEnvelope', ItemEnvelope],
  ['PageEnvelope', PageEnvelope],
  ['ErrorEnvelope', ErrorEnvelope],
  ['AuthenticationEnvelope', AuthenticationEnvelope],
];

const right = <A>(e: { _tag: string; right?: A }): A => {
  if (e._tag !== 'Right') throw new Error('expected a Right');
  return e.right as A;
};

/** A value through the server's XML: the wire value under `<result><value>`, written and read back. */
function viaXml(codec: AnyCodec, wire: Json): unknown {
  const probe = record('Probe', { value: required(codec, 'the value') });
  const read = readXml(writeXml('result', { value: wire }), 'result', fieldsOf(probe));
  return (right(probe.decode(right(read))) as { value: unknown }).value;
}

/** The same through the reader that decodes each record as it reads it (what decodeBody uses). */
function viaXmlDecoded(codec: AnyCodec, wire: Json): unknown {
  const probe = record('Probe', { value: required(codec, 'the value') });
  const text = writeXml('result', { value: wire });
  const decoded = decodeXml(
    text,
    'result',
    fieldsOf(probe),
    probe,
    new DecodeRun(undefined, true, undefined),
  );
  if (decoded === undefined) throw new Error('expected a decoded value');
  return (decoded.value as { value: unknown }).value;
}

/**
 * A record's field values by position, as the XML reader hands them to a fields decoder: each
 * value that holds records decoded already.
 */
function fieldValues(codec: AnyCodec, wire: Json): unknown[] {
  const u = wire as Record<string, Json>;
  return fieldsOf(codec).map((f) => {
    const raw = u[f.wire] === undefined ? u[f.alias] : u[f.wire];
    if (raw === undefined || !holdsRecords(f.codec)) return raw;
    const decoded = runDecoder(f.codec, raw);
    return decoded.ok ? decoded.value : MISMATCH;
  });
}

it('the constructors cover every kind of schema', () => {
  expect(new Set(CONSTRUCTORS.map(([, c]) => c.schema.kind))).toEqual(new Set(SCHEMA_KINDS));
});

describe.each(CONSTRUCTORS)('%s', (_, codec) => {
  it('decodes every wire value its schema allows, to a value its guard accepts', () => {
    fc.assert(
      fc.property(wireOf(codec), (wire) => {
        const value = right(codec.decode(wire));
        expect(codec.is(value)).toBe(true);
        // The interpreted decoder (strict CSPs) gives the same value, keys in the same order.
        const interpreted = runDecoder(codec, wire, { mode: 'interpreted' });
        expect(interpreted.ok && interpreted.value).toStrictEqual(value);
      }),
    );
  });

  it('encodes to a wire value that decodes back to the same value, and encodes again the same', () => {
    fc.assert(
      fc.property(wireOf(codec), (wire) => {
        const value = right(codec.decode(wire));
        const encoded = codec.encode(value) as Json;
        expect(right(codec.decode(encoded))).toStrictEqual(value);
        expect(codec.encode(right(codec.decode(encoded)))).toStrictEqual(encoded);
      }),
    );
  });

  it('goes through the XML writer and reader to the same value', () => {
    // XML cannot hold a list inside a list, nor tell a list of one from a value: lists stand as fields.
    fc.assert(
      fc.property(wireOf(codec), (wire) => {
        const value = right(codec.decode(wire));
        expect(viaXml(codec, codec.encode(value) as Json)).toStrictEqual(value);
      }),
      { numRuns: 50 },
    );
  });

  it('reads and decodes the XML at once to the same value as reading it, then decoding', () => {
    fc.assert(
      fc.property(wireOf(codec), (wire) => {
        const encoded = codec.encode(right(codec.decode(wire))) as Json;
        expect(viaXmlDecoded(codec, encoded)).toStrictEqual(viaXml(codec, encoded));
      }),
      { numRuns: 50 },
    );
  });

  it('decodes a record from its field values (generated and interpreted) as from its object', () => {
    if (codec.schema.kind !== 'record') return;
    const fields = codec.schema.fields;
    fc.assert(
      fc.property(wireOf(codec), (wire) => {
        const value = right(codec.decode(wire));
        for (const mode of ['generated', 'interpreted'] as const) {
          const decoded = fieldsDecoderOf(fields, mode)(
            fieldValues(codec, wire),
            new DecodeRun(undefined, false, undefined),
          );
          expect(decoded).toStrictEqual(value);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('refuses what is not a value, with typed issues and never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (u) => {
        const outcome = runDecoder(codec, u, { maxIssues: 5 });
        const interpreted = runDecoder(codec, u, { maxIssues: 5, mode: 'interpreted' });
        expect(interpreted).toStrictEqual(outcome);
        if (!outcome.ok) {
          expect(outcome.issues.count).toBeGreaterThan(0);
          for (const issue of outcome.issues.issues) {
            expect(['missing', 'type', 'range', 'enum', 'literal', 'format']).toContain(issue.kind);
            expect(issue.message).toContain(issue.expected);
          }
        } else expect(codec.is(outcome.value)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
