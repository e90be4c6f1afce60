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
var write_exports = {};
__export(write_exports, {
  writeXml: () => writeXml,
});
module.exports = __toCommonJS(write_exports);
var import_text = require('./text.js');
function writeXml(rootName, value) {
  const out = [];
  element(out, rootName, value);
  return out.join('');
}
function element(out, name, value) {
  if (value === null) {
    out.push(`<${name} />`);
    return;
  }
  if (Array.isArray(value)) throw new TypeError(`a list inside a list cannot be written as XML (${name})`);
  if (typeof value === 'object') {
    const record = value;
    const keys = Object.keys(record);
    if (keys.length === 0) {
      out.push(`<${name} />`);
      return;
    }
    out.push(`<${name}>`);
    for (const key of keys) property(out, key, record[key]);
    out.push(`</${name}>`);
    return;
  }
  out.push(
    `<${name}>`,
    typeof value === 'string' ? (0, import_text.escapeText)(value) : String(value),
    `</${name}>`,
  );
}
function property(out, name, value) {
  if (Array.isArray(value)) for (const item of value) element(out, name, item);
  else element(out, name, value);
}
