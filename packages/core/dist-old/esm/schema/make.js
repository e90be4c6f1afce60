import * as t from 'io-ts';
import { pathText } from '../report/issue.js';
import { runDecoder } from './decoder.js';

/** The keys of the path io-ts has reached (`response`, `2`), from its context. */
const contextKeys = (context) =>
  context.filter((e) => e.key !== '').map((e) => (/^\d+$/.test(e.key) ? Number(e.key) : e.key));
/** The codec at one step below `codec` (a record's field by wire name, a list's item), if any. */
function codecBelow(codec, key) {
  const s = codec.schema;
  if (s.kind === 'nullable') return codecBelow(s.of, key);
  if (s.kind === 'array') return s.of;
  if (s.kind === 'record') return s.fields.find((f) => f.wire === key)?.codec;
  return undefined;
}
/** io-ts context entries for an issue's path below `codec`. */
function entriesOf(codec, path) {
  const entries = [];
  let at = codec;
  for (const key of path) {
    at = at === undefined ? undefined : codecBelow(at, key);
    entries.push({ key: String(key), type: at ?? codec, actual: undefined });
  }
  return entries;
}
/**
 * The io-ts face of the engine: a codec's `validate` runs the decoder built from its schema. Each
 * error carries its rendered line as `message` (so io-ts's PathReporter prints it) and no copy of
 * the value (CRM data is personal).
 */
function validateWith(codec) {
  return (u, context) => {
    const outcome = runDecoder(codec, u);
    if (outcome.ok) return t.success(outcome.value);
    const prefix = contextKeys(context);
    const errors = outcome.issues.issues.map((issue) => {
      const path = pathText([...prefix, ...issue.path]);
      return {
        value: undefined,
        context: context.concat(entriesOf(codec, issue.path)),
        message: `${path === '' ? '(value)' : path}: ${issue.message}`,
      };
    });
    const more = outcome.issues.count - errors.length;
    if (more > 0) errors.push({ value: undefined, context, message: `… and ${more} more` });
    return t.failures(errors);
  };
}
/**
 * Builds a {@link Codec}: an io-ts `Type` that carries its schema and a readable expectation. What
 * it accepts is said once, by the schema: `validate` is the engine's, not written per codec.
 */
export function makeCodec(name, expected, schema, is, encode) {
  const codec = Object.assign(new t.Type(name, is, (u, c) => validate(u, c), encode), { schema, expected });
  const validate = validateWith(codec);
  return codec;
}
//# sourceMappingURL=make.js.map
