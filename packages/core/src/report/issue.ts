import type * as t from 'io-ts';
import { describeValue } from './describe-value.js';

/** One way in which a response broke the contract. */
export interface Issue {
  /** Where, as a JS path: `response[1].stage.stageType`; `""` for the whole body. */
  readonly path: string;
  /** What, e.g. `expected 0 | 1 | 2, got 7`. */
  readonly message: string;
}

/** Renders a context as a JS path; io-ts names array items by their index. */
export function pathOf(context: t.Context): string {
  let path = '';
  for (const entry of context) {
    if (entry.key === '') continue;
    path += /^\d+$/.test(entry.key) ? `[${entry.key}]` : path === '' ? entry.key : `.${entry.key}`;
  }
  return path;
}

function expectedOf(type: t.Decoder<unknown, unknown>): string {
  const expected = (type as { expected?: unknown }).expected;
  return typeof expected === 'string' ? expected : type.name;
}

/** Turns io-ts errors into issues; messages name the expectation and describe the value briefly. */
export function toIssues(errors: t.Errors): Issue[] {
  return errors.map((e) => {
    const last = e.context[e.context.length - 1];
    const expected = last ? expectedOf(last.type) : 'a value';
    const message =
      e.message ??
      (e.value === undefined
        ? `missing, expected ${expected}`
        : `expected ${expected}, got ${describeValue(e.value)}`);
    return { path: pathOf(e.context), message };
  });
}
