#!/usr/bin/env node
// pnpm contract:verify --provider-base-url URL [--token T] [--pact FILE …]
// Verifies the committed pacts against a running portal. States are set up through a test-mode
// portal's /__test/state; on any other portal they cannot be, and the interactions that need them
// fail with that reason. Exit 0 only when every interaction passed.
import { parseArgs } from 'node:util';
import { verifyPacts } from '../dist/verify.js';

process.env.PACT_DO_NOT_TRACK ??= 'true';
const { values } = parseArgs({
  options: {
    'provider-base-url': { type: 'string' },
    token: { type: 'string' },
    pact: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || !values['provider-base-url']) {
  console.log(
    'Usage: pnpm contract:verify --provider-base-url URL [--token T] [--pact FILE …]\n(OO_CRM_TOKEN may stand in for --token.)',
  );
  process.exit(values.help ? 0 : 2);
}
try {
  await verifyPacts({
    providerBaseUrl: values['provider-base-url'],
    token: values.token ?? process.env.OO_CRM_TOKEN,
    ...(values.pact ? { pactFiles: values.pact } : {}),
  });
  console.log('contract:verify: every interaction passed');
} catch (error) {
  console.error(
    `contract:verify: verification failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
