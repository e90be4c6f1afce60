#!/usr/bin/env node
// `pnpm oo-crm` in the repository: the published CLI (@oo-crm/cli), which without --base-url reads
// the embedded reference portal as its demo user (the published one has no portal to start).
import { connectWithoutBaseUrl, exitQuietlyOnClosedPipe, run } from '@oo-crm/cli';
import { createClient } from '@oo-crm/client';
import { startPortal } from '@oo-crm/portal';

// pnpm runs a script from the repository's root; INIT_CWD is where the command was typed, so that
// `pnpm oo-crm decode ./saved.json` reads the file the caller means.
if (process.env['INIT_CWD']) process.chdir(process.env['INIT_CWD']);
connectWithoutBaseUrl(async (tuning) => {
  const portal = await startPortal();
  const client = createClient({ baseUrl: portal.url, auth: portal.user, ...tuning });
  return { client, description: `embedded portal at ${portal.url}`, close: () => portal.close() };
});
exitQuietlyOnClosedPipe();
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
