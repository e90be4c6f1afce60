import { bool, text } from '../schema/leaf.js';
import { record, required } from '../schema/record.js';
/** A currency of the portal. */
export const Currency = record('Currency', {
  title: required(text, 'Name, e.g. "Chinese Yuan".'),
  symbol: required(text, 'Symbol, e.g. "¥".'),
  abbreviation: required(text, 'ISO 4217 code, e.g. "CNY".'),
  cultureName: required(text, 'Culture the currency belongs to, e.g. "CN".'),
  isConvertable: required(bool, 'Whether the portal has exchange rates for it.'),
  isBasic: required(bool, "Whether it is the portal's base currency."),
});
//# sourceMappingURL=currency.js.map
