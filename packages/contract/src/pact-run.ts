import { fork } from 'node:child_process';

/** What the verifier process needs: the pacts, the provider, what each state gives, credentials. */
export interface VerifierJob {
  readonly provider: string;
  readonly providerBaseUrl: string;
  readonly pactUrls: ReadonlyArray<string>;
  /** The values each provider state injects into its interactions (`{ contactId: 101 }`). */
  readonly stateValues: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly token: string;
  readonly guestToken?: string;
  readonly userName?: string;
  readonly password?: string;
}

/** Pact's verifier gets this long, at most. */
const VERIFY_TIMEOUT_MS = 10 * 60_000;

/**
 * Runs Pact's verifier on a job in a child process and answers its JSON results. Its own printed
 * report goes nowhere unless `OO_CRM_CONTRACT_DEBUG` is set.
 */
export function runVerifier(job: VerifierJob): Promise<string> {
  return new Promise((resolve, reject) => {
    const debug = Boolean(process.env['OO_CRM_CONTRACT_DEBUG']);
    const child = fork(new URL('./pact-child.js', import.meta.url), [], {
      stdio: ['ignore', debug ? 'inherit' : 'ignore', debug ? 'inherit' : 'ignore', 'ipc'],
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`the Pact verifier did not finish within ${VERIFY_TIMEOUT_MS / 60_000} minutes`));
    }, VERIFY_TIMEOUT_MS);
    let answered = false;
    child.once('message', (raw) => {
      answered = true;
      clearTimeout(timer);
      resolve(String(raw));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!answered) reject(new Error(`the Pact verifier stopped (exit code ${code}) without a result`));
    });
    child.send(job);
  });
}
