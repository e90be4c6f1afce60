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
var text_exports = {};
__export(text_exports, {
  parseJson: () => parseJson,
  writeJson: () => writeJson,
});
module.exports = __toCommonJS(text_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
function syntaxMessage(error) {
  const position = error instanceof Error ? /at position (\d+)/.exec(error.message)?.[1] : void 0;
  return position === void 0 ? 'not valid JSON' : `not valid JSON (at position ${position})`;
}
function parseJson(text) {
  try {
    return E.right(JSON.parse(text));
  } catch (error) {
    return E.left(syntaxMessage(error));
  }
}
function writeJson(value) {
  return JSON.stringify(value).replace(/\//g, '\\/');
}
