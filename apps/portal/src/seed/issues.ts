import {
  describeValue,
  type Issue,
  type IssueKind,
  MAX_COLLECTED_ISSUES,
  type PathKey,
  renderIssue,
  renderIssues,
} from '@oo-crm/core';

/**
 * The kinds of a seed's issues: core's, and two for what only the whole seed can tell, a reference
 * to nothing (`no contact 99`) and a second definition (`duplicate`).
 */
export type SeedIssueKind = IssueKind | 'reference' | 'duplicate';

/** One way in which a seed is wrong, as data: core's issue, with the seed's own kinds. */
export type SeedIssue = Issue<SeedIssueKind>;

/** Issues as a seed's lines show them: under `seed` (`seed.deals[0].members[1]: no contact 99`). */
const underSeed = (issue: SeedIssue): SeedIssue => ({ ...issue, path: ['seed', ...issue.path] });

/**
 * A seed that cannot be used: its issues as data (the first {@link MAX_COLLECTED_ISSUES}, and how
 * many there are), rendered one line each by core's renderer, cut after twenty.
 */
export class SeedError extends Error {
  /** One line per kept issue (`seed.users[0].role: …`), as `issues` renders them. */
  readonly problems: ReadonlyArray<string>;

  constructor(
    readonly issues: ReadonlyArray<SeedIssue>,
    readonly issueCount: number = issues.length,
  ) {
    const shown = issues.map(underSeed);
    super(
      `the seed has ${issueCount} problem${issueCount === 1 ? '' : 's'}:\n${renderIssues(shown, issueCount)}`,
    );
    this.name = 'SeedError';
    this.problems = shown.map(renderIssue);
  }
}

/** The issues of a seed's value rules and references: kept up to core's budget, counted beyond it. */
export class SeedIssues {
  readonly kept: SeedIssue[] = [];
  count = 0;

  /** An issue in words of its own (`no contact 99`). */
  add(kind: SeedIssueKind, path: ReadonlyArray<PathKey>, expected: string, message: () => string): void {
    this.count++;
    // Past the budget an issue is only counted: a million of them cost no message.
    if (this.kept.length < MAX_COLLECTED_ISSUES) this.kept.push({ kind, path, expected, message: message() });
  }

  /** `value` is not what `expected` says: shown as core shows values (cut, escaped, never whole). */
  refuse(kind: SeedIssueKind, path: ReadonlyArray<PathKey>, expected: string, value: unknown): void {
    this.add(kind, path, expected, () => `expected ${expected}, got ${describeValue(value)}`);
  }
}
