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
var fast_decoder_exports = {};
__export(fast_decoder_exports, {
  MISMATCH: () => MISMATCH,
  fastDecoder: () => fastDecoder,
});
module.exports = __toCommonJS(fast_decoder_exports);
var import_api_date_time = require('../leaf/api-date-time.js');
var import_html_entities = require('../leaf/html-entities.js');
var import_presence = require('./presence.js');
const MISMATCH = /* @__PURE__ */ Symbol('mismatch');
const compiled = /* @__PURE__ */ new WeakMap();
function fastDecoder(codec) {
  let decoder = compiled.get(codec);
  if (decoder === void 0) {
    decoder = compile(codec.schema);
    compiled.set(codec, decoder);
  }
  return decoder;
}
function compile(schema) {
  switch (schema.kind) {
    case 'string':
      return schema.html
        ? (u) => (typeof u === 'string' ? (0, import_html_entities.htmlDecode)(u) : MISMATCH)
        : (u) => (typeof u === 'string' ? u : MISMATCH);
    case 'boolean':
      return (u) => (typeof u === 'boolean' ? u : MISMATCH);
    case 'integer':
      return (u) => (Number.isSafeInteger(u) ? u : MISMATCH);
    case 'number':
      return (u) => (typeof u === 'number' && Number.isFinite(u) ? u : MISMATCH);
    case 'literal': {
      const value = schema.value;
      return (u) => (u === value ? u : MISMATCH);
    }
    case 'enum': {
      const names = schema.names;
      return (u) => (typeof u === 'number' && Number.isInteger(u) ? (names[u] ?? MISMATCH) : MISMATCH);
    }
    case 'date-time': {
      const unsetAsNull = schema.unsetAsNull;
      return (u) => {
        if (typeof u !== 'string') return MISMATCH;
        const parsed = import_api_date_time.ApiDateTime.parse(u);
        if (parsed === void 0) return MISMATCH;
        return unsetAsNull && parsed.isUnset ? null : parsed;
      };
    }
    case 'nullable': {
      const of = fastDecoder(schema.of);
      return (u) => (u === null ? null : of(u));
    }
    case 'array':
      return arrayDecoder(fastDecoder(schema.of));
    case 'record':
      return recordDecoder(schema.fields);
  }
}
function arrayDecoder(of) {
  return (u) => {
    if (!Array.isArray(u)) return MISMATCH;
    const out = new Array(u.length);
    for (let i = 0; i < u.length; i++) {
      const v = of(u[i]);
      if (v === MISMATCH) return MISMATCH;
      out[i] = v;
    }
    return out;
  };
}
function recordDecoder(fields) {
  const lines = ["if (typeof u !== 'object' || u === null || Array.isArray(u)) return M;"];
  const literal = [];
  const optional = [];
  fields.forEach((f, i) => {
    const p = f.presence;
    const key = JSON.stringify(f.key);
    const absent = `r${i} === undefined${((0, import_presence.nullIsAbsent))(p) ? ` || r${i} === null` : ''}`;
    const mandatory = (0, import_presence.isMandatory)(p);
    const whenAbsent =
      p.kind === 'defaulted' ? `v${i} = F[${i}];` : mandatory ? 'return M;' : `v${i} = undefined;`;
    const check = inlineCheck(f.codec.schema, `r${i}`, i) ?? `D[${i}](r${i})`;
    lines.push(
      // Plain reads are own reads here: no wire name is a member of Object.prototype (record() checks).
      `let r${i} = u[${JSON.stringify(f.wire)}]; if (r${i} === undefined) r${i} = u[${JSON.stringify(f.alias)}];`,
      `let v${i}; if (${absent}) { ${whenAbsent} } else { v${i} = ${check}; if (v${i} === M) return M; }`,
    );
    if (p.kind === 'optional') optional.push(`if (v${i} !== undefined) o[${key}] = v${i};`);
    else if (p.kind !== 'fixed') literal.push(`${key}: v${i}`);
  });
  lines.push(`const o = { ${literal.join(', ')} }; ${optional.join(' ')} return o;`);
  try {
    const factory = new Function(
      'M',
      'D',
      'F',
      'E',
      `return function decodeRecord(u) {
${lines.join('\n')}
};`,
    );
    return factory(
      MISMATCH,
      fields.map((f) => fastDecoder(f.codec)),
      fields.map((f) => (f.presence.kind === 'defaulted' ? f.presence.value : void 0)),
      fields.map((f) => enumNames(f.codec.schema)),
    );
  } catch {
    return interpretedRecordDecoder(fields);
  }
}
function enumNames(schema) {
  if (schema.kind === 'enum') return schema.names;
  return schema.kind === 'nullable' ? enumNames(schema.of.schema) : void 0;
}
function inlineCheck(schema, r, i) {
  switch (schema.kind) {
    case 'string':
      return schema.html ? void 0 : `(typeof ${r} === 'string' ? ${r} : M)`;
    case 'boolean':
      return `(typeof ${r} === 'boolean' ? ${r} : M)`;
    case 'integer':
      return `(Number.isSafeInteger(${r}) ? ${r} : M)`;
    case 'number':
      return `(typeof ${r} === 'number' && ${r} - ${r} === 0 ? ${r} : M)`;
    case 'enum':
      return `(typeof ${r} === 'number' ? (E[${i}][${r}] ?? M) : M)`;
    case 'nullable': {
      const inner = inlineCheck(schema.of.schema, r, i);
      return inner === void 0 ? void 0 : `(${r} === null ? null : ${inner})`;
    }
    default:
      return void 0;
  }
}
function interpretedRecordDecoder(fields) {
  const decoders = fields.map((f) => fastDecoder(f.codec));
  return (u) => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return MISMATCH;
    const o = u;
    const out = {};
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const p = f.presence;
      let raw = o[f.wire];
      if (raw === void 0) raw = o[f.alias];
      if ((0, import_presence.isAbsent)(raw, p)) {
        if (p.kind === 'defaulted') out[f.key] = p.value;
        else if ((0, import_presence.isMandatory)(p)) return MISMATCH;
        continue;
      }
      const v = decoders[i](raw);
      if (v === MISMATCH) return MISMATCH;
      if (p.kind !== 'fixed') out[f.key] = v;
    }
    return out;
  };
}
