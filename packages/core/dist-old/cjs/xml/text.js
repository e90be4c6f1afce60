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
var text_exports = {};
__export(text_exports, {
  FORBIDDEN_CHAR: () => FORBIDDEN_CHAR,
  decodeReferences: () => decodeReferences,
  escapeText: () => escapeText,
  isXmlChar: () => isXmlChar,
});
module.exports = __toCommonJS(text_exports);
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
function isXmlChar(code) {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 32 && code <= 55295) ||
    (code >= 57344 && code <= 65533) ||
    (code >= 65536 && code <= 1114111)
  );
}
const MAX_REFERENCE = 64;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decodeReferences(raw) {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp !== -1; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > MAX_REFERENCE) return void 0;
    const name = raw.slice(amp + 1, semi);
    let ch;
    if (name.charCodeAt(0) === 35) {
      const hex = name.charCodeAt(1) === 120;
      const digits = name.slice(hex ? 2 : 1).replace(/^0+(?=.)/, '');
      if (!(hex ? /^[0-9a-fA-F]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return void 0;
      const code = Number.parseInt(digits, hex ? 16 : 10);
      if (!isXmlChar(code)) return void 0;
      ch = String.fromCodePoint(code);
    } else {
      ch = PREDEFINED[name];
      if (ch === void 0) return void 0;
    }
    out += raw.slice(from, amp) + ch;
    from = semi + 1;
  }
  return out + raw.slice(from);
}
function escapeText(s) {
  if (FORBIDDEN_CHAR.test(s)) throw new RangeError('text holds a character XML 1.0 cannot carry');
  return s.replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#xD;',
  );
}
