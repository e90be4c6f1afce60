import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProviderError, readBounded, send } from './http.js';
import { LIMITS } from './limits.js';
import type { Secrets } from './text.js';

/** Headers that describe one hop or the encoding this proxy undoes, never passed on. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-connection',
  'host',
  'content-length',
  'content-encoding',
  'expect',
  'te',
  'trailer',
]);

/** Bytes of a request Pact sends (the login's body is the largest, well under a kilobyte). */
const MAX_REQUEST_BYTES = 1024 * 1024;

/** The local proxy Pact's requests go through, and what it had to stop. */
export interface BoundedProxy {
  readonly url: string;
  /** What the proxy did not pass on, one line each (`GET /path: …`). */
  readonly events: ReadonlyArray<string>;
  close(): Promise<void>;
}

/**
 * A local proxy between Pact's verifier and the provider: Pact cannot bound what it reads, so each
 * answer reaches it through here, inflated and at most `LIMITS.pactBodyBytes` long (past it, or
 * past the request's time, Pact gets a 502 or 504 saying so); a redirect is never followed nor
 * passed on (Pact's client would follow it, with the credentials): Pact gets a 502 saying so.
 */
export async function startBoundedProxy(
  target: URL,
  signal: AbortSignal,
  secrets: Secrets,
): Promise<BoundedProxy> {
  const events: string[] = [];
  const prefix = target.pathname.replace(/\/$/, '');
  const server = createServer((req, res) => {
    forward(req, res).catch((error: unknown) => {
      const what = `${req.method} ${req.url}`;
      const message = error instanceof ProviderError ? error.message : `${what}: ${(error as Error).message}`;
      events.push(message);
      if (!res.headersSent)
        res.writeHead(message.includes('no answer in time') ? 504 : 502, { 'content-type': 'text/plain' });
      res.end(`oo-crm-contract: ${message}`);
    });
  });

  async function forward(req: IncomingMessage, res: ServerResponse) {
    const what = `${req.method} ${req.url}`;
    const body = await requestBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (HOP_HEADERS.has(name) || value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const url = new URL(`${prefix}${req.url ?? '/'}`, target.origin);
    const answer = await sendOrRedirect(url, req.method ?? 'GET', headers, body, what);
    const text = await readBounded(answer, what, LIMITS.pactBodyBytes);
    // The login interaction's answer carries a new token: a secret too, should Pact quote it.
    if (req.method === 'POST' && url.pathname.endsWith('/authentication')) secrets.add(tokenIn(text));
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (!HOP_HEADERS.has(name)) out[name] = value;
    });
    res.writeHead(answer.status, out);
    res.end(text);
  }

  /** The provider's answer; a redirect becomes a 502 (its text says why), and is noted. */
  async function sendOrRedirect(
    url: URL,
    method: string,
    headers: Headers,
    body: Buffer | undefined,
    what: string,
  ) {
    const init = { method, headers, ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}) };
    try {
      return await send(url, init, what, signal);
    } catch (error) {
      if (!(error instanceof ProviderError) || !error.message.includes('redirect')) throw error;
      events.push(error.message);
      return new Response(`oo-crm-contract: ${error.message}`, { status: 502 });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    events,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The token of a login's answer (`{"response":{"token":…}}`), if it has one. */
function tokenIn(text: string): string | undefined {
  try {
    const token = (JSON.parse(text) as { response?: { token?: unknown } } | null)?.response?.token;
    return typeof token === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}

function requestBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_REQUEST_BYTES) {
        req.destroy();
        reject(
          new ProviderError(`${req.method} ${req.url}: Pact's request is over ${MAX_REQUEST_BYTES} bytes`),
        );
      } else chunks.push(c);
    });
    req.on('end', () => resolve(chunks.length > 0 ? Buffer.concat(chunks) : undefined));
    req.on('error', reject);
  });
}
