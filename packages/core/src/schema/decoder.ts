import { ApiDateTime } from '../leaf/api-date-time.js';
import { htmlDecode } from '../leaf/html-entities.js';
import { ABSENT, IssueCollector } from '../report/collector.js';
import type { IssueKind } from '../report/issue.js';
import type { AnyCodec, Field } from './codec.js';
import { generated } from './generate.js';
import { bySchema } from './kinds.js';
import { isPlainRecord } from './plain-record.js';
import { isMandatory, nullIsAbsent } from './presence.js';

/** What a decoder returns for a value it refused, after telling the collector why. */
export const MISMATCH: unique symbol = Symbol('mismatch');

/** One run of a decoder: the issues it finds, and whether it owns its input. */
export class DecodeRun extends IssueCollector {
  constructor(
    maxIssues: number | undefined,
    /**
     * Whether the input was made for this decode (parsed by it from text) and may be used up: a
     * list then becomes the decoded list, item by item, so that no list is copied and each wire
     * item is let go of once decoded. A caller's value is never touched.
     */
    readonly ownsInput: boolean,
    secrets: ReadonlyArray<string> | undefined,
  ) {
    super(maxIssues, secrets);
  }

  // Texts this run HTML-decoded, by their encoded form: the same few users' names come back on
  // every deal (creator, responsible, access lists), so one decoded string is shared instead of
  // made again. Bounded, and gone with the run: no personal text outlives the decode.
  private decodedTexts: Map<string, string> | undefined;

  /** {@link htmlDecode}, once per distinct text in this run. */
  htmlDecode(s: string): string {
    if (s.indexOf('&') === -1) return s;
    this.decodedTexts ??= new Map();
    let decoded = this.decodedTexts.get(s);
    if (decoded === undefined) {
      decoded = htmlDecode(s);
      if (this.decodedTexts.size >= MAX_DECODED_TEXTS) this.decodedTexts.clear();
      this.decodedTexts.set(s, decoded);
    }
    return decoded;
  }
}

const MAX_DECODED_TEXTS = 512;

/**
 * Decodes a wire value into its domain value, or refuses it: then it records why in `issues`
 * (with the path from where it stands) and returns {@link MISMATCH}. Success and failure are the
 * same code: a decode that succeeds only never calls the collector.
 */
export type Decoder = (u: unknown, issues: DecodeRun) => unknown;

/** How a record's decoder is built: generated code, or the same plan interpreted (strict CSPs). */
export type RecordMode = 'generated' | 'interpreted';

const decoders = {
  generated: new WeakMap<AnyCodec, Decoder>(),
  interpreted: new WeakMap<AnyCodec, Decoder>(),
};

/** The decoder of a codec, built once from its schema. */
export function decoderOf(codec: AnyCodec, mode: RecordMode = 'generated'): Decoder {
  let decoder = decoders[mode].get(codec);
  if (decoder === undefined) {
    decoder = compile(codec, codec, mode);
    decoders[mode].set(codec, decoder);
  }
  return decoder;
}

/** A decoded value, or the issues found (at most `maxIssues` kept) and how many there were. */
export type Outcome<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly issues: IssueCollector };

/** How a decoder runs. */
export interface RunOptions {
  /** How many issues are kept; the rest are counted. */
  readonly maxIssues?: number;
  readonly mode?: RecordMode;
  /** Whether the input is the decode's own (see {@link DecodeRun.ownsInput}). Default false. */
  readonly ownsInput?: boolean;
  /** Texts no issue may quote (a caller's credentials). */
  readonly secrets?: ReadonlyArray<string>;
}

/** Runs a codec's decoder on `u`. */
export function runDecoder<A>(codec: AnyCodec, u: unknown, options: RunOptions = {}): Outcome<A> {
  const { maxIssues, mode = 'generated', ownsInput = false, secrets } = options;
  const issues = new DecodeRun(maxIssues, ownsInput, secrets);
  const value = decoderOf(codec, mode)(u, issues);
  return value === MISMATCH ? { ok: false, issues } : { ok: true, value: value as A };
}

