import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiDateTime, UNSET_DATE_TIME_TEXT } from '../../src/index.js';
import { apiDateTime } from '../arbitraries.js';

describe('ApiDateTime', () => {
  it('keeps the text and gives the instant', () => {
    const d = ApiDateTime.from('2024-03-05T14:20:11.1234567+03:00');
    expect(d.text).toBe('2024-03-05T14:20:11.1234567+03:00');
    expect(d.date.toISOString()).toBe('2024-03-05T11:20:11.123Z');
    expect(JSON.stringify({ d })).toBe('{"d":"2024-03-05T14:20:11.1234567+03:00"}');
  });

  it.each([
    ['2024-01-01T00:00:00.0000000-05:30', '2024-01-01T05:30:00.000Z'],
    ['2024-02-29T23:59:59.9999999Z', '2024-02-29T23:59:59.999Z'],
    ['0099-12-31T00:00:00.0000000Z', '0099-12-31T00:00:00.000Z'],
    ['2020-12-11T03:36:09Z', '2020-12-11T03:36:09.000Z'],
  ])('%s is the instant %s', (text, iso) => {
    expect(ApiDateTime.from(text).date.toISOString()).toBe(iso);
  });

  it.each([
    '2024-02-30T00:00:00.0000000Z',
    '2023-02-29T00:00:00.0000000Z',
    '2024-13-01T00:00:00.0000000Z',
    '2024-04-31T00:00:00.0000000Z',
    '2024-01-01T24:00:00.0000000Z',
    '2024-01-01T00:60:00.0000000Z',
    '2024-01-01T00:00:60.0000000Z',
    '2024-01-01T00:00:00.0000000+15:00',
    '2024-01-01T00:00:00.00000000Z',
    '2024-01-01T00:00:00.0000000',
    '0000-01-01T00:00:00.0000000Z',
    '2024-1-01T00:00:00Z',
    ' 2024-01-01T00:00:00Z',
    '',
  ])('rejects %j', (text) => {
    expect(ApiDateTime.parse(text)).toBeUndefined();
    expect(() => ApiDateTime.from(text)).toThrow(RangeError);
  });

  it('knows the year-0001 sentinel in any zone', () => {
    expect(ApiDateTime.from(UNSET_DATE_TIME_TEXT).isUnset).toBe(true);
    expect(ApiDateTime.from('0001-01-01T00:00:00.0000000+03:00').isUnset).toBe(true);
    expect(ApiDateTime.from('0001-01-01T00:00:00.0000001Z').isUnset).toBe(false);
  });

  it('fromDate writes the server form in the portal offset', () => {
    const d = ApiDateTime.fromDate(new Date('2024-03-05T11:20:11.123Z'), 180);
    expect(d.text).toBe('2024-03-05T14:20:11.1230000+03:00');
    expect(ApiDateTime.fromDate(new Date('2024-03-05T11:20:11Z'), -330).text).toBe(
      '2024-03-05T05:50:11.0000000-05:30',
    );
  });

  it('agrees with Date.parse on the instant, to the millisecond', () => {
    fc.assert(
      fc.property(apiDateTime, (d) => {
        const truncated = d.text.replace(/(\.\d{3})\d{4}/, '$1');
        if (d.date.getUTCFullYear() >= 1970) expect(d.epochMs).toBe(Date.parse(truncated));
      }),
    );
  });
});
