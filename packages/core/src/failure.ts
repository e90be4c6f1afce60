import type { Issue } from './report/issue.js';
import { renderIssues } from './report/render.js';

/** The body does not match the contract; `issues` for programs, `message` for people. */
export interface DecodeFailure {
  readonly kind: 'decode';
  readonly message: string;
  readonly issues: ReadonlyArray<Issue>;
}

/** The server answered with its error envelope (`status: 1`). */
export interface ApiFailure {
  readonly kind: 'api';
  readonly statusCode: number;
  readonly message: string;
}

/** Why a body did not decode into an {@link OpportunityPage}. */
export type Failure = DecodeFailure | ApiFailure;

/** A decode failure whose message is a headline and the rendered issues. */
export function decodeFailure(issues: ReadonlyArray<Issue>): DecodeFailure {
  const n = issues.length;
  const headline = `the response does not match the contract (${n} problem${n === 1 ? '' : 's'}):`;
  return { kind: 'decode', message: `${headline}\n${renderIssues(issues)}`, issues };
}
