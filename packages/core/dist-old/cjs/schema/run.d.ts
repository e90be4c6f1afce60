import { IssueCollector } from '../report/collector.js';
import type { AnyCodec } from './codec.js';
import { type Where } from './explain.js';
/** A decoded value, or the issues found (bounded) and how many there were. */
export type Outcome<A> =
  | {
      readonly ok: true;
      readonly value: A;
    }
  | {
      readonly ok: false;
      readonly issues: IssueCollector<Where>;
    };
/**
 * Decodes `u` with a codec: the compiled decoder does the work, and only when it refuses does
 * {@link explain} walk the value again to say why, keeping at most `maxIssues` issues. `prefix` is
 * the path of `u` in a larger value.
 */
export declare function runCodec<A>(
  codec: AnyCodec,
  u: unknown,
  prefix?: string,
  maxIssues?: number,
): Outcome<A>;
//# sourceMappingURL=run.d.ts.map
