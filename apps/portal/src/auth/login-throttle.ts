import { createHash } from 'node:crypto';
import { ExpiringMap } from './expiring-map.js';

/** The server's lockout rule: `SetupInfo.LoginThreshold` (5 by default) and a one-minute window. */
export interface ThrottleRule {
  /** Attempts counted before the next is refused. */
  readonly attempts: number;
  /** How long a count lasts after the last counted attempt, and how long a lock lasts. */
  readonly windowMs: number;
}

/** The real server's login throttle: after 5 failures within 60 s a user name is refused (docs/real-server.md). */
export const SERVER_THROTTLE: ThrottleRule = { attempts: 5, windowMs: 60_000 };

/** The most keys held of each kind: counting ones (oldest forgotten past it) and locked ones. */
export const MAX_THROTTLE_KEYS = 100_000;

/**
 * Login throttling as the server does it (`BruteForceLoginManager`, `GetUser` in the API's
 * authentication code): each attempt counts, and when the count would pass the threshold the key
 * is locked for the window and every attempt refused without checking the password; a counted
 * attempt restarts the window, and a success gives one back. Keyed by the user name as sent
 * (case and all) and the client address, as the server keys it.
 *
 * What the portal adds: keys are a SHA-256 digest (a flood of long names costs a fixed size per
 * key); a locked key is never forgotten before its lock ends (when 100,000 keys are locked at
 * once, a name not yet counted is refused: the portal fails closed); and the first step of a
 * two-factor login, the right password, gives its count back as a success does, so that correct
 * two-factor logins never lock a user out.
 */
export class LoginThrottle {
  private readonly counts: ExpiringMap<{ count: number }>;
  private readonly locked: ExpiringMap<true>;

  constructor(
    private readonly rule: ThrottleRule = SERVER_THROTTLE,
    private readonly now: () => number = Date.now,
  ) {
    this.counts = new ExpiringMap(MAX_THROTTLE_KEYS, now);
    this.locked = new ExpiringMap(MAX_THROTTLE_KEYS, now, false);
  }

  /** Counts an attempt; false when it is refused ("Login Fail. Too many attempts"). */
  attempt(userName: string, address: string): boolean {
    const key = keyOf(userName, address);
    if (this.locked.get(key)) return false;
    const count = (this.counts.get(key)?.count ?? 0) + 1;
    const until = this.now() + this.rule.windowMs;
    if (count > this.rule.attempts) {
      this.locked.set(key, true, until);
      this.counts.delete(key);
      return false;
    }
    // A new name while every lock slot is taken: refused rather than counted in a map that would
    // have to forget a lock to hold it.
    if (count === 1 && !this.locked.hasRoom()) return false;
    this.counts.set(key, { count }, until);
    return true;
  }

  /** A successful login (or a right password that asks for a second factor) gives its count back. */
  succeeded(userName: string, address: string): void {
    const entry = this.counts.get(keyOf(userName, address));
    if (entry) entry.count = Math.max(0, entry.count - 1);
  }

  /** How many keys are held, counting and locked (for tests of the bound). */
  get size(): number {
    return this.counts.size + this.locked.size;
  }
}

/** A fixed-size key: the digest of the name as sent and the address. */
const keyOf = (userName: string, address: string): string =>
  createHash('sha256').update(userName).update('\0').update(address).digest('base64');
