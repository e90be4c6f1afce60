import { type Issue } from './issue.js';
/** How many issues a rendered report lists before it sums up the rest. */
export declare const MAX_RENDERED_ISSUES = 20;
/** One issue as a line: `response[0].id: expected integer, got "x"`. */
export declare const renderIssue: (issue: Issue) => string;
/**
 * One line per issue, at most {@link MAX_RENDERED_ISSUES}, then "… and N more", where N counts
 * the issues found beyond those listed (`count`, when only some were kept).
 */
export declare function renderIssues(issues: ReadonlyArray<Issue>, count?: number, max?: number): string;
//# sourceMappingURL=render.d.ts.map
