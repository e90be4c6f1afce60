import type { Employee } from '@oo-crm/core';
import type { Account } from './auth/authenticator.js';
import { SERVER_THROTTLE, type ThrottleRule } from './auth/login-throttle.js';
import type { FullText } from './crm/selection.js';
import {
  type Dataset,
  DEFAULT_AVATAR,
  generateDataset,
  PORTAL_OFFSET_MINUTES,
  profileUrlOf,
  USERS,
} from './dataset/index.js';
import { defaultKeptTextBytes } from './routes/kept-texts.js';
import type { Seed } from './seed/format.js';
import { readSeed } from './seed/read.js';

/** A login. */
export interface Login {
  readonly userName: string;
  readonly password: string;
}

/** The demo login the portal prints and the demo app uses: a regular CRM user (the portal's first user). */
export const DEMO_USER: Login = { userName: 'demo@crm.example.com', password: 'demo-password' };
/** The demo administrator: sees every deal and contact. */
export const DEMO_ADMIN: Login = { userName: 'admin@crm.example.com', password: 'admin-password' };
/** The demo user with two-factor: the password, then this code from an authenticator app. */
export const TWO_FACTOR_USER = { userName: 'chen.wei@crm.example.com', code: '246810' } as const;

/** The demo guest: no CRM access, every CRM call is 403. */
export const DEMO_GUEST: Login = { userName: 'guest@crm.example.com', password: 'guest-password' };

const person = (id: string, displayName: string, login: string): Employee => ({
  id,
  displayName,
  title: '',
  avatarSmall: DEFAULT_AVATAR,
  profileUrl: profileUrlOf(login),
});
const ADMIN_EMPLOYEE = person('5f2e8c1a-0b7d-4e3f-9a61-2c4d8e0f1a3b', 'Portal Administrator', 'admin');
const GUEST_EMPLOYEE = person('c0ffee00-1d2e-4f3a-8b5c-6d7e8f9a0b1c', 'Gina Guest', 'guest');

/** Dataset sizes by name, in deals. */
export const DATASET_SIZES = { small: 60, medium: 1_000, large: 10_000 } as const;

/** Options of {@link startPortal}. */
export interface PortalOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** The demo login, a regular user; it signs in as the portal's first user. Default {@link DEMO_USER}. */
  readonly user?: Login;
  /** The administrator's login. Default {@link DEMO_ADMIN}. */
  readonly admin?: Login;
  /** The guest's login (no CRM access). Default {@link DEMO_GUEST}. */
  readonly guest?: Login;
  /** An unpaid portal: every API call is 402 "PaymentRequired", unless it carries `Payment-Info: false`. */
  readonly unpaid?: boolean;
  /** The data, or how to generate it. Default: 60 deals, seed 1234. */
  readonly dataset?: Dataset | { readonly seed?: number; readonly deals?: number };
  /**
   * A team's own data (docs/portal.md, "Your own data"): its users are the only ones who may log
   * in (unless {@link PortalOptions.demoLogins}), and its contacts and deals replace the generated
   * ones. It is checked at start by core's engine, whatever its static type (a parsed JSON file,
   * say): a bad seed throws a `SeedError` with its issues, one line each with its path, and the
   * portal does not start.
   */
  readonly seed?: Seed;
  /**
   * With a seed, whether the demo logins (`user`, `admin`, `guest` and the generated users) may
   * log in too. Default false: a seeded portal admits its seed's users only. Without a seed the
   * demo logins are the portal's only logins.
   */
  readonly demoLogins?: boolean;
  /**
   * The deployment's full-text engine, which `opportunity/filter?filterValue=` depends on:
   * `elasticsearch` (the default, as a standard Community Server install has it: each word a
   * `*word*` match on title, description or a custom field's value) or `none` (every text search
   * answers nothing, as the server without Elasticsearch does).
   */
  readonly fullText?: FullText;
  /** A path the API lives under, e.g. `/portal` for `https://host/portal/api/2.0/…`. Default none. */
  readonly basePath?: string;
  /** Token lifetime. Default one year, as the server. */
  readonly tokenLifetimeMs?: number;
  /** Where request logs go, one JSON line each (tokens, passwords and cookies never appear). */
  readonly log?: (line: string) => void;
  /** Login lockout: attempts per user name and address within a window. Default the server's, 5 per minute. */
  readonly loginThrottle?: ThrottleRule;
  /**
   * How many bytes of deals' written texts are kept for the next answer that holds them (by
   * caller, form and deal, least recent forgotten first; docs/portal.md, "Bounds"). Default: room
   * for every deal's text once (4 KiB a deal), at least 64 MiB and at most 512 MiB; 0 keeps none.
   * Pages of many deals to many callers, or in both forms, are faster with more.
   */
  readonly keptTextBytes?: number;
}

