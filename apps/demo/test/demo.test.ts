import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DEMO = fileURLToPath(new URL('../dist/demo.js', import.meta.url));

/** Runs the built `pnpm demo` program as a child process. */
function runDemo() {
  return new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [DEMO], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('pnpm demo', () => {
  it('reads the demo contacts in both forms, and shows through the search what bycontact hides', async () => {
    const { code, stdout } = await runDemo();
    expect(code).toBe(0);
    expect(stdout).not.toContain('DIFFERENT VALUES');
    expect(stdout.match(/— same values/g)).toHaveLength(4);
    expect(stdout).toMatch(/Hotel catalogue/);
    expect(stdout).toMatch(
      /GET …\/opportunity\/filter\?contactid=\d+&contactAlsoIsParticipant=true — the [1-9]\d* the user may see/,
    );
  });
});
