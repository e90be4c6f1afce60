// Hostile providers: a token echoed back, redirects on credentials, gzip bombs to each reader, a
// state search that never answers, terminal escapes and control characters, megabyte values. The
// verifier leaks nothing, follows nothing, stays bounded, and its JUnit file stays well-formed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../dist/limits.js';
import {
  eachDeal,
  junitPath,
  listen,
  pactOf,
  readWellFormed,
  referencePortal,
  runCli,
  tamperingProxy,
  verifyWithToken,
} from './providers.js';

const reference = referencePortal();

const LIST_JSON = "a request for a contact's opportunities, in JSON";
const ONE_JSON = 'a request for one opportunity, in JSON';
const UNKNOWN_JSON = 'a request for a contact that does not exist, in JSON';

/** 64 MiB of zeros in about 64 KB of gzip: four times what any reader of the verifier accepts. */
const BOMB = gzipSync(Buffer.alloc(64 * 1024 * 1024));

/** A provider answering `hostile` where `when` says, and forwarding to the portal elsewhere. */
function provider(
  when: (req: IncomingMessage) => boolean,
  hostile: (req: IncomingMessage, res: ServerResponse) => void,
) {
  return listen((req, res) => {
    if (when(req)) {
      hostile(req, res);
      return;
    }
    const upstream = httpRequest(
      new URL(req.url ?? '/', reference.portal.url),
      { method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 500, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
}

const bomb = (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
  res.end(BOMB);
};

describe('never leak', () => {
  it('a token the provider echoes appears nowhere: report, JUnit, step summary, stderr, debug output', async () => {
    const echo = await tamperingProxy(reference.portal.url, (body, _path, authorization) =>
      eachDeal((d) => {
        d['isPrivate'] = `${authorization}`;
        d['title'] = `echo ${authorization} ${encodeURIComponent(authorization ?? '')}`;
      })(body),
    );
    const junit = junitPath();
    const summary = join(mkdtempSync(join(tmpdir(), 'contract-summary-')), 'summary.md');
    try {
      const run = await runCli(
        [
          'verify',
          '--provider-base-url',
          echo.url,
          '--junit',
          junit,
          '--pact',
          pactOf((d) => d === LIST_JSON || d === ONE_JSON),
        ],
        {
          OO_CRM_TOKEN: reference.token,
          OO_CRM_CONTRACT_DEBUG: '1',
          GITHUB_STEP_SUMMARY: summary,
        },
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /\$\.response(\[\*\])?\.isPrivate: expected a boolean, got '\[redacted\]' \(a string\)/,
      );
      const written = [run.stdout, run.stderr, readFileSync(junit, 'utf8'), readFileSync(summary, 'utf8')];
      for (const text of written) expect(text).not.toContain(reference.token);
      expect(run.stderr.length).toBeGreaterThan(0); // Pact's own output was there, scrubbed
      readWellFormed(junit);
    } finally {
      await echo.close();
    }
  });

  it('credentials in --provider-base-url are refused and not repeated', async () => {
    const junit = junitPath();
    const run = await runCli(
      ['verify', '--provider-base-url', 'http://admin:S3cretPassw0rd@127.0.0.1:9/', '--junit', junit],
      {
        OO_CRM_TOKEN: reference.token,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--provider-base-url holds credentials');
    for (const text of [run.stdout, run.stderr, readFileSync(junit, 'utf8')])
      expect(text).not.toContain('S3cretPassw0rd');
  });
});

describe('never trust an id', () => {
  it("ids from the provider's answers that are not positive Int32s never go into a path", async () => {
    const asked: string[] = [];
    const lying = await listen((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      const deal = (id: unknown) => ({ id, contact: { id }, members: [{ id }] });
      res.end(
        JSON.stringify({ status: 0, response: ['../../../x?', -1, 2 ** 40, 1.5, '7', null].map(deal) }),
      );
    });
    try {
      const run = await verifyWithToken(lying.url, reference.token, (d) => d === LIST_JSON || d === ONE_JSON);
      expect(asked).toEqual(['/api/2.0/crm/opportunity/filter?count=200']);
      expect(run.stdout).toMatch(
        /^skipped {2}a request for one opportunity, in JSON \(the caller sees no deal \(give --deal N\)\)$/m,
      );
      expect(run.stdout).toMatch(
        /^skipped {2}a request for a contact's opportunities, in JSON \(no such contact found/m,
      );
      expect(run.code).toBe(0);
    } finally {
      await lying.close();
    }
  });
});

describe('never follow', () => {
  it('a login answered with a 307 is not followed: the password never reaches the other address', async () => {
    const elsewhere: string[] = [];
    const other = await listen((req, res) => {
      elsewhere.push(`${req.method} ${req.url}`);
      res.end();
    });
    const redirecting = await listen((_req, res) => {
      res.writeHead(307, { location: `${other.url}/api/2.0/authentication` });
      res.end();
    });
    const junit = junitPath();
    try {
      const run = await runCli(['verify', '--provider-base-url', redirecting.url, '--junit', junit], {
        OO_CRM_USER: 'user@example.com',
        OO_CRM_PASSWORD: 'the-password-1',
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('the provider answered a redirect (307); not followed');
      expect(elsewhere).toEqual([]);
      const xml = readWellFormed(junit);
      expect(xml).toMatch(/<testsuites name="oo-crm contract" tests="1" failures="1" skipped="0">/);
      expect(xml).toContain('redirect (307)');
    } finally {
      await redirecting.close();
      await other.close();
    }
  });

  it("a redirect answered to one of Pact's requests is not followed, and fails that interaction", async () => {
    const elsewhere: string[] = [];
    const other = await listen((req, res) => {
      elsewhere.push(`${req.method} ${req.url}`);
      res.end('{}');
    });
    const hostile = await provider(
      // Pact's request only: the state search's own (`?count=0`) would end the run (exit 2).
      (req) => /\/bycontact\/\d+$/.test(req.url ?? ''),
      (_req, res) => {
        res.writeHead(302, { location: `${other.url}/steal` });
        res.end();
      },
    );
    try {
      const run = await verifyWithToken(
        hostile.url,
        reference.token,
        (d) => d === LIST_JSON || d === ONE_JSON,
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^FAILED {3}a request for a contact's opportunities, in JSON$/m);
      expect(run.stdout).toMatch(/^ {11}status: expected 200, got 502$/m);
      expect(run.stdout).toMatch(
        /^ {2}GET \/api\/2\.0\/crm\/opportunity\/bycontact\/\d+: the provider answered a redirect \(302\); not followed/m,
      );
      expect(run.stdout).toMatch(/^passed {3}a request for one opportunity, in JSON$/m);
      expect(elsewhere).toEqual([]);
    } finally {
      await hostile.close();
      await other.close();
    }
  });
});

describe('bounded', () => {
  it(`a gzip bomb as the login's answer: refused past ${LIMITS.ownBodyBytes} bytes`, async () => {
    const hostile = await listen(bomb);
    try {
      const run = await runCli(['verify', '--provider-base-url', hostile.url], {
        OO_CRM_USER: 'u',
        OO_CRM_PASSWORD: 'p',
      });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `POST /api/2.0/authentication (the login): the answer is over the limit of ${LIMITS.ownBodyBytes} bytes`,
      );
    } finally {
      await hostile.close();
    }
  });

  it("a gzip bomb as the state search's answer: refused past the same limit", async () => {
    const hostile = await provider((req) => (req.url ?? '').includes('/filter'), bomb);
    try {
      const run = await verifyWithToken(hostile.url, reference.token, (d) => d === LIST_JSON);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `GET /api/2.0/crm/opportunity/filter?count=200: the answer is over the limit of ${LIMITS.ownBodyBytes} bytes`,
      );
    } finally {
      await hostile.close();
    }
  });

  it(`a gzip bomb as an answer Pact reads: cut at ${LIMITS.pactBodyBytes} bytes by the proxy, that interaction failed`, async () => {
    const hostile = await provider((req) => /\/opportunity\/\d+$/.test(req.url ?? ''), bomb);
    try {
      const run = await verifyWithToken(
        hostile.url,
        reference.token,
        (d) => d === ONE_JSON || d === UNKNOWN_JSON,
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^FAILED {3}a request for one opportunity, in JSON$/m);
      expect(run.stdout).toContain(`: the answer is over the limit of ${LIMITS.pactBodyBytes} bytes`);
      expect(run.stdout).toMatch(/\n1 passed, 1 failed, 0 skipped\n$/);
    } finally {
      await hostile.close();
    }
  });

  it('a state search that never answers: the states it would meet are skipped at its deadline, the rest verified', async () => {
    const silent = await provider(
      (req) => (req.url ?? '').includes('/filter'),
      () => {},
    );
    const started = Date.now();
    try {
      const run = await runCli(
        [
          'verify',
          '--provider-base-url',
          silent.url,
          '--search-timeout',
          '2',
          '--pact',
          pactOf((d) => d === ONE_JSON || d === UNKNOWN_JSON),
        ],
        { OO_CRM_TOKEN: reference.token },
      );
      expect(run.stdout).toMatch(
        /^skipped {2}a request for one opportunity, in JSON \(the state search did not finish in time \(give --deal N\)\)$/m,
      );
      expect(run.stdout).toMatch(/^passed {3}a request for a contact that does not exist, in JSON$/m);
      expect(run.code).toBe(0);
      // Well before the 30 s a request may take: the search's own deadline ended it.
      expect(Date.now() - started).toBeLessThan(28_000);
    } finally {
      await silent.close();
    }
  });

  it('a provider that never answers: the run ends at its deadline with exit 2 and a JUnit file saying why', async () => {
    const silent = await listen(() => {});
    const junit = junitPath();
    try {
      const run = await runCli(
        ['verify', '--provider-base-url', silent.url, '--timeout', '2', '--junit', junit],
        {
          OO_CRM_TOKEN: reference.token,
        },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('the run did not finish within its deadline (2 s)');
      const xml = readWellFormed(junit);
      expect(xml).toContain('<failure message="the run did not finish within its deadline (2 s)"');
    } finally {
      await silent.close();
    }
  });

  it('--pact /dev/zero is refused without reading it, and so is a pact over the limit', async () => {
    const zero = await runCli(
      ['verify', '--provider-base-url', reference.portal.url, '--pact', '/dev/zero'],
      {
        OO_CRM_TOKEN: reference.token,
      },
    );
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--pact /dev/zero: not a regular file');
    const big = join(mkdtempSync(join(tmpdir(), 'contract-big-')), 'big.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(big, Buffer.alloc(LIMITS.pactFileBytes + 1, 32));
    const run = await runCli(['verify', '--provider-base-url', reference.portal.url, '--pact', big], {
      OO_CRM_TOKEN: reference.token,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`bytes, over the limit of ${LIMITS.pactFileBytes}`);
    rmSync(big, { force: true });
  });
});

describe('escaped', () => {
  it('escapes and control characters in values reach no report raw, nor the debug output; the JUnit file stays well-formed', async () => {
    const nasty = '\u001b]0;pwned\u0007\u001b[2J\u0000\r\nFAILED   forged line\u202e\u0085';
    const hostile = await tamperingProxy(
      reference.portal.url,
      eachDeal((d) => {
        d['isPrivate'] = nasty;
      }),
    );
    const junit = junitPath();
    try {
      const run = await runCli(
        [
          'verify',
          '--provider-base-url',
          hostile.url,
          '--junit',
          junit,
          '--pact',
          pactOf((d) => d === LIST_JSON),
        ],
        {
          OO_CRM_TOKEN: reference.token,
          OO_CRM_CONTRACT_DEBUG: '1',
        },
      );
      expect(run.code).toBe(1);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(run.stdout).not.toMatch(/^FAILED {3}forged line/m);
      expect(run.stderr).toContain('pwned');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(run.stdout).toContain('\\u001b]0;pwned\\u0007');
      const xml = readWellFormed(junit);
      expect(xml).toContain('\\u001b]0;pwned');
    } finally {
      await hostile.close();
    }
  });

  it('a 5 MiB value is quoted cut: the report and the JUnit file stay small, the summary last', async () => {
    // By id only: the search's answer of every deal would be over its own limit (and exit 2).
    const huge = eachDeal((d) => {
      d['isPrivate'] = 'x'.repeat(5 * 1024 * 1024);
    });
    const hostile = await tamperingProxy(reference.portal.url, (body, path) =>
      /\/opportunity\/\d+$/.test(path) ? huge(body) : body,
    );
    const junit = junitPath();
    try {
      const run = await runCli(
        [
          'verify',
          '--provider-base-url',
          hostile.url,
          '--junit',
          junit,
          '--pact',
          pactOf((d) => d === ONE_JSON),
        ],
        {
          OO_CRM_TOKEN: reference.token,
        },
      );
      expect(run.code).toBe(1);
      expect(run.stdout.length).toBeLessThan(8_000);
      expect(readFileSync(junit, 'utf8').length).toBeLessThan(12_000);
      expect(run.stdout).toMatch(/got "x{50,60}…$/m);
      expect(run.stdout).toMatch(/\n0 passed, 1 failed, 0 skipped\n$/);
    } finally {
      await hostile.close();
    }
  });
});
