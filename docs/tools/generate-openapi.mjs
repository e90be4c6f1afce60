// Writes packages/core/openapi.json from the codecs (run by `pnpm run docs`).
import { writeFileSync } from 'node:fs';
import { OPENAPI_FILE, renderOpenApi } from './openapi.mjs';

writeFileSync(OPENAPI_FILE, renderOpenApi());
