import { IssueCollector, MAX_COLLECTED_ISSUES } from '../report/collector.js';
import type { AnyCodec } from './codec.js';
import { explain, pathOf, type Where } from './explain.js';
import { fastDecoder, MISMATCH } from './fast-decoder.js';

/** A decoded value, or the issues found (bounded) and how many there were. */
export type Outcome<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly issues: IssueCollector<Where> };

/**
 * Decodes `u` with a codec: the compiled decoder does the work, and only when it refuses does
 * {@link explain} walk the value again to say why, keeping at most `maxIssues` issues. `prefix` is
 * the path of `u` in a larger value.
 */
export function runCodec<A>(
  codec: AnyCodec,
  u: unknown,
  prefix = '',
  maxIssues = MAX_COLLECTED_ISSUES,
): Outcome<A> {
  const value = fastDecoder(codec)(u);
  if (value !== MISMATCH) return { ok: true, value: value as A };
  const issues = new IssueCollector<Where>((where) => pathOf(where, prefix), maxIssues);
  explain(codec, u, issues, undefined);
  // The two walkers follow one set of rules; should they ever disagree, a refusal still says something.
  if (issues.count === 0) issues.add(undefined, `expected ${codec.expected}`);
  return { ok: false, issues };
}
