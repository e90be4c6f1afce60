// Writes docs/reference.md from the codecs, docs/real-server.md's list-parameter table from the
// route table and docs/errors.md's table from the client's error catalogue (run by `pnpm run docs`;
// a test fails when one is stale).
import { writeFileSync } from 'node:fs';
import { writeErrorsTable } from './errors-table.mjs';
import { writeListParameters } from './list-parameters.mjs';
import { renderReference } from './reference.mjs';

writeFileSync(new URL('../reference.md', import.meta.url), renderReference());
writeListParameters();
writeErrorsTable();
