import { ApiDateTime } from '../leaf/api-date-time.js';
import { htmlDecode } from '../leaf/html-entities.js';
import { isAbsent, isMandatory, nullIsAbsent } from './presence.js';
/** Returned by a fast decoder when the input does not match: io-ts is then asked for the report. */
export const MISMATCH = Symbol('mismatch');
const compiled = new WeakMap();
/**
 * A decoder compiled from a codec's schema: the success path of every decode (io-ts `validate`
 * included), with no contexts and no `Either` per value. On a refusal, `explain` walks the value
 * by the same rules to say why; a property test holds the two together.
 *
 * (Converting `JSON.parse`'s objects in place instead of copying them was measured too: within
 * noise at 10,000 deals, so the decoder never touches its input.)
 */
export function fastDecoder(codec) {
  let decoder = compiled.get(codec);
  if (decoder === undefined) {
    decoder = compile(codec.schema);
    compiled.set(codec, decoder);
  }
  return decoder;
}
function compile(schema) {
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
    case 'array':
      return arrayDecoder(fastDecoder(schema.of));
    case 'record':
      return recordDecoder(schema.fields);
  }
}
function arrayDecoder(of) {
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
/**
 * The record decoder as generated code: one object literal per value gives every decoded record
 * the same hidden class, where assigning computed keys one by one makes V8's stores megamorphic
 * (measured: twice slower). Where `new Function` is forbidden (a strict CSP), an interpreted
 * decoder does the same work.
 */
function recordDecoder(fields) {
  const lines = ["if (typeof u !== 'object' || u === null || Array.isArray(u)) return M;"];
  const literal = [];
  const optional = [];
  fields.forEach((f, i) => {
    const p = f.presence;
    const key = JSON.stringify(f.key);
    const absent = `r${i} === undefined${nullIsAbsent(p) ? ` || r${i} === null` : ''}`;
    const mandatory = isMandatory(p);
    const whenAbsent =
      p.kind === 'defaulted' ? `v${i} = F[${i}];` : mandatory ? 'return M;' : `v${i} = undefined;`;
    const check = inlineCheck(f.codec.schema, `r${i}`, i) ?? `D[${i}](r${i})`;
    lines.push(
      // Plain reads are own reads here: no wire name is a member of Object.prototype (record() checks).
      `let r${i} = u[${JSON.stringify(f.wire)}]; if (r${i} === undefined) r${i} = u[${JSON.stringify(f.alias)}];`,
      `let v${i}; if (${absent}) { ${whenAbsent} } else { v${i} = ${check}; if (v${i} === M) return M; }`,
    );
    if (p.kind === 'optional') optional.push(`if (v${i} !== undefined) o[${key}] = v${i};`);
    else if (p.kind !== 'fixed') literal.push(`${key}: v${i}`);
  });
  lines.push(`const o = { ${literal.join(', ')} }; ${optional.join(' ')} return o;`);
  try {
    const factory = new Function(
      'M',
      'D',
      'F',
      'E',
      `return function decodeRecord(u) {\n${lines.join('\n')}\n};`,
    );
    return factory(
      MISMATCH,
      fields.map((f) => fastDecoder(f.codec)),
      fields.map((f) => (f.presence.kind === 'defaulted' ? f.presence.value : undefined)),
      fields.map((f) => enumNames(f.codec.schema)),
    );
  } catch {
    return interpretedRecordDecoder(fields);
  }
}
function enumNames(schema) {
  if (schema.kind === 'enum') return schema.names;
  return schema.kind === 'nullable' ? enumNames(schema.of.schema) : undefined;
}
/** The check of a leaf as an expression on `r` (value or M), so that the hot path makes no call. */
function inlineCheck(schema, r, i) {
  switch (schema.kind) {
    case 'string':
      return schema.html ? undefined : `(typeof ${r} === 'string' ? ${r} : M)`;
    case 'boolean':
      return `(typeof ${r} === 'boolean' ? ${r} : M)`;
    case 'integer':
      return `(Number.isSafeInteger(${r}) ? ${r} : M)`;
    case 'number':
      return `(typeof ${r} === 'number' && ${r} - ${r} === 0 ? ${r} : M)`;
    case 'enum':
      // A number that is not an index (1.5, -1, NaN) finds no name.
      return `(typeof ${r} === 'number' ? (E[${i}][${r}] ?? M) : M)`;
    case 'nullable': {
      const inner = inlineCheck(schema.of.schema, r, i);
      return inner === undefined ? undefined : `(${r} === null ? null : ${inner})`;
    }
    default:
      return undefined;
  }
}
function interpretedRecordDecoder(fields) {
  const decoders = fields.map((f) => fastDecoder(f.codec));
  return (u) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return MISMATCH;
    const o = u;
    const out = {};
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const p = f.presence;
      // Plain reads are own reads here: no wire name is a member of Object.prototype (record() checks).
      let raw = o[f.wire];
      if (raw === undefined) raw = o[f.alias];
      if (isAbsent(raw, p)) {
        if (p.kind === 'defaulted') out[f.key] = p.value;
        else if (isMandatory(p)) return MISMATCH;
        continue;
      }
      const v = decoders[i](raw);
      if (v === MISMATCH) return MISMATCH;
      if (p.kind !== 'fixed') out[f.key] = v;
    }
    return out;
  };
}
//# sourceMappingURL=fast-decoder.js.map
