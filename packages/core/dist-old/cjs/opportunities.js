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
var opportunities_exports = {};
__export(opportunities_exports, {
  decodeEnvelope: () => decodeEnvelope,
  decodeOpportunities: () => decodeOpportunities,
  encodeOpportunities: () => encodeOpportunities,
});
module.exports = __toCommonJS(opportunities_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
var import_failure = require('./failure.js');
var import_text = require('./json/text.js');
var import_collector = require('./report/collector.js');
var import_body = require('./wire/body.js');
var import_envelope = require('./wire/envelope.js');
var import_write = require('./xml/write.js');
function decodeEnvelope(wire, maxIssues = import_collector.MAX_COLLECTED_ISSUES) {
  return envelopeOf(wire, { maxIssues });
}
function envelopeOf(wire, options) {
  if ((0, import_envelope.isErrorEnvelope)(wire))
    return E.left((0, import_envelope.apiFailureOf)(wire, options.maxIssues));
  return (0, import_failure.decodeWire)(import_envelope.PageEnvelope, wire, options);
}
function decodeOpportunities(body, format, options = {}) {
  return (0, import_body.neverThrows)(() => {
    const wire = (0, import_body.readWire)(body, format, import_envelope.envelopeFields, options);
    return E.isLeft(wire) ? wire : envelopeOf(wire.right, { maxIssues: options.maxIssues, ownsInput: true });
  });
}
function encodeOpportunities(page, format) {
  const wire = import_envelope.PageEnvelope.encode(page);
  return format === 'xml'
    ? (0, import_write.writeXml)(import_body.XML_ROOT, wire)
    : (0, import_text.writeJson)(wire);
}
