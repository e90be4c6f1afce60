/**
 * The reference portal with its test machinery, for tests only: fault injection, Pact provider
 * states (with the deals they serve) and the record of received requests. Kept apart from
 * `@oo-crm/portal`, whose default path loads none of it.
 *
 * @packageDocumentation
 */
import type { PortalOptions } from './options.js';
import { launchPortal, type RunningPortal } from './portal.js';
import { ArrangedAuthenticator, ArrangedStore } from './testing/arranged.js';
import { PROVIDER_STATES } from './testing/states.js';
import { type PortalTestControl, testMode } from './testing/test-mode.js';

export type { Fault, FaultRule } from './testing/faults.js';
export type { ReceivedRequest } from './testing/inject-faults.js';
export type { PortalTestControl } from './testing/test-mode.js';
export { PROVIDER_STATES };

/** A running portal with its test controls. */
export interface TestPortal extends RunningPortal {
  readonly test: PortalTestControl;
}

/** Starts the reference portal in test mode (idle connections kept, so that a fault can hang one). */
export async function startTestPortal(options: PortalOptions = {}): Promise<TestPortal> {
  if (options.seed !== undefined)
    throw new TypeError('the test portal serves the generated dataset, not a seed');
  let control: PortalTestControl | undefined;
  const portal = await launchPortal(options, {
    store: (...args) => new ArrangedStore(...args),
    auth: (...args) => new ArrangedAuthenticator(...args),
    plugin: (store, auth) => {
      const mode = testMode(store, auth);
      control = mode.control;
      return mode.plugin;
    },
    keepIdle: true,
  });
  // Without a seed the demo logins are the portal's, all three present.
  return { ...(portal as RunningPortal), test: control as PortalTestControl };
}
