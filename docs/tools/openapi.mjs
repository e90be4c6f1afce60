// The OpenAPI document as `@oo-crm/core` ships it (packages/core/openapi.json): generated from the
// codecs, with the core's version, indented for review. A test fails when the committed file is stale.
import { readFileSync } from 'node:fs';
import { openApiDocument } from '@oo-crm/openapi';

export const OPENAPI_FILE = new URL('../../packages/core/openapi.json', import.meta.url);

/** The text of packages/core/openapi.json. */
export function renderOpenApi() {
  const { version } = JSON.parse(
    readFileSync(new URL('../../packages/core/package.json', import.meta.url), 'utf8'),
  );
  return `${JSON.stringify(openApiDocument(version), null, 2)}\n`;
}
