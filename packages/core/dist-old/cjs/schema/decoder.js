var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (const key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod);
var decoder_exports = {};
__export(decoder_exports, {
  DecodeRun: () => DecodeRun,
  MISMATCH: () => MISMATCH,
  decoderOf: () => decoderOf,
  runDecoder: () => runDecoder,
});
module.exports = __toCommonJS(decoder_exports);
var import_api_date_time = require('../leaf/api-date-time.js');
var import_html_entities = require('../leaf/html-entities.js');
var import_collector = require('../report/collector.js');
var import_kinds = require('./kinds.js');
var import_presence = require('./presence.js');
const MISMATCH = /* @__PURE__ */ Symbol('mismatch');
class DecodeRun extends import_collector.IssueCollector {
  ownsInput;
  constructor(maxIssues, ownsInput) {
    super(maxIssues);
    this.ownsInput = ownsInput;
  }
}
const decoders = {
  generated: /* @__PURE__ */ new WeakMap(),
  interpreted: /* @__PURE__ */ new WeakMap(),
};
function decoderOf(codec, mode = 'generated') {
  let decoder = decoders[mode].get(codec);
  if (decoder === void 0) {
    decoder = compile(codec, codec, mode);
    decoders[mode].set(codec, decoder);
  }
  return decoder;
}
function runDecoder(codec, u, options = {}) {
  const { maxIssues, mode = 'generated', ownsInput = false } = options;
  const issues = new DecodeRun(maxIssues, ownsInput);
  const value = decoderOf(codec, mode)(u, issues);
  return value === MISMATCH ? { ok: false, issues } : { ok: true, value };
}
function refuse(issues, kind, named, u) {
  issues.refuse(kind, named.expected, u);
  return MISMATCH;
}
const compile = (0, import_kinds.bySchema)({
  string: (s, _, named) =>
    s.html
      ? (u, issues) =>
          typeof u === 'string' ? (0, import_html_entities.htmlDecode)(u) : refuse(issues, 'type', named, u)
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
      if (typeof u !== 'number') return refuse(issues, 'type', named, u);
      return names[u] ?? refuse(issues, 'enum', named, u);
    },
  'date-time':
    ({ unsetAsNull }, _, named) =>
    (u, issues) => {
      if (typeof u !== 'string') return refuse(issues, 'type', named, u);
      const parsed = import_api_date_time.ApiDateTime.parse(u);
      if (parsed === void 0) return refuse(issues, 'format', named, u);
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
      const out = [];
      let mark = issues.kept;
      let bad = false;
      for (let i = 0; i < u.length; i++) {
        const v = item(u[i], issues);
        if (issues.ownsInput) u[i] = void 0;
        if (v === MISMATCH) {
          issues.under(mark, i);
          mark = issues.kept;
          bad = true;
        } else out.push(v);
      }
      return bad ? MISMATCH : out;
    };
  },
  record: ({ fields }, _, named, mode) => recordDecoder(fields, named, mode),
});
function stepOf(f, mode) {
  const p = f.presence;
  return {
    key: f.key,
    wire: f.wire,
    alias: f.alias,
    decode: decoderOf(f.codec, mode),
    nullIsAbsent: (0, import_presence.nullIsAbsent)(p),
    whenAbsent: p.kind === 'defaulted' ? 'default' : (0, import_presence.isMandatory)(p) ? 'missing' : 'omit',
    default: p.kind === 'defaulted' ? p.value : void 0,
    keep: p.kind === 'fixed' ? 'never' : p.kind === 'optional' ? 'when-present' : 'always',
    expected: f.codec.expected,
  };
}
const OBJECT_PROTOTYPE = Object.prototype;
function ownRecord(u) {
  const proto = Object.getPrototypeOf(u);
  return proto === OBJECT_PROTOTYPE || proto === null ? u : ownCopy(u);
}
function ownCopy(u) {
  const own = /* @__PURE__ */ Object.create(null);
  for (const key of Object.keys(u)) own[key] = u[key];
  return own;
}
function recordDecoder(fields, named, mode) {
  const steps = fields.map((f) => stepOf(f, mode));
  if (mode === 'generated') {
    try {
      return generatedRecord(steps, named);
    } catch {}
  }
  return interpretedRecord(steps, named);
}
function generatedRecord(steps, named) {
  const q = JSON.stringify;
  const lines = [
    "if (typeof u !== 'object' || u === null || Array.isArray(u)) { S.refuse('type', N, u); return M; }",
    'const p = Object.getPrototypeOf(u); if (p !== P && p !== null) u = O(u);',
    'let mark = S.kept, bad = false;',
  ];
  const always = [];
  const whenPresent = [];
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
      `let r${i} = u[${q(s.wire)}]; if (r${i} === undefined) r${i} = u[${q(s.alias)}];`,
      `let v${i}; if (${absent}) { ${whenAbsent} } else { v${i} = D[${i}](r${i}, S); if (v${i} === M) { ${failed} } }`,
    );
    if (s.keep === 'always') always.push(`${q(s.key)}: v${i}`);
    if (s.keep === 'when-present') whenPresent.push(`if (v${i} !== undefined) o[${q(s.key)}] = v${i};`);
  });
  lines.push(`if (bad) return M;`, `const o = { ${always.join(', ')} }; ${whenPresent.join(' ')} return o;`);
  const factory = new Function(
    'M',
    'A',
    'N',
    'P',
    'O',
    'D',
    'F',
    'X',
    `return function decodeRecord(u, S) {
${lines.join('\n')}
};`,
  );
  return factory(
    MISMATCH,
    import_collector.ABSENT,
    named.expected,
    OBJECT_PROTOTYPE,
    ownCopy,
    steps.map((s) => s.decode),
    steps.map((s) => s.default),
    steps.map((s) => s.expected),
  );
}
function interpretedRecord(steps, named) {
  return (input, issues) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return refuse(issues, 'type', named, input);
    const u = ownRecord(input);
    let mark = issues.kept;
    let bad = false;
    const failed = (wire) => {
      issues.under(mark, wire);
      mark = issues.kept;
      bad = true;
    };
    const values = steps.map((s) => {
      let raw = u[s.wire];
      if (raw === void 0) raw = u[s.alias];
      if (raw === void 0 || (raw === null && s.nullIsAbsent)) {
        if (s.whenAbsent === 'missing') {
          issues.refuse('missing', s.expected, import_collector.ABSENT);
          failed(s.wire);
        }
        return s.whenAbsent === 'default' ? s.default : void 0;
      }
      const v = s.decode(raw, issues);
      if (v === MISMATCH) failed(s.wire);
      return v;
    });
    if (bad) return MISMATCH;
    const out = {};
    steps.forEach((s, i) => {
      if (s.keep === 'always') out[s.key] = values[i];
    });
    steps.forEach((s, i) => {
      if (s.keep === 'when-present' && values[i] !== void 0) out[s.key] = values[i];
    });
    return out;
  };
}
