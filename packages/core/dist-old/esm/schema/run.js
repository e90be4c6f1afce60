import { IssueCollector, MAX_COLLECTED_ISSUES } from '../report/collector.js';
import { explain, pathOf } from './explain.js';
import { fastDecoder, MISMATCH } from './fast-decoder.js';
/**
 * Decodes `u` with a codec: the compiled decoder does the work, and only when it refuses does
 * {@link explain} walk the value again to say why, keeping at most `maxIssues` issues. `prefix` is
 * the path of `u` in a larger value.
 */
export function runCodec(codec, u, prefix = '', maxIssues = MAX_COLLECTED_ISSUES) {
  const value = fastDecoder(codec)(u);
  if (value !== MISMATCH) return { ok: true, value: value };
  const issues = new IssueCollector((where) => pathOf(where, prefix), maxIssues);
  explain(codec, u, issues, undefined);
  // The two walkers follow one set of rules; should they ever disagree, a refusal still says something.
  if (issues.count === 0) issues.add(undefined, `expected ${codec.expected}`);
  return { ok: false, issues };
}
//# sourceMappingURL=run.js.map
