import * as E from 'fp-ts/lib/Either.js';
import { renderIssues } from './report/render.js';
import { runDecoder } from './schema/decoder.js';
/** A decode failure whose message is a headline and the rendered issues. */
export function decodeFailure(issues, issueCount = issues.length) {
  const n = issueCount;
  const headline = `the response does not match the contract (${n} problem${n === 1 ? '' : 's'}):`;
  return { kind: 'decode', message: `${headline}\n${renderIssues(issues, n)}`, issues, issueCount };
}
/** A body that could not be read at all (not JSON, malformed XML): one `syntax` issue at the root. */
export const syntaxFailure = (message, expected) =>
  decodeFailure([{ kind: 'syntax', path: [], expected, message }]);
/** Decodes a parsed wire value with a codec; a Left holds the bounded issues. */
export function decodeWire(codec, wire, options = {}) {
  const outcome = runDecoder(codec, wire, options);
  return outcome.ok
    ? E.right(outcome.value)
    : E.left(decodeFailure(outcome.issues.issues, outcome.issues.count));
}
//# sourceMappingURL=failure.js.map
