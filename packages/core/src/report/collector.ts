import { describeValue } from './describe-value.js';
import type { Issue, IssueKind, PathKey } from './issue.js';

/** How many issues a decode keeps by default; the rest are only counted. */
export const MAX_COLLECTED_ISSUES = 100;

/** A positive whole number option, or a RangeError naming it: a caller's mistake, found before any work. */
export function checkPositiveInteger(name: string, value: unknown): void {
  // NaN or 0 as a budget would make `length >= max` never true or always: every issue kept, or none.
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) > 0)) {
    throw new RangeError(`${name} must be a positive integer`);
  }
}

/** Stands for an absent value in {@link IssueCollector.refuse}. */
export const ABSENT: unique symbol = Symbol('absent');

/** An issue while its path is being written, from the leaf up. */
interface OpenIssue extends Issue {
  readonly path: PathKey[];
}

/**
 * The issues of one decode, kept up to a budget and counted beyond it, so that a hostile body of
 * millions of bad items costs a count, not millions of messages. A refusal is recorded where it
 * happens, with an empty path; each record or list it is inside then puts its key in front
 * ({@link under}), so that a decode that succeeds never builds a path.
 */
export class IssueCollector {
  private readonly open: OpenIssue[] = [];
  private dropped = 0;

  constructor(
    readonly max: number = MAX_COLLECTED_ISSUES,
    /** Texts no message may quote (a caller's credentials): see {@link describeValue}. */
    readonly secrets: ReadonlyArray<string> = [],
  ) {
    checkPositiveInteger('maxIssues', max);
  }

  /** How many issues are kept so far: a mark for {@link under}. */
  get kept(): number {
    return this.open.length;
  }

  /** Every issue found, kept or not. */
  get count(): number {
    return this.open.length + this.dropped;
  }

  /** The issues kept. */
  get issues(): ReadonlyArray<Issue> {
    return this.open;
  }

  /**
   * Records that `u` (or {@link ABSENT}) is not what `expected` says. Past the budget the issue
   * is only counted: no message is made, so millions of issues cost a counter.
   */
  refuse(kind: IssueKind, expected: string, u: unknown): void {
    if (this.open.length >= this.max) {
      this.dropped++;
      return;
    }
    const message =
      u === ABSENT
        ? `missing, expected ${expected}`
        : `expected ${expected}, got ${describeValue(u, this.secrets)}`;
    this.open.push({ kind, path: [], expected, message });
  }

  /** Puts `key` in front of the path of every issue kept since the mark `from`. */
  under(from: number, key: PathKey): void {
    for (let i = from; i < this.open.length; i++) this.open[i]!.path.unshift(key);
  }
}
