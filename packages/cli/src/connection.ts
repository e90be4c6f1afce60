import { type Auth, type Client, createClient, InvalidArgumentError } from '@oo-crm/client';
import type { WireFormat } from '@oo-crm/core';
import { startPortal } from '@oo-crm/portal';

/** How to reach a portal, as the flags and the environment say. */
export interface Target {
  readonly baseUrl?: string;
  readonly token?: string;
  readonly user?: string;
  readonly password?: string;
  readonly format: WireFormat;
  readonly timeoutMs?: number;
  readonly retries?: number;
}

/** A client, and what to do when done with it. */
export interface Connection {
  readonly client: Client;
  /** Where it points, for messages (`embedded portal at …`). */
  readonly description: string;
  close(): Promise<void>;
}

/** The credentials the flags give for a remote portal: a token, or a user name and a password. */
export function authOf(target: Pick<Target, 'token' | 'user' | 'password'>): Auth {
  if (target.token) return { token: target.token };
  if (target.user && target.password !== undefined)
    return { userName: target.user, password: target.password };
  throw new InvalidArgumentError('with --base-url, give --token (or OO_CRM_TOKEN), or --user and --password');
}

/**
 * Connects to the portal named by `--base-url` (or `OO_CRM_BASE_URL`); without one, starts the
 * reference portal in-process and logs in as its demo user.
 */
export async function connect(target: Target): Promise<Connection> {
  const tuning = {
    format: target.format,
    ...(target.timeoutMs === undefined ? {} : { timeoutMs: target.timeoutMs }),
    ...(target.retries === undefined ? {} : { retries: target.retries }),
  };
  if (target.baseUrl) {
    const client = createClient({ baseUrl: target.baseUrl, auth: authOf(target), ...tuning });
    return { client, description: target.baseUrl, close: async () => {} };
  }
  const portal = await startPortal();
  const client = createClient({ baseUrl: portal.url, auth: portal.user, ...tuning });
  return { client, description: `embedded portal at ${portal.url}`, close: () => portal.close() };
}
