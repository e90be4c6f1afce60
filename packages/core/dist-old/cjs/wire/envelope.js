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
var envelope_exports = {};
__export(envelope_exports, {
  ApiErrorBody: () => ApiErrorBody,
  ERROR_HRESULT: () => ERROR_HRESULT,
  ErrorEnvelope: () => ErrorEnvelope,
  PageEnvelope: () => PageEnvelope,
  apiFailureOf: () => apiFailureOf,
  envelopeFields: () => envelopeFields,
  isErrorEnvelope: () => isErrorEnvelope,
});
module.exports = __toCommonJS(envelope_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
var import_failure = require('../failure.js');
var import_opportunity = require('../model/opportunity.js');
var import_array = require('../schema/array.js');
var import_kinds = require('../schema/kinds.js');
var import_leaf = require('../schema/leaf.js');
var import_plain_record = require('../schema/plain-record.js');
var import_record = require('../schema/record.js');
const isZero = (n) => n === 0;
const pagingRule = 'when 0 or not paged';
const PageEnvelope = (0, import_record.record)('Envelope', {
  count: (0, import_record.optional)(
    import_leaf.integer,
    pagingRule,
    'Number of items in this page.',
    isZero,
  ),
  startIndex: (0, import_record.optional)(
    import_leaf.integer,
    pagingRule,
    'Index of the first item of this page.',
    isZero,
  ),
  nextIndex: (0, import_record.optional)(
    import_leaf.integer,
    'unless the page is full',
    'Where the next page starts (start + count + 1).',
    isZero,
  ),
  total: (0, import_record.optional)(
    import_leaf.integer,
    'unless the list is longer than the page',
    'Length of the whole list.',
    isZero,
  ),
  status: (0, import_record.fixed)((0, import_leaf.literal)(0), 0, true, '0: success.'),
  statusCode: (0, import_record.fixed)(import_leaf.integer, 200, false, 'HTTP status, 200.'),
  items: (0, import_record.required)(
    (0, import_array.array)(import_opportunity.Opportunity),
    'The opportunities.',
    'response',
  ),
});
const ErrorData = (0, import_record.record)('ErrorData', {});
const ERROR_HRESULT = -2147467259;
const ApiErrorBody = (0, import_record.record)('ApiError', {
  message: (0, import_record.required)(import_leaf.text, 'What went wrong, e.g. "Not found".'),
  type: (0, import_record.optional)(import_leaf.text, 'outside debug builds', 'Exception type.'),
  stack: (0, import_record.optional)(import_leaf.text, 'outside debug builds', 'Stack trace.'),
  hresult: (0, import_record.defaulted)(
    import_leaf.integer,
    ERROR_HRESULT,
    () => false,
    'never',
    'HRESULT of the exception.',
  ),
  data: (0, import_record.defaulted)(ErrorData, {}, () => false, 'never', 'Exception data (always `{}`).'),
});
const ErrorEnvelope = (0, import_record.record)('ErrorEnvelope', {
  status: (0, import_record.fixed)((0, import_leaf.literal)(1), 1, true, '1: error.'),
  statusCode: (0, import_record.optional)(import_leaf.integer, 'when 0', 'HTTP status of the error.'),
  error: (0, import_record.required)(ApiErrorBody, 'The error.'),
});
const envelopeFields = (() => {
  const all = [PageEnvelope, ErrorEnvelope].flatMap(import_kinds.fieldsOf);
  return all.filter((f, i) => all.findIndex((g) => g.wire === f.wire) === i);
})();
const isErrorEnvelope = (u) =>
  (0, import_plain_record.isPlainRecord)(u) && (u['status'] ?? u['Status']) === 1;
const UNKNOWN_ERROR_STATUS = 500;
function apiFailureOf(wire, maxIssues) {
  const error = (0, import_failure.decodeWire)(ErrorEnvelope, wire, { maxIssues });
  if (E.isLeft(error)) return error.left;
  const { statusCode, error: body } = error.right;
  return { kind: 'api', statusCode: statusCode ?? UNKNOWN_ERROR_STATUS, message: body.message };
}
