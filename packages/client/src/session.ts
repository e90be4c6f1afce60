import { AbortedError } from './errors.js';
import type { Auth } from './options.js';

/** A token and when to stop using it. */
export interface Login {
  readonly token: string;
  readonly expiresAt: number;
}

// Stop using a token a minute before the server would.
const EXPIRY_SKEW_MS = 60_000;

/** Settles as `promise`, or rejects with {@link AbortedError} when the signal fires first. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortedError('aborted by the caller while logging in'));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new AbortedError('aborted by the caller while logging in'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Holds the credential: a given token as is, or a login made on first use, kept until it expires,
 * shared by concurrent calls (one login for all of them), and forgotten after the server refuses it.
 */
export class Session {
  private login: Login | undefined;
  private pending: Promise<Login> | undefined;

  constructor(
    private readonly auth: Auth,
    private readonly logIn: (userName: string, password: string) => Promise<Login>,
  ) {}

  /** Whether a 401 can be mended by logging in again. */
  get canRenew(): boolean {
    return 'userName' in this.auth;
  }

  /** The token to send; logs in when there is none. A caller's abort stops its wait, not the shared login. */
  async token(signal: AbortSignal | undefined): Promise<string> {
    if ('token' in this.auth) return this.auth.token;
    if (this.login && this.login.expiresAt - EXPIRY_SKEW_MS > Date.now()) return this.login.token;
    if (!this.pending) {
      const { userName, password } = this.auth;
      this.pending = this.logIn(userName, password)
        .then((login) => {
          this.login = login;
          return login;
        })
        .finally(() => {
          this.pending = undefined;
        });
    }
    return (await unlessAborted(this.pending, signal)).token;
  }

  /** Forgets a token the server refused, so that the next call logs in again. */
  renew(refused: string): void {
    if (this.login?.token === refused) this.login = undefined;
  }
}
