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
var api_error_exports = {};
__export(api_error_exports, {
  decodeApiError: () => decodeApiError,
  encodeApiError: () => encodeApiError,
});
module.exports = __toCommonJS(api_error_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
var import_text = require('./json/text.js');
var import_kinds = require('./schema/kinds.js');
var import_body = require('./wire/body.js');
var import_envelope = require('./wire/envelope.js');
var import_write = require('./xml/write.js');
const errorFields = (0, import_kinds.fieldsOf)(import_envelope.ErrorEnvelope);
function decodeApiError(body, format, options = {}) {
  return (0, import_body.neverThrows)(() => {
    const wire = (0, import_body.readWire)(body, format, errorFields, options);
    if (E.isLeft(wire)) return wire;
    const failure = (0, import_envelope.apiFailureOf)(wire.right, options.maxIssues);
    return failure.kind === 'api' ? E.right(failure) : E.left(failure);
  });
}
function encodeApiError(error, format) {
  const wire = import_envelope.ErrorEnvelope.encode({
    statusCode: error.statusCode,
    error: { message: error.message, hresult: import_envelope.ERROR_HRESULT, data: {} },
  });
  return format === 'xml'
    ? (0, import_write.writeXml)(import_body.XML_ROOT, wire)
    : (0, import_text.writeJson)(wire);
}
