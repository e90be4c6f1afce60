/**
 * The reference portal with its test machinery, for tests only: fault injection, Pact provider
 * states (with the deals they serve) and the record of received requests. Kept apart from
 * `@oo-crm/portal`, whose default path loads none of it.
 *
 * @packageDocumentation
 */
import { FaultPlan } from './faults.js';
import { injectFaults, type ReceivedRequest } from './inject-faults.js';
import type { PortalOptions } from './options.js';
import { launchPortal, type PortalParts, type RunningPortal } from './portal.js';
import { PROVIDER_STATES, setProviderState } from './states.js';

export type { Fault, FaultRule } from './faults.js';
export type { ReceivedRequest } from './inject-faults.js';
export { PROVIDER_STATES };

/** What only tests may use. */
export interface PortalTestControl {
  /** Faults to serve, in order. */
  readonly faults: FaultPlan;
  /** Every request received, in order, headers included. */
  readonly received: ReceivedRequest[];
  /** Sets a Pact provider state by name (see {@link PROVIDER_STATES}). */
  setState(name: string, params?: Readonly<Record<string, unknown>>): void;
}

/** A running portal with its test controls. */
export interface TestPortal extends RunningPortal {
  readonly test: PortalTestControl;
}

/** Installs the test mode: faults and the request log first, then provider states over HTTP. */
function installTestMode({ app, store, auth }: PortalParts): PortalTestControl {
  const faults = new FaultPlan();
  const received: ReceivedRequest[] = [];
  const setState = (name: string, params?: Readonly<Record<string, unknown>>) =>
    setProviderState({ store, auth }, name, params);
  injectFaults(app, faults, received);
  // Provider states over HTTP, for Pact verifiers in other processes.
  app.post<{ Body: { state?: unknown; params?: unknown } }>('/__test/state', async (request, reply) => {
    const { state, params } = request.body ?? {};
    if (typeof state !== 'string') return reply.code(400).send({ error: 'state must be a string' });
    try {
      setState(
        state,
        typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {},
      );
    } catch (error) {
      return reply.code(400).send({ error: error instanceof Error ? error.message : String(error) });
    }
    return reply.code(200).send({ state });
  });
  return { faults, received, setState };
}

/** Starts the reference portal in test mode (idle connections kept, so that a fault can hang one). */
export async function startTestPortal(options: PortalOptions = {}): Promise<TestPortal> {
  const { portal, extension } = await launchPortal(options, installTestMode, true);
  return { ...portal, test: extension as PortalTestControl };
}
