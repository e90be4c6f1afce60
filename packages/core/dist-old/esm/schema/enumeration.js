import { makeCodec } from './make.js';
/**
 * A .NET enum sent as its number; the domain holds its name (`0` ⇄ `'FixedBid'`).
 * `names[i]` is the name of the value `i`.
 */
export function enumeration(name, names) {
  const byName = new Map(names.map((n, i) => [n, i]));
  const is = (u) => typeof u === 'string' && byName.has(u);
  return makeCodec(name, names.map((_, i) => i).join(' | '), { kind: 'enum', names }, is, (a) =>
    byName.get(a),
  );
}
//# sourceMappingURL=enumeration.js.map
