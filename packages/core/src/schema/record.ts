import type { AnyCodec, Codec, Field, Json, Omission, Presence } from './codec.js';
import { makeCodec } from './make.js';
import { isPlainRecord } from './plain-record.js';

/** Where a field's key stands in the domain value: always there, maybe there, or not at all. */
export type KeyMode = 'always' | 'maybe' | 'hidden';

/** A record as the server writes it: a JSON object. */
export type WireRecord = { readonly [key: string]: Json };

/** How one property is declared. */
export interface FieldDef<A, Mode extends KeyMode = 'always'> {
  readonly codec: Codec<A, Json>;
  readonly presence: Presence;
  readonly doc: string;
  readonly wire?: string;
  /** Type-level only. */
  readonly mode?: Mode;
}

/** Always on the wire. */
export function required<A>(codec: Codec<A, Json>, doc: string, wire?: string): FieldDef<A> {
  return { codec, presence: { kind: 'required' }, doc, ...(wire === undefined ? {} : { wire }) };
}

/**
 * Left out by the server by `omit` (when it equals its default, never, or by a rule of its own):
 * decodes to `value` when absent (or `null`).
 */
export function defaulted<A>(
  codec: Codec<A, Json>,
  value: A,
  omit:
    | 'when-default'
    | 'never'
    | {
        readonly when: (value: A, whole: Readonly<Record<string, unknown>>) => boolean;
        readonly rule: string;
      },
  doc: string,
): FieldDef<A> {
  return {
    codec,
    presence: { kind: 'defaulted', value, wire: codec.encode(value), omit: omit as Omission },
    doc,
  };
}

/** May be absent; absent (or `null`) on the wire is absent in the domain value. */
export function optional<A>(
  codec: Codec<A, Json>,
  rule: string,
  doc: string,
  omitWhen?: (value: A) => boolean,
): FieldDef<A, 'maybe'> {
  return {
    codec,
    presence: {
      kind: 'optional',
      rule,
      ...(omitWhen ? { omitWhen: omitWhen as (v: unknown) => boolean } : {}),
    },
    doc,
  };
}

/**
 * Checked when present (and required when `required`), never kept in the domain value, and
 * always written as `value` (the envelope's `status` and `statusCode`).
 */
export function fixed<A>(
  codec: Codec<A, Json>,
  value: A,
  required: boolean,
  doc: string,
): FieldDef<A, 'hidden'> {
  return { codec, presence: { kind: 'fixed', value, required }, doc };
}

/**
 * Any field's definition, whatever its value type (shown inlined in the reference).
 *
 * @inline
 */
// biome-ignore lint/suspicious/noExplicitAny: codecs are invariant, so only `any` matches every field
type AnyFieldDef = FieldDef<any, KeyMode>;

/**
 * The domain value of a record: required and defaulted keys always there, optional ones maybe.
 * (Written without helper types, so that the reference shows it whole.)
 */
export type RecordOf<F extends Record<string, AnyFieldDef>> = {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  readonly [K in keyof F as F[K] extends FieldDef<any, 'always'> ? K : never]: F[K] extends FieldDef<
    infer A,
    KeyMode
  >
    ? A
    : never;
} & {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  readonly [K in keyof F as F[K] extends FieldDef<any, 'maybe'> ? K : never]?: F[K] extends FieldDef<
    infer A,
    KeyMode
  >
    ? A
    : never;
};

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether the encoder leaves this field out of `whole`. */
export function isOmitted(field: Field, value: unknown, whole: Readonly<Record<string, unknown>>): boolean {
  const p = field.presence;
  if (p.kind === 'required' || p.kind === 'fixed') return false;
  if (p.kind === 'optional') return value === undefined || (p.omitWhen?.(value) ?? false);
  if (p.omit === 'never') return false;
  if (p.omit === 'when-default') return isDefault(value, p.value);
  return p.omit.when(value, whole);
}

/** Whether a value is a field's default: the same value, or both empty lists. */
const isDefault = (value: unknown, def: unknown): boolean =>
  value === def || (Array.isArray(def) && def.length === 0 && Array.isArray(value) && value.length === 0);

/**
 * A JSON object of the server's: camelCase names (PascalCase accepted), server defaults left out,
 * unknown properties dropped. Domain keys follow the order of `fields`, which is the server's order.
 */
export function record<F extends Record<string, AnyFieldDef>>(
  name: string,
  defs: F,
): Codec<RecordOf<F>, WireRecord> {
  const fields: Field[] = Object.entries(defs).map(([key, def]) => {
    const wire = def.wire ?? key;
    if (wire in Object.prototype || capitalize(wire) in Object.prototype) {
      throw new TypeError(`${name}.${key}: a wire name may not shadow an Object.prototype member`);
    }
    return {
      key,
      wire,
      alias: capitalize(wire),
      codec: def.codec as AnyCodec,
      presence: def.presence,
      doc: def.doc,
    };
  });
  type A = RecordOf<F>;
  return makeCodec<A, WireRecord>(
    name,
    `${name} object`,
    { kind: 'record', fields },
    (u): u is A =>
      isPlainRecord(u) &&
      fields.every((f) => {
        if (f.presence.kind === 'fixed') return true;
        const v = u[f.key];
        return v === undefined ? f.presence.kind === 'optional' : f.codec.is(v);
      }),
    (a) => {
      const whole = a as Readonly<Record<string, unknown>>;
      const out: Record<string, Json> = {};
      for (const f of fields) {
        const v = f.presence.kind === 'fixed' ? f.presence.value : whole[f.key];
        if (!isOmitted(f, v, whole)) out[f.wire] = f.codec.encode(v);
      }
      return out;
    },
  );
}
