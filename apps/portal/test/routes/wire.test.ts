// A page written in pieces is the text the core encoder writes for the whole page (with `bidValue`
// at the database's scale in JSON, as the portal writes it).
import { encodeOpportunities, type Json, PageEnvelope, type WireFormat, writeWire } from '@oo-crm/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projected } from '../../src/aspnet/list-pipeline.js';
import { generateOpportunities } from '../../src/dataset/index.js';
import { ITEMS_PER_PIECE, pagePieces, withBidScale } from '../../src/routes/wire.js';

const DEALS = generateOpportunities(3 * ITEMS_PER_PIECE + 7);
const same = <T>(x: T) => x;

describe('a page in pieces', () => {
  it.each(['json', 'xml'] as const)(
    'joins to the core encoder’s text in %s, for 0, 1, one piece, one more, and several',
    (format: WireFormat) => {
      fc.assert(
        fc.property(
          fc.constantFrom(0, 1, ITEMS_PER_PIECE, ITEMS_PER_PIECE + 1, DEALS.length),
          fc.record(
            {
              count: fc.integer({ min: 1, max: 2000 }),
              startIndex: fc.integer({ min: 1, max: 2000 }),
              nextIndex: fc.integer({ min: 1, max: 2000 }),
              total: fc.integer({ min: 1, max: 100_000 }),
            },
            { requiredKeys: [] },
          ),
          (size, figures) => {
            const page = { ...figures, items: DEALS.slice(0, size) };
            const pieces = [...pagePieces(page, same, format, undefined)];
            const whole = encodeOpportunities(page, format);
            expect(pieces.join('')).toBe(format === 'json' ? withBidScale(whole) : whole);
            // No piece holds more than its share of items.
            expect(pieces.length).toBe(2 + Math.ceil(size / ITEMS_PER_PIECE));
          },
        ),
        { numRuns: 30 },
      );
    },
  );

  it.each(['json', 'xml'] as const)(
    'keeps only the fields= properties in %s, as a whole page would',
    (format) => {
      const page = { items: DEALS.slice(0, ITEMS_PER_PIECE * 2 + 3), count: ITEMS_PER_PIECE * 2 + 3 };
      const fields = ['id', 'title'];
      const wire = PageEnvelope.encode(page);
      const items = wire['response'] as ReadonlyArray<{ readonly [key: string]: Json }>;
      const whole = writeWire(
        { ...wire, response: items.map((i) => projected(i, fields) as { [key: string]: Json }) },
        format,
      );
      expect([...pagePieces(page, same, format, fields)].join('')).toBe(whole);
    },
  );

  it.each([
    ['json', '{"nextIndex":0,"total":0,"status":0,"statusCode":200,"response":[]}'],
    [
      'xml',
      '<result><nextIndex>0</nextIndex><total>0</total><status>0</status><statusCode>200</statusCode></result>',
    ],
  ] as const)(
    'writes a total and a nextIndex set to 0 in %s, as the server writes its nullable longs',
    (format, text) => {
      expect([...pagePieces({ items: [], total: 0, nextIndex: 0 }, same, format, undefined)].join('')).toBe(
        text,
      );
    },
  );

  it('builds what the caller sees of an item only when its piece is written', () => {
    let built = 0;
    const pieces = pagePieces(
      { items: DEALS },
      (d) => {
        built++;
        return d;
      },
      'json',
      undefined,
    );
    pieces.next();
    pieces.next();
    expect(built).toBe(ITEMS_PER_PIECE);
  });
});
