import { type AnyCodec, bySchema, type Field, type Json } from '@oo-crm/core';
import { MatchersV3, XmlBuilder, type XmlElement } from '@pact-foundation/pact';
import { enumPattern, PATTERNS } from './patterns.js';

const { regex, string } = MatchersV3;
const NO_ATTRIBUTES = new Map<string, string>();

/**
 * A Pact XML body for a wire value, written the way the server writes XML (lists flattened into
 * repeated elements, none for an empty list) and derived from the codecs: in XML a type matcher
 * cannot tell a number from a string, so numbers, booleans, enums, dates, GUIDs and colours are
 * pinned with regexes and only free text is matched as a string.
 */
export function xmlTemplate(rootFields: ReadonlyArray<Field>, value: Record<string, Json>): string {
  return new XmlBuilder('1.0', 'UTF-8', 'result').build((root) => fill(root, rootFields, value));
}

function fill(element: XmlElement, fields: ReadonlyArray<Field>, value: Record<string, Json>): void {
  for (const [key, v] of Object.entries(value)) {
    const field = fields.find((f) => f.wire === key);
    if (!field) throw new Error(`no field ${key} in the schema`);
    append(field.codec, element, key, v);
  }
}

type Append = (parent: XmlElement, name: string, value: Json) => void;

/** An element holding `text`, pinned by `matcher` (an empty text is matched as itself). */
const textElement =
  (matcher: (text: string) => unknown): Append =>
  (parent, name, value) => {
    const text = String(value);
    if (value === null) parent.appendElement(name, NO_ATTRIBUTES);
    else if (text === '') parent.appendElement(name, NO_ATTRIBUTES, '');
    else parent.appendElement(name, NO_ATTRIBUTES, matcher(text) as string);
  };

const pinned = (pattern: string) => textElement((text) => regex(pattern, text));

/**
 * How each kind of value is written as XML with its matcher: exhaustive, so a new kind fails to
 * compile until handled here. Lists are flattened into repeated elements, as the server does.
 */
const append: (codec: AnyCodec, parent: XmlElement, name: string, value: Json) => void = bySchema<
  void,
  [parent: XmlElement, name: string, value: Json]
>({
  record: ({ fields }, _, parent, name, value) => {
    if (value === null) parent.appendElement(name, NO_ATTRIBUTES);
    else
      parent.appendElement(name, NO_ATTRIBUTES, (child) =>
        fill(child, fields, value as Record<string, Json>),
      );
  },
  array: ({ of }, _, parent, name, value) => {
    for (const item of value as Json[]) append(of, parent, name, item);
  },
  nullable: ({ of }, _, parent, name, value) => {
    if (value === null) parent.appendElement(name, NO_ATTRIBUTES);
    else append(of, parent, name, value);
  },
  string: ({ format }, _, ...rest) =>
    (format === 'guid'
      ? pinned(PATTERNS.guid)
      : format === 'color'
        ? pinned(PATTERNS.color)
        : textElement((text) => string(text)))(...rest),
  'date-time': (_s, _, ...rest) => pinned(PATTERNS.dateTime)(...rest),
  enum: ({ names }, _, ...rest) => pinned(enumPattern(names))(...rest),
  integer: (_s, _, ...rest) => pinned(PATTERNS.integer)(...rest),
  literal: (_s, _, ...rest) => pinned(PATTERNS.integer)(...rest),
  number: (_s, _, ...rest) => pinned(PATTERNS.number)(...rest),
  boolean: (_s, _, ...rest) => pinned(PATTERNS.boolean)(...rest),
});
