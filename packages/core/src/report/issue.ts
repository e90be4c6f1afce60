/**
 * What kind of problem an issue is, for programs:
 * - `missing`: a property the contract requires is absent;
 * - `type`: a value of the wrong JSON type (a string where a number goes, an array for an object);
 * - `range`: a number of the right type out of its range (`1.5` or `2^60` for an integer);
 * - `enum`: a number that names no member of an enumeration;
 * - `literal`: a value other than the one the contract fixes (the envelope's `status`);
 * - `format`: text of the right type in the wrong format (a date-time);
 * - `syntax`: the body is not JSON, or not well-formed XML of the expected shape.
 */
export type IssueKind = 'missing' | 'type' | 'range' | 'enum' | 'literal' | 'format' | 'syntax';

/** One step of a path: a property's wire name, or a list index. */
export type PathKey = string | number;

/**
 * One way in which a response broke the contract, as data; {@link renderIssues} writes it for people.
 * A caller checking rules of its own beyond a codec's (references between values, say) may give
 * its issues kinds of their own, `K`: they render the same way.
 */
export interface Issue<K extends string = IssueKind> {
  readonly kind: K;
  /** Where, from the body's root: `['response', 1, 'stage', 'stageType']`; `[]` for the whole body. */
  readonly path: ReadonlyArray<PathKey>;
  /** What the contract expects there, e.g. `0 | 1 | 2`. */
  readonly expected: string;
  /** The issue in words, e.g. `expected 0 | 1 | 2, got 7`; never a copy of private text. */
  readonly message: string;
}

/** A path as JS writes it: `response[1].stage.stageType`; `""` for the root. */
export function pathText(path: ReadonlyArray<PathKey>): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}
