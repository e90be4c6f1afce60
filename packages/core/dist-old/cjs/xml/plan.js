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
var plan_exports = {};
__export(plan_exports, {
  emptyValues: () => emptyValues,
  planOf: () => planOf,
  shortName: () => shortName,
});
module.exports = __toCommonJS(plan_exports);
var import_safe_text = require('../report/safe-text.js');
var import_kinds = require('../schema/kinds.js');
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const plans = /* @__PURE__ */ new WeakMap();
function planOf(fields) {
  let plan = plans.get(fields);
  if (plan === void 0) {
    const byName = /* @__PURE__ */ new Map();
    for (const [i, f] of fields.entries()) byName.set(f.alias, i);
    for (const [i, f] of fields.entries()) byName.set(f.wire, i);
    const reads = fields.map((f) => {
      const list = f.codec.schema.kind === 'array';
      const codec = f.codec.schema.kind === 'array' ? f.codec.schema.of : f.codec;
      return { wire: f.wire, list, read: elementRead(codec) };
    });
    plan = { fields: reads, byName, build: builderOf(reads.map((r) => r.wire)), scratch: [] };
    plans.set(fields, plan);
  }
  return plan;
}
function builderOf(wires) {
  try {
    const body = wires.map((w, i) => `${JSON.stringify(w)}: v[${i}]`).join(', ');
    return new Function('v', `return { ${body} };`);
  } catch {
    return (values) => {
      const out = {};
      wires.forEach((w, i) => {
        out[w] = values[i];
      });
      return out;
    };
  }
}
function emptyValues(plan, values = new Array(plan.fields.length)) {
  for (let i = 0; i < plan.fields.length; i++) values[i] = plan.fields[i].list ? [] : void 0;
  return values;
}
const shortName = (name) => (0, import_safe_text.safeText)(name, 40);
const asNumber = (text) => {
  const n = text.length;
  if (n > 0 && n < 10) {
    let value = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
    }
    if (i === n && (n === 1 || text.charCodeAt(0) !== 48)) return value;
  }
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : text;
};
const asBoolean = (text) =>
  text === 'true' || text === 'True' ? true : text === 'false' || text === 'False' ? false : text;
const textElement = (coerce, empty) => (reader, name, selfClosing) => {
  if (selfClosing) return empty;
  const text = reader.textContent(name);
  return coerce === void 0 ? text : coerce(text);
};
const textRead = textElement(void 0, '');
const numberRead = textElement(asNumber, null);
const elementRead = (0, import_kinds.bySchema)({
  string: () => textRead,
  boolean: () => textElement(asBoolean, null),
  integer: () => numberRead,
  number: () => numberRead,
  literal: () => numberRead,
  enum: () => numberRead,
  'date-time': () => textElement(void 0, null),
  nullable: ({ of }) => {
    const inner = elementRead(of);
    const isRecord = of.schema.kind === 'record';
    return (reader, name, selfClosing) => {
      if (selfClosing) return null;
      if (isRecord && reader.atEndTag(name)) {
        reader.endTag(name);
        return null;
      }
      return inner(reader, name, false);
    };
  },
  array: () => (reader, name) =>
    reader.fail(`<${shortName(name)}> is a list inside a list, which this API never sends`),
  record:
    ({ fields }) =>
    (reader, name, selfClosing) => {
      const plan = planOf(fields);
      return selfClosing ? plan.build(emptyValues(plan)) : reader.recordContent(name, plan);
    },
});
