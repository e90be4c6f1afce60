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
var mask_exports = {};
__export(mask_exports, {
  parseMask: () => parseMask,
});
module.exports = __toCommonJS(mask_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
const isCount = (u) => Number.isSafeInteger(u) && u >= 0;
function parseJson(mask) {
  try {
    return E.right(JSON.parse(mask));
  } catch {
    return E.left('mask is not JSON');
  }
}
function parseMask(fieldType, mask) {
  switch (fieldType) {
    case 'TextField':
      return E.flatMap(parseJson(mask), (u) => {
        const size = u?.size;
        return isCount(size) ? E.right({ fieldType, size }) : E.left('TextField mask needs {"size": N}');
      });
    case 'TextArea':
      return E.flatMap(parseJson(mask), (u) => {
        const { rows, cols } = u ?? {};
        return isCount(rows) && isCount(cols)
          ? E.right({ fieldType, rows, cols })
          : E.left('TextArea mask needs {"rows": R, "cols": C}');
      });
    case 'SelectBox':
      return E.flatMap(parseJson(mask), (u) =>
        Array.isArray(u) && u.every((o) => typeof o === 'string')
          ? E.right({ fieldType, options: u })
          : E.left('SelectBox mask needs an array of strings'),
      );
    default:
      return E.right({ fieldType });
  }
}
