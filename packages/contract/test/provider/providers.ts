// What the provider tests share: the published command, run as a CI job runs it; providers that
// tamper with the reference portal's answers; pacts cut to the interactions a test needs; and the
// check that a JUnit file is well-formed XML 1.0.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningPortal, startPortal } from '@oo-crm/portal';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, expect } from 'vitest';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const PACT = fileURLToPath(new URL('../../pacts/oo-crm-client-onlyoffice-crm.json', import.meta.url));

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `oo-crm-contract ARGS` with the environment given (and none of the caller's OO_CRM_ variables). */
export function runCli(args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('OO_CRM_') && k !== 'GITHUB_STEP_SUMMARY'),
    );
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...inherited, PACT_DO_NOT_TRACK: 'true', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function tokenOf(portal: RunningPortal, login: { userName: string; password: string }) {
  const answer = await fetch(`${portal.url}/api/2.0/authentication`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  return ((await answer.json()) as { response: { token: string } }).response.token;
}

/**
 * The plain reference portal a test file verifies against, and its user's token: started before
 * the file's tests, closed after them. Read its fields inside tests, once they have started.
 */
export function referencePortal(): { readonly portal: RunningPortal; readonly token: string } {
  const reference = {} as { portal: RunningPortal; token: string };
  beforeAll(async () => {
    reference.portal = await startPortal();
    reference.token = await tokenOf(reference.portal, reference.portal.user);
  });
  afterAll(() => reference.portal.close());
  return reference;
}

/** A server on a free port of 127.0.0.1, and its URL. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A provider that forwards to the portal and rewrites the bodies of its answers (`rewrite` gets
 * the body, the request's path and its Authorization header).
 */
export function tamperingProxy(
  target: string,
  rewrite: (body: string, path: string, authorization: string | undefined) => string,
) {
  return listen((req, res) => {
    const upstream = httpRequest(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const headers = { ...up.headers };
          delete headers['content-length'];
          res.writeHead(up.statusCode ?? 500, headers);
          res.end(rewrite(Buffer.concat(chunks).toString('utf8'), req.url ?? '/', req.headers.authorization));
        });
      },
    );
    req.pipe(upstream);
  });
}

/** Each deal of a JSON answer (`response` a list or one deal), changed by `change`; XML untouched. */
export function eachDeal(change: (deal: Record<string, unknown>) => void) {
  return (body: string): string => {
    if (!body.startsWith('{')) return body;
    const parsed = JSON.parse(body) as { response?: unknown };
    const deals = Array.isArray(parsed.response) ? parsed.response : [parsed.response];
    for (const d of deals)
      if (d && typeof d === 'object' && 'createBy' in d) change(d as Record<string, unknown>);
    return JSON.stringify(parsed);
  };
}

/** A pact file of the committed pact's interactions whose descriptions pass `keep`. */
export function pactOf(keep: (description: string) => boolean): string {
  const pact = JSON.parse(readFileSync(PACT, 'utf8')) as { interactions: Array<{ description: string }> };
  pact.interactions = pact.interactions.filter((i) => keep(i.description));
  const file = join(mkdtempSync(join(tmpdir(), 'contract-pact-')), 'pact.json');
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

/** `oo-crm-contract verify` of the interactions `keep` selects, against `providerUrl`, with a token. */
export function verifyWithToken(
  providerUrl: string,
  token: string,
  keep: (description: string) => boolean,
): Promise<Run> {
  return runCli(['verify', '--provider-base-url', providerUrl, '--pact', pactOf(keep)], {
    OO_CRM_TOKEN: token,
  });
}

/** A fresh path for a JUnit file. */
export const junitPath = () => join(mkdtempSync(join(tmpdir(), 'contract-junit-')), 'contract.xml');

/** A JUnit file's text, asserted well-formed by {@link expectWellFormed}. */
export function readWellFormed(path: string): string {
  const xml = readFileSync(path, 'utf8');
  expectWellFormed(xml);
  return xml;
}

/**
 * Asserts a JUnit file is well-formed XML 1.0: the parser's check, and no character XML 1.0 refuses
 * (raw, or as a character reference), which the parser lets through.
 */
export function expectWellFormed(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true);
  const refused = [...xml].filter((c) => {
    const code = c.codePointAt(0) ?? 0;
    return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0xfffe || code === 0xffff;
  });
  expect(refused).toEqual([]);
  // Character references to what XML 1.0 refuses: `&#1;`, `&#x1b;`.
  for (const ref of xml.matchAll(/&#(x[0-9a-f]+|\d+);/gi)) {
    const code = Number(ref[1]?.startsWith('x') ? `0${ref[1]}` : ref[1]);
    expect(code >= 0x20 || code === 9 || code === 10 || code === 13).toBe(true);
  }
}
