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
var employee_exports = {};
__export(employee_exports, {
  Employee: () => Employee,
  REMOVED_USER_ID: () => REMOVED_USER_ID,
});
module.exports = __toCommonJS(employee_exports);
var import_leaf = require('../schema/leaf.js');
var import_nullable = require('../schema/nullable.js');
var import_record = require('../schema/record.js');
const REMOVED_USER_ID = '4a515a15-d4d6-4b8e-828e-e0586f18f3a3';
const isEmpty = (s) => s === '';
const Employee = (0, import_record.record)('Employee', {
  id: (0, import_record.required)(import_leaf.guid, 'User id, a lower-case GUID.'),
  displayName: (0, import_record.required)(
    import_leaf.htmlText,
    'Full name; HTML-encoded on the wire, decoded here.',
  ),
  title: (0, import_record.defaulted)(import_leaf.text, '', isEmpty, 'when empty', 'Job title.'),
  avatarSmall: (0, import_record.required)(
    (0, import_nullable.nullable)(import_leaf.text),
    'URL of the small avatar, or null.',
  ),
  profileUrl: (0, import_record.required)(import_leaf.text, 'Absolute URL of the profile page, or "".'),
});
