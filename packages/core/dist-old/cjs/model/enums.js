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
var enums_exports = {};
__export(enums_exports, {
  BidType: () => BidType,
  CustomFieldType: () => CustomFieldType,
  ShareType: () => ShareType,
  StageType: () => StageType,
});
module.exports = __toCommonJS(enums_exports);
var import_enumeration = require('../schema/enumeration.js');
const BidType = (0, import_enumeration.enumeration)('BidType', [
  'FixedBid',
  'PerHour',
  'PerDay',
  'PerWeek',
  'PerMonth',
  'PerYear',
]);
const StageType = (0, import_enumeration.enumeration)('StageType', ['Open', 'ClosedAndWon', 'ClosedAndLost']);
const ShareType = (0, import_enumeration.enumeration)('ShareType', ['None', 'ReadWrite', 'Read']);
const CustomFieldType = (0, import_enumeration.enumeration)('CustomFieldType', [
  'TextField',
  'TextArea',
  'SelectBox',
  'CheckBox',
  'Heading',
  'Date',
]);
