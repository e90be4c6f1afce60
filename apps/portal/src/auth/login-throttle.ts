import { ExpiringMap } from './expiring-map.js';

/** The server's lockout rule: `SetupInfo.LoginThreshold` (5 by default) and a one-minute window. */
export interface ThrottleRule {
  /** Attempts counted before the next is refused. */
  readonly attempts: number;
  /** How long a count lasts after the last counted attempt. */
  readonly windowMs: number;
}

export const SERVER_THROTTLE: ThrottleRule = { attempts: 5, windowMs: 60_000 };

/** The most keys held; past it the oldest are forgotten, so a flood of names costs bounded memory. */
const MAX_KEYS = 100_000;

/**
 * Login throttling as the server does it (`GetUser` in the API's authentication code): each
 * attempt counts, and when the count would pass the threshold the attempt is refused without
 * checking the password; a counted attempt restarts the window, and a success gives one count
 * back. Keyed by user name and client address, so one address cannot lock a user out everywhere.
 */
export class LoginThrottle {
  private readonly counts: ExpiringMap<{ count: number }>;

  constructor(
    private readonly rule: ThrottleRule = SERVER_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {
    this.counts = new ExpiringMap(MAX_KEYS, now);
  }

  /** Counts an attempt; false when it is refused ("Login Fail. Too many attempts"). */
  attempt(userName: string, address: string): boolean {
    const key = keyOf(userName, address);
    const count = (this.counts.get(key)?.count ?? 0) + 1;
    if (count > this.rule.attempts) return false;
    this.counts.set(key, { count }, this.now() + this.rule.windowMs);
    return true;
  }

  /** A successful login gives its count back. */
  succeeded(userName: string, address: string): void {
    const entry = this.counts.get(keyOf(userName, address));
    if (entry) entry.count = Math.max(0, entry.count - 1);
  }

  /** How many keys are held (for tests of the bound). */
  get size(): number {
    return this.counts.size;
  }
}

const keyOf = (userName: string, address: string): string => `${userName.toLowerCase()}\n${address}`;
