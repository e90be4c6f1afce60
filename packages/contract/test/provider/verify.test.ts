// The contract verified as other teams verify it: against the plain reference portal (not test
// mode) with a token only, with every credential, against the test-mode portal, and against
// providers that break it (booleans as strings, a field dropped, XML lists wrapped), through the
// published command and its report.
import { rmSync } from 'node:fs';
import { startPortal } from '@oo-crm/portal';
import { startTestPortal, type TestPortal } from '@oo-crm/portal/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPacts } from '../../dist/verify.js';
import { junitPath, readWellFormed, referencePortal, runCli, tamperingProxy, tokenOf } from './providers.js';

// The interactions a token alone cannot run: they need a login, or a user without CRM access.
const NEEDS_CREDENTIALS = [
  'a login with user name and password',
  'a request from a user without CRM access',
  'a request with the token from the login',
];

const reference = referencePortal();

describe('the plain reference portal (not test mode)', () => {
  it('passes with a token alone; what needs other credentials is skipped, with why', async () => {
    const report = await verifyPacts({ providerBaseUrl: reference.portal.url, token: reference.token });
    expect(report.results.filter((r) => r.outcome === 'failed')).toEqual([]);
    const skipped = report.results.filter((r) => r.outcome === 'skipped');
    expect(skipped.map((r) => r.description)).toEqual(NEEDS_CREDENTIALS);
    expect(skipped.map((r) => r.reason)).toEqual([
      'no user name and password given (OO_CRM_USER and OO_CRM_PASSWORD)',
      'no guest token given (--guest-token or OO_CRM_GUEST_TOKEN)',
      'no user name and password given (OO_CRM_USER and OO_CRM_PASSWORD)',
    ]);
    expect(report.results.filter((r) => r.outcome === 'passed').length).toBeGreaterThan(15);
    expect(report.passed).toBe(true);
  });

  it('passes every interaction with a user name and password and a guest token', async () => {
    const report = await verifyPacts({
      providerBaseUrl: reference.portal.url,
      userName: reference.portal.user.userName,
      password: reference.portal.user.password,
      guestToken: await tokenOf(reference.portal, reference.portal.guest),
    });
    expect(report.results.filter((r) => r.outcome !== 'passed')).toEqual([]);
  });

  it('skips what its data cannot show, and says how to give it', async () => {
    // A seed whose only contact has one deal, visible: no contact hides a deal, no page of two.
    const small = await startPortal({
      seed: {
        users: [{ userName: 'u@x.test', password: 'pw', role: 'user', displayName: 'U' }],
        contacts: [{ id: 1, displayName: 'Acme', shareType: 'Read' }],
        deals: [{ id: 10, title: 'One', contact: 1, members: [1] }],
      },
    });
    try {
      const report = await verifyPacts({ providerBaseUrl: small.url, userName: 'u@x.test', password: 'pw' });
      expect(report.passed).toBe(true);
      const reasons = report.results.filter((r) => r.outcome === 'skipped').map((r) => r.reason);
      expect(reasons).toContain(
        "no such contact found among the caller's deals (give --contact-with-hidden-deal N)",
      );
      expect(reasons).toContain('the caller sees fewer than two deals');
    } finally {
      await small.close();
    }
  });
});

describe('the test-mode portal', () => {
  let testPortal: TestPortal;
  beforeAll(async () => {
    testPortal = await startTestPortal();
  });
  afterAll(() => testPortal.close());

  it('passes too, with its demo user', async () => {
    const report = await verifyPacts({
      providerBaseUrl: testPortal.url,
      userName: testPortal.user.userName,
      password: testPortal.user.password,
    });
    expect(report.results.filter((r) => r.outcome === 'failed')).toEqual([]);
  });
});

describe('a provider that breaks the contract fails, naming the field', () => {
  it.each([
    [
      'booleans as strings',
      (body: string) => body.replace(/"isPrivate":(true|false)/g, '"isPrivate":"$1"'),
      /^ {11}\$\.response\[\*\]\.isPrivate: expected a boolean, got '(true|false)' \(a string\)/m,
    ],
    [
      'a required field dropped',
      (body: string) => body.replace(/"title":"[^"]*",/g, '').replace(/<title>[^<]*<\/title>/g, ''),
      /^ {11}\$\.result\.response\.title: expected an element, got nothing$/m,
    ],
    [
      'XML lists wrapped instead of flattened',
      (body: string) =>
        body
          .replace(/<response>/, '<responses><response>')
          .replace(/(<\/response>)(?!.*<\/response>)/s, '$1</responses>'),
      /^ {11}\$\.result\.response: expected an element, got nothing$/m,
    ],
  ])('%s', async (_, rewrite, named) => {
    const proxy = await tamperingProxy(reference.portal.url, rewrite);
    const junit = junitPath();
    try {
      const { code, stdout } = await runCli(['verify', '--provider-base-url', proxy.url, '--junit', junit], {
        OO_CRM_TOKEN: reference.token,
      });
      expect(code).toBe(1);
      expect(stdout).toMatch(/^FAILED {3}/m);
      expect(stdout).toMatch(named);
      expect(stdout).not.toContain('\u001b[');
      expect(stdout).toMatch(/\d+ passed, [1-9]\d* failed, \d+ skipped\n$/);
      const xml = readWellFormed(junit);
      expect(xml).toMatch(/<testsuites name="oo-crm contract" tests="\d+" failures="[1-9]/);
      expect(xml).toContain('<failure message=');
    } finally {
      rmSync(junit, { force: true });
      await proxy.close();
    }
  });
});

describe('the command', () => {
  it('exits 0 when nothing failed, with one line per interaction and no escape codes off a terminal', async () => {
    const { code, stdout } = await runCli(['verify', '--provider-base-url', reference.portal.url], {
      OO_CRM_TOKEN: reference.token,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^passed {3}a request for one opportunity, in XML$/m);
    expect(stdout).toMatch(/^skipped {2}a login with user name and password \(no user name/m);
    expect(stdout).not.toContain('\u001b[');
    expect(stdout).not.toContain('Verifying a pact between');
  });

  it('exits 2 without a token or without a provider, saying why', async () => {
    const noToken = await runCli(['verify', '--provider-base-url', reference.portal.url], {
      OO_CRM_TOKEN: '',
    });
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toContain('no token: give --token (or OO_CRM_TOKEN)');
    const noProvider = await runCli(['verify']);
    expect(noProvider.code).toBe(2);
    expect(noProvider.stderr).toContain('--provider-base-url');
    expect((await runCli(['--help'])).code).toBe(0);
  });
});
