import type { Issue, IssueKind, PathKey } from './issue.js';
/** How many issues a decode keeps by default; the rest are only counted. */
export declare const MAX_COLLECTED_ISSUES = 100;
/** Stands for an absent value in {@link IssueCollector.refuse}. */
export declare const ABSENT: unique symbol;
/**
 * The issues of one decode, kept up to a budget and counted beyond it, so that a hostile body of
 * millions of bad items costs a count, not millions of messages. A refusal is recorded where it
 * happens, with an empty path; each record or list it is inside then puts its key in front
 * ({@link under}), so that a decode that succeeds never builds a path.
 */
export declare class IssueCollector {
  readonly max: number;
  private readonly open;
  private dropped;
  constructor(max?: number);
  /** How many issues are kept so far: a mark for {@link under}. */
  get kept(): number;
  /** Every issue found, kept or not. */
  get count(): number;
  /** The issues kept. */
  get issues(): ReadonlyArray<Issue>;
  /**
   * Records that `u` (or {@link ABSENT}) is not what `expected` says. Past the budget the issue
   * is only counted: no message is made, so millions of issues cost a counter.
   */
  refuse(kind: IssueKind, expected: string, u: unknown): void;
  /** Puts `key` in front of the path of every issue kept since the mark `from`. */
  under(from: number, key: PathKey): void;
}
//# sourceMappingURL=collector.d.ts.map
