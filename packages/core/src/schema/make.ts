import * as t from 'io-ts';
import { type PathKey, pathText } from '../report/issue.js';
import type { AnyCodec, Codec, Json, Schema } from './codec.js';
import { runDecoder } from './decoder.js';

/** The keys of the path io-ts has reached (`response`, `2`), from its context. */
const contextKeys = (context: t.Context): PathKey[] =>
  context.filter((e) => e.key !== '').map((e) => (/^\d+$/.test(e.key) ? Number(e.key) : e.key));

/** The codec at one step below `codec` (a record's field by wire name, a list's item), if any. */
function codecBelow(codec: AnyCodec, key: PathKey): AnyCodec | undefined {
  const s = codec.schema;
  if (s.kind === 'nullable') return codecBelow(s.of, key);
  if (s.kind === 'array') return s.of;
  if (s.kind === 'record') return s.fields.find((f) => f.wire === key)?.codec;
  return undefined;
}

/** io-ts context entries for an issue's path below `codec`. */
function entriesOf(codec: AnyCodec, path: ReadonlyArray<PathKey>): t.ContextEntry[] {
  const entries: t.ContextEntry[] = [];
  let at: AnyCodec | undefined = codec;
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
function validateWith(codec: AnyCodec): t.Validate<unknown, unknown> {
  return (u, context) => {
    const outcome = runDecoder(codec, u);
    if (outcome.ok) return t.success(outcome.value);
    const prefix = contextKeys(context);
    const errors: t.ValidationError[] = outcome.issues.issues.map((issue) => {
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
export function makeCodec<A, O extends Json>(
  name: string,
  expected: string,
  schema: Schema,
  is: (u: unknown) => u is A,
  encode: (a: A) => O,
): Codec<A, O> {
  const codec: Codec<A, O> = Object.assign(
    new t.Type<A, O, unknown>(name, is, (u, c) => validate(u, c) as t.Validation<A>, encode),
    { schema, expected },
  );
  const validate = validateWith(codec as AnyCodec);
  return codec;
}
