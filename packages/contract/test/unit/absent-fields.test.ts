// The verifier's list of a deal's optional fields is core's, kept as data (the verifier ships
// without core): this fails when the schema gains, loses or renames one.
import { isAlwaysSent, Opportunity } from '@oo-crm/core';
import { describe, expect, it } from 'vitest';
import { absentEverywhere, OPTIONAL_DEAL_FIELDS } from '../../src/absent-fields.js';

describe('the optional fields of a deal', () => {
  it("are exactly those of core's Opportunity the server may leave out", () => {
    const schema = Opportunity.schema;
    if (schema.kind !== 'record') throw new Error('Opportunity is a record');
    const optional = schema.fields.filter((f) => !isAlwaysSent(f.presence)).map((f) => f.wire);
    expect([...OPTIONAL_DEAL_FIELDS].sort()).toEqual(optional.sort());
  });

  it('each absent (or null) on every deal is a line; one deal with it is enough to say nothing', () => {
    expect(absentEverywhere([])).toEqual([]);
    const lines = absentEverywhere([{ stage: null }, { stage: { id: 1 } }, {}]);
    expect(lines).toContain(
      'bidValue: absent on all 3 deals the search answered; the contract lets it be absent, so nothing checked it',
    );
    expect(lines.some((l) => l.startsWith('stage:'))).toBe(false);
  });
});
