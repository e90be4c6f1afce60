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
  // Oldest first: a key is moved to the end whenever it is counted, so expiry is in map order.
  private readonly counts = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly rule: ThrottleRule = SERVER_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt; false when it is refused ("Login Fail. Too many attempts"). */
  attempt(userName: string, address: string): boolean {
    const now = this.now();
    this.forgetExpired(now);
    const key = keyOf(userName, address);
    const entry = this.counts.get(key);
    const count = (entry && entry.until > now ? entry.count : 0) + 1;
    if (count > this.rule.attempts) return false;
    this.counts.delete(key);
    this.counts.set(key, { count, until: now + this.rule.windowMs });
    if (this.counts.size > MAX_KEYS) this.counts.delete(this.counts.keys().next().value as string);
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

  private forgetExpired(now: number): void {
    for (const [key, entry] of this.counts) {
      if (entry.until > now) return;
      this.counts.delete(key);
    }
  }
}

const keyOf = (userName: string, address: string): string => `${userName.toLowerCase()}\n${address}`;
