import { describeValue } from './describe-value.js';
/** How many issues a decode keeps by default; the rest are only counted. */
export const MAX_COLLECTED_ISSUES = 100;
/** Stands for an absent value in {@link IssueCollector.refuse}. */
export const ABSENT = Symbol('absent');
/**
 * The issues of one decode, kept up to a budget and counted beyond it, so that a hostile body of
 * millions of bad items costs a count, not millions of messages. A refusal is recorded where it
 * happens, with an empty path; each record or list it is inside then puts its key in front
 * ({@link under}), so that a decode that succeeds never builds a path.
 */
export class IssueCollector {
  max;
  open = [];
  dropped = 0;
  constructor(max = MAX_COLLECTED_ISSUES) {
    this.max = max;
  }
  /** How many issues are kept so far: a mark for {@link under}. */
  get kept() {
    return this.open.length;
  }
  /** Every issue found, kept or not. */
  get count() {
    return this.open.length + this.dropped;
  }
  /** The issues kept. */
  get issues() {
    return this.open;
  }
  /**
   * Records that `u` (or {@link ABSENT}) is not what `expected` says. Past the budget the issue
   * is only counted: no message is made, so millions of issues cost a counter.
   */
  refuse(kind, expected, u) {
    if (this.open.length >= this.max) {
      this.dropped++;
      return;
    }
    const message =
      u === ABSENT ? `missing, expected ${expected}` : `expected ${expected}, got ${describeValue(u)}`;
    this.open.push({ kind, path: [], expected, message });
  }
  /** Puts `key` in front of the path of every issue kept since the mark `from`. */
  under(from, key) {
    for (let i = from; i < this.open.length; i++) this.open[i].path.unshift(key);
  }
}
//# sourceMappingURL=collector.js.map
