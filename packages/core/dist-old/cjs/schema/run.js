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
var run_exports = {};
__export(run_exports, {
  runCodec: () => runCodec,
});
module.exports = __toCommonJS(run_exports);
var import_collector = require('../report/collector.js');
var import_explain = require('./explain.js');
var import_fast_decoder = require('./fast-decoder.js');
function runCodec(codec, u, prefix = '', maxIssues = import_collector.MAX_COLLECTED_ISSUES) {
  const value = (0, import_fast_decoder.fastDecoder)(codec)(u);
  if (value !== import_fast_decoder.MISMATCH) return { ok: true, value };
  const issues = new import_collector.IssueCollector(
    (where) => (0, import_explain.pathOf)(where, prefix),
    maxIssues,
  );
  (0, import_explain.explain)(codec, u, issues, void 0);
  if (issues.count === 0) issues.add(void 0, `expected ${codec.expected}`);
  return { ok: false, issues };
}
