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
var safe_text_exports = {};
__export(safe_text_exports, {
  escapeControlCharacters: () => escapeControlCharacters,
  safeText: () => safeText,
});
module.exports = __toCommonJS(safe_text_exports);
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const escapeOne = (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
function escapeControlCharacters(text) {
  return text.replace(UNSAFE, escapeOne);
}
function safeText(text, max) {
  const escaped = escapeControlCharacters(text.length > max * 7 ? text.slice(0, max * 7) : text);
  return escaped.length > max ? `${escaped.slice(0, max)}\u2026` : escaped;
}
