import { fixturePath, readFixture } from '@oo-crm/fixtures';
import { startTestPortal, type TestPortal } from '@oo-crm/portal/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { demoToken } from './login.js';
import { runCli, runDemo, tableCells } from './run-cli.js';

let portal: TestPortal;
let token: string;

beforeAll(async () => {
  portal = await startTestPortal();
  token = await demoToken(portal);
});
afterAll(() => portal.close());
// A fault a test queued and its request never took (a client that timed out before its request
// reached the portal, on a loaded machine) must not hang the next test's request.
afterEach(() => portal.test.faults.clear());

const remote = () => ['--base-url', portal.url];

describe('oo-crm opportunities', () => {
  it('shows the documented contact from the embedded portal as a table (exit 0)', async () => {
    const { code, stdout } = await runCli(['opportunities', '1234']);
    expect(code).toBe(0);
    expect(tableCells(stdout)).toContain('Hotel catalogue');
    expect(tableCells(stdout)).toContain('Tadjeddine Bachir');
    expect(stdout).toMatch(/1 opportunity\n$/);
  });

  it('prints the domain JSON view, the same from JSON and from XML', async () => {
    const json = await runCli(['opportunities', '101', '--output', 'json', ...remote()], {
      env: { OO_CRM_TOKEN: token },
    });
    const xml = await runCli(['opportunities', '101', '--output', 'json', '--format', 'xml', ...remote()], {
      env: { OO_CRM_TOKEN: token },
    });
    expect(json.code).toBe(0);
    const items = JSON.parse(json.stdout) as { bidType: string; stage: { stageType: string } | null }[];
    expect(items.length).toBeGreaterThan(1);
    expect(['FixedBid', 'PerHour', 'PerDay', 'PerWeek', 'PerMonth', 'PerYear']).toContain(items[0]?.bidType);
    expect(xml.stdout).toBe(json.stdout);
  });

  it('logs in with --user and --password', async () => {
    const { code } = await runCli([
      'opportunities',
      '1234',
      ...remote(),
      '--user',
      portal.user.userName,
      '--password',
      portal.user.password,
    ]);
    expect(code).toBe(0);
  });

  it('fetches every page with --all', async () => {
    portal.test.setState('contact {contactId} has {count} opportunities', { contactId: 5150, count: 1205 });
    const { code, stdout } = await runCli(
      ['opportunities', '5150', '--all', '--output', 'json', ...remote()],
      { env: { OO_CRM_TOKEN: token } },
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(1205);
  });

  it.each([
    [['opportunities', '1/../x'], 2, 'contactId must be an integer'],
    [['opportunities', '-5'], 2, ''],
    [['opportunities'], 2, "missing required argument 'contactId'"],
    [['opportunities', '1', '--format', 'yaml'], 2, 'Allowed choices are json, xml'],
    [['opportunities', '1', '--timeout', 'soon'], 2, '--timeout must be an integer'],
    [['frobnicate'], 2, "unknown command 'frobnicate'"],
  ])('%j exits %i', async (args, expected, message) => {
    const { code, stderr, stdout } = await runCli(args);
    expect(code).toBe(expected);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('exits 3 when the token is refused, and never prints it', async () => {
    const secret = 'not-a-valid-token-0123456789';
    const { code, stderr, stdout } = await runCli(['opportunities', '1234', ...remote(), '--token', secret]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/^oo-crm: .*401 Unauthorized\n$/);
    expect(stderr + stdout).not.toContain(secret);
  });

  it('exits 3 on a failed login, and never prints the password', async () => {
    const { code, stderr, stdout } = await runCli([
      'opportunities',
      '1',
      ...remote(),
      '--user',
      'demo@crm.example.com',
      '--password',
      'hunter2-secret',
    ]);
    expect(code).toBe(3);
    expect(stderr + stdout).not.toContain('hunter2-secret');
  });

  it('exits 4 when the server keeps failing', async () => {
    portal.test.faults.add({ path: '/bycontact/1234', times: 1, fault: { kind: 'respond', status: 503 } });
    const { code, stderr } = await runCli(['opportunities', '1234', ...remote(), '--retries', '0'], {
      env: { OO_CRM_TOKEN: token },
    });
    expect(code).toBe(4);
    expect(stderr).toContain('503');
  });

  it('exits 4 on a timeout', async () => {
    portal.test.faults.add({ path: '/bycontact/1234', times: 1, fault: { kind: 'hang' } });
    const { code } = await runCli(
      ['opportunities', '1234', ...remote(), '--retries', '0', '--timeout', '200'],
      { env: { OO_CRM_TOKEN: token } },
    );
    expect(code).toBe(4);
  });

  it('exits 5 when the answer is not the contract, with the issues under the first line', async () => {
    const body = '{"status":0,"statusCode":200,"response":[{"id":"x"}]}';
    portal.test.faults.add({
      path: '/bycontact/1234',
      fault: { kind: 'respond', status: 200, headers: { 'content-type': 'application/json' }, body },
    });
    const { code, stderr } = await runCli(['opportunities', '1234', ...remote()], {
      env: { OO_CRM_TOKEN: token },
    });
    expect(code).toBe(5);
    expect(stderr.split('\n')[0]).toMatch(/^oo-crm: the response does not match the contract/);
    expect(stderr).toContain('  response[0].id: expected integer, got "x"');
  });

  it('exits 5 on an HTML page and on hostile XML', async () => {
    portal.test.faults.add({
      path: '/bycontact/1234',
      fault: { kind: 'respond', status: 200, headers: { 'content-type': 'text/html' }, body: '<html>' },
    });
    expect(
      (await runCli(['opportunities', '1234', ...remote()], { env: { OO_CRM_TOKEN: token } })).code,
    ).toBe(5);
    const xml = '<!DOCTYPE r [<!ENTITY a "b">]><result/>';
    portal.test.faults.add({
      path: '/bycontact/1234.xml',
      fault: { kind: 'respond', status: 200, headers: { 'content-type': 'text/xml' }, body: xml },
    });
    expect(
      (
        await runCli(['opportunities', '1234', '--format', 'xml', ...remote()], {
          env: { OO_CRM_TOKEN: token },
        })
      ).code,
    ).toBe(5);
  });
});

describe('oo-crm opportunity', () => {
  it('shows one opportunity by id, the same from JSON and from XML (exit 0)', async () => {
    const list = await runCli(['opportunities', '1234', '--output', 'json', ...remote()], {
      env: { OO_CRM_TOKEN: token },
    });
    const [deal] = JSON.parse(list.stdout) as { id: number; title: string }[];
    const json = await runCli(['opportunity', String(deal!.id), '--output', 'json', ...remote()], {
      env: { OO_CRM_TOKEN: token },
    });
    const xml = await runCli(
      ['opportunity', String(deal!.id), '--output', 'json', '--format', 'xml', ...remote()],
      {
        env: { OO_CRM_TOKEN: token },
      },
    );
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { title: string }[]).map((d) => d.title)).toEqual(['Hotel catalogue']);
    expect(xml.stdout).toBe(json.stdout);
    const table = await runCli(['opportunity', String(deal!.id)]);
    expect(tableCells(table.stdout)).toMatch(/Hotel catalogue[\s\S]*1 opportunity\n$/);
  });

  it('exits 2 for an id the route cannot take, before any request, and 4 for a missing one', async () => {
    expect((await runCli(['opportunity', '0'])).code).toBe(2);
    expect((await runCli(['opportunity', 'abc'])).code).toBe(2);
    const missing = await runCli(['opportunity', '999999', ...remote()], { env: { OO_CRM_TOKEN: token } });
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('404');
  });
});

describe('oo-crm search', () => {
  const env = () => ({ env: { OO_CRM_TOKEN: token } });
  const titlesOf = (stdout: string) => (JSON.parse(stdout) as { title: string }[]).map((d) => d.title);

  it("lists a contact's visible deals where opportunities lists none (exit 0)", async () => {
    const bycontact = await runCli(['opportunities', '103', '--output', 'json', ...remote()], env());
    expect(JSON.parse(bycontact.stdout)).toEqual([]);
    const found = await runCli(
      ['search', '--contact', '103', '--also-participant', '--output', 'json', ...remote()],
      env(),
    );
    expect(found.code).toBe(0);
    const deals = JSON.parse(found.stdout) as { isPrivate: boolean }[];
    expect(deals.length).toBeGreaterThan(0);
    const xml = await runCli(
      [
        'search',
        '--contact',
        '103',
        '--also-participant',
        '--output',
        'json',
        '--format',
        'xml',
        ...remote(),
      ],
      env(),
    );
    expect(xml.stdout).toBe(found.stdout);
  });

  it('takes every criterion, repeated tags, an order, and --all follows the pages', async () => {
    const args = ['search', '--stage-type', 'open', '--text', 'deal', '--sort-by', 'bidValue'];
    const one = await runCli([...args, '--sort-order', 'descending', '--output', 'json', ...remote()], env());
    expect(one.code).toBe(0);
    const all = await runCli(
      [...args, '--sort-order', 'descending', '--count', '7', '--all', '--output', 'json', ...remote()],
      env(),
    );
    expect(titlesOf(all.stdout)).toEqual(titlesOf(one.stdout));
    expect(titlesOf(one.stdout).length).toBeGreaterThan(7);
    const tagged = await runCli(['search', '--tag', 'VIP', '--tag', 'renewal', ...remote()], env());
    expect(tagged.code).toBe(0);
    expect(tagged.stdout).toMatch(/\d+ opportunit(y|ies)\n$/);
  });

  it('exits 2 for criteria the server would answer with nothing, before any request', async () => {
    for (const args of [
      ['--also-participant'],
      ['--from', '2024-01-01'],
      ['--responsible', 'mike'],
      ['--stage-type', 'pending'],
      ['--sort-order', 'descending'],
      ['--count', '0'],
    ]) {
      const run = await runCli(['search', ...args, ...remote()], env());
      expect(run.code, args.join(' ')).toBe(2);
    }
  });
});

describe('oo-crm decode', () => {
  it('decodes a saved JSON response', async () => {
    const { code, stdout } = await runCli(['decode', fixturePath('server-deals.json'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFixture('server-deals.domain.json')));
  });

  it('decodes XML from standard input', async () => {
    const { code, stdout } = await runCli(['decode', '-', '--format', 'xml'], {
      stdin: readFixture('server-deals.xml'),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFixture('server-deals.domain.json')));
  });

  it('says what is wrong with a broken response (exit 5)', async () => {
    const broken = readFixture('server-deals.json').replace('"stageType":0', '"stageType":7');
    const { code, stderr } = await runCli(['decode', '--format', 'json'], { stdin: broken });
    expect(code).toBe(5);
    expect(stderr).toContain('response[0].stage.stageType: expected 0 | 1 | 2, got 7');
  });

  it('with --output json, prints the issues as data on standard output (exit 5)', async () => {
    const broken = readFixture('server-deals.json')
      .replace('"stageType":0', '"stageType":7')
      .replace('"title":"Annual support contract"', '"title":42');
    const { code, stdout, stderr } = await runCli(['decode', '-', '--output', 'json'], { stdin: broken });
    expect(code).toBe(5);
    expect(JSON.parse(stdout)).toEqual({
      kind: 'decode',
      issueCount: 2,
      issues: [
        {
          kind: 'type',
          path: ['response', 0, 'title'],
          expected: 'string',
          message: 'expected string, got 42',
        },
        {
          kind: 'enum',
          path: ['response', 0, 'stage', 'stageType'],
          expected: '0 | 1 | 2',
          message: 'expected 0 | 1 | 2, got 7',
        },
      ],
    });
    expect(stderr).toContain('response[0].title: expected string, got 42');
  });

  it('with --output json, prints an error envelope as data (exit 4)', async () => {
    const { code, stdout } = await runCli(['decode', fixturePath('error-404.json'), '--output', 'json']);
    expect(code).toBe(4);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'api', statusCode: 404 });
  });

  it('reports an error envelope (exit 4) and an unreadable file (exit 2)', async () => {
    expect((await runCli(['decode', fixturePath('error-404.json')])).code).toBe(4);
    expect((await runCli(['decode', '/no/such/file.json'])).code).toBe(2);
  });
});

describe('pnpm demo', () => {
  it('reads the demo contacts in both forms, and shows through the search what bycontact hides', async () => {
    const { code, stdout } = await runDemo();
    expect(code).toBe(0);
    expect(stdout).not.toContain('DIFFERENT VALUES');
    expect(stdout.match(/— same values/g)).toHaveLength(4);
    expect(tableCells(stdout)).toMatch(/Hotel catalogue/);
    expect(stdout).toMatch(
      /GET …\/opportunity\/filter\?contactid=\d+&contactAlsoIsParticipant=true — the [1-9]\d* the user may see/,
    );
  });
});
