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
var html_entities_exports = {};
__export(html_entities_exports, {
  htmlDecode: () => htmlDecode,
  htmlEncode: () => htmlEncode,
});
module.exports = __toCommonJS(html_entities_exports);
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NUMERIC = /^#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}))$/;
function referenceValue(body) {
  const named = NAMED[body];
  if (named !== void 0 && Object.hasOwn(NAMED, body)) return named;
  const m = NUMERIC.exec(body);
  if (m === null) return void 0;
  const code = m[1] !== void 0 ? Number.parseInt(m[1], 10) : Number.parseInt(m[2], 16);
  return code > 0 && code <= 1114111 && (code < 55296 || code > 57343) ? String.fromCodePoint(code) : void 0;
}
function htmlDecode(s) {
  let amp = s.indexOf('&');
  if (amp === -1) return s;
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = s.indexOf(';', amp + 1);
    if (semi === -1) break;
    const value = semi - amp <= 9 ? referenceValue(s.slice(amp + 1, semi)) : void 0;
    if (value === void 0) {
      amp = s.indexOf('&', amp + 1);
      continue;
    }
    out += s.slice(from, amp) + value;
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  return out + s.slice(from);
}
const NEEDS_ENCODING = /[<>&"'\u00a0-\u00ff]/g;
function encodeChar(ch) {
  switch (ch) {
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '&':
      return '&amp;';
    case '"':
      return '&quot;';
    default:
      return `&#${ch.charCodeAt(0)};`;
  }
}
function htmlEncode(s) {
  return s.replace(NEEDS_ENCODING, encodeChar);
}
