import { integer, text } from '../schema/leaf.js';
import { record, required } from '../schema/record.js';
import { CustomFieldType } from './enums.js';
/** A user-defined field and its value on one deal. */
export const CustomField = record('CustomField', {
  entityId: required(integer, 'Id of the deal the value belongs to.'),
  label: required(text, 'Name of the field.'),
  fieldValue: required(text, 'The value, always as text (a date, "true", a choice…).'),
  fieldType: required(CustomFieldType, 'TextField, TextArea, SelectBox, CheckBox, Heading or Date.'),
  position: required(integer, 'Position among the custom fields.'),
  mask: required(text, 'Settings of the field as JSON text; read it with `parseMask`.'),
  id: required(integer, 'Field id.'),
});
//# sourceMappingURL=custom-field.js.map
