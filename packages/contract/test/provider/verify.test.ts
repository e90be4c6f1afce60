import { spawn } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startPortal } from '@oo-crm/portal';
import { startTestPortal, type TestPortal } from '@oo-crm/portal/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPacts } from '../../src/verify.js';

const VERIFY = fileURLToPath(new URL('../../scripts/verify.mjs', import.meta.url));

function runVerify(args: string[]) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [VERIFY, ...args], {
      env: { ...process.env, PACT_DO_NOT_TRACK: 'true' },
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A provider that breaks one promise: it forwards to the portal and sends `isPrivate` as a string. */
function brokenProxy(target: URL): Promise<Server> {
  const server = createServer((req, res) => {
    const upstream = httpRequest(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: req.headers },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c) => chunks.push(c));
        up.on('end', () => {
          const body = Buffer.concat(chunks)
            .toString('utf8')
            .replace(/"isPrivate":(true|false)/g, '"isPrivate":"$1"');
          const headers = { ...up.headers };
          delete headers['content-length'];
          res.writeHead(up.statusCode ?? 500, headers);
          res.end(body);
        });
      },
    );
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let portal: TestPortal;
beforeAll(async () => {
  portal = await startTestPortal();
});
afterAll(() => portal.close());

describe('the reference portal honours the committed pacts', () => {
  it('passes every interaction, states set up through its test endpoint', async () => {
    await expect(verifyPacts({ providerBaseUrl: portal.url })).resolves.toBeDefined();
  });
});

describe('verification can fail', () => {
  it('a provider that sends booleans as strings fails, naming the field', async () => {
    const proxy = await brokenProxy(new URL(portal.url));
    try {
      const { code, output } = await runVerify([
        '--provider-base-url',
        `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      ]);
      expect(code).toBe(1);
      expect(output).toMatch(/\$\.response\[\d+\]\.isPrivate/);
      expect(output).toContain('verification failed');
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });

  it('a portal without the state endpoint fails, saying the states cannot be set up', async () => {
    const plain = await startPortal();
    try {
      const { code, output } = await runVerify(['--provider-base-url', plain.url]);
      expect(code).toBe(1);
      expect(output).toContain('this provider has no state endpoint');
    } finally {
      await plain.close();
    }
  });
});
