import { LIMITS } from './limits.js';
import { printable, type Secrets } from './text.js';

/** What happened to one interaction. */
export interface InteractionResult {
  readonly description: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  /** Why it was skipped, or why it failed when Pact gave no mismatch. */
  readonly reason?: string;
  /** The first mismatches of a failure, as `path: expected … got …`. */
  readonly mismatches?: ReadonlyArray<string>;
  /** A failed interaction's request on the provider (`GET https://…/bycontact/5001`), to reproduce it. */
  readonly request?: string;
}

/** How many mismatches of one failure a report shows. */
export const SHOWN_MISMATCHES = LIMITS.shownMismatches;

interface PactMismatch {
  readonly type?: string;
  readonly path?: string;
  readonly key?: string;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly mismatch?: string;
  readonly message?: string;
}

interface PactResults {
  readonly interactionResults?: ReadonlyArray<{ readonly description: string; readonly result: string }>;
  readonly errors?: ReadonlyArray<{
    readonly interaction: string;
    readonly mismatch?: { readonly mismatches?: ReadonlyArray<PactMismatch>; readonly message?: string };
  }>;
}

/**
 * A value as a report shows it: the caller's secrets replaced, on one line, control characters
 * escaped, cut to `LIMITS.quotedChars` (a provider's value may be megabytes long).
 */
function shown(value: unknown, secrets: Secrets): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Cut before scrubbing costs anything, with room for a secret that straddles the cut.
  return printable(secrets.scrub(text.slice(0, LIMITS.quotedChars * 8)).replace(/[ \t\r\n]+/g, ' '));
}

/** `an integer`, `a string`. */
const article = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

type Say = (m: RegExpExecArray, path: string, q: (v: unknown) => string) => string;

/** Pact's words for the common mismatches, as `expected … got …`; every quoted part through `q`. */
const SAYINGS: ReadonlyArray<[RegExp, Say]> = [
  [
    /^Expected (.+) \((\w+)\) to be the same type as (.+) \((\w+)\)$/s,
    (m, path, q) =>
      `${path}: expected ${article(q(m[4]?.toLowerCase()))}, got ${q(m[1])} (${article(q(m[2]?.toLowerCase()))})`,
  ],
  [
    /^Expected (.+) \((\w+)\) to be (an? \w+(?: number)?)$/s,
    (m, path, q) => `${path}: expected ${q(m[3])}, got ${q(m[1])} (${article(q(m[2]?.toLowerCase()))})`,
  ],
  [
    /^Expected (.+) to match '(.+)'$/s,
    (m, path, q) => `${path}: expected text matching ${q(m[2])}, got ${q(m[1])}`,
  ],
  [
    /^Actual map is missing the following keys: (.+)$/s,
    (m, path, q) => `${path}.${q(m[1]?.split(', ').join(`, ${path}.`))}: expected a value, got nothing`,
  ],
  [
    /^Expected child <(.+)\/> but was missing$/s,
    (m, path, q) => `${path}.${q(m[1])}: expected an element, got nothing`,
  ],
  [
    /^Unexpected child <(.+)\/>$/s,
    (m, path, q) => `${path}.${q(m[1])}: expected nothing there, got an element`,
  ],
];

/** One mismatch as `path: expected … got …`. */
function mismatchLine(m: PactMismatch, secrets: Secrets): string {
  const q = (v: unknown) => shown(v, secrets);
  // A path is the provider's keys: as long and as strange as it likes.
  const where = printable(
    secrets.scrub(
      m.type === 'StatusMismatch'
        ? 'status'
        : m.type === 'HeaderMismatch'
          ? `header ${m.key}`
          : (m.path || '$').replace("['#text']", ''),
    ),
    LIMITS.quotedChars * 2,
  );
  const words = m.mismatch ?? m.message;
  for (const [pattern, say] of SAYINGS) {
    // Pact quotes the whole value: only its head is worth matching (and then cut).
    const found = words === undefined ? null : pattern.exec(words.length > 100_000 ? '' : words);
    if (found) return say(found, where, q);
  }
  if (m.expected !== undefined && m.actual !== undefined) {
    return `${where}: expected ${q(m.expected)}, got ${q(m.actual)}`;
  }
  return `${where}: ${q(words ?? 'mismatch')}`;
}

/**
 * The distinct mismatches of a failure: the same one on every item of a list is one line
 * (`$.response[*].isPrivate: …, on 13 items`).
 */
function distinct(mismatches: ReadonlyArray<PactMismatch>, secrets: Secrets): string[] {
  const counts = new Map<string, number>();
  for (const m of mismatches) {
    const line = mismatchLine(m, secrets).replace(/\[\d+\]/g, '[*]');
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, n]) => (line.includes('[*]') && n > 1 ? `${line}, on ${n} items` : line));
}

/** The results of Pact's verifier (its JSON report), one per interaction it ran. */
export function resultsOf(raw: string, secrets: Secrets): InteractionResult[] {
  let report: PactResults;
  try {
    report = JSON.parse(raw) as PactResults;
  } catch {
    throw new Error(`the Pact verifier did not run: ${shown(raw, secrets)}`);
  }
  return (report.interactionResults ?? []).map(({ description, result }) => {
    if (result === 'OK') return { description, outcome: 'passed' as const };
    const error = report.errors?.find((e) => e.interaction.endsWith(` - ${description}`));
    const all = error?.mismatch?.mismatches ?? [];
    const lines = distinct(all, secrets);
    return {
      description,
      outcome: 'failed' as const,
      ...(lines.length > 0
        ? { mismatches: lines.slice(0, SHOWN_MISMATCHES) }
        : { reason: shown(error?.mismatch?.message ?? 'the verifier reported an error', secrets) }),
      ...(lines.length > SHOWN_MISMATCHES ? { reason: `and ${lines.length - SHOWN_MISMATCHES} more` } : {}),
    };
  });
}
