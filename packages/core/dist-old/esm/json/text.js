import * as E from 'fp-ts/lib/Either.js';

/** Why a text is not JSON, without quoting it (V8's messages quote the input, which may be personal). */
function syntaxMessage(error) {
  const position = error instanceof Error ? /at position (\d+)/.exec(error.message)?.[1] : undefined;
  return position === undefined ? 'not valid JSON' : `not valid JSON (at position ${position})`;
}
/** `JSON.parse`, as an `Either` whose left never echoes the input. */
export function parseJson(text) {
  try {
    return E.right(JSON.parse(text));
  } catch (error) {
    return E.left(syntaxMessage(error));
  }
}
/** The server's JSON text of a wire value: like `JSON.stringify`, with `/` escaped as `\/` as .NET does. */
export function writeJson(value) {
  // A `/` can only occur inside a string token, so escaping every one is safe.
  return JSON.stringify(value).replace(/\//g, '\\/');
}
//# sourceMappingURL=text.js.map
