import { type AnyCodec, bySchema, fieldsOf, type SchemaKind, type SchemaOf } from '@oo-crm/core';
import { type Matcher, MatchersV3, XmlBuilder, type XmlElement } from '@pact-foundation/pact';
import { enumPattern, PATTERNS } from './patterns.js';
import { exampleOf, guaranteed, NOTHING, nullHere, type Present, pinnedFields } from './shape.js';

const { regex, string } = MatchersV3;
const NO_ATTRIBUTES = new Map<string, string>();

/**
 * A Pact XML body for an envelope's shape under `<result>`, written the way the server writes XML:
 * a list is its items repeated under the property's name (none for an empty list). In XML a type
 * matcher cannot tell a number from a string, so numbers, booleans, enums, dates, GUIDs and colours
 * are pinned with regexes and only free text is matched as a string. `fixed` gives elements whose
 * text is pinned exactly (`status`), `lists` how many items of a top-level list the shape holds
 * (Pact then checks the first, and lets the others through), `present` what the interaction's
 * provider state guarantees of the envelope's fields (`{ response: { stage: {} } }`).
 */
export function xmlShape(
  envelope: AnyCodec,
  fixed: Readonly<Record<string, string | Matcher<string>>> = {},
  lists: Readonly<Record<string, number>> = {},
  present: Present = NOTHING,
): string {
  const pinned = new Set(pinnedFields(envelope, present));
  return new XmlBuilder('1.0', 'UTF-8', 'result').build((root) => {
    // In the schema's order, as the server writes them: the fixed ones, and the pinned ones.
    for (const f of fieldsOf(envelope)) {
      const text = fixed[f.wire];
      const min = lists[f.wire];
      if (text !== undefined) root.appendElement(f.wire, NO_ATTRIBUTES, text);
      else if (f.codec.schema.kind === 'array' && min !== undefined)
        repeated(f.codec.schema.of, root, f.wire, min, guaranteed(present, f.wire));
      else if (pinned.has(f)) append(f.codec, root, f.wire, guaranteed(present, f.wire));
    }
  });
}

/**
 * `count` elements `name` of the item's shape, plain: Pact's XML matching lets through children it
 * was not told about (the elements left out at a default, the other items of a list) only where no
 * type matcher is defined above them, so the XML shapes use none. Without one, Pact compares the
 * n-th element with the n-th of the template: a list's first item is checked, and a template item
 * also demands one, so an item is written only where a provider state guarantees the list holds
 * one (`present`); else none, as the server writes an empty list.
 */
function repeated(
  item: AnyCodec,
  parent: XmlElement,
  name: string,
  count: number,
  present: Present = NOTHING,
): void {
  for (let i = 0; i < count; i++) {
    if (item.schema.kind === 'record')
      parent.appendElement(name, NO_ATTRIBUTES, (e) => fill(e, item, present));
    else parent.appendElement(name, NO_ATTRIBUTES, leafText(item) as string);
  }
}

/**
 * A record's pinned fields under its element. One that may be null is an empty element (the
 * server's `null`): Pact lets children it was not told about through, so a value passes too.
 */
function fill(element: XmlElement, record: AnyCodec, present: Present): void {
  for (const f of pinnedFields(record, present)) {
    if (nullHere(record, f, present)) element.appendElement(f.wire, NO_ATTRIBUTES);
    else append(f.codec, element, f.wire, guaranteed(present, f.wire));
  }
}

const byPattern = (pattern: string, codec: AnyCodec) => regex(pattern, String(exampleOf(codec)));

type LeafKind = Exclude<SchemaKind, 'record' | 'array' | 'nullable'>;

/** The text matcher of each kind of leaf: exhaustive, so a new kind fails to compile until handled. */
const LEAF_TEXT: { readonly [K in LeafKind]: (schema: SchemaOf<K>, codec: AnyCodec) => unknown } = {
  string: ({ format }, codec) =>
    format === 'guid'
      ? byPattern(PATTERNS.guid, codec)
      : format === 'color'
        ? byPattern(PATTERNS.color, codec)
        : string(String(exampleOf(codec))),
  'date-time': (_s, codec) => byPattern(PATTERNS.dateTime, codec),
  enum: ({ names }, codec) => byPattern(enumPattern(names), codec),
  integer: (_s, codec) => byPattern(PATTERNS.integer, codec),
  literal: (_s, codec) => byPattern(PATTERNS.integer, codec),
  number: (_s, codec) => byPattern(PATTERNS.number, codec),
  // Json.NET writes `true`/`false` in XML (the reader takes `True`/`False` too).
  boolean: (_s, codec) => byPattern(PATTERNS.boolean, codec),
};

function leafText(codec: AnyCodec): unknown {
  const s = codec.schema as SchemaOf<LeafKind>;
  return (LEAF_TEXT[s.kind] as (schema: SchemaOf<LeafKind>, codec: AnyCodec) => unknown)(s, codec);
}

const leaf = (_s: unknown, codec: AnyCodec, parent: XmlElement, name: string, _p?: Present) => {
  parent.appendElement(name, NO_ATTRIBUTES, leafText(codec) as string);
};

/**
 * Appends an element of a codec's shape: a record's children, a list's items (one where `present`
 * guarantees there is one, else none), a leaf's text.
 */
const append: (codec: AnyCodec, parent: XmlElement, name: string, present?: Present) => void = bySchema<
  void,
  [parent: XmlElement, name: string, present?: Present]
>({
  record: (_s, codec, parent, name, present = NOTHING) => {
    parent.appendElement(name, NO_ATTRIBUTES, (child) => fill(child, codec, present));
  },
  array: ({ of }, _c, parent, name, present) =>
    repeated(of, parent, name, present === undefined ? 0 : 1, present),
  nullable: ({ of }, _c, parent, name, present) => append(of, parent, name, present),
  string: leaf,
  'date-time': leaf,
  enum: leaf,
  integer: leaf,
  literal: leaf,
  number: leaf,
  boolean: leaf,
});
