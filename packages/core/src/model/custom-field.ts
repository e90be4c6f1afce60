import type { Codec } from '../schema/codec.js';
import { integer, text } from '../schema/leaf.js';
import { record, required, type WireRecord } from '../schema/record.js';
import { CustomFieldType } from './enums.js';

/** A user-defined field and its value on one deal. */
export const CustomField: Codec<CustomField, WireRecord> = record('CustomField', {
  entityId: required(integer, 'Id of the deal the value belongs to.'),
  label: required(text, 'Name of the field.'),
  fieldValue: required(text, 'The value, always as text (a date, "true", a choice…).'),
  fieldType: required(CustomFieldType, 'TextField, TextArea, SelectBox, CheckBox, Heading or Date.'),
  position: required(integer, 'Position among the custom fields.'),
  mask: required(text, 'Settings of the field as JSON text; read it with `parseMask`.'),
  id: required(integer, 'Field id.'),
});
// BEGIN domain type CustomField: written by scripts/domain-types.mjs from the schema; do not edit
/** A user-defined field and its value on one deal, decoded by {@link CustomField}. */
export interface CustomField {
  /**
   * Id of the deal the value belongs to.
   *
   * On the wire: `entityId`, always.
   */
  readonly entityId: number;
  /**
   * Name of the field.
   *
   * On the wire: `label`, always.
   */
  readonly label: string;
  /**
   * The value, always as text (a date, "true", a choice…).
   *
   * On the wire: `fieldValue`, always.
   */
  readonly fieldValue: string;
  /**
   * TextField, TextArea, SelectBox, CheckBox, Heading or Date.
   *
   * On the wire: `fieldType`, always.
   */
  readonly fieldType: CustomFieldType;
  /**
   * Position among the custom fields.
   *
   * On the wire: `position`, always.
   */
  readonly position: number;
  /**
   * Settings of the field as JSON text; read it with `parseMask`.
   *
   * On the wire: `mask`, always.
   */
  readonly mask: string;
  /**
   * Field id.
   *
   * On the wire: `id`, always.
   */
  readonly id: number;
}
// END domain type CustomField
