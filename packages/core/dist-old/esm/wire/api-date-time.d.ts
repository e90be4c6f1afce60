import type { Codec } from '../schema/codec.js';
/** The text the server writes for "no date" (`DateTime.MinValue`). */
export declare const UNSET_DATE_TIME_TEXT = '0001-01-01T00:00:00.0000000Z';
/**
 * A date-time as the server wrote it: the text is kept (7 fraction digits, the portal's offset),
 * the instant is exposed as a JS `Date`. `JSON.stringify` gives the server's text back.
 */
export declare class ApiDateTime {
  /** The server's text, e.g. `2024-03-05T14:20:11.0000000+03:00`. */
  readonly text: string;
  /** The instant, in milliseconds since the epoch (the 100 ns digit is dropped here, kept in `text`). */
  readonly epochMs: number;
  private constructor();
  /**
   * Reads `yyyy-MM-ddTHH:mm:ss[.f{1,7}](Z|±hh:mm)` (the server always writes 7 digits); `undefined`
   * when the text is not of that form or not a real calendar date-time.
   */
  static parse(text: string): ApiDateTime | undefined;
  /** Like {@link ApiDateTime.parse}, but throws a `RangeError` on invalid text. */
  static from(text: string): ApiDateTime;
  /** Writes an instant the way the server does, in a portal whose offset is `offsetMinutes`. */
  static fromDate(date: Date, offsetMinutes?: number): ApiDateTime;
  /** The instant as a new JS `Date`. */
  get date(): Date;
  /** True for the server's "not set" value, `0001-01-01T00:00:00.0000000` in any zone. */
  get isUnset(): boolean;
  /** The server's text. */
  toJSON(): string;
  /** The server's text. */
  toString(): string;
}
/** A date-time that is always set (`created`). */
export declare const dateTime: Codec<ApiDateTime, string>;
/** A date-time that may be "not set": the year-0001 sentinel decodes to `null` and encodes back. */
export declare const unsettableDateTime: Codec<ApiDateTime | null, string>;
//# sourceMappingURL=api-date-time.d.ts.map
