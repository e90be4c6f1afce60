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
var explain_exports = {};
__export(explain_exports, {
  explain: () => explain,
  pathOf: () => pathOf,
});
module.exports = __toCommonJS(explain_exports);
var import_api_date_time = require('../leaf/api-date-time.js');
var import_describe_value = require('../report/describe-value.js');
var import_plain_record = require('./plain-record.js');
var import_presence = require('./presence.js');
function pathOf(place, prefix = '') {
  const keys = [];
  for (let p = place; p !== void 0; p = p.parent) keys.push(p.key);
  let path = prefix;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path;
}
const ACCEPTS = {
  string: (_, u) => typeof u === 'string',
  boolean: (_, u) => typeof u === 'boolean',
  integer: (_, u) => Number.isSafeInteger(u),
  number: (_, u) => typeof u === 'number' && Number.isFinite(u),
  literal: (s, u) => u === s.value,
  enum: (s, u) => typeof u === 'number' && Number.isInteger(u) && u >= 0 && u < s.names.length,
  'date-time': (_, u) => typeof u === 'string' && import_api_date_time.ApiDateTime.parse(u) !== void 0,
};
const placeAt = (parent, key, codec) => (key === void 0 ? parent : { parent, key, codec });
const MISSING = /* @__PURE__ */ Symbol('missing');
function report(out, parent, key, named, u) {
  if (out.full) {
    out.countOne();
    return;
  }
  const where = placeAt(parent, key, named);
  out.add(
    where,
    u === MISSING
      ? `missing, expected ${named.expected}`
      : `expected ${named.expected}, got ${(0, import_describe_value.describeValue)(u)}`,
  );
}
function explain(codec, u, out, parent, key, named = codec) {
  const schema = codec.schema;
  switch (schema.kind) {
    case 'nullable':
      if (u !== null) explain(schema.of, u, out, parent, key, named);
      return;
    case 'array': {
      if (!Array.isArray(u)) {
        report(out, parent, key, named, u);
        return;
      }
      const here = placeAt(parent, key, named);
      for (let i = 0; i < u.length; i++) explain(schema.of, u[i], out, here, i);
      return;
    }
    case 'record': {
      if (!(0, import_plain_record.isPlainRecord)(u)) {
        report(out, parent, key, named, u);
        return;
      }
      const here = placeAt(parent, key, named);
      for (const f of schema.fields) {
        const p = f.presence;
        let raw = u[f.wire];
        if (raw === void 0) raw = u[f.alias];
        if ((0, import_presence.isAbsent)(raw, p)) {
          if ((0, import_presence.isMandatory)(p)) report(out, here, f.wire, f.codec, MISSING);
          continue;
        }
        explain(f.codec, raw, out, here, f.wire);
      }
      return;
    }
    default:
      if (!ACCEPTS[schema.kind](schema, u)) {
        report(out, parent, key, named, u);
      }
  }
}
