import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUTHENTICATION_ROUTE, routeUrl } from '@oo-crm/core';
import { absentEverywhere } from './absent-fields.js';
import { ProviderError, parseJson, readBounded, send } from './http.js';
import { LIMITS } from './limits.js';
import { PACT_DIR, PROVIDER } from './pact.js';
import { runVerifier } from './pact-run.js';
import { ProviderStates, type StateOptions } from './provider-states.js';
import { startBoundedProxy } from './proxy.js';
import { type InteractionResult, resultsOf } from './results.js';
import { printable, Secrets } from './text.js';
import { CONTRACT_VERSION } from './version.js';

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
  /** The whole run's deadline, in milliseconds (default `LIMITS.runMs`, 10 minutes). */
  readonly timeoutMs?: number;
  /** The state search's deadline, in milliseconds (default `LIMITS.stateSearchMs`, 2 minutes). */
  readonly stateSearchTimeoutMs?: number;
}

/** What a provider state came to: the values it gave its interactions (`contactId 5001`). */
export interface UsedState {
  readonly state: string;
  readonly values: Readonly<Record<string, number>>;
}

/** What a verification found, one result per interaction. */
export interface VerificationReport {
  /** The provider's base URL, as the report may print it. */
  readonly provider: string;
  /** The version of `@oo-crm/contract` that ran. */
  readonly version: string;
  readonly results: ReadonlyArray<InteractionResult>;
  /** True when no interaction failed (skipped ones do not fail it). */
  readonly passed: boolean;
  /** The ids each provider state gave, to reproduce a failure by hand. */
  readonly used: ReadonlyArray<UsedState>;
  /** What else the run noticed: fields absent on every deal, answers the proxy did not pass on. */
  readonly notes: ReadonlyArray<string>;
}

/** Why the verifier could not verify at all (exit code 2): a usage error, no token, no provider. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
}

interface PactRequest {
  method?: string;
  path?: string;
  query?: Record<string, ReadonlyArray<string>>;
  generators?: { path?: { expression?: string }; query?: Record<string, { expression?: string }> };
}

interface PactFile {
  interactions: Array<{
    description: string;
    providerStates?: Array<{ name: string }>;
    request?: PactRequest;
  }>;
}

/** The committed pact files. */
export function committedPacts(): string[] {
  return [join(PACT_DIR, 'oo-crm-client-onlyoffice-crm.json')];
}

/**
 * The provider's base URL, checked: http or https, and no credentials in it (they would be
 * printed and sent to every request; tokens go in `OO_CRM_TOKEN`). The error never repeats it.
 */
export function providerUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new VerifyError('--provider-base-url is not a URL');
  }
  if (url.username || url.password)
    throw new VerifyError(
      '--provider-base-url holds credentials (user:password@); give the token as OO_CRM_TOKEN, or OO_CRM_USER and OO_CRM_PASSWORD',
    );
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new VerifyError('--provider-base-url must be an http or https URL');
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * A pact file's text, size-checked before it is read: a regular file of at most
 * `LIMITS.pactFileBytes` (`--pact /dev/zero` is refused, never read).
 */
function readPact(file: string): PactFile {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new VerifyError(
      `--pact ${printable(file)}: ${(error as NodeJS.ErrnoException).code ?? 'cannot open it'}`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new VerifyError(`--pact ${printable(file)}: not a regular file`);
    if (stat.size > LIMITS.pactFileBytes)
      throw new VerifyError(
        `--pact ${printable(file)}: ${stat.size} bytes, over the limit of ${LIMITS.pactFileBytes}`,
      );
    const buffer = Buffer.alloc(LIMITS.pactFileBytes + 1);
    const size = readSync(fd, buffer, 0, buffer.length, 0);
    if (size > LIMITS.pactFileBytes)
      throw new VerifyError(`--pact ${printable(file)}: over the limit of ${LIMITS.pactFileBytes} bytes`);
    const pact = parseJson(
      buffer.subarray(0, size).toString('utf8'),
      `--pact ${printable(file)}`,
    ) as PactFile;
    if (!Array.isArray(pact?.interactions))
      throw new VerifyError(`--pact ${printable(file)}: not a pact (no interactions)`);
    return pact;
  } catch (error) {
    throw error instanceof ProviderError ? new VerifyError(error.message) : error;
  } finally {
    closeSync(fd);
  }
}

/** The caller's token: given, or from a login with the user name and password (never redirected). */
async function callerToken(options: VerifyOptions, base: URL, signal: AbortSignal): Promise<string> {
  if (options.token) return options.token;
  if (!options.userName || options.password === undefined) {
    throw new VerifyError('no token: give --token (or OO_CRM_TOKEN), or OO_CRM_USER and OO_CRM_PASSWORD');
  }
  const url = new URL(routeUrl(AUTHENTICATION_ROUTE), base);
  const what = `POST ${url.pathname} (the login)`;
  const answer = await send(
    url,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ userName: options.userName, password: options.password }),
    },
    what,
    signal,
  );
  const text = await readBounded(answer, what);
  const body = (() => {
    try {
      return JSON.parse(text) as { response?: { token?: unknown } } | null;
    } catch {
      return null;
    }
  })();
  const token = body?.response?.token;
  if (answer.status !== 201 || typeof token !== 'string' || token === '')
    throw new VerifyError(`the login as ${printable(options.userName)} failed (${answer.status})`);
  return token;
}

