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
var body_exports = {};
__export(body_exports, {
  XML_ROOT: () => XML_ROOT,
  neverThrows: () => neverThrows,
  readWire: () => readWire,
});
module.exports = __toCommonJS(body_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
var import_failure = require('../failure.js');
var import_text = require('../json/text.js');
var import_limits = require('../xml/limits.js');
var import_read = require('../xml/read.js');
const XML_ROOT = 'result';
function readWire(body, format, rootFields, options = {}) {
  const wire =
    format === 'xml'
      ? (0, import_read.readXml)(body, XML_ROOT, rootFields, {
          ...import_limits.DEFAULT_XML_LIMITS,
          ...options.xml,
        })
      : (0, import_text.parseJson)(body);
  return E.isLeft(wire)
    ? E.left((0, import_failure.syntaxFailure)(wire.left, format === 'xml' ? 'well-formed XML' : 'JSON text'))
    : wire;
}
function neverThrows(decode) {
  try {
    return decode();
  } catch (error) {
    const what = error instanceof Error ? error.name : 'an exception';
    return E.left(
      (0, import_failure.syntaxFailure)(`the body could not be decoded (${what})`, 'a readable body'),
    );
  }
}
