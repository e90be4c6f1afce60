import { makeCodec } from './make.js';
/** A list; in XML it is flattened into repeated elements, which the reader learns from this schema. */
export function array(of) {
  return makeCodec(
    `Array<${of.name}>`,
    `array of ${of.name}`,
    { kind: 'array', of },
    (u) => Array.isArray(u) && u.every((x) => of.is(x)),
    (a) => a.map((x) => of.encode(x)),
  );
}
//# sourceMappingURL=array.js.map
