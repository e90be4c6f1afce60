import { type Issue, pathText } from './issue.js';

/** How many issues a rendered report lists before it sums up the rest. */
export const MAX_RENDERED_ISSUES = 20;

/** One issue as a line: `response[0].id: expected integer, got "x"`. */
export const renderIssue = (issue: Issue<string>): string =>
  `${issue.path.length === 0 ? '(body)' : pathText(issue.path)}: ${issue.message}`;

/**
 * One line per issue, at most {@link MAX_RENDERED_ISSUES}, then "… and N more", where N counts
 * the issues found beyond those listed (`count`, when only some were kept).
 */
export function renderIssues(
  issues: ReadonlyArray<Issue<string>>,
  count = issues.length,
  max = MAX_RENDERED_ISSUES,
): string {
  const lines = issues.slice(0, max).map(renderIssue);
  const shown = Math.min(issues.length, max);
  if (count > shown) lines.push(`… and ${count - shown} more`);
  return lines.join('\n');
}
