/**
 * The fields of a deal the server leaves out at a default (`bidValue` when 0, `stage` when null):
 * kept here as data because the verifier ships without @oo-crm/core; a test
 * (test/absent-fields.test.ts) checks the list against core's schema of `Opportunity`.
 */
export const OPTIONAL_DEAL_FIELDS = [
  'contact',
  'bidType',
  'bidValue',
  'bidCurrency',
  'perPeriodValue',
  'stage',
  'successProbability',
  'accessList',
] as const;

/**
 * A line for each optional field absent (or null) on every deal the state search read: the pacts
 * let an absent field through, so a portal that stopped sending one would otherwise pass silently.
 */
export function absentEverywhere(deals: ReadonlyArray<Readonly<Record<string, unknown>>>): string[] {
  if (deals.length === 0) return [];
  return OPTIONAL_DEAL_FIELDS.filter((f) => deals.every((d) => d[f] === undefined || d[f] === null)).map(
    (f) =>
      `${f}: absent on all ${deals.length} deals the search answered; the contract lets it be absent, so nothing checked it`,
  );
}
