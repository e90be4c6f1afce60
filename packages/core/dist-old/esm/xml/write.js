import { escapeText } from './text.js';
/**
 * Writes a wire value as the server's XML, the way Json.NET's XmlNodeConverter turns JSON into XML:
 * no declaration, no indentation, element names from property names, each array flattened into
 * repeated elements named after its property (none when empty), `null` and `{}` as `<x />`,
 * `""` as `<x></x>`, booleans in lower case. It needs no schema: that conversion has none.
 */
export function writeXml(rootName, value) {
  const out = [];
  element(out, rootName, value);
  return out.join('');
}
function element(out, name, value) {
  if (value === null) {
    out.push(`<${name} />`);
    return;
  }
  if (Array.isArray(value)) throw new TypeError(`a list inside a list cannot be written as XML (${name})`);
  if (typeof value === 'object') {
    const record = value;
    const keys = Object.keys(record);
    if (keys.length === 0) {
      out.push(`<${name} />`);
      return;
    }
    out.push(`<${name}>`);
    for (const key of keys) property(out, key, record[key]);
    out.push(`</${name}>`);
    return;
  }
  out.push(`<${name}>`, typeof value === 'string' ? escapeText(value) : String(value), `</${name}>`);
}
function property(out, name, value) {
  if (Array.isArray(value)) for (const item of value) element(out, name, item);
  else element(out, name, value);
}
//# sourceMappingURL=write.js.map
