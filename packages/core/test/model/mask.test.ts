import { describe, expect, it } from 'vitest';
import { parseMask } from '../../src/index.js';

describe('parseMask', () => {
  it.each([
    ['TextField', '{"size":40}', { fieldType: 'TextField', size: 40 }],
    ['TextArea', '{"rows":3,"cols":40}', { fieldType: 'TextArea', rows: 3, cols: 40 }],
    ['SelectBox', '["Gold","Silver"]', { fieldType: 'SelectBox', options: ['Gold', 'Silver'] }],
    ['CheckBox', '', { fieldType: 'CheckBox' }],
    ['Heading', '', { fieldType: 'Heading' }],
    ['Date', '', { fieldType: 'Date' }],
  ] as const)('reads a %s mask', (type, mask, expected) => {
    expect(parseMask(type, mask)).toEqual({ _tag: 'Right', right: expected });
  });

  it.each([
    ['TextField', '', 'mask is not JSON'],
    ['TextField', '{"size":-1}', 'TextField mask needs {"size": N}'],
    ['TextArea', '{"rows":3}', 'TextArea mask needs {"rows": R, "cols": C}'],
    ['TextArea', 'null', 'TextArea mask needs {"rows": R, "cols": C}'],
    ['SelectBox', '[1,2]', 'SelectBox mask needs an array of strings'],
    ['SelectBox', '{"__proto__":[]}', 'SelectBox mask needs an array of strings'],
  ] as const)('refuses a %s mask %j', (type, mask, reason) => {
    expect(parseMask(type, mask)).toEqual({ _tag: 'Left', left: reason });
  });
});
