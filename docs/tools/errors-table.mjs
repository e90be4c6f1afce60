// docs/errors.md's table of errors, rendered from the client's error catalogue
// (packages/client/src/error-catalogue.ts): class, code, when, what to do, the CLI's exit code.
// `pnpm run docs` writes it; a test keeps it so.
import { readFileSync, writeFileSync } from 'node:fs';
import { ERROR_CATALOGUE } from '@oo-crm/client';

export const ERRORS_FILE = new URL('../errors.md', import.meta.url);
const START =
  '<!-- errors: rendered from packages/client/src/error-catalogue.ts by docs/tools/errors-table.mjs -->';
const END = '<!-- /errors -->';

const cell = (text) => text.replace(/\|/g, '\\|');

/** The table, one row per error code. */
export function renderErrorsTable() {
  return [
    '| class | `code` | when it happens | what to do | CLI exit |',
    '|---|---|---|---|---|',
    ...Object.entries(ERROR_CATALOGUE).map(
      ([code, e]) => `| \`${e.className}\` | \`${code}\` | ${cell(e.when)} | ${cell(e.todo)} | ${e.exit} |`,
    ),
  ].join('\n');
}

/** `text` (docs/errors.md) with the table between its markers replaced by the rendered one. */
export function withErrorsTable(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/errors.md has no ${START} … ${END} section`);
  return `${text.slice(0, start + START.length)}\n${renderErrorsTable()}\n${text.slice(end)}`;
}

/** Rewrites the table in docs/errors.md. */
export function writeErrorsTable() {
  writeFileSync(ERRORS_FILE, withErrorsTable(readFileSync(ERRORS_FILE, 'utf8')));
}
