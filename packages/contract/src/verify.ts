import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACT_DIR, PROVIDER } from './pact.js';
import { runVerifier } from './pact-run.js';
import { ProviderStates, type StateOptions } from './provider-states.js';
import { type InteractionResult, resultsOf } from './results.js';

/** Options of {@link verifyPacts}. */
export interface VerifyOptions extends StateOptions {
  /** The provider's base URL, e.g. `http://127.0.0.1:8080` or `https://portal.example.com`. */
  readonly providerBaseUrl: string;
  /**
   * The caller's token. Without it, the verifier logs in with `userName` and `password`; with
   * neither, it cannot verify.
   */
  readonly token?: string;
  /** Pact files to verify. Default: the committed ones. */
  readonly pactFiles?: ReadonlyArray<string>;
}

/** What a verification found, one result per interaction. */
export interface VerificationReport {
  readonly provider: string;
  readonly results: ReadonlyArray<InteractionResult>;
  /** True when no interaction failed (skipped ones do not fail it). */
  readonly passed: boolean;
}

interface PactFile {
  interactions: Array<{ description: string; providerStates?: Array<{ name: string }> }>;
}

/** The committed pact files. */
export function committedPacts(): string[] {
  return [join(PACT_DIR, 'oo-crm-client-onlyoffice-crm.json')];
}

/** The caller's token: given, or from a login with the user name and password. */
async function callerToken(options: VerifyOptions): Promise<string> {
  if (options.token) return options.token;
  if (!options.userName || options.password === undefined) {
    throw new Error('no token: give --token (or OO_CRM_TOKEN), or OO_CRM_USER and OO_CRM_PASSWORD');
  }
  const base = options.providerBaseUrl.endsWith('/')
    ? options.providerBaseUrl
    : `${options.providerBaseUrl}/`;
  const answer = await fetch(new URL('api/2.0/authentication', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName: options.userName, password: options.password }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await answer.json().catch(() => ({}))) as { response?: { token?: string } };
  const token = body.response?.token;
  if (answer.status !== 201 || !token)
    throw new Error(`the login as ${options.userName} failed (${answer.status})`);
  return token;
}

/**
 * Verifies pacts against a running provider: a real ONLYOFFICE portal or the reference portal,
 * with the caller's token only. Provider states are met by what the options say or by what the
 * API shows; an interaction whose state cannot be met here is skipped, with why. Resolves with one
 * result per interaction; it rejects only when it cannot verify at all (no token, no provider).
 */
export async function verifyPacts(options: VerifyOptions): Promise<VerificationReport> {
  const token = await callerToken(options);
  const states = new ProviderStates(options.providerBaseUrl, token, options);
  const files = [...(options.pactFiles ?? committedPacts())];
  const skipped: InteractionResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'oo-crm-contract-'));
  try {
    const kept: string[] = [];
    const stateValues: Record<string, Readonly<Record<string, number>>> = {};
    for (const [n, file] of files.entries()) {
      const pact = JSON.parse(readFileSync(file, 'utf8')) as PactFile;
      const runnable: PactFile['interactions'] = [];
      for (const interaction of pact.interactions) {
        const named = interaction.providerStates ?? [];
        const resolutions = await Promise.all(named.map((s) => states.resolve(s.name)));
        const skip = resolutions.find((r): r is { skip: string } => 'skip' in r);
        if (skip) {
          skipped.push({ description: interaction.description, outcome: 'skipped', reason: skip.skip });
          continue;
        }
        runnable.push(interaction);
        // What each state gives its interactions (`{ contactId: 101 }`), for the verifier's handlers.
        resolutions.forEach((r, i) => {
          if ('values' in r) stateValues[(named[i] as { name: string }).name] = r.values;
        });
      }
      if (runnable.length === 0) continue;
      const copy = join(dir, `pact-${n}.json`);
      writeFileSync(copy, JSON.stringify({ ...pact, interactions: runnable }));
      kept.push(copy);
    }
    const raw =
      kept.length === 0
        ? undefined
        : await runVerifier({
            provider: PROVIDER,
            providerBaseUrl: options.providerBaseUrl,
            pactUrls: kept,
            stateValues,
            token,
            ...(options.guestToken ? { guestToken: options.guestToken } : {}),
            ...(options.userName ? { userName: options.userName, password: options.password ?? '' } : {}),
          });
    const ran = raw === undefined ? [] : resultsOf(raw);
    const results = [...ran, ...skipped].sort((a, b) => a.description.localeCompare(b.description));
    return {
      provider: options.providerBaseUrl,
      results,
      passed: results.every((r) => r.outcome !== 'failed'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
