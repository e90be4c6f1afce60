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
var array_exports = {};
__export(array_exports, {
  array: () => array,
});
module.exports = __toCommonJS(array_exports);
var import_make = require('./make.js');
function array(of) {
  return (0, import_make.makeCodec)(
    `Array<${of.name}>`,
    `array of ${of.name}`,
    { kind: 'array', of },
    (u) => Array.isArray(u) && u.every((x) => of.is(x)),
    (a) => a.map((x) => of.encode(x)),
  );
}
