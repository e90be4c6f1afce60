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
/** Where a deal stage sits (`stageType`): 0 Open, 1 ClosedAndWon, 2 ClosedAndLost. */
export const StageType = enumeration('StageType', ['Open', 'ClosedAndWon', 'ClosedAndLost']);
/** How a contact is shared (`shareType`): 0 None, 1 ReadWrite, 2 Read. */
export const ShareType = enumeration('ShareType', ['None', 'ReadWrite', 'Read']);
/** The kind of a custom field (`fieldType`): 0 TextField … 5 Date. */
export const CustomFieldType = enumeration('CustomFieldType', [
  'TextField',
  'TextArea',
  'SelectBox',
  'CheckBox',
  'Heading',
  'Date',
]);
//# sourceMappingURL=enums.js.map
