#!/usr/bin/env node
// oo-crm-contract verify --provider-base-url URL [options]: the oo-crm client's contract, verified
// against any ONLYOFFICE portal. Exit 0 only when no interaction failed; 1 when one did (or, with
// --fail-on-skip, was skipped); 2 when it could not verify (usage, no token, no provider, a
// deadline). The JUnit file (--junit) and the step summary ($GITHUB_STEP_SUMMARY) are written on
// every exit.
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { INT32_MAX } from '@oo-crm/core';
import { LIMITS } from './limits.js';
import { junitError, junitReport, markdownError, markdownSummary, textReport } from './report.js';
import { printable, Secrets } from './text.js';
import { type VerificationReport, verifyPacts } from './verify.js';
import { CONTRACT_VERSION } from './version.js';

const USAGE = `Usage: oo-crm-contract verify --provider-base-url URL [options]
       oo-crm-contract --version

Verifies the oo-crm client's contract (its pacts) against a running ONLYOFFICE portal.

Credentials (environment variables keep them off the command line):
  --token T                    the caller's token (or OO_CRM_TOKEN); without one, the verifier
                               logs in with OO_CRM_USER and OO_CRM_PASSWORD
  --guest-token T              a user without CRM access, for the 403 interaction
                               (or OO_CRM_GUEST_TOKEN); without it, that interaction is skipped
  OO_CRM_USER, OO_CRM_PASSWORD for the login interaction; without them it is skipped

What the provider states need, when the verifier should not look for it through the API:
  --contact-with-deals N       a contact whose every deal the caller may see, at least one
  --contact-with-several N     the same, with at least two
  --contact-with-hidden-deal N a contact with a deal hidden from the caller and one it may see
  --deal N                     a deal the caller may see
  --deal-with-records N        a deal with a primary contact that has a currency, a stage, a bid
                               currency, a member and a custom field
  --deal-with-bid N            a deal with a per-period bid: its type, value, number of periods
                               and probability of success
  --private-deal N             a private deal the caller may see, with a user in its access list

Limits:
  --timeout SECONDS            the whole run's deadline (default ${LIMITS.runMs / 1000})
  --search-timeout SECONDS     the state search's deadline (default ${LIMITS.stateSearchMs / 1000}); past it, the
                               states not met are skipped

Output:
  --junit FILE                 also write the results as JUnit XML (on every exit)
  --fail-on-skip               a skipped interaction fails the run (exit 1)
  --pact FILE                  verify these pacts instead of the published ones (repeatable)
  --version                    print the contract's version
  $GITHUB_STEP_SUMMARY         when set, a Markdown summary is appended to that file
`;

class UsageError extends Error {}

const integer = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text) || Number(text) < 1 || Number(text) > INT32_MAX)
    throw new UsageError(`${name} must be a number from 1 to ${INT32_MAX}`);
  return Number(text);
};

const seconds = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text) || Number(text) < 1)
    throw new UsageError(`${name} must be a number of seconds`);
  return Number(text) * 1000;
};

/** `--junit FILE` found without parsing, so that even a usage error writes the file. */
function junitPathOf(argv: ReadonlyArray<string>): string | undefined {
  let found: string | undefined;
  argv.forEach((a, i) => {
    if (a === '--junit') found = argv[i + 1];
    else if (a.startsWith('--junit=')) found = a.slice('--junit='.length);
  });
  return found;
}

/** The secrets the caller gave, from the environment and the command line, to scrub from stderr. */
function secretsOf(argv: ReadonlyArray<string>): Secrets {
  const env = process.env;
  const given = argv.flatMap((a, i) =>
    a === '--token' || a === '--guest-token'
      ? [argv[i + 1]]
      : a.startsWith('--token=') || a.startsWith('--guest-token=')
        ? [a.slice(a.indexOf('=') + 1)]
        : [],
  );
  return new Secrets([env['OO_CRM_TOKEN'], env['OO_CRM_GUEST_TOKEN'], env['OO_CRM_PASSWORD'], ...given]);
}