export interface ResolvedOptions {
  readonly port: number;
  readonly host: string;
  readonly user: Login;
  readonly admin: Login;
  readonly guest: Login;
  readonly fullText: FullText;
  /** Whether the demo logins are admitted: without a seed, or with `demoLogins`. */
  readonly demoLogins: boolean;
  readonly unpaid: boolean;
  readonly dataset: Dataset;
  readonly basePath: string;
  readonly tokenLifetimeMs: number;
  readonly offsetMinutes: number;
  readonly log: ((line: string) => void) | undefined;
  readonly loginThrottle: ThrottleRule;
  readonly keptTextBytes: number;
  /** Accounts a seed adds to the demo logins. */
  readonly seedAccounts: ReadonlyArray<Account>;
}

const isDataset = (d: PortalOptions['dataset']): d is Dataset => d !== undefined && 'opportunities' in d;

export function resolveOptions(options: PortalOptions): ResolvedOptions {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  if (basePath !== '' && !/^\/[A-Za-z0-9/_-]+$/.test(basePath))
    throw new TypeError(`invalid basePath: ${basePath}`);
  const { keptTextBytes } = options;
  if (keptTextBytes !== undefined && !(Number.isSafeInteger(keptTextBytes) && keptTextBytes >= 0))
    throw new TypeError(
      `invalid keptTextBytes: expected a whole number of bytes, got ${String(keptTextBytes)}`,
    );
  const seeded = options.seed === undefined ? undefined : readSeed(options.seed);
  const dataset: Dataset = seeded
    ? { users: USERS, contacts: seeded.contacts, opportunities: seeded.opportunities, tags: seeded.tags }
    : isDataset(options.dataset)
      ? options.dataset
      : generateDataset(options.dataset ?? {});
  return {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    user: options.user ?? DEMO_USER,
    admin: options.admin ?? DEMO_ADMIN,
    guest: options.guest ?? DEMO_GUEST,
    unpaid: options.unpaid ?? false,
    demoLogins: seeded === undefined || options.demoLogins === true,
    fullText: options.fullText ?? 'elasticsearch',
    dataset,
    seedAccounts: seeded?.accounts ?? [],
    basePath,
    tokenLifetimeMs: options.tokenLifetimeMs ?? 365 * 24 * 3600 * 1000,
    offsetMinutes: PORTAL_OFFSET_MINUTES,
    log: options.log,
    loginThrottle: options.loginThrottle ?? SERVER_THROTTLE,
    keptTextBytes: keptTextBytes ?? defaultKeptTextBytes(dataset.opportunities.length),
  };
}

/**
 * Accounts: when the demo logins are admitted, the demo login as the first user and
 * `<login>@crm.example.com` for the others (regular users, the demo password), then the
 * administrator and the guest; then the seed's users.
 */
export function accountsOf(options: ResolvedOptions): Account[] {
  return [...(options.demoLogins ? demoAccounts(options) : []), ...options.seedAccounts];
}

/** The logins a running portal reports: the demo ones, else the seed's first user of each role. */
export function loginsOf(options: ResolvedOptions): {
  readonly user: Login | undefined;
  readonly admin: Login | undefined;
  readonly guest: Login | undefined;
} {
  if (options.demoLogins) return { user: options.user, admin: options.admin, guest: options.guest };
  const first = (role: Account['role']) => {
    const account = options.seedAccounts.find((a) => a.role === role);
    return account && { userName: account.userName, password: account.password };
  };
  return { user: first('user'), admin: first('admin'), guest: first('guest') };
}

function demoAccounts(options: ResolvedOptions): Account[] {
  const users = USERS.map(({ login, ...employee }, i): Account => {
    const userName = i === 0 ? options.user.userName : `${login}@crm.example.com`;
    const twoFactor =
      userName === TWO_FACTOR_USER.userName ? { kind: 'app', code: TWO_FACTOR_USER.code } : undefined;
    return {
      userName,
      password: options.user.password,
      employee,
      role: 'user',
      ...(twoFactor ? { twoFactor: twoFactor as Account['twoFactor'] } : {}),
    };
  });
  return [
    ...users,
    { ...options.admin, employee: ADMIN_EMPLOYEE, role: 'admin' },
    { ...options.guest, employee: GUEST_EMPLOYEE, role: 'guest' },
  ];
}
