import { ApiDateTime, decodeOpportunities, encodeOpportunities } from '@oo-crm/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from '../../src/dataset/generate.js';
import {
  DOCUMENTED_CONTACT_ID,
  generateDataset,
  generateOpportunities,
  PORTAL_OFFSET_MINUTES,
} from '../../src/dataset/index.js';

describe('the portal dataset', () => {
  const dataset = generateDataset({ deals: 200 });
  const deals = dataset.opportunities;

  it('is the same for the same seed, and differs for another', () => {
    const json = (seed: number) =>
      encodeOpportunities({ items: generateDataset({ seed, deals: 50 }).opportunities }, 'json');
    expect(json(7)).toBe(json(7));
    expect(json(7)).not.toBe(json(8));
  });

  it('tags its deals from their own sequence: the same for a seed, some deals with none, some with several', () => {
    const tagsOf = (seed: number) => [...(generateDataset({ seed, deals: 50 }).tags ?? new Map()).entries()];
    expect(tagsOf(7)).toEqual(tagsOf(7));
    const counts = deals.map((d) => dataset.tags?.get(d.id)?.length ?? 0);
    expect(counts).toContain(0);
    expect(Math.max(...counts)).toBeGreaterThan(1);
  });

  it('holds the documented example: contact 1234 and its deal "Hotel catalogue"', () => {
    const hotel = deals.find((d) => d.title === 'Hotel catalogue');
    expect(hotel?.contact?.id).toBe(DOCUMENTED_CONTACT_ID);
    expect(hotel?.members.map((m) => m.id)).toContain(DOCUMENTED_CONTACT_ID);
  });

  it('is realistic: companies and persons, private deals, every custom field type, unset dates, encoded names', () => {
    expect(new Set(dataset.contacts.map((c) => c.isCompany))).toEqual(new Set([true, false]));
    expect(deals.some((d) => d.isPrivate && d.accessList.length > 0)).toBe(true);
    expect(new Set(deals.flatMap((d) => d.customFields.map((f) => f.fieldType)))).toEqual(
      new Set(['TextField', 'TextArea', 'SelectBox', 'CheckBox', 'Heading', 'Date']),
    );
    expect(deals.some((d) => d.expectedCloseDate === null)).toBe(true);
    expect(new Set(deals.map((d) => d.bidCurrency?.abbreviation)).size).toBeGreaterThan(3);
    expect(deals.some((d) => d.responsible.displayName.includes('&'))).toBe(true);
    expect(deals.some((d) => d.contact === null)).toBe(true);
  });

  it('survives the wire in both forms unchanged', () => {
    for (const format of ['json', 'xml'] as const) {
      const decoded = decodeOpportunities(
        encodeOpportunities({ count: deals.length, items: deals }, format),
        format,
      );
      expect(decoded).toEqual({ _tag: 'Right', right: { count: deals.length, items: deals } });
    }
  });

  it('writes each instant as ApiDateTime.fromDate does in the portal’s zone', () => {
    const from2000To2100 = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(from2000To2100, (ms) => {
        expect(at(ms).text).toBe(ApiDateTime.fromDate(new Date(ms), PORTAL_OFFSET_MINUTES).text);
      }),
      { numRuns: 2000 },
    );
  });

  it('generateOpportunities gives exactly n deals', () => {
    expect(generateOpportunities(3)).toHaveLength(3);
  });
});
