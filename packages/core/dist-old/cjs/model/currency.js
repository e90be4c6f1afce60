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
var currency_exports = {};
__export(currency_exports, {
  Currency: () => Currency,
});
module.exports = __toCommonJS(currency_exports);
var import_leaf = require('../schema/leaf.js');
var import_record = require('../schema/record.js');
const Currency = (0, import_record.record)('Currency', {
  title: (0, import_record.required)(import_leaf.text, 'Name, e.g. "Chinese Yuan".'),
  symbol: (0, import_record.required)(import_leaf.text, 'Symbol, e.g. "\xA5".'),
  abbreviation: (0, import_record.required)(import_leaf.text, 'ISO 4217 code, e.g. "CNY".'),
  cultureName: (0, import_record.required)(import_leaf.text, 'Culture the currency belongs to, e.g. "CN".'),
  isConvertable: (0, import_record.required)(
    import_leaf.bool,
    'Whether the portal has exchange rates for it.',
  ),
  isBasic: (0, import_record.required)(import_leaf.bool, "Whether it is the portal's base currency."),
});
