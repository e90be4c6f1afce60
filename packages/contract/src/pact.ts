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

/** The token the interactions carry; the provider state makes it valid on the provider. */
export const TOKEN = 'Xk3Tn2Qa8pY0cW5vLs7rB1dF4gH6jK9mN0pQ2sT4uV6wX8yZ';
export const TOKEN_STATE = 'the token {token} belongs to the demo user';
