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
var collector_exports = {};
__export(collector_exports, {
  ABSENT: () => ABSENT,
  IssueCollector: () => IssueCollector,
  MAX_COLLECTED_ISSUES: () => MAX_COLLECTED_ISSUES,
});
module.exports = __toCommonJS(collector_exports);
var import_describe_value = require('./describe-value.js');
const MAX_COLLECTED_ISSUES = 100;
const ABSENT = /* @__PURE__ */ Symbol('absent');
class IssueCollector {
  max;
  open = [];
  dropped = 0;
  constructor(max = MAX_COLLECTED_ISSUES) {
    this.max = max;
  }
  /** How many issues are kept so far: a mark for {@link under}. */
  get kept() {
    return this.open.length;
  }
  /** Every issue found, kept or not. */
  get count() {
    return this.open.length + this.dropped;
  }
  /** The issues kept. */
  get issues() {
    return this.open;
  }
  /**
   * Records that `u` (or {@link ABSENT}) is not what `expected` says. Past the budget the issue
   * is only counted: no message is made, so millions of issues cost a counter.
   */
  refuse(kind, expected, u) {
    if (this.open.length >= this.max) {
      this.dropped++;
      return;
    }
    const message =
      u === ABSENT
        ? `missing, expected ${expected}`
        : `expected ${expected}, got ${(0, import_describe_value.describeValue)(u)}`;
    this.open.push({ kind, path: [], expected, message });
  }
  /** Puts `key` in front of the path of every issue kept since the mark `from`. */
  under(from, key) {
    for (let i = from; i < this.open.length; i++) this.open[i].path.unshift(key);
  }
}
