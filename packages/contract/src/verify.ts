import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import { PACT_DIR, PROVIDER, TOKEN_STATE } from './pact.js';

/** Options of {@link verifyPacts}. */
export interface VerifyOptions {
  /** The provider's base URL, e.g. `http://127.0.0.1:8080` or `https://portal.example.com`. */
  readonly providerBaseUrl: string;
  /**
   * A real token of the provider. The interactions carry a made-up one, which only a test-mode
   * portal can be told to accept; with this, requests carry the real one instead.
   */
  readonly token?: string;
  /** Pact files to verify. Default: the committed ones. */
  readonly pactFiles?: ReadonlyArray<string>;
}

/** The committed pact files. */
export function committedPacts(): string[] {
  return [join(PACT_DIR, 'oo-crm-client-onlyoffice-crm.json')];
}

/** Every provider state the pacts name. */
export function statesOf(pactFiles: ReadonlyArray<string>): string[] {
  const names = new Set<string>();
  for (const file of pactFiles) {
    const pact = JSON.parse(readFileSync(file, 'utf8')) as {
      interactions: { providerStates?: { name: string }[] }[];
    };
    for (const i of pact.interactions) for (const s of i.providerStates ?? []) names.add(s.name);
  }
  return [...names].sort();
}

/**
 * Sets a provider state through the portal's test endpoint (`POST /__test/state`). A provider
 * without it (a live portal) cannot set up states: the error says so, and Pact fails the
 * interactions that needed it; nothing is faked as passing.
 */
async function setState(base: string, state: string, params: unknown): Promise<undefined> {
  let response: Response;
  try {
    response = await fetch(new URL('__test/state', base.endsWith('/') ? base : `${base}/`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ state, params: params ?? {} }),
    });
  } catch (cause) {
    throw new Error(`cannot set up state "${state}": the provider did not answer`, { cause });
  }
  if (!response.ok) {
    const why =
      response.status === 404
        ? 'this provider has no state endpoint (not a test-mode portal)'
        : await response.text();
    throw new Error(`cannot set up state "${state}": ${why}`);
  }
  return undefined;
}

/** Verifies pacts against a running provider; resolves with Pact's report, rejects on any failure. */
export async function verifyPacts(options: VerifyOptions): Promise<unknown> {
  const pactUrls = [...(options.pactFiles ?? committedPacts())];
  const stateHandlers = Object.fromEntries(
    statesOf(pactUrls).map((state) => [
      state,
      // With a real token, the made-up token needs no state: the request filter swaps it.
      async (params?: unknown) =>
        options.token && state === TOKEN_STATE ? undefined : setState(options.providerBaseUrl, state, params),
    ]),
  );
  const token = options.token;
  return new Verifier({
    provider: PROVIDER,
    providerBaseUrl: options.providerBaseUrl,
    pactUrls,
    stateHandlers,
    logLevel: 'warn',
    ...(token
      ? {
          requestFilter: (
            req: { headers: Record<string, string | undefined> },
            _res: unknown,
            next: () => void,
          ) => {
            if (req.headers['authorization']) req.headers['authorization'] = token;
            next();
          },
        }
      : {}),
  }).verifyProvider();
}
