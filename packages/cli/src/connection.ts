import {
  type Auth,
  type Client,
  type ClientOptions,
  createClient,
  InvalidArgumentError,
} from '@oo-crm/client';
import type { WireFormat } from '@oo-crm/core';

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

/** How the client is tuned (format, timeout, retries), whichever portal it talks to. */
export type Tuning = Omit<ClientOptions, 'baseUrl' | 'auth'>;

/**
 * Where the CLI goes without `--base-url`: nowhere in the published CLI (it has no portal);
 * `pnpm oo-crm` in the repository (apps/demo/src/oo-crm.ts) starts the embedded reference portal.
 */
let withoutBaseUrl: ((tuning: Tuning) => Promise<Connection>) | undefined;

/** Sets what the CLI connects to when no base URL is given. */
export function connectWithoutBaseUrl(connector: (tuning: Tuning) => Promise<Connection>): void {
  withoutBaseUrl = connector;
}

/**
 * Connects to the portal named by `--base-url` (or `OO_CRM_BASE_URL`); without one, to what
 * `connectWithoutBaseUrl` set, if anything.
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
  if (withoutBaseUrl) return withoutBaseUrl(tuning);
  throw new InvalidArgumentError('give the portal with --base-url URL (or OO_CRM_BASE_URL)');
}
