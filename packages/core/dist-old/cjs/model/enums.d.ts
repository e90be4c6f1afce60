import type * as t from 'io-ts';
/** How a bid is priced (`bidType`): 0 FixedBid … 5 PerYear. */
export declare const BidType: import('../index.js').Codec<
  'FixedBid' | 'PerHour' | 'PerDay' | 'PerWeek' | 'PerMonth' | 'PerYear',
  number
>;
/** `'FixedBid' | 'PerHour' | 'PerDay' | 'PerWeek' | 'PerMonth' | 'PerYear'` */
export type BidType = t.TypeOf<typeof BidType>;
/** Where a deal stage sits (`stageType`): 0 Open, 1 ClosedAndWon, 2 ClosedAndLost. */
export declare const StageType: import('../index.js').Codec<
  'Open' | 'ClosedAndWon' | 'ClosedAndLost',
  number
>;
/** `'Open' | 'ClosedAndWon' | 'ClosedAndLost'` */
export type StageType = t.TypeOf<typeof StageType>;
/** How a contact is shared (`shareType`): 0 None, 1 ReadWrite, 2 Read. */
export declare const ShareType: import('../index.js').Codec<'None' | 'ReadWrite' | 'Read', number>;
/** `'None' | 'ReadWrite' | 'Read'` */
export type ShareType = t.TypeOf<typeof ShareType>;
/** The kind of a custom field (`fieldType`): 0 TextField … 5 Date. */
export declare const CustomFieldType: import('../index.js').Codec<
  'TextField' | 'TextArea' | 'SelectBox' | 'CheckBox' | 'Heading' | 'Date',
  number
>;
/** `'TextField' | 'TextArea' | 'SelectBox' | 'CheckBox' | 'Heading' | 'Date'` */
export type CustomFieldType = t.TypeOf<typeof CustomFieldType>;
//# sourceMappingURL=enums.d.ts.map
