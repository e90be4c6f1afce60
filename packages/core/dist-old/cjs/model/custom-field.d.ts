import type * as t from 'io-ts';
/** A user-defined field and its value on one deal. */
export declare const CustomField: import('../index.js').Codec<
  {
    readonly entityId: number;
    readonly label: string;
    readonly fieldValue: string;
    readonly fieldType: 'TextField' | 'TextArea' | 'SelectBox' | 'CheckBox' | 'Heading' | 'Date';
    readonly position: number;
    readonly mask: string;
    readonly id: number;
  },
  {
    readonly [key: string]: import('../index.js').Json;
  }
>;
/** A decoded {@link CustomField}. */
export interface CustomField extends t.TypeOf<typeof CustomField> {}
//# sourceMappingURL=custom-field.d.ts.map
