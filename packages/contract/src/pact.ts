import { fileURLToPath } from 'node:url';
import { PactV4 } from '@pact-foundation/pact';

/** Where consumer tests write pacts; `scripts/check-drift.mjs` compares them with the committed ones. */
export const PACT_OUT = fileURLToPath(new URL('../.pact-out', import.meta.url));
/** The reviewed pacts, verified against the provider. */
export const PACT_DIR = fileURLToPath(new URL('../pacts', import.meta.url));
export const CONSUMER = 'oo-crm-client';
export const PROVIDER = 'onlyoffice-crm';

/** A Pact between the client and the ONLYOFFICE CRM API. */
export const newPact = () =>
  new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir: PACT_OUT, logLevel: 'warn' });
