// The differential test of the core's XML reader: on any XML the server writes, its value equals
// that of a general XML parser followed by the schema (src/general-xml.ts).
import { decodeEnvelope, decodeOpportunities, encodeOpportunities, PageEnvelope } from '@oo-crm/core';
import { readFixture } from '@oo-crm/fixtures';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOpportunities, readXmlWithGeneralParser } from '../src/index.js';

/** Both readings of an XML body, decoded by the same codec. */
function bothReadings(xml: string) {
  return {
    ours: decodeOpportunities(xml, 'xml'),
    general: decodeEnvelope(readXmlWithGeneralParser(xml, PageEnvelope)),
  };
}

function expectSameReading(xml: string): void {
  const { ours, general } = bothReadings(xml);
  expect(ours._tag).toBe('Right');
  expect(ours).toEqual(general);
}

// Text the server can carry in XML: markup characters, entities, references, spaces, non-ASCII.
const awkwardText = fc.oneof(
  // biome-ignore lint/suspicious/noControlCharactersInRegex: leaving out what XML 1.0 cannot carry
  fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !/[\u0000-\u001f\ufffe\uffff]/.test(s)),
  fc.constantFrom(
    '',
    '  two spaces  ',
    'A &amp; B',
    '<b>bold</b>',
    'R&D',
    '"quoted"',
    "O'Neil",
    '¥€£',
    '0042',
  ),
);

describe('the XML reader agrees with a general XML parser', () => {
  it.each(['server-deals.xml', 'documented.xml', 'empty.xml', 'paged.xml'])('on the fixture %s', (file) => {
    expectSameReading(readFixture(file));
  });

  it.each([1, 10, 250])('on %i generated deals', (n) => {
    expectSameReading(encodeOpportunities({ count: n, items: generateOpportunities(n) }, 'xml'));
  });

  it('on generated deals with awkward titles, descriptions and names', () => {
    const deals = generateOpportunities(20);
    fc.assert(
      fc.property(
        fc.nat({ max: 19 }),
        awkwardText,
        awkwardText,
        awkwardText,
        (at, title, description, name) => {
          const deal = deals[at]!;
          const changed = {
            ...deal,
            title,
            description,
            responsible: { ...deal.responsible, displayName: name },
          };
          expectSameReading(encodeOpportunities({ items: [changed, ...deals.slice(0, 3)] }, 'xml'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('and both refuse the same broken values', () => {
    const xml = encodeOpportunities({ items: generateOpportunities(3) }, 'xml');
    for (const broken of [
      xml.replace(/<stageType>\d<\/stageType>/, '<stageType>9</stageType>'),
      xml.replace(/<isPrivate>(true|false)<\/isPrivate>/, '<isPrivate>maybe</isPrivate>'),
      xml.replace(/<created>[^<]*<\/created>/, '<created>2024-02-30T00:00:00.0000000Z</created>'),
    ]) {
      const { ours, general } = bothReadings(broken);
      expect(ours._tag).toBe('Left');
      expect(ours).toEqual(general);
    }
  });
});
