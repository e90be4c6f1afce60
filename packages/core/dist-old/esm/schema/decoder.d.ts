import { IssueCollector } from '../report/collector.js';
import type { AnyCodec } from './codec.js';
/** What a decoder returns for a value it refused, after telling the collector why. */
export declare const MISMATCH: unique symbol;
/** One run of a decoder: the issues it finds, and whether it owns its input. */
export declare class DecodeRun extends IssueCollector {
  /**
   * Whether the input was made for this decode (parsed by it from text) and may be let go of as
   * it goes: a list then drops each item once decoded, so that a collection during the decode
   * need not keep and copy what is already done (measured: about 7% at 1,000 deals in JSON,
   * more in XML). A caller's value is never touched.
   */
  readonly ownsInput: boolean;
  constructor(
    maxIssues: number | undefined,
    /**
     * Whether the input was made for this decode (parsed by it from text) and may be let go of as
     * it goes: a list then drops each item once decoded, so that a collection during the decode
     * need not keep and copy what is already done (measured: about 7% at 1,000 deals in JSON,
     * more in XML). A caller's value is never touched.
     */
    ownsInput: boolean,
  );
}
/**
 * Decodes a wire value into its domain value, or refuses it: then it records why in `issues`
 * (with the path from where it stands) and returns {@link MISMATCH}. Success and failure are the
 * same code: a decode that succeeds only never calls the collector.
 */
export type Decoder = (u: unknown, issues: DecodeRun) => unknown;
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
/** How a decoder runs. */
export interface RunOptions {
  /** How many issues are kept; the rest are counted. */
  readonly maxIssues?: number;
  readonly mode?: RecordMode;
  /** Whether the input is the decode's own (see {@link DecodeRun.ownsInput}). Default false. */
  readonly ownsInput?: boolean;
}
/** Runs a codec's decoder on `u`. */
export declare function runDecoder<A>(codec: AnyCodec, u: unknown, options?: RunOptions): Outcome<A>;
//# sourceMappingURL=decoder.d.ts.map
