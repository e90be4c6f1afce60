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
var contact_exports = {};
__export(contact_exports, {
  Contact: () => Contact,
  omitAccessList: () => omitAccessList,
});
module.exports = __toCommonJS(contact_exports);
var import_array = require('../schema/array.js');
var import_leaf = require('../schema/leaf.js');
var import_nullable = require('../schema/nullable.js');
var import_record = require('../schema/record.js');
var import_currency = require('./currency.js');
var import_employee = require('./employee.js');
var import_enums = require('./enums.js');
const omitAccessList = (list, whole) => list.length === 0 && whole['isPrivate'] !== true;
const Contact = (0, import_record.record)('Contact', {
  smallFotoUrl: (0, import_record.required)(import_leaf.text, 'Site-relative URL of the small photo.'),
  mediumFotoUrl: (0, import_record.required)(import_leaf.text, 'Site-relative URL of the medium photo.'),
  displayName: (0, import_record.required)(import_leaf.text, 'Name of the person or company.'),
  isCompany: (0, import_record.required)(import_leaf.bool, 'Company (true) or person (false).'),
  accessList: (0, import_record.defaulted)(
    (0, import_array.array)(import_employee.Employee),
    [],
    omitAccessList,
    'unless the contact is private',
    'Users who may see a private contact.',
  ),
  isPrivate: (0, import_record.required)(import_leaf.bool, 'Whether only the access list may see it.'),
  isShared: (0, import_record.required)(import_leaf.bool, 'Always the opposite of isPrivate.'),
  shareType: (0, import_record.required)(import_enums.ShareType, 'None, ReadWrite or Read.'),
  currency: (0, import_record.required)(
    (0, import_nullable.nullable)(import_currency.Currency),
    "The contact's currency, or null.",
  ),
  canEdit: (0, import_record.required)(import_leaf.bool, 'Whether the caller may edit it.'),
  canDelete: (0, import_record.required)(import_leaf.bool, 'Whether the caller may delete it.'),
  id: (0, import_record.required)(import_leaf.integer, 'Contact id.'),
});
