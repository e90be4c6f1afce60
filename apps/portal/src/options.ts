import { type Dataset, generateDataset, PORTAL_OFFSET_MINUTES, USERS } from '@oo-crm/testkit';
import { SERVER_THROTTLE, type ThrottleRule } from './login-throttle.js';

/** The demo login the portal prints and the demo app uses. */
export const DEMO_USER = { userName: 'demo@crm.example.com', password: 'demo-password' } as const;

/** Dataset sizes by name, in deals. */
export const DATASET_SIZES = { small: 60, medium: 1_000, large: 10_000 } as const;

/** Options of {@link startPortal}. */
export interface PortalOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** The demo login; it signs in as the portal's first user. Default {@link DEMO_USER}. */
  readonly user?: { readonly userName: string; readonly password: string };
  /** The data, or how to generate it. Default: 60 deals, seed 1234. */
  readonly dataset?: Dataset | { readonly seed?: number; readonly deals?: number };
  /** A path the API lives under, e.g. `/portal` for `https://host/portal/api/2.0/…`. Default none. */
  readonly basePath?: string;
  /** Token lifetime. Default one year, as the server. */
  readonly tokenLifetimeMs?: number;
  /**
   * Enables what only tests may use: fault injection, provider states, tokens granted by name,
   * and the record of received requests. Never on in demo mode.
   */
  readonly testMode?: boolean;
  /** Where request logs go, one JSON line each (tokens, passwords and cookies never appear). */
  readonly log?: (line: string) => void;
  /** Login lockout: attempts per user name and address within a window. Default the server's, 5 per minute. */
  readonly loginThrottle?: ThrottleRule;
}

export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly user: { readonly userName: string; readonly password: string };
  readonly dataset: Dataset;
  readonly basePath: string;
  readonly tokenLifetimeMs: number;
  readonly testMode: boolean;
  readonly offsetMinutes: number;
  readonly log: ((line: string) => void) | undefined;
  readonly loginThrottle: ThrottleRule;
}

const isDataset = (d: PortalOptions['dataset']): d is Dataset => d !== undefined && 'opportunities' in d;

export function resolveOptions(options: PortalOptions): ResolvedOptions {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  if (basePath !== '' && !/^\/[A-Za-z0-9/_-]+$/.test(basePath))
    throw new TypeError(`invalid basePath: ${basePath}`);
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    user: options.user ?? DEMO_USER,
    dataset: isDataset(options.dataset) ? options.dataset : generateDataset(options.dataset ?? {}),
    basePath,
    tokenLifetimeMs: options.tokenLifetimeMs ?? 365 * 24 * 3600 * 1000,
    testMode: options.testMode ?? false,
    offsetMinutes: PORTAL_OFFSET_MINUTES,
    log: options.log,
    loginThrottle: options.loginThrottle ?? SERVER_THROTTLE,
  };
}

/** Accounts: the demo login as the first user, and `<login>@crm.example.com` for the others. */
export function accountsOf(options: ResolvedOptions) {
  return USERS.map(({ login, ...employee }, i) => ({
    userName: i === 0 ? options.user.userName : `${login}@crm.example.com`,
    password: options.user.password,
    employee,
  }));
}
