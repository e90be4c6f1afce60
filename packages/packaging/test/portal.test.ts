// @oo-crm/portal as another team installs it: from its tarball, started from its bin with a seed,
// and both entry points imported.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedPortal, publintMessages, tarballIn } from './packed.js';

const SEED = {
  users: [
    { userName: 'lea@acme.test', password: 'lea-pw', role: 'user', displayName: 'Léa Martin' },
    { userName: 'boss@acme.test', password: 'boss-pw', role: 'admin', displayName: 'The Boss' },
  ],
  contacts: [{ id: 1, displayName: 'Acme Ltd', isCompany: true, shareType: 'Read' }],
  deals: [{ id: 10, title: 'Support renewal', contact: 1, members: [1], bidValue: 1500 }],
};

let dir: string;
let stop: (() => void) | undefined;
beforeAll(() => {
  dir = installPackedPortal();
}, 300_000);
afterAll(() => stop?.());

describe('@oo-crm/portal from its tarball', () => {
  it('passes publint with no message at all', async () => {
    expect(await publintMessages(tarballIn(dir, 'oo-crm-portal-'))).toEqual([]);
  });

  it('starts from its bin with a seed and serves it over real HTTP', async () => {
    const seed = join(dir, 'seed.json');
    writeFileSync(seed, JSON.stringify(SEED));
    const child = spawn(join(dir, 'node_modules/.bin/oo-crm-portal'), ['--port', '0', '--seed', seed], {
      cwd: dir,
    });
    stop = () => child.kill();
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /listening on (\S+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.on('exit', (code) => reject(new Error(`the portal exited (${code})`)));
    });
    const login = await fetch(`${url}/api/2.0/authentication`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userName: 'lea@acme.test', password: 'lea-pw' }),
    });
    const token = ((await login.json()) as { response: { token: string } }).response.token;
    const answer = await fetch(`${url}/api/2.0/crm/opportunity/bycontact/1`, {
      headers: { authorization: token },
    });
    expect(answer.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    expect(((await answer.json()) as { response: { title: string }[] }).response.map((d) => d.title)).toEqual(
      ['Support renewal'],
    );
  }, 60_000);

  it('exposes startPortal and the testing entry point to an ESM program', () => {
    writeFileSync(
      join(dir, 'probe.mjs'),
      `import { startPortal, SeedError } from '@oo-crm/portal';
import { startTestPortal } from '@oo-crm/portal/testing';
const portal = await startTestPortal();
portal.test.setState('contact {contactId} has no opportunities', { contactId: 7 });
await portal.close();
const bad = await startPortal({ seed: { users: [] } }).catch((e) => e);
console.log(typeof startPortal, bad instanceof SeedError, bad.problems[0]);`,
    );
    const out = execFileSync(process.execPath, ['probe.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(out.trim()).toBe('function true seed.users: expected at least one user');
  }, 60_000);
});
