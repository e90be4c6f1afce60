import type { Issue } from './issue.js';

/** How many issues a decode keeps by default; the rest are only counted. */
export const MAX_COLLECTED_ISSUES = 100;

/**
 * The issues of one decode, kept up to a budget and counted beyond it, so that a hostile body of
 * millions of bad items costs a count, not millions of messages.
 */
export class IssueCollector<Where> {
  readonly kept: { readonly where: Where; readonly issue: Issue }[] = [];
  private dropped = 0;

  constructor(
    /** Renders a location as a path, for the issues kept. */
    private readonly pathOf: (where: Where) => string,
    readonly max: number = MAX_COLLECTED_ISSUES,
  ) {}

  /** Whether the budget is spent: what follows is only counted (callers then skip making the issue). */
  get full(): boolean {
    return this.kept.length >= this.max;
  }

  /** Records an issue: kept while there is room, else only counted. */
  add(where: Where, message: string): void {
    if (this.full) this.dropped++;
    else this.kept.push({ where, issue: { path: this.pathOf(where), message } });
  }

  /** Counts an issue without making it (for callers that checked {@link full}). */
  countOne(): void {
    this.dropped++;
  }

  /** Every issue found, kept or not. */
  get count(): number {
    return this.kept.length + this.dropped;
  }

  get issues(): Issue[] {
    return this.kept.map((k) => k.issue);
  }
}
