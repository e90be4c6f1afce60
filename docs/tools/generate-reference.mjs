// Writes docs/reference.md from the codecs (run by `pnpm run docs`; a test fails when it is stale).
import { writeFileSync } from 'node:fs';
import { renderReference } from './reference.mjs';

writeFileSync(new URL('../reference.md', import.meta.url), renderReference());
