import type { Codec } from '../schema/codec.js';
import { bool, text } from '../schema/leaf.js';
import { record, required, type WireRecord } from '../schema/record.js';

/** A currency of the portal. */
export const Currency: Codec<Currency, WireRecord> = record('Currency', {
  title: required(text, 'Name, e.g. "Chinese Yuan".'),
  symbol: required(text, 'Symbol, e.g. "¥".'),
  abbreviation: required(text, 'ISO 4217 code, e.g. "CNY".'),
  cultureName: required(text, 'Culture the currency belongs to, e.g. "CN".'),
  isConvertable: required(bool, 'Whether the portal has exchange rates for it.'),
  isBasic: required(bool, "Whether it is the portal's base currency."),
});
// BEGIN domain type Currency: written by scripts/domain-types.mjs from the schema; do not edit
/** A currency of the portal, decoded by {@link Currency}. */
export interface Currency {
  /**
   * Name, e.g. "Chinese Yuan".
   *
   * On the wire: `title`, always.
   */
  readonly title: string;
  /**
   * Symbol, e.g. "¥".
   *
   * On the wire: `symbol`, always.
   */
  readonly symbol: string;
  /**
   * ISO 4217 code, e.g. "CNY".
   *
   * On the wire: `abbreviation`, always.
   */
  readonly abbreviation: string;
  /**
   * Culture the currency belongs to, e.g. "CN".
   *
   * On the wire: `cultureName`, always.
   */
  readonly cultureName: string;
  /**
   * Whether the portal has exchange rates for it.
   *
   * On the wire: `isConvertable`, always.
   */
  readonly isConvertable: boolean;
  /**
   * Whether it is the portal's base currency.
   *
   * On the wire: `isBasic`, always.
   */
  readonly isBasic: boolean;
}
// END domain type Currency
