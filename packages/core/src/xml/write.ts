import type { Json } from '../schema/codec.js';
import { escapeText } from './text.js';

/**
 * Writes a wire value as the server's XML, the way Json.NET's XmlNodeConverter turns JSON into XML:
 * no declaration, no indentation, element names from property names, each array flattened into
 * repeated elements named after its property (none when empty), `null` and `{}` as `<x />`,
 * `""` as `<x></x>`, booleans in lower case. It needs no schema: that conversion has none.
 */
export function writeXml(rootName: string, value: { readonly [key: string]: Json }): string {
  const out: string[] = [];
  element(out, rootName, value);
  return out.join('');
}

function element(out: string[], name: string, value: Json): void {
  if (value === null) {
    out.push(`<${name} />`);
    return;
  }
  if (Array.isArray(value)) throw new TypeError(`a list inside a list cannot be written as XML (${name})`);
  if (typeof value === 'object') {
    const record = value as { readonly [key: string]: Json };
    const keys = Object.keys(record);
    if (keys.length === 0) {
      out.push(`<${name} />`);
      return;
    }
    out.push(`<${name}>`);
    for (const key of keys) property(out, key, record[key] as Json);
    out.push(`</${name}>`);
    return;
  }
  out.push(`<${name}>`, typeof value === 'string' ? escapeText(value) : String(value), `</${name}>`);
}

function property(out: string[], name: string, value: Json): void {
  if (Array.isArray(value)) for (const item of value as readonly Json[]) element(out, name, item);
  else element(out, name, value);
}