/** Records a refusal of `u` against `named`: what every rule returns when it refuses. */
function refuse(issues: DecodeRun, kind: IssueKind, named: AnyCodec, u: unknown): typeof MISMATCH {
  issues.refuse(kind, named.expected, u);
  return MISMATCH;
}

/**
 * The rule of each kind, written once. `named` is the codec a refusal is reported against: the
 * codec itself, or the nullable around it (`integer or null`).
 */
const compile: (codec: AnyCodec, named: AnyCodec, mode: RecordMode) => Decoder = bySchema<
  Decoder,
  [named: AnyCodec, mode: RecordMode]
>({
  string: (s, _, named) =>
    s.html
      ? (u, issues) => (typeof u === 'string' ? issues.htmlDecode(u) : refuse(issues, 'type', named, u))
      : (u, issues) => (typeof u === 'string' ? u : refuse(issues, 'type', named, u)),
  boolean: (_s, _, named) => (u, issues) => (typeof u === 'boolean' ? u : refuse(issues, 'type', named, u)),
  integer: (_s, _, named) => (u, issues) =>
    Number.isSafeInteger(u) ? u : refuse(issues, typeof u === 'number' ? 'range' : 'type', named, u),
  number: (_s, _, named) => (u, issues) =>
    typeof u === 'number' && u - u === 0
      ? u
      : refuse(issues, typeof u === 'number' ? 'range' : 'type', named, u),
  literal:
    ({ value }, _, named) =>
    (u, issues) =>
      u === value ? u : refuse(issues, typeof u === 'number' ? 'literal' : 'type', named, u),
  enum:
    ({ names }, _, named) =>
    (u, issues) => {
      // A number that is not an index (1.5, -1, NaN) finds no name.
      if (typeof u !== 'number') return refuse(issues, 'type', named, u);
      return names[u] ?? refuse(issues, 'enum', named, u);
    },
  'date-time':
    ({ unsetAsNull }, _, named) =>
    (u, issues) => {
      if (typeof u !== 'string') return refuse(issues, 'type', named, u);
      const parsed = ApiDateTime.parse(u);
      if (parsed === undefined) return refuse(issues, 'format', named, u);
      return unsetAsNull && parsed.isUnset ? null : parsed;
    },
  nullable: ({ of }, _, named, mode) => {
    const inner = compile(of, named, mode);
    return (u, issues) => (u === null ? null : inner(u, issues));
  },
  array: ({ of }, _, named, mode) => {
    const item = decoderOf(of, mode);
    return (u, issues) => {
      if (!Array.isArray(u)) return refuse(issues, 'type', named, u);
      // A list the decode owns becomes the decoded list, item by item: no copy, and each wire
      // item is let go of as soon as it is decoded. A caller's list is copied.
      const out: unknown[] = issues.ownsInput ? u : u.slice();
      let mark = issues.kept;
      let bad = false;
      for (let i = 0; i < u.length; i++) {
        const v = item(u[i], issues);
        if (v === MISMATCH) {
          issues.under(mark, i);
          mark = issues.kept;
          bad = true;
        } else out[i] = v;
      }
      return bad ? MISMATCH : out;
    };
  },
  record: ({ fields }, _, named, mode) => recordDecoder(fields, named, mode),
});

/** What a record's decoder does with one field, read from the field's presence once. */
interface FieldStep {
  readonly key: string;
  readonly wire: string;
  readonly alias: string;
  readonly decode: Decoder;
  /** Whether `null` on the wire counts as absent. */
  readonly nullIsAbsent: boolean;
  /** When absent: take the default, refuse as missing, or leave the key out. */
  readonly whenAbsent: 'default' | 'missing' | 'omit';
  readonly default: unknown;
  /** The domain value has the key always, only when decoded, or never (a fixed field). */
  readonly keep: 'always' | 'when-present' | 'never';
  readonly expected: string;
}

function stepOf(f: Field, mode: RecordMode): FieldStep {
  const p = f.presence;
  return {
    key: f.key,
    wire: f.wire,
    alias: f.alias,
    decode: decoderOf(f.codec, mode),
    nullIsAbsent: nullIsAbsent(p),
    whenAbsent: p.kind === 'defaulted' ? 'default' : isMandatory(p) ? 'missing' : 'omit',
    default: p.kind === 'defaulted' ? p.value : undefined,
    keep: p.kind === 'fixed' ? 'never' : p.kind === 'optional' ? 'when-present' : 'always',
    expected: f.codec.expected,
  };
}

