import { safeText } from '../report/safe-text.js';
import { bySchema } from '../schema/kinds.js';

/**
 * What the XML reader knows of each record schema, worked out once: for each field how its
 * element is read (the XML has no types, so the schema says what a text is and which elements
 * hold records or repeat as a list), and how a record is built.
 */
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const plans = new WeakMap();
export function planOf(fields) {
  let plan = plans.get(fields);
  if (plan === undefined) {
    const byName = new Map();
    // Wire names last, so that they win over a documented name that happens to equal one.
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
/**
 * Makes records with one object literal, so that every record of a kind shares one hidden class
 * (stores of computed keys one by one are megamorphic); interpreted where `new Function` is
 * forbidden. A field that was not there is `undefined`, which the decoder reads as absent.
 */
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
/**
 * The field values of a record before its content is read (every list present and empty), in
 * `values` when given: the reader reuses one array per nesting depth, as it is garbage once built.
 */
export function emptyValues(plan, values = new Array(plan.fields.length)) {
  for (let i = 0; i < plan.fields.length; i++) values[i] = plan.fields[i].list ? [] : undefined;
  return values;
}
// Element names come from the server: cut, and control or bidi characters escaped.
export const shortName = (name) => safeText(name, 40);
const asNumber = (text) => {
  // Most numbers are short runs of digits (ids, counts, enums): read without a regex.
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
/**
 * A text-only element: its text as `coerce` reads it (a text that is not a number or a boolean
 * stays text, for the decoder to refuse), `empty` for `<x />`.
 */
const textElement = (coerce, empty) => (reader, name, selfClosing) => {
  if (selfClosing) return empty;
  const text = reader.textContent(name);
  return coerce === undefined ? text : coerce(text);
};
const textRead = textElement(undefined, '');
const numberRead = textElement(asNumber, null);
/**
 * How each kind of value is read from its element: the XML has no types, so the schema says what
 * a text is (number, boolean, text) and which elements hold records.
 */
const elementRead = bySchema({
  string: () => textRead,
  boolean: () => textElement(asBoolean, null),
  integer: () => numberRead,
  number: () => numberRead,
  literal: () => numberRead,
  enum: () => numberRead,
  'date-time': () => textElement(undefined, null),
  nullable: ({ of }) => {
    const inner = elementRead(of);
    const isRecord = of.schema.kind === 'record';
    return (reader, name, selfClosing) => {
      if (selfClosing) return null;
      // `<currency></currency>` says nothing more than `<currency />`.
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
//# sourceMappingURL=plan.js.map
