#!/usr/bin/env node
// pnpm contract:verify --provider-base-url URL [options]: `oo-crm-contract verify` from this
// repository (the same program other teams run with npx).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const args = process.argv.slice(2);
const run = spawnSync(process.execPath, [cli, ...(args[0] === 'verify' ? args : ['verify', ...args])], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
