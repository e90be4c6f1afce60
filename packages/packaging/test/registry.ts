// A real npm registry for the release test: Verdaccio on a free loopback port, with its own storage
// and one user allowed to publish @oo-crm/*; everything else is proxied to the registry this
// machine's npm uses.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERDACCIO = fileURLToPath(new URL('../node_modules/.bin/verdaccio', import.meta.url));

/** A running registry. */
export interface Registry {
  /** `http://127.0.0.1:PORT/` */
  readonly url: string;
  /** An npm user configuration (`npm_config_userconfig`) holding the publishing user's token. */
  readonly userconfig: string;
  stop(): void;
}

/** A port nothing listens on now (Verdaccio cannot report the port it was given as 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts Verdaccio with a fresh storage and a user `release`, and answers once it serves. */
export async function startRegistry(): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'oo-crm-registry-'));
  const uplink = execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(dir, 'config.yaml'),
    `storage: ${join(dir, 'storage')}
auth:
  htpasswd:
    file: ${join(dir, 'htpasswd')}
uplinks:
  upstream:
    url: ${uplink}
    timeout: 60s
packages:
  '@oo-crm/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    proxy: upstream
log: { type: stdout, format: pretty, level: error }
`,
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(VERDACCIO, ['--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => {
    log += d;
  });
  child.stderr.on('data', (d) => {
    log += d;
  });
  const stop = () => {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child);
    const answer = await fetch(`${url}-/user/org.couchdb.user:release`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'release', password: 'release-test-password' }),
    });
    const { token } = (await answer.json()) as { token?: string };
    if (!token) throw new Error(`no token for the user (${answer.status})`);
    const userconfig = join(dir, 'npmrc');
    writeFileSync(userconfig, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
    return { url, userconfig, stop };
  } catch (error) {
    stop();
    throw new Error(`Verdaccio did not start: ${(error as Error).message}\n${log}`);
  }
}

async function waitUntilServing(url: string, child: ReturnType<typeof spawn>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('not serving after 60 s');
}
