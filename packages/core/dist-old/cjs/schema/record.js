var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (const key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod);
var record_exports = {};
__export(record_exports, {
  defaulted: () => defaulted,
  fixed: () => fixed,
  isOmitted: () => isOmitted,
  optional: () => optional,
  record: () => record,
  required: () => required,
});
module.exports = __toCommonJS(record_exports);
var import_make = require('./make.js');
var import_plain_record = require('./plain-record.js');
function required(codec, doc, wire) {
  return { codec, presence: { kind: 'required' }, doc, ...(wire === void 0 ? {} : { wire }) };
}
function defaulted(codec, value, omit, rule, doc) {
  return {
    codec,
    presence: {
      kind: 'defaulted',
      value,
      omit,
      rule,
    },
    doc,
  };
}
function optional(codec, rule, doc, omitWhen) {
  return {
    codec,
    presence: {
      kind: 'optional',
      rule,
      ...(omitWhen ? { omitWhen } : {}),
    },
    doc,
  };
}
function fixed(codec, value, required2, doc) {
  return { codec, presence: { kind: 'fixed', value, required: required2 }, doc };
}
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function isOmitted(field, value, whole) {
  const p = field.presence;
  if (p.kind === 'required' || p.kind === 'fixed') return false;
  if (p.kind === 'optional') return value === void 0 || (p.omitWhen?.(value) ?? false);
  return p.omit(value, whole);
}
function record(name, defs) {
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
  return (0, import_make.makeCodec)(
    name,
    `${name} object`,
    { kind: 'record', fields },
    (u) =>
      (0, import_plain_record.isPlainRecord)(u) &&
      fields.every((f) => {
        if (f.presence.kind === 'fixed') return true;
        const v = u[f.key];
        return v === void 0 ? f.presence.kind === 'optional' : f.codec.is(v);
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
