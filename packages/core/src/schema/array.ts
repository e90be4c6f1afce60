import * as t from 'io-ts';
import type { Codec, Json } from './codec.js';
import { makeCodec } from './make.js';

/** A list; in XML it is flattened into repeated elements, which the reader learns from this schema. */
export function array<A, O extends Json>(of: Codec<A, O>): Codec<ReadonlyArray<A>, ReadonlyArray<O>> {
  return makeCodec<ReadonlyArray<A>, ReadonlyArray<O>>(
    `Array<${of.name}>`,
    `array of ${of.name}`,
    { kind: 'array', of },
    (u): u is ReadonlyArray<A> => Array.isArray(u) && u.every((x) => of.is(x)),
    (u, c) => {
      if (!Array.isArray(u)) return t.failure(u, c);
      const out: A[] = new Array(u.length);
      const errors: t.ValidationError[] = [];
      for (let i = 0; i < u.length; i++) {
        const item: unknown = u[i];
        const result = of.validate(item, t.appendContext(c, String(i), of, item));
        if (result._tag === 'Left') errors.push(...result.left);
        else out[i] = result.right;
      }
      return errors.length > 0 ? t.failures(errors) : t.success(out);
    },
    (a) => a.map((x) => of.encode(x)),
  );
}
