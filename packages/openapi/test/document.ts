import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Where the published document is: resolved through the package's `exports`, as a user would. */
export const DOCUMENT_FILE = require.resolve('@oo-crm/core/openapi.json');

/** The document `@oo-crm/core` ships. */
// biome-ignore lint/suspicious/noExplicitAny: a JSON document read for inspection
export const DOCUMENT: any = JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8'));
