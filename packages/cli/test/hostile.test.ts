import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeOpportunities } from '@oo-crm/core';
import { readFixture } from '@oo-crm/fixtures';
import { expectLinear } from '@oo-crm/linearity';
import { startTestPortal, type TestPortal } from '@oo-crm/portal/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CELL_CHARS, renderTable } from '../src/render-table.js';
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
    // The table wraps long cells: the title column is read back line by line.
    const titles = stdout
      .split('\n')
      .map((line) => line.split('│')[1]?.trim() ?? '')
      .join('');
    for (const shown of ['\\u001b]0;owned', '\\u0007', '\\u009b31m', '\\u202e']) {
      expect(titles).toContain(shown);
    }
  });

  it('--output json stays exact, and DEL, C1, bidi and U+2028/2029 are \\u escapes, not raw', async () => {
    const body = JSON.parse(readFixture('server-deals.json'));
    const title = `Deal ${ESCAPES}\u007f\u0085\u2028\u2029\u2066\u200f`;
    body.response[0].title = title;
    answerOnce(200, JSON.stringify(body));
    const { code, stdout } = await run('--output', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].title).toBe(title);
    expect(stdout).not.toMatch(RAW_CONTROL);
    expect(stdout).not.toMatch(/[\u2028\u2029\u2066\u200f]/);
    expect(stdout).toContain('\\u007f\\u0085\\u2028\\u2029\\u2066\\u200f');
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

describe('every line the CLI writes is escaped, and its exit codes hold', () => {
  it("Commander's own messages quote hostile arguments escaped (exit 2)", async () => {
    for (const args of [
      [`evil${ESCAPES}`],
      ['opportunities', '1', `--${ESCAPES}`],
      ['opportunities', '1', '--format', ESCAPES],
    ]) {
      const { code, stderr } = await runCli(args);
      expect(code).toBe(2);
      expect(stderr).not.toMatch(RAW_CONTROL);
      expect(stderr).toContain('\\u001b]0;owned');
    }
  });

  it('with standard error closed, the documented exit codes stand (not 1)', async () => {
    expect((await runCli(['opportunities', '1/../x'], { closedStderr: true })).code).toBe(2);
    expect((await runCli(['frobnicate'], { closedStderr: true })).code).toBe(2);
    const { code } = await runCli(['decode', '--format', 'json'], {
      stdin: '{"status":0',
      closedStderr: true,
    });
    expect(code).toBe(5);
  });

  it("decode: a server's error message cut as the client cuts it (500 characters), on stderr and in JSON", async () => {
    const message = `${ESCAPES}${'m'.repeat(1_000_000)}`;
    const { code, stderr, stdout } = await runCli(['decode', '--format', 'json'], {
      stdin: JSON.stringify({ status: 1, statusCode: 400, error: { message, hresult: 0, data: {} } }),
    });
    expect(code).toBe(4);
    expect(stderr.length).toBeLessThan(700);
    expect(stderr).not.toMatch(RAW_CONTROL);
    const shown = JSON.parse(stdout).message as string;
    expect(shown.length).toBe(501);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe('the table: cells cut before layout, the terminal width kept, linear time', () => {
  const [first] = (() => {
    const page = decodeOpportunities(readFixture('server-deals.json'), 'json');
    if (page._tag === 'Left') throw new Error('fixture');
    return page.right.items;
  })();

  it('a 256 KiB title (52 s before): exit 0 at once, cut to the documented width, 80 columns on a pipe', async () => {
    const body = JSON.parse(readFixture('server-deals.json'));
    body.response[0].title = `Long ${'word '.repeat(52_000)}`;
    answerOnce(200, JSON.stringify(body));
    const started = performance.now();
    const { code, stdout } = await run();
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(20_000);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(stdout.length).toBeLessThan(20_000);
  });

  it('widths follow the terminal within 80–120 columns; a cell shows at most MAX_CELL_CHARS', () => {
    const item = { ...first!, title: 'abcd '.repeat(MAX_CELL_CHARS) };
    for (const [columns, width] of [
      [undefined, 80],
      [60, 80],
      [100, 100],
      [200, 120],
    ] as const) {
      const lines = renderTable([item], false, columns).split('\n').slice(0, -1);
      expect(new Set(lines.map((l) => [...l].length))).toEqual(new Set([width]));
    }
    // 100 characters: 20 words of five, the last one's space given to the ellipsis.
    const table = renderTable([item], false, 120);
    expect(table.match(/abcd/g)?.length).toBe(MAX_CELL_CHARS / 5);
    expect(table).toContain('…');
    // A word longer than its column is broken, not cut: every character of it is shown.
    const long = renderTable([{ ...first!, title: 'y'.repeat(MAX_CELL_CHARS) }], false, 80);
    const cells = long.slice(0, long.lastIndexOf('\n')); // not the count line's "opportunity"
    expect(cells.match(/y/g)?.length).toBe(MAX_CELL_CHARS);
  });

  it('rendering is linear in the rows and in the text of a cell (time ratios at ×2, ×4, ×8)', () => {
    expectLinear(
      (n) => Array.from({ length: n }, () => first!),
      (items) => renderTable(items, false, 120),
      20,
    );
    expectLinear(
      (n) => [{ ...first!, title: 'word '.repeat(n) }],
      (items) => renderTable(items, false, 120),
      200_000,
    );
  });
});

// A server of our own for what the test portal does not do: slow decodes and endless large pages.
let raw: Server;
let rawUrl: string;
let onRequest: (url: URL, res: ServerResponse) => void = (_, res) => res.writeHead(404).end();
beforeAll(async () => {
  raw = createServer((req, res) => onRequest(new URL(req.url ?? '/', 'http://x'), res));
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
});
afterAll(() => {
  raw.closeAllConnections();
  raw.close();
});
const JSON_TYPE = { 'content-type': 'application/json; charset=UTF-8' };
const runRaw = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli([...args, '--base-url', rawUrl, '--retries', '0'], { ...options, env: { OO_CRM_TOKEN: 'tok' } });

describe('Ctrl-C and --all', () => {
  it('Ctrl-C ends a command at once, even in the middle of a long decode: SIGINT (a shell reports 130)', async () => {
    // 48 MB of zeros where deals belong: seconds of synchronous decoding.
    const body = `{"status":0,"statusCode":200,"response":[${'0,'.repeat(24_000_000)}0]}`;
    let sent = 0;
    onRequest = (_, res) => {
      res.writeHead(200, JSON_TYPE);
      res.end(body, () => {
        sent = performance.now();
      });
    };
    let interrupted = 0;
    const result = await runRaw(['opportunities', '1'], {
      onStart: (child) => {
        const poll = setInterval(() => {
          if (sent > 0 && performance.now() - sent > 300) {
            clearInterval(poll);
            interrupted = performance.now();
            child.kill('SIGINT');
          }
        }, 20);
      },
    });
    expect(result.signal).toBe('SIGINT');
    expect(performance.now() - interrupted).toBeLessThan(2_000);
  }, 60_000);

  it('--all streams the pages: 120 MB of answers in a 128 MiB heap, every item written', async () => {
    const [golden] = JSON.parse(readFixture('server-deals.json')).response;
    const PAGES = 20;
    // Full pages (the client asks for 1000), each about 6 MB: deals of a 3 KB title. Held
    // together, their 20,000 decoded deals would need several times the heap.
    const COUNT = 1000;
    onRequest = (url, res) => {
      const start = Number(url.searchParams.get('startIndex') ?? 0);
      const response =
        start >= PAGES * COUNT
          ? []
          : Array.from({ length: COUNT }, (_, i) => ({
              ...golden,
              id: start + i + 1,
              title: `${start + i + 1} ${'t'.repeat(3_000)}`,
            }));
      res.writeHead(200, JSON_TYPE);
      res.end(JSON.stringify({ count: response.length, status: 0, statusCode: 200, response }));
    };
    const { code, stdoutBytes, stderr } = await runRaw(['opportunities', '1', '--all', '--output', 'json'], {
      node: ['--max-old-space-size=96'],
      countStdout: true,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdoutBytes).toBeGreaterThan(PAGES * COUNT * 3_000);
  }, 120_000);

  it('--all with JSON output writes what the whole array would be', async () => {
    portal.test.setState('contact {contactId} has {count} opportunities', { contactId: 5151, count: 1203 });
    const args = ['opportunities', '5151', '--output', 'json', '--base-url', portal.url];
    const all = await runCli([...args, '--all'], { env: { OO_CRM_TOKEN: token } });
    expect(all.code).toBe(0);
    const items = JSON.parse(all.stdout) as unknown[];
    expect(items).toHaveLength(1203);
    expect(all.stdout).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });
});
