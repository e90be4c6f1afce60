var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (
  (target = mod != null ? __create(__getProtoOf(mod)) : {}),
  __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule
      ? __defProp(target, 'default', { value: mod, enumerable: true })
      : target,
    mod,
  )
);
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod);
var make_exports = {};
__export(make_exports, {
  makeCodec: () => makeCodec,
});
module.exports = __toCommonJS(make_exports);
var t = __toESM(require('io-ts'));
var import_issue = require('../report/issue.js');
var import_decoder = require('./decoder.js');
const contextKeys = (context) =>
  context.filter((e) => e.key !== '').map((e) => (/^\d+$/.test(e.key) ? Number(e.key) : e.key));
function codecBelow(codec, key) {
  const s = codec.schema;
  if (s.kind === 'nullable') return codecBelow(s.of, key);
  if (s.kind === 'array') return s.of;
  if (s.kind === 'record') return s.fields.find((f) => f.wire === key)?.codec;
  return void 0;
}
function entriesOf(codec, path) {
  const entries = [];
  let at = codec;
  for (const key of path) {
    at = at === void 0 ? void 0 : codecBelow(at, key);
    entries.push({ key: String(key), type: at ?? codec, actual: void 0 });
  }
  return entries;
}
function validateWith(codec) {
  return (u, context) => {
    const outcome = (0, import_decoder.runDecoder)(codec, u);
    if (outcome.ok) return t.success(outcome.value);
    const prefix = contextKeys(context);
    const errors = outcome.issues.issues.map((issue) => {
      const path = (0, import_issue.pathText)([...prefix, ...issue.path]);
      return {
        value: void 0,
        context: context.concat(entriesOf(codec, issue.path)),
        message: `${path === '' ? '(value)' : path}: ${issue.message}`,
      };
    });
    const more = outcome.issues.count - errors.length;
    if (more > 0) errors.push({ value: void 0, context, message: `\u2026 and ${more} more` });
    return t.failures(errors);
  };
}
function makeCodec(name, expected, schema, is, encode) {
  const codec = Object.assign(new t.Type(name, is, (u, c) => validate(u, c), encode), { schema, expected });
  const validate = validateWith(codec);
  return codec;
}
