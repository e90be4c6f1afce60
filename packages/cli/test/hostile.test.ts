import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixture } from '@oo-crm/fixtures';
import { startTestPortal, type TestPortal } from '@oo-crm/portal/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoToken } from './login.js';
import { runCli } from './run-cli.js';

// What a hostile server or file can do to the CLI's terminal and memory: nothing it did not allow.

let portal: TestPortal;
let token: string;
const dir = mkdtempSync(join(tmpdir(), 'oo-crm-hostile-'));

beforeAll(async () => {
  portal = await startTestPortal();
  token = await demoToken(portal);
});
afterAll(() => portal.close());
// A fault its request never took must not reach the next test.
afterEach(() => portal.test.faults.clear());

const ESCAPES = '\u001b]0;owned\u0007\u001b[2J\r\nforged line\u009b31m\u202e';
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/;

function answerOnce(status: number, body: string) {
  portal.test.faults.add({
    path: '/bycontact/1234',
    fault: { kind: 'respond', status, headers: { 'content-type': 'application/json; charset=UTF-8' }, body },
  });
}

const run = (...args: string[]) =>
  runCli(['opportunities', '1234', '--base-url', portal.url, '--retries', '0', ...args], {
    env: { OO_CRM_TOKEN: token },
  });

describe('server text never drives the terminal', () => {
  it('escape sequences in titles and names are shown escaped in the table', async () => {
    const body = JSON.parse(readFixture('server-deals.json'));
    body.response[0].title = `Deal ${ESCAPES}`;
    body.response[0].responsible.displayName = ESCAPES;
    answerOnce(200, JSON.stringify(body));
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(stdout).not.toMatch(RAW_CONTROL);
    // The table wraps long cells, so the escapes are looked for one by one.
    for (const shown of ['\\u001b]0;owned', '\\u0007', '\\u009b31m', '\\u202e']) {
      expect(stdout).toContain(shown);
    }
  });

  it('--output json stays exact: the same text, JSON-escaped and no more', async () => {
    const body = JSON.parse(readFixture('server-deals.json'));
    body.response[0].title = `Deal ${ESCAPES}`;
    answerOnce(200, JSON.stringify(body));
    const { code, stdout } = await run('--output', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].title).toBe(`Deal ${ESCAPES}`);
  });

  it("the server's error message: escaped and cut on stderr (exit 4)", async () => {
    const message = `${ESCAPES}${'y'.repeat(1_000_000)}`;
    answerOnce(400, JSON.stringify({ status: 1, statusCode: 400, error: { message, hresult: 0, data: {} } }));
    const { code, stderr } = await run();
    expect(code).toBe(4);
    expect(stderr).not.toMatch(RAW_CONTROL);
    expect(stderr.length).toBeLessThan(1_000);
    expect(stderr).toContain('\\u001b]0;owned');
  });
});

describe('oo-crm decode of hostile files', () => {
  it('invalid UTF-8 is a contract failure (exit 5)', async () => {
    const file = join(dir, 'latin1.json');
    writeFileSync(file, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    const { code, stderr } = await runCli(['decode', file, '--format', 'json']);
    expect(code).toBe(5);
    expect(stderr).toContain('not valid UTF-8');
  });

  it('62 MB of zeros where deals belong: exit 5 with a short report, not an out-of-memory crash', async () => {
    const file = join(dir, 'zeros.json');
    const items = 31_000_000;
    writeFileSync(file, `{"status":0,"statusCode":200,"response":[${'0,'.repeat(items - 1)}0]}`);
    const { code, stderr } = await runCli(['decode', file, '--format', 'json']);
    expect(code).toBe(5);
    expect(stderr.split('\n')[0]).toBe(
      `oo-crm: the response does not match the contract (${items} problems):`,
    );
    expect(stderr).toContain(`… and ${items - 20} more`);
    expect(stderr.length).toBeLessThan(2_000);
  });

  it('20,000 empty deals: exit 5 with 20 lines and a count, not a stack overflow (exit 4)', async () => {
    const { code, stderr } = await runCli(['decode', '--format', 'json'], {
      stdin: `{"status":0,"statusCode":200,"response":[${Array(20_000).fill('{}').join(',')}]}`,
    });
    expect(code).toBe(5);
    expect(stderr.trimEnd().split('\n')).toHaveLength(22);
  });
});
