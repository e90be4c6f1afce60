import { makeCodec } from './make.js';
import { isPlainRecord } from './plain-record.js';
/** Always on the wire. */
export function required(codec, doc, wire) {
  return { codec, presence: { kind: 'required' }, doc, ...(wire === undefined ? {} : { wire }) };
}
/**
 * Left out by the server when it equals a default: decodes to `value` when absent (or `null`),
 * and is left out again when `omit` says so. `rule` tells people when, e.g. "when 0".
 */
export function defaulted(codec, value, omit, rule, doc) {
  return {
    codec,
    presence: {
      kind: 'defaulted',
      value,
      omit: omit,
      rule,
    },
    doc,
  };
}
/** May be absent; absent (or `null`) on the wire is absent in the domain value. */
export function optional(codec, rule, doc, omitWhen) {
  return {
    codec,
    presence: {
      kind: 'optional',
      rule,
      ...(omitWhen ? { omitWhen: omitWhen } : {}),
    },
    doc,
  };
}
/**
 * Checked when present (and required when `required`), never kept in the domain value, and
 * always written as `value` (the envelope's `status` and `statusCode`).
 */
export function fixed(codec, value, required, doc) {
  return { codec, presence: { kind: 'fixed', value, required }, doc };
}
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** Whether the encoder leaves this field out of `whole`. */
export function isOmitted(field, value, whole) {
  const p = field.presence;
  if (p.kind === 'required' || p.kind === 'fixed') return false;
  if (p.kind === 'optional') return value === undefined || (p.omitWhen?.(value) ?? false);
  return p.omit(value, whole);
}
/**
 * A JSON object of the server's: camelCase names (PascalCase accepted), server defaults left out,
 * unknown properties dropped. Domain keys follow the order of `fields`, which is the server's order.
 */
export function record(name, defs) {
  const fields = Object.entries(defs).map(([key, def]) => {
    const wire = def.wire ?? key;
    if (wire in Object.prototype || capitalize(wire) in Object.prototype) {
      throw new TypeError(`${name}.${key}: a wire name may not shadow an Object.prototype member`);
    }
    return {
      key,
      wire,
      alias: capitalize(wire),
      codec: def.codec,
      presence: def.presence,
      doc: def.doc,
    };
  });
  return makeCodec(
    name,
    `${name} object`,
    { kind: 'record', fields },
    (u) =>
      isPlainRecord(u) &&
      fields.every((f) => {
        if (f.presence.kind === 'fixed') return true;
        const v = u[f.key];
        return v === undefined ? f.presence.kind === 'optional' : f.codec.is(v);
      }),
    (a) => {
      const whole = a;
      const out = {};
      for (const f of fields) {
        const v = f.presence.kind === 'fixed' ? f.presence.value : whole[f.key];
        if (!isOmitted(f, v, whole)) out[f.wire] = f.codec.encode(v);
      }
      return out;
    },
  );
}
//# sourceMappingURL=record.js.map
