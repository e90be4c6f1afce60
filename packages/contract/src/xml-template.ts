import type { Field, Json, Schema } from '@oo-crm/core';
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
    const schema = field.codec.schema;
    if (schema.kind === 'array') for (const item of v as Json[]) append(element, key, schema.of.schema, item);
    else append(element, key, schema, v);
  }
}

function append(parent: XmlElement, name: string, schema: Schema, value: Json): void {
  const inner = schema.kind === 'nullable' ? schema.of.schema : schema;
  if (value === null) {
    parent.appendElement(name, NO_ATTRIBUTES);
    return;
  }
  if (inner.kind === 'record') {
    parent.appendElement(name, NO_ATTRIBUTES, (child) =>
      fill(child, inner.fields, value as Record<string, Json>),
    );
    return;
  }
  const text = String(value);
  if (text === '') {
    parent.appendElement(name, NO_ATTRIBUTES, '');
    return;
  }
  parent.appendElement(name, NO_ATTRIBUTES, textMatcher(inner, text));
}

function textMatcher(schema: Schema, text: string) {
  switch (schema.kind) {
    case 'date-time':
      return regex(PATTERNS.dateTime, text);
    case 'enum':
      return regex(enumPattern(schema.names), text);
    case 'integer':
    case 'literal':
      return regex(PATTERNS.integer, text);
    case 'number':
      return regex(PATTERNS.number, text);
    case 'boolean':
      return regex(PATTERNS.boolean, text);
    case 'string':
      if (schema.format === 'guid') return regex(PATTERNS.guid, text);
      if (schema.format === 'color') return regex(PATTERNS.color, text);
      return string(text);
    default:
      return string(text);
  }
}
