// Writes docs/reference.md from the codecs, and docs/real-server.md's list-parameter table from the
// route table (run by `pnpm run docs`; a test fails when either is stale).
import { writeFileSync } from 'node:fs';
import { writeListParameters } from './list-parameters.mjs';
import { renderReference } from './reference.mjs';

writeFileSync(new URL('../reference.md', import.meta.url), renderReference());
writeListParameters();
