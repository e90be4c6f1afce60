// What a CI job gets from the command, on every exit: its version, the exit code its flags ask
// for, a JUnit file (one failed test case saying why when it could not verify), a Markdown step
// summary, the ids it used, and a line for each optional field no deal carried.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  eachDeal,
  junitPath,
  pactOf,
  readWellFormed,
  referencePortal,
  runCli,
  tamperingProxy,
  verifyWithToken,
} from './providers.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const NEEDS_CREDENTIALS = new Set([
  'a login with user name and password',
  'a request from a user without CRM access',
  'a request with the token from the login',
]);
const ONE_JSON = 'a request for one opportunity, in JSON';

const reference = referencePortal();

const summaryFile = () => join(mkdtempSync(join(tmpdir(), 'contract-summary-')), 'step-summary.md');

describe('the command in CI', () => {
  it('--version prints the contract version, which the report header names too', async () => {
    const run = await runCli(['--version']);
    expect([run.code, run.stdout]).toEqual([0, `${VERSION}\n`]);
    const verify = await verifyWithToken(reference.portal.url, reference.token, (d) => d === ONE_JSON);
    expect(verify.stdout.split('\n')[0]).toBe(
      `Verifying the oo-crm contract (@oo-crm/contract ${VERSION}) against ${reference.portal.url}/`,
    );
  });

  it('--fail-on-skip: a skipped interaction fails the run (exit 1), in the report and the JUnit file', async () => {
    const junit = junitPath();
    const pact = pactOf((d) => d === ONE_JSON || NEEDS_CREDENTIALS.has(d));
    const without = await runCli(['verify', '--provider-base-url', reference.portal.url, '--pact', pact], {
      OO_CRM_TOKEN: reference.token,
    });
    expect(without.code).toBe(0);
    const run = await runCli(
      [
        'verify',
        '--provider-base-url',
        reference.portal.url,
        '--pact',
        pact,
        '--fail-on-skip',
        '--junit',
        junit,
      ],
      {
        OO_CRM_TOKEN: reference.token,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /\n1 passed, 0 failed, 3 skipped \(--fail-on-skip: a skipped interaction fails the run\)\n$/,
    );
    const xml = readWellFormed(junit);
    expect(xml).toContain('<testsuites name="oo-crm contract" tests="4" failures="3" skipped="0">');
  });

  it('exit 2 still writes the JUnit file, as one failed test case saying why, and the step summary', async () => {
    const junit = junitPath();
    const summary = summaryFile();
    const run = await runCli(['verify', '--provider-base-url', reference.portal.url, '--junit', junit], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(run.code).toBe(2);
    const xml = readWellFormed(junit);
    expect(xml).toContain('<testsuites name="oo-crm contract" tests="1" failures="1" skipped="0">');
    expect(xml).toContain(`<property name="contract-version" value="${VERSION}"/>`);
    expect(xml).toMatch(/<failure message="no token: give --token \(or OO_CRM_TOKEN\)/);
    expect(readFileSync(summary, 'utf8')).toContain('**Could not verify:** no token');
    // A usage error too: the file is found before the options are parsed.
    const usage = await runCli(['verify', '--junit', junit, '--no-such-flag']);
    expect(usage.code).toBe(2);
    expect(readFileSync(junit, 'utf8')).toContain('Unknown option &apos;--no-such-flag&apos;');
  });

  it('a Markdown summary goes to $GITHUB_STEP_SUMMARY: the figures, each failure and skip', async () => {
    const summary = summaryFile();
    const run = await runCli(
      [
        'verify',
        '--provider-base-url',
        reference.portal.url,
        '--pact',
        pactOf((d) => d === ONE_JSON || NEEDS_CREDENTIALS.has(d)),
      ],
      { OO_CRM_TOKEN: reference.token, GITHUB_STEP_SUMMARY: summary },
    );
    expect(run.code).toBe(0);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain(`### oo-crm contract (@oo-crm/contract ${VERSION}) against`);
    expect(md).toContain('**1 passed, 0 failed, 3 skipped**');
    expect(md).toContain(
      '| skipped | a login with user name and password | no user name and password given (OO\\_CRM\\_USER and OO\\_CRM\\_PASSWORD) |',
    );
  });

  it('says which ids each state used, and which optional field no deal carried', async () => {
    const noBid = await tamperingProxy(
      reference.portal.url,
      eachDeal((d) => {
        delete d['bidValue'];
      }),
    );
    try {
      const run = await verifyWithToken(noBid.url, reference.token, (d) => d === ONE_JSON);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /^Ids the provider states used:\n {2}dealId \d+: a deal the caller may see$/m,
      );
      expect(run.stdout).toMatch(
        /^ {2}bidValue: absent on all \d+ deals the search answered; the contract lets it be absent, so nothing checked it$/m,
      );
      expect(run.stdout).not.toMatch(/^ {2}stage: absent/m);
    } finally {
      await noBid.close();
    }
  });
});
