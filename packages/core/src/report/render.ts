import type { Issue } from './issue.js';

/** How many issues a rendered report lists before it sums up the rest. */
export const MAX_RENDERED_ISSUES = 20;

/** One line per issue (`path: message`), at most {@link MAX_RENDERED_ISSUES}, then "… and N more". */
export function renderIssues(issues: ReadonlyArray<Issue>, max = MAX_RENDERED_ISSUES): string {
  const lines = issues.slice(0, max).map((i) => `${i.path === '' ? '(body)' : i.path}: ${i.message}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines.join('\n');
}
