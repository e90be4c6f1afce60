import { IssueCollector } from '../report/collector.js';
import type { AnyCodec } from './codec.js';
/** What a decoder returns for a value it refused, after telling the collector why. */
export declare const MISMATCH: unique symbol;
/**
 * Decodes a wire value into its domain value, or refuses it: then it records why in `issues`
 * (with the path from where it stands) and returns {@link MISMATCH}. Success and failure are the
 * same code: a decode that succeeds only never calls the collector.
 */
export type Decoder = (u: unknown, issues: IssueCollector) => unknown;
/** How a record's decoder is built: generated code, or the same plan interpreted (strict CSPs). */
export type RecordMode = 'generated' | 'interpreted';
/** The decoder of a codec, built once from its schema. */
export declare function decoderOf(codec: AnyCodec, mode?: RecordMode): Decoder;
/** A decoded value, or the issues found (at most `maxIssues` kept) and how many there were. */
export type Outcome<A> =
  | {
      readonly ok: true;
      readonly value: A;
    }
  | {
      readonly ok: false;
      readonly issues: IssueCollector;
    };
/** Runs a codec's decoder on `u`. */
export declare function runDecoder<A>(
  codec: AnyCodec,
  u: unknown,
  maxIssues?: number,
  mode?: RecordMode,
): Outcome<A>;
//# sourceMappingURL=decoder.d.ts.map
