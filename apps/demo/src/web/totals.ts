import type { Opportunity } from '@oo-crm/core';

/** The pipeline's value per currency, counting open deals and all deals. */
export interface CurrencyTotal {
  readonly currency: string;
  readonly symbol: string;
  readonly open: number;
  readonly all: number;
}

/** A deal's whole value: the bid, times its periods for a periodic bid. */
export function dealValue(o: Opportunity): number {
  return o.bidType === 'FixedBid' || o.perPeriodValue === 0 ? o.bidValue : o.bidValue * o.perPeriodValue;
}

/** Totals per currency, largest first; deals without a bid count nowhere. */
export function totalsPerCurrency(items: ReadonlyArray<Opportunity>): CurrencyTotal[] {
  const byCode = new Map<string, { currency: string; symbol: string; open: number; all: number }>();
  for (const o of items) {
    if (!o.bidCurrency || o.bidValue === 0) continue;
    const code = o.bidCurrency.abbreviation;
    const entry = byCode.get(code) ?? { currency: code, symbol: o.bidCurrency.symbol, open: 0, all: 0 };
    const value = dealValue(o);
    entry.all += value;
    if (o.stage?.stageType !== 'ClosedAndWon' && o.stage?.stageType !== 'ClosedAndLost') entry.open += value;
    byCode.set(code, entry);
  }
  return [...byCode.values()].sort((a, b) => b.all - a.all);
}
