import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFixture } from '@oo-crm/fixtures';
import { describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../dist/demo.js', import.meta.url));
const OO_CRM = fileURLToPath(new URL('../dist/oo-crm.js', import.meta.url));

/** Runs a built program as a child process, in `cwd` with `INIT_CWD` as pnpm sets them. */
function runBuilt(script: string, args: string[], where: { cwd?: string; INIT_CWD?: string } = {}) {
  return new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1', ...(where.INIT_CWD ? { INIT_CWD: where.INIT_CWD } : {}) };
    const child = spawn(process.execPath, [script, ...args], {
      env,
      ...(where.cwd ? { cwd: where.cwd } : {}),
    });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

const runDemo = () => runBuilt(DEMO, []);

describe('pnpm demo', () => {
  it('reads the demo contacts in both forms, and shows through the search what bycontact hides', async () => {
    const { code, stdout } = await runDemo();
    expect(code).toBe(0);
    expect(stdout).not.toContain('DIFFERENT VALUES');
    expect(stdout.match(/— same values/g)).toHaveLength(4);
    expect(stdout).toMatch(/Hotel catalogue/);
    expect(stdout).toMatch(
      /GET api\/2\.0\/crm\/opportunity\/filter\?contactid=\d+&contactAlsoIsParticipant=true — the [1-9]\d* the user may see/,
    );
  });
});

describe('pnpm oo-crm in the repository', () => {
  it('reads the embedded portal without --base-url, and takes paths from where it was typed', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'oo-crm-cwd-'));
    writeFileSync(join(cwd, 'saved.json'), readFixture('server-deals.json'));
    const run = (args: string[]) =>
      runBuilt(OO_CRM, args, { cwd: fileURLToPath(new URL('../../..', import.meta.url)), INIT_CWD: cwd });
    const table = await run(['opportunities', '1234']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Hotel catalogue[\s\S]*1 opportunity\n$/);
    const decoded = await run(['decode', 'saved.json', '--output', 'json']);
    expect(decoded.code).toBe(0);
    expect(JSON.parse(decoded.stdout)).toEqual(JSON.parse(readFixture('server-deals.domain.json')));
  });
});
