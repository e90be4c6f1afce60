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
var leaf_exports = {};
__export(leaf_exports, {
  bool: () => bool,
  colour: () => colour,
  dateTime: () => dateTime,
  decimal: () => decimal,
  guid: () => guid,
  htmlText: () => htmlText,
  integer: () => integer,
  literal: () => literal,
  text: () => text,
  unsettableDateTime: () => unsettableDateTime,
});
module.exports = __toCommonJS(leaf_exports);
var import_api_date_time = require('../leaf/api-date-time.js');
var import_html_entities = require('../leaf/html-entities.js');
var import_make = require('./make.js');
const isString = (u) => typeof u === 'string';
const identity = (a) => a;
function primitive(name, expected, schema, is) {
  return (0, import_make.makeCodec)(name, expected, schema, is, identity);
}
const text = primitive('string', 'string', { kind: 'string' }, isString);
const guid = primitive('Guid', 'string', { kind: 'string', format: 'guid' }, isString);
const colour = primitive('Colour', 'string', { kind: 'string', format: 'color' }, isString);
const htmlText = (0, import_make.makeCodec)(
  'HtmlText',
  'string',
  { kind: 'string', html: true },
  isString,
  import_html_entities.htmlEncode,
);
const bool = primitive('boolean', 'boolean', { kind: 'boolean' }, (u) => typeof u === 'boolean');
const integer = primitive('integer', 'integer', { kind: 'integer' }, (u) => Number.isSafeInteger(u));
const decimal = primitive(
  'number',
  'finite number',
  { kind: 'number' },
  (u) => typeof u === 'number' && Number.isFinite(u),
);
function literal(value) {
  return primitive(String(value), String(value), { kind: 'literal', value }, (u) => u === value);
}
const DATE_EXPECTED = 'date-time yyyy-MM-ddTHH:mm:ss.fffffff with Z or \xB1hh:mm';
const isApiDateTime = (u) => u instanceof import_api_date_time.ApiDateTime;
const dateTime = (0, import_make.makeCodec)(
  'ApiDateTime',
  DATE_EXPECTED,
  { kind: 'date-time', unsetAsNull: false },
  isApiDateTime,
  (a) => a.text,
);
const unsettableDateTime = (0, import_make.makeCodec)(
  'ApiDateTime | unset',
  DATE_EXPECTED,
  { kind: 'date-time', unsetAsNull: true },
  (u) => u === null || (isApiDateTime(u) && !u.isUnset),
  (a) => (a === null ? import_api_date_time.UNSET_DATE_TIME_TEXT : a.text),
);
