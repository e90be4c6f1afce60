import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiDateTime, type Employee } from '@oo-crm/core';
import type { Credentials } from './credentials.js';
import { ExpiringMap } from './expiring-map.js';

/**
 * What a user may do in CRM: an administrator (portal or CRM admin) sees everything, a user sees
 * by access lists and share types, a guest has no CRM access (`CRMSecutiry.cs` 796-799).
 */
export type Role = 'admin' | 'user' | 'guest';

/** A portal user who can log in. */
export interface Account {
  readonly userName: string;
  readonly password: string;
  readonly employee: Employee;
  readonly role: Role;
  /** A second factor, asked for after the password: a code from an app, or sent by SMS. */
  readonly twoFactor?: { readonly kind: 'app' | 'sms'; readonly code: string };
}

/** What a login answers: a token, or the demand for a second factor. */
export type LoginOutcome =
  | {
      readonly kind: 'token';
      readonly token: string;
      readonly expires: ApiDateTime;
      readonly factor?: 'app' | 'sms';
    }
  | { readonly kind: 'second-factor'; readonly factor: 'app' | 'sms'; readonly expires: ApiDateTime };

/** Who a request comes from. */
export interface Caller {
  readonly employee: Employee;
  readonly role: Role;
}

const callerOf = (account: Account): Caller => ({ employee: account.employee, role: account.role });

/** The most tokens held at once: a flood of logins costs bounded memory. */
const MAX_TOKENS = 100_000;

/** What a password is compared with when no account has the name. */
const NO_ACCOUNT = randomBytes(16).toString('hex');

/** Compares two secrets in time that does not depend on where they differ. */
function sameSecret(a: string, b: string): boolean {
  const key = 'oo-crm-compare';
  const ha = createHmac('sha256', key).update(a).digest();
  const hb = createHmac('sha256', key).update(b).digest();
  return timingSafeEqual(ha, hb);
}

/**
 * The portal's accounts and the tokens it issued. Tokens are kept by their HMAC, so a lookup
 * reveals nothing through timing, and are checked against their expiry.
 */
export class Authenticator {
  private readonly key = randomBytes(32);
  private readonly tokens = new ExpiringMap<Caller>(MAX_TOKENS);

  /** Accounts by user name in lower case (the server compares names without case); a later one wins. */
  private readonly byName: ReadonlyMap<string, Account>;

  constructor(
    accounts: ReadonlyArray<Account>,
    private readonly lifetimeMs: number,
    private readonly offsetMinutes: number,
  ) {
    this.byName = new Map(accounts.map((a) => [a.userName.toLowerCase(), a]));
  }

  /**
   * Checks a login. Without `code`, an account with two-factor gets the demand for its second
   * factor and no token; with `code` (`POST api/2.0/authentication/{code}`), the token when the
   * code is right (`AuthenticationTokenData.cs`).
   */
  login(userName: string, password: string, code?: string): LoginOutcome | undefined {
    const account = this.account(userName, password);
    if (!account) return undefined;
    const factor = account.twoFactor;
    if (factor && code === undefined) {
      // The server's code stays valid for a while; its expiry is sent with the SMS demand.
      return { kind: 'second-factor', factor: factor.kind, expires: this.expiresIn(5 * 60 * 1000) };
    }
    if (code !== undefined && (!factor || !sameSecret(code, factor.code))) return undefined;
    const token = randomBytes(48).toString('base64');
    const expiresAt = Date.now() + this.lifetimeMs;
    this.tokens.set(this.digest(token), callerOf(account), expiresAt);
    return {
      kind: 'token',
      token,
      expires: this.expiresIn(this.lifetimeMs),
      ...(factor ? { factor: factor.kind } : {}),
    };
  }

  private expiresIn(ms: number): ApiDateTime {
    return ApiDateTime.fromDate(new Date(Date.now() + ms), this.offsetMinutes);
  }

  /** How many tokens are held (for tests of the bound). */
  get tokenCount(): number {
    return this.tokens.size;
  }

  /** Who the credentials belong to, if anyone. */
  identify(credentials: Credentials): Caller | undefined {
    if (credentials.kind === 'basic') {
      const account = this.account(credentials.userName, credentials.password);
      return account && callerOf(account);
    }
    if (credentials.kind !== 'token') return undefined;
    return this.tokens.get(this.digest(credentials.token));
  }

  private account(userName: string, password: string): Account | undefined {
    const found = this.byName.get(userName.toLowerCase());
    // The password is compared whether or not the name exists, so that the time taken does not
    // tell which user names exist.
    const samePassword = sameSecret(found?.password ?? NO_ACCOUNT, password);
    return found && samePassword ? found : undefined;
  }

  private digest(token: string): string {
    return createHmac('sha256', this.key).update(token).digest('base64');
  }
}
