#!/usr/bin/env node
// `pnpm demo:web [--port N] [--base-url URL (--token T | --user U --password P)]`: the web view,
// on the embedded reference portal unless a base URL is given.
import { parseArgs } from 'node:util';
import { authOf } from '@oo-crm/cli';
import { startWebView } from './start.js';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3000' },
      'base-url': { type: 'string' },
      token: { type: 'string' },
      user: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const baseUrl = values['base-url'] ?? process.env['OO_CRM_BASE_URL'];
  const token = values.token ?? process.env['OO_CRM_TOKEN'];
  const auth = baseUrl ? authOf({ token, user: values.user, password: values.password }) : undefined;
  const port = Number(values.port);
  const view = await startWebView({ port, ...(baseUrl ? { baseUrl } : {}), ...(auth ? { auth } : {}) });
  console.log(`oo-crm web view on ${view.url} — data from ${view.source}. Ctrl-C to stop.`);
  const stop = () => view.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`oo-crm web view: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
