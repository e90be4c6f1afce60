import type { Opportunity } from '@oo-crm/core';

const PERIOD: Readonly<Record<Opportunity['bidType'], string>> = {
  FixedBid: '',
  PerHour: 'hour',
  PerDay: 'day',
  PerWeek: 'week',
  PerMonth: 'month',
  PerYear: 'year',
};

/** An amount in a currency, e.g. `€1,500.00`; the symbol stands in when the code is not ISO. */
export function money(value: number, currency: { abbreviation: string; symbol: string } | null): string {
  if (currency === null)
    return value === 0 ? '—' : value.toLocaleString('en-US', { minimumFractionDigits: 2 });
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.abbreviation }).format(
      value,
    );
  } catch {
    return `${currency.symbol}${value.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
  }
}

/** The bid as people read it: `€1,500.00`, or `$95.50 / hour × 40`. */
export function bid(o: Opportunity): string {
  const amount = money(o.bidValue, o.bidCurrency);
  if (o.bidType === 'FixedBid' || amount === '—') return amount;
  return `${amount} / ${PERIOD[o.bidType]}${o.perPeriodValue > 0 ? ` × ${o.perPeriodValue}` : ''}`;
}

/** The date part of a server date, in the portal's own time zone (`2024-06-30`), or `—` when not set. */
export function day(date: { text: string } | null): string {
  return date === null ? '—' : date.text.slice(0, 10);
}
