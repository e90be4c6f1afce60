/** What happened to one interaction. */
export interface InteractionResult {
  readonly description: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  /** Why it was skipped, or why it failed when Pact gave no mismatch. */
  readonly reason?: string;
  /** The first mismatches of a failure, as `path: expected … got …`. */
  readonly mismatches?: ReadonlyArray<string>;
}

/** How many mismatches of one failure a report shows. */
export const SHOWN_MISMATCHES = 3;
const LONGEST_VALUE = 60;

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

/** A value as a report shows it: short, on one line. */
function shown(value: unknown): string {
  const text = (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).replace(
    /\s+/g,
    ' ',
  );
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
}

/** Pact's words for the common mismatches, as `expected … got …`. */
const SAYINGS: ReadonlyArray<[RegExp, (m: RegExpExecArray, path: string) => string]> = [
  [
    /^Expected (.+) \((\w+)\) to be the same type as (.+) \((\w+)\)$/s,
    (m, path) => `${path}: expected a ${m[4]?.toLowerCase()}, got ${m[1]} (a ${m[2]?.toLowerCase()})`,
  ],
  [/^Expected (.+) to match '(.+)'$/s, (m, path) => `${path}: expected text matching ${m[2]}, got ${m[1]}`],
  [
    /^Actual map is missing the following keys: (.+)$/s,
    (m, path) => `${path}.${m[1]?.split(', ').join(`, ${path}.`)}: expected a value, got nothing`,
  ],
  [
    /^Expected child <(.+)\/> but was missing$/s,
    (m, path) => `${path}.${m[1]}: expected an element, got nothing`,
  ],
  [/^Unexpected child <(.+)\/>$/s, (m, path) => `${path}.${m[1]}: expected nothing there, got an element`],
];

/** One mismatch as `path: expected … got …`. */
function mismatchLine(m: PactMismatch): string {
  const where =
    m.type === 'StatusMismatch'
      ? 'status'
      : m.type === 'HeaderMismatch'
        ? `header ${m.key}`
        : (m.path || '$').replace("['#text']", '');
  const words = m.mismatch ?? m.message;
  for (const [pattern, say] of SAYINGS) {
    const found = words === undefined ? null : pattern.exec(words);
    if (found) return say(found, where);
  }
  if (m.expected !== undefined && m.actual !== undefined) {
    return `${where}: expected ${shown(m.expected)}, got ${shown(m.actual)}`;
  }
  return `${where}: ${shown(words ?? 'mismatch')}`;
}

/**
 * The distinct mismatches of a failure: the same one on every item of a list is one line
 * (`$.response[*].isPrivate: …, on 13 items`).
 */
function distinct(mismatches: ReadonlyArray<PactMismatch>): string[] {
  const counts = new Map<string, number>();
  for (const m of mismatches) {
    const line = mismatchLine(m).replace(/\[\d+\]/g, '[*]');
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts].map(([line, n]) => (line.includes('[*]') && n > 1 ? `${line}, on ${n} items` : line));
}

/** The results of Pact's verifier (its JSON report), one per interaction it ran. */
export function resultsOf(raw: string): InteractionResult[] {
  let report: PactResults;
  try {
    report = JSON.parse(raw) as PactResults;
  } catch {
    throw new Error(`the Pact verifier did not run: ${shown(raw)}`);
  }
  return (report.interactionResults ?? []).map(({ description, result }) => {
    if (result === 'OK') return { description, outcome: 'passed' as const };
    const error = report.errors?.find((e) => e.interaction.endsWith(` - ${description}`));
    const all = error?.mismatch?.mismatches ?? [];
    const lines = distinct(all);
    return {
      description,
      outcome: 'failed' as const,
      ...(lines.length > 0
        ? { mismatches: lines.slice(0, SHOWN_MISMATCHES) }
        : { reason: shown(error?.mismatch?.message ?? 'the verifier reported an error') }),
      ...(lines.length > SHOWN_MISMATCHES ? { reason: `and ${lines.length - SHOWN_MISMATCHES} more` } : {}),
    };
  });
}
