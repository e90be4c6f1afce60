import type { IssueCollector } from '../report/collector.js';
import type { AnyCodec } from './codec.js';
/** A place in the value being decoded: a chain of keys from the root, and the codec expected there. */
export interface Place {
  readonly parent: Place | undefined;
  readonly key: string | number;
  readonly codec: AnyCodec;
}
/** The place as a JS path (`response[1].stage.stageType`), after `prefix`. */
export declare function pathOf(place: Place | undefined, prefix?: string): string;
/** Where an issue stands: the place of the value, or the root. */
export type Where = Place | undefined;
type Collector = IssueCollector<Where>;
/**
 * Finds every reason why `u` is not a value of `codec` and reports it to `out`, which keeps a
 * bounded number and counts the rest. It never throws and never recurses deeper than the schema,
 * whatever the input. `u` stands at `key` of `parent` (at `parent` itself when `key` is
 * undefined); `named` is the codec a wrong value is reported against (a nullable names itself, not
 * its inner codec). A place is made only to descend into a list or a record.
 */
export declare function explain(
  codec: AnyCodec,
  u: unknown,
  out: Collector,
  parent: Where,
  key?: string | number,
  named?: AnyCodec,
): void;
//# sourceMappingURL=explain.d.ts.map
