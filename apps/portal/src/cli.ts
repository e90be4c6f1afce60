#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DATASET_SIZES, DEMO_USER } from './options.js';
import { startPortal } from './portal.js';

const USAGE = `Usage: oo-crm-portal [--port N] [--host ADDR] [--user NAME --password PW] [--dataset small|medium|large|N] [--base-path /p] [--log]

Starts the reference ONLYOFFICE portal on 127.0.0.1. The password may come from OO_CRM_PORTAL_PASSWORD
instead of the command line.`;

function datasetSize(value: string): number {
  if (value in DATASET_SIZES) return DATASET_SIZES[value as keyof typeof DATASET_SIZES];
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0 || n > 100_000)
    throw new Error(`--dataset: expected small, medium, large or 0–100000, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      user: { type: 'string' },
      password: { type: 'string' },
      dataset: { type: 'string', default: 'small' },
      'base-path': { type: 'string' },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: expected 0–65535, got ${values.port}`);
  const password = values.password ?? process.env['OO_CRM_PORTAL_PASSWORD'] ?? DEMO_USER.password;
  const portal = await startPortal({
    port,
    host: values.host,
    user: { userName: values.user ?? DEMO_USER.userName, password },
    dataset: { deals: datasetSize(values.dataset) },
    ...(values['base-path'] ? { basePath: values['base-path'] } : {}),
    ...(values.log ? { log: (line: string) => process.stderr.write(`${line}\n`) } : {}),
  });
  console.log(`ONLYOFFICE reference portal listening on ${portal.url}`);
  console.log(
    `Log in as ${portal.user.userName} with password ${values.password || process.env['OO_CRM_PORTAL_PASSWORD'] ? '(as given)' : portal.user.password}`,
  );
  console.log(`Try: GET ${portal.url}/api/2.0/crm/opportunity/bycontact/1234  (Ctrl-C to stop)`);
  const stop = () => {
    portal.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`oo-crm-portal: ${error instanceof Error ? error.message : String(error)}`);
  console.error(USAGE);
  process.exit(2);
});
