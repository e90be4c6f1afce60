import * as t from 'io-ts';
import type { Codec, Json, Schema } from './codec.js';
import type { Place } from './explain.js';
import { runCodec } from './run.js';

/** The path io-ts has reached (`response[2]`), from its context. */
function contextPath(context: t.Context): string {
  let path = '';
  for (const entry of context) {
    if (entry.key === '') continue;
    path += /^\d+$/.test(entry.key) ? `[${entry.key}]` : path === '' ? entry.key : `.${entry.key}`;
  }
  return path;
}

function contextOf(context: t.Context, place: Place | undefined): t.Context {
  const entries: t.ContextEntry[] = [];
  for (let p = place; p !== undefined; p = p.parent) {
    entries.unshift({ key: String(p.key), type: p.codec, actual: undefined });
  }
  return context.concat(entries);
}

/**
 * The io-ts face of the engine: a codec's `validate` runs the decoder compiled from its schema and,
 * on a refusal, the bounded explanation. Each error carries its rendered line as `message` (so
 * io-ts's PathReporter prints it) and no copy of the value (CRM data is personal).
 */
function validateWith(codec: Codec<unknown>): t.Validate<unknown, unknown> {
  return (u, context) => {
    const outcome = runCodec(codec, u, contextPath(context));
    if (outcome.ok) return t.success(outcome.value);
    const errors: t.ValidationError[] = outcome.issues.kept.map(({ where, issue }) => ({
      value: undefined,
      context: contextOf(context, where),
      message: `${issue.path === '' ? '(value)' : issue.path}: ${issue.message}`,
    }));
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
  const validate = validateWith(codec as Codec<unknown>);
  return codec;
}
