import { fork } from 'node:child_process';
import type { Readable } from 'node:stream';
import { escapeControls, type Secrets } from './text.js';

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

/**
 * Pact's own output to standard error (`OO_CRM_CONTRACT_DEBUG`), line by line: scrubbed of the
 * caller's secrets, and escaped, since it quotes the provider's answers (its own colours too).
 */
function scrubbedTo(stream: Readable | null, secrets: Secrets): void {
  let pending = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) process.stderr.write(`${escapeControls(secrets.scrub(line))}\n`);
  });
  stream?.on('end', () => {
    if (pending) process.stderr.write(`${escapeControls(secrets.scrub(pending))}\n`);
  });
}

/**
 * Runs Pact's verifier on a job in a child process and answers its JSON results, or rejects when it
 * takes longer than `timeoutMs`. Its own printed report goes nowhere unless `OO_CRM_CONTRACT_DEBUG`
 * is set; then to standard error, scrubbed of the caller's secrets (Pact logs request headers).
 */
export function runVerifier(job: VerifierJob, timeoutMs: number, secrets: Secrets): Promise<string> {
  return new Promise((resolve, reject) => {
    const debug = Boolean(process.env['OO_CRM_CONTRACT_DEBUG']);
    const child = fork(new URL('./pact-child.js', import.meta.url), [], {
      stdio: ['ignore', debug ? 'pipe' : 'ignore', debug ? 'pipe' : 'ignore', 'ipc'],
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    });
    if (debug) {
      scrubbedTo(child.stdout, secrets);
      scrubbedTo(child.stderr, secrets);
    }
    const timer = setTimeout(
      () => {
        child.kill('SIGKILL');
        reject(
          new Error(
            `the Pact verifier did not finish within the run's deadline (${Math.round(timeoutMs / 1000)} s)`,
          ),
        );
      },
      Math.max(timeoutMs, 0),
    );
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
