import type { Json } from '../schema/codec.js';
/**
 * Writes a wire value as the server's XML, the way Json.NET's XmlNodeConverter turns JSON into XML:
 * no declaration, no indentation, element names from property names, each array flattened into
 * repeated elements named after its property (none when empty), `null` and `{}` as `<x />`,
 * `""` as `<x></x>`, booleans in lower case. It needs no schema: that conversion has none.
 */
export declare function writeXml(
  rootName: string,
  value: {
    readonly [key: string]: Json;
  },
): string;
//# sourceMappingURL=write.d.ts.map