const OPTIONS = {
  'provider-base-url': { type: 'string' },
  token: { type: 'string' },
  'guest-token': { type: 'string' },
  'contact-with-deals': { type: 'string' },
  'contact-with-several': { type: 'string' },
  'contact-with-hidden-deal': { type: 'string' },
  deal: { type: 'string' },
  'deal-with-records': { type: 'string' },
  'deal-with-bid': { type: 'string' },
  'private-deal': { type: 'string' },
  timeout: { type: 'string' },
  'search-timeout': { type: 'string' },
  junit: { type: 'string' },
  'fail-on-skip': { type: 'boolean' },
  pact: { type: 'string', multiple: true },
  version: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Outcome = { code: 0 | 1 } | { report: VerificationReport; failOnSkip: boolean; junit?: string };

async function main(argv: string[]): Promise<Outcome> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  if (values.help) {
    process.stdout.write(USAGE);
    return { code: 0 };
  }
  if (values.version) {
    process.stdout.write(`${CONTRACT_VERSION}\n`);
    return { code: 0 };
  }
  if (positionals[0] !== 'verify' || positionals.length !== 1 || !values['provider-base-url']) {
    throw new UsageError('give the command verify and --provider-base-url URL');
  }
  const env = process.env;
  const optional = <K extends string, V>(key: K, value: V | undefined) =>
    (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
  const report = await verifyPacts({
    providerBaseUrl: values['provider-base-url'],
    ...optional('token', values.token ?? env['OO_CRM_TOKEN']),
    ...optional('guestToken', values['guest-token'] ?? env['OO_CRM_GUEST_TOKEN']),
    ...optional('userName', env['OO_CRM_USER']),
    ...optional('password', env['OO_CRM_PASSWORD']),
    ...optional('contactWithDeals', integer('--contact-with-deals', values['contact-with-deals'])),
    ...optional('contactWithSeveral', integer('--contact-with-several', values['contact-with-several'])),
    ...optional(
      'contactWithHiddenDeal',
      integer('--contact-with-hidden-deal', values['contact-with-hidden-deal']),
    ),
    ...optional('dealId', integer('--deal', values.deal)),
    ...optional('dealWithRecords', integer('--deal-with-records', values['deal-with-records'])),
    ...optional('dealWithBid', integer('--deal-with-bid', values['deal-with-bid'])),
    ...optional('privateDeal', integer('--private-deal', values['private-deal'])),
    ...optional('timeoutMs', seconds('--timeout', values.timeout)),
    ...optional('stateSearchTimeoutMs', seconds('--search-timeout', values['search-timeout'])),
    ...optional('pactFiles', values.pact),
  });
  return { report, failOnSkip: values['fail-on-skip'] === true, ...optional('junit', values.junit) };
}

/** Writes a text to stdout, resolving once it is flushed: the summary line must reach a pipe whole. */
const flushed = (stream: NodeJS.WriteStream, text: string) =>
  new Promise<void>((resolve) => stream.write(text, () => resolve()));

/** Appends the Markdown summary when the CI sets `$GITHUB_STEP_SUMMARY`; a failure to is said, not fatal. */
function stepSummary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  try {
    appendFileSync(file, markdown);
  } catch (error) {
    process.stderr.write(
      `oo-crm-contract: cannot write $GITHUB_STEP_SUMMARY (${(error as NodeJS.ErrnoException).code})\n`,
    );
  }
}

async function run(argv: string[]): Promise<number> {
  const secrets = secretsOf(argv);
  try {
    const outcome = await main(argv);
    if ('code' in outcome) return outcome.code;
    const { report, failOnSkip, junit } = outcome;
    if (junit) writeFileSync(junit, junitReport(report, failOnSkip));
    stepSummary(markdownSummary(report, failOnSkip));
    const colour = process.stdout.isTTY === true && !process.env['NO_COLOR'];
    await flushed(process.stdout, textReport(report, colour, failOnSkip));
    const skipped = report.results.some((r) => r.outcome === 'skipped');
    return report.passed && !(failOnSkip && skipped) ? 0 : 1;
  } catch (error: unknown) {
    const message = printable(secrets.scrub(error instanceof Error ? error.message : String(error)), 600);
    const junit = junitPathOf(argv);
    if (junit) {
      try {
        writeFileSync(junit, junitError(message, CONTRACT_VERSION));
      } catch {
        // The message below says why it failed; the file is what it could not be.
      }
    }
    stepSummary(markdownError(message, CONTRACT_VERSION));
    const code = (error as { code?: unknown }).code;
    const usage =
      error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'));
    await flushed(
      process.stderr,
      `oo-crm-contract: ${message}\n${usage ? '(oo-crm-contract --help for usage)\n' : ''}`,
    );
    return 2;
  }
}

// The exit code is set, not forced: standard output is flushed before the process ends.
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
