import type * as t from 'io-ts';

/** A JSON value as the server writes it. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/**
 * What a codec is, as data: the XML reader, the fast JSON path, the XML writer and the
 * generated reference all walk this description, so none of them keeps a list of its own.
 */
export type Schema =
  /** `format` says what the text holds, for contracts and docs; decoding does not enforce it. */
  | { readonly kind: 'string'; readonly html?: boolean; readonly format?: 'guid' | 'color' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'number' }
  | { readonly kind: 'literal'; readonly value: number }
  | { readonly kind: 'enum'; readonly names: readonly string[] }
  | { readonly kind: 'date-time'; readonly unsetAsNull: boolean }
  | { readonly kind: 'nullable'; readonly of: AnyCodec }
  | { readonly kind: 'array'; readonly of: AnyCodec }
  | { readonly kind: 'record'; readonly fields: readonly Field[] };

/** An io-ts codec from a wire value to a domain value that also describes itself. */
export interface Codec<A, O extends Json = Json> extends t.Type<A, O, unknown> {
  readonly schema: Schema;
  /** One-line description for people, e.g. `0 | 1 | 2` or `boolean`. */
  readonly expected: string;
}

/** Any codec, its types erased: what the schema walkers take. */
// biome-ignore lint/suspicious/noExplicitAny: the erased form every walker takes
export type AnyCodec = Codec<any, Json>;

/**
 * When the server leaves a defaulted field out, as data: the encoder and the prose for people
 * (`describePresence`) both read it.
 */
export type Omission =
  /** Left out when it equals its default. */
  | 'when-default'
  /** Always sent; its absence (older writers, the documentation's examples) still decodes. */
  | 'never'
  /** Left out when `when` holds of the value (and the whole record); `rule` says when, in words. */
  | {
      /** Whether the server leaves the field out of `whole`. */
      readonly when: (value: unknown, whole: Readonly<Record<string, unknown>>) => boolean;
      /** When, in words (`unless the deal is private`). */
      readonly rule: string;
    };

/** How a field is present on the wire. */
export type Presence =
  | { readonly kind: 'required' }
  /** Absent on the wire ⇔ absent in the domain value. */
  | {
      readonly kind: 'optional';
      /** Also left out when this says so (e.g. a count of 0). */
      readonly omitWhen?: (value: unknown) => boolean;
      readonly rule: string;
    }
  /** Absent on the wire ⇔ a default in the domain value; `omit` says when the server leaves it out. */
  | {
      readonly kind: 'defaulted';
      readonly value: unknown;
      /** The default as the server writes it (`0` for the enum name `FixedBid`). */
      readonly wire: Json;
      readonly omit: Omission;
    }
  /** Checked when present, not kept in the domain value, always written as `value`. */
  | { readonly kind: 'fixed'; readonly value: unknown; readonly required: boolean };

/** One property of a record: its domain key, its wire names and its codec. */
export interface Field {
  readonly key: string;
  /** The server's name (camelCase). */
  readonly wire: string;
  /** The documentation's name (PascalCase), accepted when decoding. */
  readonly alias: string;
  readonly codec: AnyCodec;
  readonly presence: Presence;
  readonly doc: string;
}
