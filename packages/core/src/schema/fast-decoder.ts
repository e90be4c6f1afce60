import { ApiDateTime } from '../wire/api-date-time.js';
import { htmlDecode } from '../wire/html-entities.js';
import type { AnyCodec, Schema } from './codec.js';

/** Returned by a fast decoder when the input does not match: io-ts is then asked for the report. */
export const MISMATCH: unique symbol = Symbol('mismatch');

export type FastDecoder = (u: unknown) => unknown;

const compiled = new WeakMap<AnyCodec, FastDecoder>();

/**
 * A decoder compiled from a codec's schema that does what the codec's `validate` does, minus the
 * error report: no contexts, no `Either` per value. It answers the value or {@link MISMATCH}; a
 * property test holds it to the io-ts codec.
 */
export function fastDecoder(codec: AnyCodec): FastDecoder {
  let decoder = compiled.get(codec);
  if (decoder === undefined) {
    decoder = compile(codec.schema);
    compiled.set(codec, decoder);
  }
  return decoder;
}

function compile(schema: Schema): FastDecoder {
  switch (schema.kind) {
    case 'string':
      return schema.html
        ? (u) => (typeof u === 'string' ? htmlDecode(u) : MISMATCH)
        : (u) => (typeof u === 'string' ? u : MISMATCH);
    case 'boolean':
      return (u) => (typeof u === 'boolean' ? u : MISMATCH);
    case 'integer':
      return (u) => (Number.isSafeInteger(u) ? u : MISMATCH);
    case 'number':
      return (u) => (typeof u === 'number' && Number.isFinite(u) ? u : MISMATCH);
    case 'literal': {
      const value = schema.value;
      return (u) => (u === value ? u : MISMATCH);
    }
    case 'enum': {
      const names = schema.names;
      return (u) => (typeof u === 'number' && Number.isInteger(u) ? (names[u] ?? MISMATCH) : MISMATCH);
    }
    case 'date-time': {
      const unsetAsNull = schema.unsetAsNull;
      return (u) => {
        if (typeof u !== 'string') return MISMATCH;
        const parsed = ApiDateTime.parse(u);
        if (parsed === undefined) return MISMATCH;
        return unsetAsNull && parsed.isUnset ? null : parsed;
      };
    }
    case 'nullable': {
      const of = fastDecoder(schema.of);
      return (u) => (u === null ? null : of(u));
    }
    case 'array': {
      const of = fastDecoder(schema.of);
      return (u) => {
        if (!Array.isArray(u)) return MISMATCH;
        const out = new Array(u.length);
        for (let i = 0; i < u.length; i++) {
          const v = of(u[i]);
          if (v === MISMATCH) return MISMATCH;
          out[i] = v;
        }
        return out;
      };
    }
    case 'record':
      return compileRecord(schema);
  }
}

function compileRecord(schema: Extract<Schema, { kind: 'record' }>): FastDecoder {
  const fields = schema.fields.map((f) => ({
    key: f.key,
    wire: f.wire,
    alias: f.alias,
    decode: fastDecoder(f.codec),
    kind: f.presence.kind,
    fallback: f.presence.kind === 'defaulted' ? f.presence.value : undefined,
    mandatory: f.presence.kind === 'required' || (f.presence.kind === 'fixed' && f.presence.required),
  }));
  return (u) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return MISMATCH;
    const o = u as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      // Plain reads are own reads here: no wire name is a member of Object.prototype (record() checks).
      let raw = o[f.wire];
      if (raw === undefined) raw = o[f.alias];
      if (raw === undefined || (raw === null && (f.kind === 'defaulted' || f.kind === 'optional'))) {
        if (f.kind === 'defaulted') out[f.key] = f.fallback;
        else if (f.mandatory) return MISMATCH;
        continue;
      }
      const v = f.decode(raw);
      if (v === MISMATCH) return MISMATCH;
      if (f.kind !== 'fixed') out[f.key] = v;
    }
    return out;
  };
}
