import type { Codec, Field, Json, Presence } from './codec.js';
/** Where a field's key stands in the domain value: always there, maybe there, or not at all. */
export type KeyMode = 'always' | 'maybe' | 'hidden';
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
export declare function required<A>(codec: Codec<A, Json>, doc: string, wire?: string): FieldDef<A>;
/**
 * Left out by the server when it equals a default: decodes to `value` when absent (or `null`),
 * and is left out again when `omit` says so. `rule` tells people when, e.g. "when 0".
 */
export declare function defaulted<A>(
  codec: Codec<A, Json>,
  value: A,
  omit: (value: A, whole: Readonly<Record<string, unknown>>) => boolean,
  rule: string,
  doc: string,
): FieldDef<A>;
/** May be absent; absent (or `null`) on the wire is absent in the domain value. */
export declare function optional<A>(
  codec: Codec<A, Json>,
  rule: string,
  doc: string,
  omitWhen?: (value: A) => boolean,
): FieldDef<A, 'maybe'>;
/**
 * Checked when present (and required when `required`), never kept in the domain value, and
 * always written as `value` (the envelope's `status` and `statusCode`).
 */
export declare function fixed<A>(
  codec: Codec<A, Json>,
  value: A,
  required: boolean,
  doc: string,
): FieldDef<A, 'hidden'>;
type AnyFieldDef = FieldDef<any, KeyMode>;
type ValueOf<D> = D extends FieldDef<infer A, KeyMode> ? A : never;
type ModeOf<D> = D extends FieldDef<any, infer M> ? M : never;
type Simplify<T> = {
  [K in keyof T]: T[K];
} & {};
/** The domain value of a record: required and defaulted keys always there, optional ones maybe. */
export type RecordOf<F extends Record<string, AnyFieldDef>> = Simplify<
  {
    readonly [K in keyof F as ModeOf<F[K]> extends 'always' ? K : never]: ValueOf<F[K]>;
  } & {
    readonly [K in keyof F as ModeOf<F[K]> extends 'maybe' ? K : never]?: ValueOf<F[K]>;
  }
>;
/** Whether the encoder leaves this field out of `whole`. */
export declare function isOmitted(
  field: Field,
  value: unknown,
  whole: Readonly<Record<string, unknown>>,
): boolean;
/**
 * A JSON object of the server's: camelCase names (PascalCase accepted), server defaults left out,
 * unknown properties dropped. Domain keys follow the order of `fields`, which is the server's order.
 */
export declare function record<F extends Record<string, AnyFieldDef>>(
  name: string,
  defs: F,
): Codec<
  RecordOf<F>,
  {
    readonly [key: string]: Json;
  }
>;
//# sourceMappingURL=record.d.ts.map
