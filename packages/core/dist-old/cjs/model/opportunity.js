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
var opportunity_exports = {};
__export(opportunity_exports, {
  Opportunity: () => Opportunity,
});
module.exports = __toCommonJS(opportunity_exports);
var import_array = require('../schema/array.js');
var import_leaf = require('../schema/leaf.js');
var import_nullable = require('../schema/nullable.js');
var import_record = require('../schema/record.js');
var import_contact = require('./contact.js');
var import_currency = require('./currency.js');
var import_custom_field = require('./custom-field.js');
var import_employee = require('./employee.js');
var import_enums = require('./enums.js');
var import_stage = require('./stage.js');
const isZero = (n) => n === 0;
const isNull = (u) => u === null;
const Opportunity = (0, import_record.record)('Opportunity', {
  createBy: (0, import_record.required)(import_employee.Employee, 'Who created the deal.'),
  created: (0, import_record.required)(import_leaf.dateTime, 'When it was created, in the portal time zone.'),
  members: (0, import_record.required)(
    (0, import_array.array)(import_contact.Contact),
    'Participants the caller may see.',
  ),
  contact: (0, import_record.defaulted)(
    (0, import_nullable.nullable)(import_contact.Contact),
    null,
    isNull,
    'when null',
    'Primary contact, when the caller may see it.',
  ),
  title: (0, import_record.required)(import_leaf.text, 'Title of the deal.'),
  description: (0, import_record.defaulted)(
    import_leaf.text,
    '',
    (s) => s === '',
    'when empty or null',
    'Description.',
  ),
  responsible: (0, import_record.required)(import_employee.Employee, 'Who is responsible for it.'),
  bidType: (0, import_record.defaulted)(
    import_enums.BidType,
    'FixedBid',
    (b) => b === 'FixedBid',
    'when FixedBid (0)',
    'How the bid is priced.',
  ),
  bidValue: (0, import_record.defaulted)(
    import_leaf.decimal,
    0,
    isZero,
    'when 0',
    'Amount of the bid (per period unless FixedBid).',
  ),
  bidCurrency: (0, import_record.defaulted)(
    (0, import_nullable.nullable)(import_currency.Currency),
    null,
    isNull,
    'when null',
    'Currency of the bid.',
  ),
  perPeriodValue: (0, import_record.defaulted)(
    import_leaf.integer,
    0,
    isZero,
    'when 0',
    'Number of periods the bid covers.',
  ),
  stage: (0, import_record.defaulted)(
    (0, import_nullable.nullable)(import_stage.Stage),
    null,
    isNull,
    'when null',
    'Current stage.',
  ),
  successProbability: (0, import_record.defaulted)(
    import_leaf.integer,
    0,
    isZero,
    'when 0',
    'Probability of success, in percent.',
  ),
  actualCloseDate: (0, import_record.required)(
    import_leaf.unsettableDateTime,
    'When it closed; null when not set.',
  ),
  expectedCloseDate: (0, import_record.required)(
    import_leaf.unsettableDateTime,
    'When it is expected to close; null when not set.',
  ),
  isPrivate: (0, import_record.required)(import_leaf.bool, 'Whether only the access list may see it.'),
  accessList: (0, import_record.defaulted)(
    (0, import_array.array)(import_employee.Employee),
    [],
    import_contact.omitAccessList,
    'unless the deal is private',
    'Who may see a private deal.',
  ),
  canEdit: (0, import_record.required)(import_leaf.bool, 'Whether the caller may edit it.'),
  customFields: (0, import_record.required)(
    (0, import_array.array)(import_custom_field.CustomField),
    'Values of custom fields.',
  ),
  id: (0, import_record.required)(import_leaf.integer, 'Deal id.'),
});
