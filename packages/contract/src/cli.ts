#!/usr/bin/env node
// oo-crm-contract verify --provider-base-url URL [options]: the oo-crm client's contract, verified
// against any ONLYOFFICE portal. Exit 0 only when no interaction failed; 1 when one did; 2 when it
// could not verify (usage, no token, no provider).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { junitReport, textReport } from './report.js';
import { verifyPacts } from './verify.js';

const USAGE = `Usage: oo-crm-contract verify --provider-base-url URL [options]

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

Output:
  --junit FILE                 also write the results as JUnit XML
  --pact FILE                  verify these pacts instead of the published ones (repeatable)
`;

const integer = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^\d{1,10}$/.test(text)) throw new UsageError(`${name} must be a number`);
  return Number(text);
};

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'provider-base-url': { type: 'string' },
      token: { type: 'string' },
      'guest-token': { type: 'string' },
      'contact-with-deals': { type: 'string' },
      'contact-with-several': { type: 'string' },
      'contact-with-hidden-deal': { type: 'string' },
      deal: { type: 'string' },
      junit: { type: 'string' },
      pact: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
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
    ...optional('pactFiles', values.pact),
  });
  process.stdout.write(textReport(report, process.stdout.isTTY === true && !env['NO_COLOR']));
  if (values.junit) writeFileSync(values.junit, junitReport(report));
  return report.passed ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`oo-crm-contract: ${message}\n`);
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write('(oo-crm-contract --help for usage)\n');
    }
    process.exit(2);
  },
);
