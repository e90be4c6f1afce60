import type { FastifyInstance } from 'fastify';
import type { ArrangedAuthenticator, ArrangedStore } from './arranged.js';
import { FaultPlan } from './faults.js';
import { injectFaults, type ReceivedRequest } from './inject-faults.js';
import { setProviderState } from './states.js';

/** What only tests may use. */
export interface PortalTestControl {
  /** Faults to serve, in order. */
  readonly faults: FaultPlan;
  /** Every request received, in order, headers included. */
  readonly received: ReceivedRequest[];
  /** Sets a Pact provider state by name (see `PROVIDER_STATES`). */
  setState(name: string, params?: Readonly<Record<string, unknown>>): void;
}

/**
 * The test mode as a Fastify plugin: faults and the request log before any route, and provider
 * states over HTTP (`POST /__test/state`). It decorates nothing: what it holds is reached only
 * through the control it is given. It is registered at the root (`skip-override`, what
 * `fastify-plugin` sets), so that its hook runs for every route of the portal.
 */
export function testMode(
  store: ArrangedStore,
  auth: ArrangedAuthenticator,
): { plugin: (app: FastifyInstance) => Promise<void>; control: PortalTestControl } {
  const faults = new FaultPlan();
  const received: ReceivedRequest[] = [];
  const setState = (name: string, params?: Readonly<Record<string, unknown>>) =>
    setProviderState({ store, auth }, name, params);
  const plugin = async (app: FastifyInstance) => {
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
  };
  Object.assign(plugin, { [Symbol.for('skip-override')]: true });
  return { plugin, control: { faults, received, setState } };
}
