import { makeCodec } from './make.js';
/** `null`, or a value of `of` (the server writes `null` where .NET has no object). */
export function nullable(of) {
  return makeCodec(
    `${of.name} | null`,
    `${of.expected} or null`,
    { kind: 'nullable', of },
    (u) => u === null || of.is(u),
    (a) => (a === null ? null : of.encode(a)),
  );
}
//# sourceMappingURL=nullable.js.map
