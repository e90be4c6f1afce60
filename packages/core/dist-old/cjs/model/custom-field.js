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
var custom_field_exports = {};
__export(custom_field_exports, {
  CustomField: () => CustomField,
});
module.exports = __toCommonJS(custom_field_exports);
var import_leaf = require('../schema/leaf.js');
var import_record = require('../schema/record.js');
var import_enums = require('./enums.js');
const CustomField = (0, import_record.record)('CustomField', {
  entityId: (0, import_record.required)(import_leaf.integer, 'Id of the deal the value belongs to.'),
  label: (0, import_record.required)(import_leaf.text, 'Name of the field.'),
  fieldValue: (0, import_record.required)(
    import_leaf.text,
    'The value, always as text (a date, "true", a choice\u2026).',
  ),
  fieldType: (0, import_record.required)(
    import_enums.CustomFieldType,
    'TextField, TextArea, SelectBox, CheckBox, Heading or Date.',
  ),
  position: (0, import_record.required)(import_leaf.integer, 'Position among the custom fields.'),
  mask: (0, import_record.required)(
    import_leaf.text,
    'Settings of the field as JSON text; read it with `parseMask`.',
  ),
  id: (0, import_record.required)(import_leaf.integer, 'Field id.'),
});
