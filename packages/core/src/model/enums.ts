import { enumeration } from '../schema/enumeration.js';

/** How a bid is priced (`bidType`): 0 FixedBid … 5 PerYear. */
export const BidType = enumeration('BidType', [
  'FixedBid',
  'PerHour',
  'PerDay',
  'PerWeek',
  'PerMonth',
  'PerYear',
]);
// BEGIN domain type BidType: written by scripts/domain-types.mjs from the schema; do not edit
/** A value of {@link BidType}: its name, which the domain holds (the wire holds its number, 0–5). */
export type BidType = 'FixedBid' | 'PerHour' | 'PerDay' | 'PerWeek' | 'PerMonth' | 'PerYear';
// END domain type BidType

/** Where a deal stage sits (`stageType`): 0 Open, 1 ClosedAndWon, 2 ClosedAndLost. */
export const StageType = enumeration('StageType', ['Open', 'ClosedAndWon', 'ClosedAndLost']);
// BEGIN domain type StageType: written by scripts/domain-types.mjs from the schema; do not edit
/** A value of {@link StageType}: its name, which the domain holds (the wire holds its number, 0–2). */
export type StageType = 'Open' | 'ClosedAndWon' | 'ClosedAndLost';
// END domain type StageType

/** How a contact is shared (`shareType`): 0 None, 1 ReadWrite, 2 Read. */
export const ShareType = enumeration('ShareType', ['None', 'ReadWrite', 'Read']);
// BEGIN domain type ShareType: written by scripts/domain-types.mjs from the schema; do not edit
/** A value of {@link ShareType}: its name, which the domain holds (the wire holds its number, 0–2). */
export type ShareType = 'None' | 'ReadWrite' | 'Read';
// END domain type ShareType

/** The kind of a custom field (`fieldType`): 0 TextField … 5 Date. */
export const CustomFieldType = enumeration('CustomFieldType', [
  'TextField',
  'TextArea',
  'SelectBox',
  'CheckBox',
  'Heading',
  'Date',
]);
// BEGIN domain type CustomFieldType: written by scripts/domain-types.mjs from the schema; do not edit
/** A value of {@link CustomFieldType}: its name, which the domain holds (the wire holds its number, 0–5). */
export type CustomFieldType = 'TextField' | 'TextArea' | 'SelectBox' | 'CheckBox' | 'Heading' | 'Date';
// END domain type CustomFieldType
