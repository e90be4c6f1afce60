import { safeText } from '../report/safe-text.js';
import type { AnyCodec, Field } from '../schema/codec.js';
import { type FieldsDecoder, fieldsDecoderOf, type RecordMode } from '../schema/decoder.js';
import { generated } from '../schema/generate.js';
import { bySchema } from '../schema/kinds.js';

/**
 * What the XML reader knows of each record schema, worked out once: for each field how its
 * element is read (the XML has no types, so the schema says what a text is and which elements
 * hold records or repeat as a list), and how a record is built.
 */

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Reads one element whose start tag has just been read: its value in the wire form. */
type ElementRead = (source: ElementSource, name: string, selfClosing: boolean) => unknown;

/** What reading an element's content takes: the reader, as the plan sees it. */
export interface ElementSource {
  /** The text of a text-only element, up to its end tag. */
  textContent(name: string): string;
  /**
   * The number a text of one to nine ASCII digits (no leading zero) stands for, when such a text
   * is all the element holds up to its end tag, which is then read; else `undefined`, nothing read.
   */
  digitsContent(name: string): number | undefined;
  /** Whether `word` is all the element holds up to its end tag, which is then read; else nothing is read. */
  wordContent(name: string, word: string): boolean;
  /**
   * The record an element holds, its content read up to its end tag (none when `empty`): its wire
   * value, or its decoded value when the reader decodes as it reads.
   */
  recordContent(name: string, plan: RecordPlan, empty: boolean): unknown;
  /** Whether the end tag of `name` comes next. */
  atEndTag(name: string): boolean;
  endTag(name: string): void;
  fail(what: string): never;
}

/** How the reader treats one field of a record: read with `read`, and collected in a list or not. */
interface FieldRead {
  readonly wire: string;
  readonly list: boolean;
  readonly read: ElementRead;
}

/** What the reader needs of a record schema, computed once per schema. */
export interface RecordPlan {
  /** In the server's order, which is the order elements come in. */
  readonly fields: ReadonlyArray<FieldRead>;
  /** Field indexes by wire name and by documented (PascalCase) name. */
  readonly byName: ReadonlyMap<string, number>;
  /** The wire value of a record from its field values (by index), absent ones `undefined`. */
  readonly build: (values: unknown[]) => Record<string, unknown>;
  /** The decoded value of a record from its field values, those holding records decoded already. */
  readonly decode: FieldsDecoder;
  /**
   * One array of field values per nesting depth, reused from record to record (a reader runs to
   * its end before another starts; each is emptied once its record is built).
   */
  readonly scratch: unknown[][];
}

const plans = new WeakMap<ReadonlyArray<Field>, RecordPlan>();

export function planOf(fields: ReadonlyArray<Field>): RecordPlan {
  let plan = plans.get(fields);
  if (plan === undefined) {
    const byName = new Map<string, number>();
    // Wire names last, so that they win over a documented name that happens to equal one.
    for (const [i, f] of fields.entries()) byName.set(f.alias, i);
    for (const [i, f] of fields.entries()) byName.set(f.wire, i);
    const reads = fields.map((f) => {
      const list = f.codec.schema.kind === 'array';
      const codec = f.codec.schema.kind === 'array' ? f.codec.schema.of : f.codec;
      return { wire: f.wire, list, read: elementRead(codec) };
    });
    plan = {
      fields: reads,
      byName,
      build: builderOf(reads.map((r) => r.wire)),
      decode: fieldsDecoderOf(fields),
      scratch: [],
    };
    plans.set(fields, plan);
  }
  return plan;
}

/**
 * Makes records with one object literal, so that every record of a kind shares one hidden class
 * (stores of computed keys one by one are megamorphic); interpreted where `new Function` is
 * forbidden. A field that was not there is `undefined`, which the decoder reads as absent.
 */
export function builderOf(wires: ReadonlyArray<string>, mode: RecordMode = 'generated'): RecordPlan['build'] {
  const body = wires.map((w, i) => `${JSON.stringify(w)}: v[${i}]`).join(', ');
  const built =
    mode === 'generated'
      ? generated<RecordPlan['build']>([], `return function buildRecord(v) { return { ${body} }; };`, [])
      : undefined;
  return (
    built ??
    ((values) => {
      const out: Record<string, unknown> = {};
      wires.forEach((w, i) => {
        out[w] = values[i];
      });
      return out;
    })
  );
}

/**
 * The field values of a record before its content is read (every list present and empty), in
 * `values` when given: the reader reuses one array per nesting depth, as it is garbage once built.
 */
export function emptyValues(plan: RecordPlan, values = new Array<unknown>(plan.fields.length)): unknown[] {
  for (let i = 0; i < plan.fields.length; i++) values[i] = plan.fields[i]!.list ? [] : undefined;
  return values;
}

// Element names come from the server: cut, and control or bidi characters escaped.
export const shortName = (name: string): string => safeText(name, 40);

const asNumber = (text: string): unknown => {
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

const asBoolean = (text: string): unknown =>
  text === 'true' || text === 'True' ? true : text === 'false' || text === 'False' ? false : text;

// Numbers and booleans are most of the elements; their common forms are read where they stand in
// the text, without cutting a string out of it (a short string copied per element was a tenth of
// the reader's garbage). Anything else goes the general way, through the text.
const numberRead: ElementRead = (reader, name, selfClosing) =>
  selfClosing ? null : (reader.digitsContent(name) ?? asNumber(reader.textContent(name)));

const booleanRead: ElementRead = (reader, name, selfClosing) => {
  if (selfClosing) return null;
  if (reader.wordContent(name, 'true')) return true;
  if (reader.wordContent(name, 'false')) return false;
  return asBoolean(reader.textContent(name));
};

/**
 * A text-only element: its text as `coerce` reads it (a text that is not a number or a boolean
 * stays text, for the decoder to refuse), `empty` for `<x />`.
 */
const textElement =
  (coerce: ((text: string) => unknown) | undefined, empty: unknown): ElementRead =>
  (reader, name, selfClosing) => {
    if (selfClosing) return empty;
    const text = reader.textContent(name);
    return coerce === undefined ? text : coerce(text);
  };

const textRead = textElement(undefined, '');

/**
 * How each kind of value is read from its element: the XML has no types, so the schema says what
 * a text is (number, boolean, text) and which elements hold records.
 */
const elementRead: (codec: AnyCodec) => ElementRead = bySchema<ElementRead>({
  string: () => textRead,
  boolean: () => booleanRead,
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
  record: ({ fields }) => {
    let plan: RecordPlan | undefined;
    return (reader, name, selfClosing) => {
      plan ??= planOf(fields);
      return reader.recordContent(name, plan, selfClosing);
    };
  },
});
