// docs/real-server.md's "List parameters" table, rendered from core's route table (bycontact's
// query parameters and the names the client never sends), so that what the server does with each
// is written once, in packages/core/src/routes.ts. `pnpm run docs` writes it; a test keeps it so.
import { readFileSync, writeFileSync } from 'node:fs';
import { BYCONTACT_ROUTE } from '@oo-crm/core';

export const REAL_SERVER_FILE = new URL('../real-server.md', import.meta.url);
const START =
  '<!-- list-parameters: rendered from packages/core/src/routes.ts by docs/tools/list-parameters.mjs -->';
const END = '<!-- /list-parameters -->';

const cell = (text) => text.replace(/\|/g, '\\|');

/**
 * The table: one row per parameter of a route's query, then one per name the client refuses;
 * `route` is bycontact's (the generic list parameters), or a changed copy a test gives.
 */
export function renderListParameters(route = BYCONTACT_ROUTE) {
  const rows = [
    ...route.parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.doc]),
    ...(route.ignored ?? []).map((i) => [i.name, i.server]),
  ];
  return [
    '| parameter | what the server does with it |',
    '|---|---|',
    ...rows.map(([name, text]) => `| \`${name}\` | ${cell(text)} |`),
  ].join('\n');
}

/** `text` (docs/real-server.md) with the table between its markers replaced by the rendered one. */
export function withListParameters(text) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/real-server.md has no ${START} … ${END} section`);
  return `${text.slice(0, start + START.length)}\n${renderListParameters()}\n${text.slice(end)}`;
}

/** Rewrites the table in docs/real-server.md. */
export function writeListParameters() {
  writeFileSync(REAL_SERVER_FILE, withListParameters(readFileSync(REAL_SERVER_FILE, 'utf8')));
}
