// @oo-crm/contract as another team runs it: installed from its tarball by npm, its bin verifying
// the reference portal with a token, and its library entry point.
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type RunningPortal, startPortal } from '@oo-crm/portal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPackedContract, publintMessages, tarballIn } from './packed.js';

let dir: string;
let portal: RunningPortal;
let token: string;
beforeAll(async () => {
  dir = installPackedContract();
  portal = await startPortal();
  const login = await fetch(`${portal.url}/api/2.0/authentication`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(portal.user),
  });
  token = ((await login.json()) as { response: { token: string } }).response.token;
}, 300_000);
afterAll(() => portal?.close());

describe('@oo-crm/contract from its tarball', () => {
  it('passes publint with no message at all, and ships the pacts and the verifier only', async () => {
    const tarball = tarballIn(dir, 'oo-crm-contract-');
    expect(await publintMessages(tarball)).toEqual([]);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    expect(files).toContain('package/pacts/oo-crm-client-onlyoffice-crm.json');
    expect(files).toContain('package/dist/cli.js');
    expect(files).not.toContain('shape.js');
  });

  it('verifies the plain reference portal from its bin, with a token only', async () => {
    // Not spawnSync: the portal answers from this process.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        join(dir, 'node_modules/.bin/oo-crm-contract'),
        ['verify', '--provider-base-url', portal.url],
        {
          cwd: dir,
          env: { ...process.env, OO_CRM_TOKEN: token, PACT_DO_NOT_TRACK: 'true' },
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\n\d+ passed, 0 failed, 3 skipped\n$/);
  });

  it('exposes verifyPacts to an ESM program', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { verifyPacts, STATES } from '@oo-crm/contract';
console.log(typeof verifyPacts, Object.keys(STATES).length > 5);`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(out).toBe('function true\n');
  });
});
