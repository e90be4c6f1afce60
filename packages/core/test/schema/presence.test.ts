import { describe, expect, it } from 'vitest';
import { describePresence, Employee, fieldsOf, isAlwaysSent, Opportunity, Stage } from '../../src/index.js';
import { integer, text } from '../../src/schema/leaf.js';
import { defaulted, isOmitted } from '../../src/schema/record.js';

const field = (codec: Parameters<typeof fieldsOf>[0], key: string) => {
  const f = fieldsOf(codec).find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};

describe('presence as data: the prose is derived from when a field is left out', () => {
  it.each([
    [Opportunity, 'bidType', 'left out when FixedBid (0); decodes to `"FixedBid"`'],
    [Opportunity, 'bidValue', 'left out when 0; decodes to `0`'],
    [Opportunity, 'stage', 'left out when null; decodes to `null`'],
    [Opportunity, 'description', 'always sent; when absent decodes to `""`'],
    [Opportunity, 'accessList', 'left out unless the deal is private; decodes to `[]`'],
    [Employee, 'title', 'left out when empty; decodes to `""`'],
    [Stage, 'color', 'always sent; when absent decodes to `""`'],
  ] as const)('%#: %s', (codec, key, words) => {
    expect(describePresence(field(codec, key).presence)).toBe(words);
  });

  it("'never' is always sent and never left out; 'when-default' is left out exactly at its default", () => {
    const always = { key: 'a', wire: 'a', alias: 'A', ...defaulted(text, '', 'never', '') };
    const byDefault = {
      key: 'n',
      wire: 'n',
      alias: 'N',
      ...defaulted(integer, 0, 'when-default', ''),
    };
    expect(isAlwaysSent(always.presence)).toBe(true);
    expect(isOmitted(always, '', {})).toBe(false);
    expect(isAlwaysSent(byDefault.presence)).toBe(false);
    expect([isOmitted(byDefault, 0, {}), isOmitted(byDefault, 1, {})]).toEqual([true, false]);
  });
});
