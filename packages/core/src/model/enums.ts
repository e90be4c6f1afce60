import type * as t from 'io-ts';
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
/** `'FixedBid' | 'PerHour' | 'PerDay' | 'PerWeek' | 'PerMonth' | 'PerYear'` */
export type BidType = t.TypeOf<typeof BidType>;

/** Where a deal stage sits (`stageType`): 0 Open, 1 ClosedAndWon, 2 ClosedAndLost. */
export const StageType = enumeration('StageType', ['Open', 'ClosedAndWon', 'ClosedAndLost']);
/** `'Open' | 'ClosedAndWon' | 'ClosedAndLost'` */
export type StageType = t.TypeOf<typeof StageType>;

/** How a contact is shared (`shareType`): 0 None, 1 ReadWrite, 2 Read. */
export const ShareType = enumeration('ShareType', ['None', 'ReadWrite', 'Read']);
/** `'None' | 'ReadWrite' | 'Read'` */
export type ShareType = t.TypeOf<typeof ShareType>;

/** The kind of a custom field (`fieldType`): 0 TextField … 5 Date. */
export const CustomFieldType = enumeration('CustomFieldType', [
  'TextField',
  'TextArea',
  'SelectBox',
  'CheckBox',
  'Heading',
  'Date',
]);
/** `'TextField' | 'TextArea' | 'SelectBox' | 'CheckBox' | 'Heading' | 'Date'` */
export type CustomFieldType = t.TypeOf<typeof CustomFieldType>;