const OBJECT_PROTOTYPE = Object.prototype;

/**
 * `u` as an object read with plain property reads whose reads are own reads. A JSON object is
 * one already (no wire name is a member of Object.prototype: record() checks); another object (a
 * class instance, a value from another realm) is copied, own properties only.
 */
function ownRecord(u: object): Readonly<Record<string, unknown>> {
  const proto = Object.getPrototypeOf(u);
  return proto === OBJECT_PROTOTYPE || proto === null ? (u as Record<string, unknown>) : ownCopy(u);
}

function ownCopy(u: object): Readonly<Record<string, unknown>> {
  const own: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(u)) own[key] = (u as Record<string, unknown>)[key];
  return own;
}

/**
 * A record's decoder: every field in the server's order, each refusal put under the field's wire
 * name, every field read even after one is refused (so that all issues are found). The decoded
 * value lists the keys it always has first, then the optional keys it has, each group in the
 * server's order: one object literal gives every decoded record of a kind the same hidden class,
 * where adding computed keys one by one makes V8's stores megamorphic (measured: twice slower).
 */
function recordDecoder(fields: ReadonlyArray<Field>, named: AnyCodec, mode: RecordMode): Decoder {
  const steps = fields.map((f) => stepOf(f, mode));
  // Where a strict Content-Security-Policy forbids generated code: the same plan, interpreted.
  return (
    (mode === 'generated' ? generatedRecord(steps, named, undefined) : undefined) ??
    interpretedRecord(steps, named)
  );
}

/**
 * A record's decoder that takes the record's field values by position (absent ones `undefined`)
 * rather than an object, and finds the values that are or hold records (see {@link holdsRecords})
 * already decoded: the form a reader that decodes each record as it closes it gives, which makes
 * no wire object for any record (the XML reader, xml/read.ts). The same steps as the record's own
 * decoder, so the same rules and the same decoded value.
 */
export type FieldsDecoder = (values: ReadonlyArray<unknown>, issues: DecodeRun) => unknown;

const fieldsDecoders = {
  generated: new WeakMap<ReadonlyArray<Field>, FieldsDecoder>(),
  interpreted: new WeakMap<ReadonlyArray<Field>, FieldsDecoder>(),
};

/** The {@link FieldsDecoder} of a record's fields, built once. */
export function fieldsDecoderOf(fields: ReadonlyArray<Field>, mode: RecordMode = 'generated'): FieldsDecoder {
  let decoder = fieldsDecoders[mode].get(fields);
  if (decoder === undefined) {
    const steps = fields.map((f) => stepOf(f, mode));
    const ready = fields.map((f) => holdsRecords(f.codec));
    decoder = mode === 'generated' ? generatedFields(steps, ready) : interpretedFields(steps, ready);
    fieldsDecoders[mode].set(fields, decoder);
  }
  return decoder;
}

/** Whether a codec's values are records: a record, maybe null, or a list of those. */
export function holdsRecords(codec: AnyCodec): boolean {
  const s = codec.schema;
  return s.kind === 'record' || ((s.kind === 'nullable' || s.kind === 'array') && holdsRecords(s.of));
}

function generatedFields(steps: ReadonlyArray<FieldStep>, ready: ReadonlyArray<boolean>): FieldsDecoder {
  return (
    (generatedRecord(steps, undefined, ready) as FieldsDecoder | undefined) ?? interpretedFields(steps, ready)
  );
}

/**
 * The generated decoder of a record: of an object (`named` is the codec a refusal of the value is
 * reported against), or of field values by position (`ready` says which are decoded already);
 * `undefined` where the platform refuses generated code (schema/generate.ts).
 */
