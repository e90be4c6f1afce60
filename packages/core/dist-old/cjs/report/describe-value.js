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
var describe_value_exports = {};
__export(describe_value_exports, {
  describeValue: () => describeValue,
});
module.exports = __toCommonJS(describe_value_exports);
var import_safe_text = require('./safe-text.js');
const MAX_TEXT = 40;
function describeValue(u) {
  if (u === void 0) return 'nothing';
  if (u === null) return 'null';
  switch (typeof u) {
    case 'string':
      return `"${(0, import_safe_text.safeText)(u.replace(/["\\]/g, '\\$&'), MAX_TEXT)}"`;
    case 'number':
    case 'boolean':
      return String(u).slice(0, MAX_TEXT);
    case 'object':
      return Array.isArray(u) ? `an array (${u.length} items)` : 'an object';
    default:
      return typeof u;
  }
}