/** An interaction's request as a URL on the provider, with the ids its states gave (for curl). */
function requestUrl(request: PactRequest | undefined, values: Record<string, number>, base: URL): string {
  const fill = (expression: string | undefined, example: string) =>
    expression === undefined
      ? example
      : expression.replace(/\$\{(\w+)\}/g, (all, name: string) => String(values[name] ?? all));
  const path = fill(request?.generators?.path?.expression, request?.path ?? '/').replace(/^\//, '');
  const url = new URL(path, base);
  for (const [name, list] of Object.entries(request?.query ?? {}))
    for (const v of list)
      url.searchParams.append(name, fill(request?.generators?.query?.[name]?.expression, v));
  return `${request?.method ?? 'GET'} ${url.href}`;
}

/**
 * Verifies pacts against a running provider: a real ONLYOFFICE portal or the reference portal,
 * with the caller's token only. Provider states are met by what the options say or by what the
 * API shows; an interaction whose state cannot be met here is skipped, with why. Resolves with one
 * result per interaction; it rejects only when it cannot verify at all (no token, no provider, a
 * deadline passed), with a message free of the caller's secrets.
 */
export async function verifyPacts(options: VerifyOptions): Promise<VerificationReport> {
  const secrets = new Secrets([options.token, options.guestToken, options.password]);
  try {
    return await verifyWith(options, secrets);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const clean = secrets.scrub(message);
    throw error instanceof VerifyError || error instanceof ProviderError
      ? new VerifyError(clean)
      : Object.assign(new Error(clean), { code: (error as { code?: unknown }).code });
  }
}

async function verifyWith(options: VerifyOptions, secrets: Secrets): Promise<VerificationReport> {
  const base = providerUrl(options.providerBaseUrl);
  const started = Date.now();
  const runMs = options.timeoutMs ?? LIMITS.runMs;
  const run = AbortSignal.timeout(runMs);
  const pacts = (options.pactFiles ?? committedPacts()).map((file) => ({ file, pact: readPact(file) }));
  const token = await callerToken(options, base, run);
  secrets.add(token);
  const search = AbortSignal.any([
    run,
    AbortSignal.timeout(options.stateSearchTimeoutMs ?? LIMITS.stateSearchMs),
  ]);
  const states = new ProviderStates(base, token, options, search);
  const skipped: InteractionResult[] = [];
  const urls = new Map<string, string>();
  const dir = mkdtempSync(join(tmpdir(), 'oo-crm-contract-'));
  const proxy = await startBoundedProxy(base, run, secrets);
  try {
    const kept: string[] = [];
    const stateValues: Record<string, Readonly<Record<string, number>>> = {};
    for (const [n, { pact }] of pacts.entries()) {
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
        const values: Record<string, number> = {};
        resolutions.forEach((r, i) => {
          if ('values' in r) {
            stateValues[(named[i] as { name: string }).name] = r.values;
            Object.assign(values, r.values);
          }
        });
        urls.set(interaction.description, requestUrl(interaction.request, values, base));
      }
      if (runnable.length === 0) continue;
      const copy = join(dir, `pact-${n}.json`);
      writeFileSync(copy, JSON.stringify({ ...pact, interactions: runnable }));
      kept.push(copy);
    }
    if (run.aborted)
      throw new VerifyError(`the run did not finish within its deadline (${Math.round(runMs / 1000)} s)`);
    const raw =
      kept.length === 0
        ? undefined
        : await runVerifier(
            {
              provider: PROVIDER,
              providerBaseUrl: proxy.url,
              pactUrls: kept,
              stateValues,
              token,
              ...(options.guestToken ? { guestToken: options.guestToken } : {}),
              ...(options.userName ? { userName: options.userName, password: options.password ?? '' } : {}),
            },
            runMs - (Date.now() - started),
            secrets,
          ).catch((error: unknown) => {
            throw new VerifyError((error as Error).message);
          });
    const ran = (raw === undefined ? [] : resultsOf(raw, secrets)).map((r) =>
      r.outcome === 'failed' && urls.has(r.description) ? { ...r, request: urls.get(r.description) } : r,
    );
    const results = [...ran, ...skipped].sort((a, b) => a.description.localeCompare(b.description));
    const used = [...Object.entries(stateValues)]
      .filter(([, values]) => Object.keys(values).length > 0)
      .map(([state, values]) => ({ state, values }))
      .sort((a, b) => a.state.localeCompare(b.state));
    return {
      provider: printable(base.href, 200),
      version: CONTRACT_VERSION,
      results,
      passed: results.every((r) => r.outcome !== 'failed'),
      used,
      notes: [...absentEverywhere(states.seen), ...proxy.events.map((e) => printable(secrets.scrub(e), 300))],
    };
  } finally {
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