function generatedRecord(
  steps: ReadonlyArray<FieldStep>,
  named: AnyCodec | undefined,
  ready: ReadonlyArray<boolean> | undefined,
): Decoder | undefined {
  const q = JSON.stringify;
  const lines =
    ready === undefined
      ? [
          "if (typeof u !== 'object' || u === null || Array.isArray(u)) { S.refuse('type', N, u); return M; }",
          'const p = Object.getPrototypeOf(u); if (p !== P && p !== null) u = O(u);',
        ]
      : [];
  lines.push('let mark = S.kept, bad = false;');
  const always: string[] = [];
  const whenPresent: string[] = [];
  steps.forEach((s, i) => {
    const absent = `r${i} === undefined${s.nullIsAbsent ? ` || r${i} === null` : ''}`;
    const failed = `S.under(mark, ${q(s.wire)}); mark = S.kept; bad = true;`;
    const whenAbsent =
      s.whenAbsent === 'default'
        ? `v${i} = F[${i}];`
        : s.whenAbsent === 'missing'
          ? `S.refuse('missing', X[${i}], A); ${failed}`
          : '';
    lines.push(
      ready === undefined
        ? `let r${i} = u[${q(s.wire)}]; if (r${i} === undefined) r${i} = u[${q(s.alias)}];`
        : `let r${i} = u[${i}];`,
      `let v${i}; if (${absent}) { ${whenAbsent} } else { v${i} = ${ready?.[i] ? `r${i}` : `D[${i}](r${i}, S)`}; if (v${i} === M) { ${failed} } }`,
    );
    if (s.keep === 'always') always.push(`${q(s.key)}: v${i}`);
    if (s.keep === 'when-present') whenPresent.push(`if (v${i} !== undefined) o[${q(s.key)}] = v${i};`);
  });
  lines.push(`if (bad) return M;`, `const o = { ${always.join(', ')} }; ${whenPresent.join(' ')} return o;`);
  return generated<Decoder>(
    ['M', 'A', 'N', 'P', 'O', 'D', 'F', 'X'],
    `return function ${ready === undefined ? 'decodeRecord' : 'decodeFields'}(u, S) {\n${lines.join('\n')}\n};`,
    [
      MISMATCH,
      ABSENT,
      named?.expected,
      OBJECT_PROTOTYPE,
      ownCopy,
      steps.map((s) => s.decode),
      steps.map((s) => s.default),
      steps.map((s) => s.expected),
    ],
  );
}

function interpretedRecord(steps: ReadonlyArray<FieldStep>, named: AnyCodec): Decoder {
  return (input, issues) => {
    if (!isPlainRecord(input)) return refuse(issues, 'type', named, input);
    const u = ownRecord(input);
    return decodeSteps(
      steps,
      (s) => {
        const raw = u[s.wire];
        return raw === undefined ? u[s.alias] : raw;
      },
      undefined,
      issues,
    );
  };
}

function interpretedFields(steps: ReadonlyArray<FieldStep>, ready: ReadonlyArray<boolean>): FieldsDecoder {
  return (values, issues) => decodeSteps(steps, (_, i) => values[i], ready, issues);
}

/** The interpreted form of {@link generatedRecord}'s code, each field's wire value read by `raw`. */
function decodeSteps(
  steps: ReadonlyArray<FieldStep>,
  raw: (s: FieldStep, i: number) => unknown,
  ready: ReadonlyArray<boolean> | undefined,
  issues: DecodeRun,
): unknown {
  let mark = issues.kept;
  let bad = false;
  const failed = (wire: string) => {
    issues.under(mark, wire);
    mark = issues.kept;
    bad = true;
  };
  const values = steps.map((s, i) => {
    const r = raw(s, i);
    if (r === undefined || (r === null && s.nullIsAbsent)) {
      if (s.whenAbsent === 'missing') {
        issues.refuse('missing', s.expected, ABSENT);
        failed(s.wire);
      }
      return s.whenAbsent === 'default' ? s.default : undefined;
    }
    const v = ready?.[i] ? r : s.decode(r, issues);
    if (v === MISMATCH) failed(s.wire);
    return v;
  });
  if (bad) return MISMATCH;
  const out: Record<string, unknown> = {};
  steps.forEach((s, i) => {
    if (s.keep === 'always') out[s.key] = values[i];
  });
  steps.forEach((s, i) => {
    if (s.keep === 'when-present' && values[i] !== undefined) out[s.key] = values[i];
  });
  return out;
}
