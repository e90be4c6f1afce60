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
var failure_exports = {};
__export(failure_exports, {
  decodeFailure: () => decodeFailure,
  decodeWire: () => decodeWire,
  syntaxFailure: () => syntaxFailure,
});
module.exports = __toCommonJS(failure_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
var import_render = require('./report/render.js');
var import_decoder = require('./schema/decoder.js');
function decodeFailure(issues, issueCount = issues.length) {
  const n = issueCount;
  const headline = `the response does not match the contract (${n} problem${n === 1 ? '' : 's'}):`;
  return {
    kind: 'decode',
    message: `${headline}
${(0, import_render.renderIssues)(issues, n)}`,
    issues,
    issueCount,
  };
}
const syntaxFailure = (message, expected) => decodeFailure([{ kind: 'syntax', path: [], expected, message }]);
function decodeWire(codec, wire, options = {}) {
  const outcome = (0, import_decoder.runDecoder)(codec, wire, options);
  return outcome.ok
    ? E.right(outcome.value)
    : E.left(decodeFailure(outcome.issues.issues, outcome.issues.count));
}
