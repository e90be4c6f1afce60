import { type AnyCodec, bySchema, fieldsOf, type SchemaKind, type SchemaOf } from '@oo-crm/core';
import { type Matcher, MatchersV3, XmlBuilder, type XmlElement } from '@pact-foundation/pact';
import { enumPattern, PATTERNS } from './patterns.js';
import { exampleOf, pinnedFields } from './shape.js';

const { regex, string } = MatchersV3;
const NO_ATTRIBUTES = new Map<string, string>();

/**
 * A Pact XML body for an envelope's shape under `<result>`, written the way the server writes XML:
 * a list is its items repeated under the property's name (none for an empty list). In XML a type
 * matcher cannot tell a number from a string, so numbers, booleans, enums, dates, GUIDs and colours
 * are pinned with regexes and only free text is matched as a string. `fixed` gives elements whose
 * text is pinned exactly (`status`), `lists` how many items of a top-level list the shape holds
 * (Pact then checks the first, and lets the others through).
 */
export function xmlShape(
  envelope: AnyCodec,
  fixed: Readonly<Record<string, string | Matcher<string>>> = {},
  lists: Readonly<Record<string, number>> = {},
): string {
  const pinned = new Set(pinnedFields(envelope));
  return new XmlBuilder('1.0', 'UTF-8', 'result').build((root) => {
    // In the schema's order, as the server writes them: the fixed ones, and the pinned ones.
    for (const f of fieldsOf(envelope)) {
      const text = fixed[f.wire];
      const min = lists[f.wire];
      if (text !== undefined) root.appendElement(f.wire, NO_ATTRIBUTES, text);
      else if (f.codec.schema.kind === 'array' && min !== undefined)
        repeated(f.codec.schema.of, root, f.wire, min);
      else if (pinned.has(f)) append(f.codec, root, f.wire);
    }
  });
}

/**
 * `count` elements `name` of the item's shape, plain: Pact's XML matching lets through children it
 * was not told about (the elements left out at a default, the other items of a list) only where no
 * type matcher is defined above them, so the XML shapes use none. A list of no items writes no
 * element, as the server does.
 */
function repeated(item: AnyCodec, parent: XmlElement, name: string, count: number): void {
  for (let i = 0; i < count; i++) {
    if (item.schema.kind === 'record') parent.appendElement(name, NO_ATTRIBUTES, (e) => fill(e, item));
    else parent.appendElement(name, NO_ATTRIBUTES, leafText(item) as string);
  }
}

function fill(element: XmlElement, record: AnyCodec): void {
  for (const f of pinnedFields(record)) append(f.codec, element, f.wire);
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

const leaf = (_s: unknown, codec: AnyCodec, parent: XmlElement, name: string) => {
  parent.appendElement(name, NO_ATTRIBUTES, leafText(codec) as string);
};

/** Appends an element of a codec's shape: a record's children, a list's items (none), a leaf's text. */
const append: (codec: AnyCodec, parent: XmlElement, name: string) => void = bySchema<
  void,
  [parent: XmlElement, name: string]
>({
  record: (_s, codec, parent, name) => {
    parent.appendElement(name, NO_ATTRIBUTES, (child) => fill(child, codec));
  },
  array: ({ of }, _c, parent, name) => repeated(of, parent, name, 0),
  nullable: ({ of }, _c, parent, name) => append(of, parent, name),
  string: leaf,
  'date-time': leaf,
  enum: leaf,
  integer: leaf,
  literal: leaf,
  number: leaf,
  boolean: leaf,
});
