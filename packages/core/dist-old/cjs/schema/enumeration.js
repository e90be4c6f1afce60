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
var enumeration_exports = {};
__export(enumeration_exports, {
  enumeration: () => enumeration,
});
module.exports = __toCommonJS(enumeration_exports);
var import_make = require('./make.js');
function enumeration(name, names) {
  const byName = new Map(names.map((n, i) => [n, i]));
  const is = (u) => typeof u === 'string' && byName.has(u);
  return (0, import_make.makeCodec)(
    name,
    names.map((_, i) => i).join(' | '),
    { kind: 'enum', names },
    is,
    (a) => byName.get(a),
  );
}
