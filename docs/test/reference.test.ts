import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_FILE, renderOpenApi } from '../tools/openapi.mjs';
import { renderReference } from '../tools/reference.mjs';

describe('the endpoint reference', () => {
  it('is what the codecs say now (run `pnpm run docs` after changing them)', () => {
    expect(readFileSync(new URL('../reference.md', import.meta.url), 'utf8')).toBe(renderReference());
  });

  it('covers every field of the opportunity', () => {
    const text = renderReference();
    for (const field of [
      'createBy',
      'bidType',
      'perPeriodValue',
      'actualCloseDate',
      'accessList',
      'customFields',
    ]) {
      expect(text).toContain(`| \`${field}\` |`);
    }
  });
});

describe('the OpenAPI document', () => {
  it('is what the codecs say now (run `pnpm run docs` after changing them)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(renderOpenApi());
  });
});
