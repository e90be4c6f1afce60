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
var api_date_time_exports = {};
__export(api_date_time_exports, {
  ApiDateTime: () => ApiDateTime,
  UNSET_DATE_TIME_TEXT: () => UNSET_DATE_TIME_TEXT,
  dateTime: () => dateTime,
  unsettableDateTime: () => unsettableDateTime,
});
module.exports = __toCommonJS(api_date_time_exports);
var t = __toESM(require('io-ts'));
var import_make = require('../schema/make.js');
const UNSET = /^0001-01-01T00:00:00(?:\.0{1,7})?(?:Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 864e5;
const UNSET_DATE_TIME_TEXT = '0001-01-01T00:00:00.0000000Z';
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
const pad = (n, width) => String(n).padStart(width, '0');
const isDigit = (c) => c >= 48 && c <= 57;
function digits(text, start, count) {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}
class ApiDateTime {
  /** The server's text, e.g. `2024-03-05T14:20:11.0000000+03:00`. */
  text;
  /** The instant, in milliseconds since the epoch (the 100 ns digit is dropped here, kept in `text`). */
  epochMs;
  constructor(text, epochMs) {
    this.text = text;
    this.epochMs = epochMs;
  }
  /**
   * Reads `yyyy-MM-ddTHH:mm:ss[.f{1,7}](Z|±hh:mm)` (the server always writes 7 digits); `undefined`
   * when the text is not of that form or not a real calendar date-time.
   */
  static parse(text) {
    const n = text.length;
    if (n < 20 || n > 33) return void 0;
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    const day = digits(text, 8, 2);
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    const second = digits(text, 17, 2);
    if (
      (year | month | day | hour | minute | second) < 0 ||
      text.charCodeAt(4) !== 45 ||
      text.charCodeAt(7) !== 45 ||
      text.charCodeAt(10) !== 84 ||
      text.charCodeAt(13) !== 58 ||
      text.charCodeAt(16) !== 58
    ) {
      return void 0;
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return void 0;
    if (hour > 23 || minute > 59 || second > 59) return void 0;
    let p = 19;
    let millis = 0;
    if (text.charCodeAt(p) === 46) {
      const start = ++p;
      while (p < n && p - start < 8 && isDigit(text.charCodeAt(p))) p++;
      const count = p - start;
      if (count < 1 || count > 7) return void 0;
      millis = digits(text, start, Math.min(count, 3)) * 10 ** (3 - Math.min(count, 3));
    }
    let offset = 0;
    const zone = text.charCodeAt(p);
    if (zone === 90 && p + 1 === n) {
    } else if ((zone === 43 || zone === 45) && p + 6 === n && text.charCodeAt(p + 3) === 58) {
      const oh = digits(text, p + 1, 2);
      const om = digits(text, p + 4, 2);
      if (oh < 0 || om < 0 || oh > 14 || om > 59) return void 0;
      offset = (zone === 45 ? -1 : 1) * (oh * 60 + om);
    } else {
      return void 0;
    }
    const epochMs =
      daysFromCivil(year, month, day) * MS_PER_DAY +
      ((hour * 60 + minute - offset) * 60 + second) * 1e3 +
      millis;
    return new ApiDateTime(text, epochMs);
  }
  /** Like {@link ApiDateTime.parse}, but throws a `RangeError` on invalid text. */
  static from(text) {
    const parsed = ApiDateTime.parse(text);
    if (parsed === void 0) throw new RangeError(`not an ONLYOFFICE date-time: ${JSON.stringify(text)}`);
    return parsed;
  }
  /** Writes an instant the way the server does, in a portal whose offset is `offsetMinutes`. */
  static fromDate(date, offsetMinutes = 0) {
    const local = new Date(date.getTime() + offsetMinutes * 6e4);
    if (Number.isNaN(local.getTime())) throw new RangeError('invalid Date');
    const abs = Math.abs(offsetMinutes);
    const zone =
      offsetMinutes === 0
        ? 'Z'
        : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    const text = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}T${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}.${pad(local.getUTCMilliseconds(), 3)}0000${zone}`;
    return ApiDateTime.from(text);
  }
  /** The instant as a new JS `Date`. */
  get date() {
    return new Date(this.epochMs);
  }
  /** True for the server's "not set" value, `0001-01-01T00:00:00.0000000` in any zone. */
  get isUnset() {
    return this.text.startsWith('0001-01-01T00:00:00') && UNSET.test(this.text);
  }
  /** The server's text. */
  toJSON() {
    return this.text;
  }
  /** The server's text. */
  toString() {
    return this.text;
  }
}
const EXPECTED = 'date-time yyyy-MM-ddTHH:mm:ss.fffffff with Z or \xB1hh:mm';
const isApiDateTime = (u) => u instanceof ApiDateTime;
const dateTime = (0, import_make.makeCodec)(
  'ApiDateTime',
  EXPECTED,
  { kind: 'date-time', unsetAsNull: false },
  isApiDateTime,
  (u, c) => {
    const parsed = typeof u === 'string' ? ApiDateTime.parse(u) : void 0;
    return parsed === void 0 ? t.failure(u, c) : t.success(parsed);
  },
  (a) => a.text,
);
const unsettableDateTime = (0, import_make.makeCodec)(
  'ApiDateTime | unset',
  EXPECTED,
  { kind: 'date-time', unsetAsNull: true },
  (u) => u === null || (isApiDateTime(u) && !u.isUnset),
  (u, c) => {
    const parsed = typeof u === 'string' ? ApiDateTime.parse(u) : void 0;
    if (parsed === void 0) return t.failure(u, c);
    return t.success(parsed.isUnset ? null : parsed);
  },
  (a) => (a === null ? UNSET_DATE_TIME_TEXT : a.text),
);
