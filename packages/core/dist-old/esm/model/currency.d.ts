import type * as t from 'io-ts';
/** A currency of the portal. */
export declare const Currency: import('../index.js').Codec<
  {
    readonly title: string;
    readonly symbol: string;
    readonly abbreviation: string;
    readonly cultureName: string;
    readonly isConvertable: boolean;
    readonly isBasic: boolean;
  },
  {
    readonly [key: string]: import('../index.js').Json;
  }
>;
/** A decoded {@link Currency}. */
export interface Currency extends t.TypeOf<typeof Currency> {}
//# sourceMappingURL=currency.d.ts.map
