import type { Issue } from './issue.js';

/** How many issues a decode keeps by default; the rest are only counted. */
export const MAX_COLLECTED_ISSUES = 100;

/**
 * The issues of one decode, kept up to a budget and counted beyond it, so that a hostile body of
 * millions of bad items costs a count, not millions of messages. Messages are made only for the
 * issues kept.
 */
export class IssueCollector<Where> {
  readonly kept: { readonly where: Where; readonly issue: Issue }[] = [];
  private dropped = 0;

  constructor(
    /** Renders a location as a path, for the issues kept. */
    private readonly pathOf: (where: Where) => string,
    readonly max: number = MAX_COLLECTED_ISSUES,
  ) {}

  /** Records an issue; `message` is called only when the issue is kept. */
  add(where: Where, message: () => string): void {
    if (this.kept.length < this.max)
      this.kept.push({ where, issue: { path: this.pathOf(where), message: message() } });
    else this.dropped++;
  }

  /** Every issue found, kept or not. */
  get count(): number {
    return this.kept.length + this.dropped;
  }

  get issues(): Issue[] {
    return this.kept.map((k) => k.issue);
  }
}
