#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FULL_TEXT_ENGINES } from './crm/selection.js';
import { DATASET_SIZES, DEMO_ADMIN, DEMO_GUEST, DEMO_USER, type Login, TWO_FACTOR_USER } from './options.js';
import { startPortal } from './portal.js';
import type { Seed } from './seed/format.js';
import { SeedError } from './seed/issues.js';

/** The package's version, as published (`dist/cli.js` sits one folder below package.json). */
function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return String(manifest.version);
}

const USAGE = `Usage: oo-crm-portal [--port N] [--host ADDR] [--user NAME --password PW]
         [--admin-user NAME --admin-password PW] [--guest-user NAME --guest-password PW]
         [--dataset small|medium|large|N | --seed FILE [--demo-logins]] [--base-path /p] [--unpaid] [--log]
         [--full-text elasticsearch|none] [--kept-texts MIB]
       oo-crm-portal --version | --help

Starts the reference ONLYOFFICE portal on 127.0.0.1, with three logins: a regular user (--user), an
administrator (--admin-user) and a guest without CRM access (--guest-user). Passwords may come from
OO_CRM_PORTAL_PASSWORD, OO_CRM_PORTAL_ADMIN_PASSWORD and OO_CRM_PORTAL_GUEST_PASSWORD instead of the
command line. --seed FILE serves a team's own data (docs/portal.md): only the seed's users may log
in, unless --demo-logins admits the demo logins too; a seeded portal prints no password. --unpaid
answers every API call 402 unless it carries Payment-Info: false. --full-text none answers every
text search (filterValue) with nothing, as a server without Elasticsearch does. --kept-texts MIB
keeps that much of deals' written texts for the next answer that holds them (default: 4 KiB a deal,
64 to 512; 0 keeps none).`;

/** A seed file's JSON, checked by the portal at start; a file that cannot be read or parsed is a usage error. */
function seedFrom(file: string): Seed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`--seed: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text) as Seed;
  } catch {
    throw new Error(`--seed: ${file} is not JSON`);
  }
}

/** A login from its flags, then its environment variable, then the default; `given` when a password was supplied. */
function loginOf(
  userName: string | undefined,
  password: string | undefined,
  variable: string,
  fallback: Login,
): { login: Login; given: boolean } {
  const supplied = password || process.env[variable];
  return {
    login: { userName: userName ?? fallback.userName, password: supplied ?? fallback.password },
    given: supplied !== undefined && supplied !== '',
  };
}

function datasetSize(value: string): number {
  if (value in DATASET_SIZES) return DATASET_SIZES[value as keyof typeof DATASET_SIZES];
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0 || n > 100_000)
    throw new Error(`--dataset: expected small, medium, large or 0–100000, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      user: { type: 'string' },
      password: { type: 'string' },
      'admin-user': { type: 'string' },
      'admin-password': { type: 'string' },
      'guest-user': { type: 'string' },
      'guest-password': { type: 'string' },
      unpaid: { type: 'boolean', default: false },
      'demo-logins': { type: 'boolean', default: false },
      'full-text': { type: 'string', default: 'elasticsearch' },
      seed: { type: 'string' },
      dataset: { type: 'string', default: 'small' },
      'base-path': { type: 'string' },
      'kept-texts': { type: 'string' },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.version) {
    console.log(version());
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: expected 0–65535, got ${values.port}`);
  const user = loginOf(values.user, values.password, 'OO_CRM_PORTAL_PASSWORD', DEMO_USER);
  const admin = loginOf(
    values['admin-user'],
    values['admin-password'],
    'OO_CRM_PORTAL_ADMIN_PASSWORD',
    DEMO_ADMIN,
  );
  const guest = loginOf(
    values['guest-user'],
    values['guest-password'],
    'OO_CRM_PORTAL_GUEST_PASSWORD',
    DEMO_GUEST,
  );
  const fullText = FULL_TEXT_ENGINES.find((e) => e === values['full-text']);
  if (!fullText) throw new Error(`--full-text: expected elasticsearch or none, got ${values['full-text']}`);
  const keptTextMiB = values['kept-texts'] === undefined ? undefined : Number(values['kept-texts']);
  if (
    keptTextMiB !== undefined &&
    !(Number.isSafeInteger(keptTextMiB) && keptTextMiB >= 0 && keptTextMiB <= 65_536)
  )
    throw new Error(`--kept-texts: expected 0–65536 (MiB), got ${values['kept-texts']}`);
  const seeded = values.seed !== undefined;
  const demo = !seeded || values['demo-logins'];
  if (!demo && (values.user || values['admin-user'] || values['guest-user']))
    throw new Error('--user, --admin-user and --guest-user set demo logins: with --seed, add --demo-logins');
  const portal = await startPortal({
    port,
    host: values.host,
    user: user.login,
    admin: admin.login,
    guest: guest.login,
    unpaid: values.unpaid,
    demoLogins: values['demo-logins'],
    fullText,
    ...(values.seed ? { seed: seedFrom(values.seed) } : { dataset: { deals: datasetSize(values.dataset) } }),
    ...(values['base-path'] ? { basePath: values['base-path'] } : {}),
    ...(keptTextMiB === undefined ? {} : { keptTextBytes: keptTextMiB * 1024 * 1024 }),
    ...(values.log ? { log: (line: string) => process.stderr.write(`${line}\n`) } : {}),
  });
  console.log(`ONLYOFFICE reference portal listening on ${portal.url}`);
  if (seeded) {
    // A seed's users and passwords are the team's: never printed.
    console.log(
      `Logins: the seed's users, with the seed's passwords${demo ? ', and the demo logins' : ' only'}`,
    );
  } else {
    console.log('Logins:');
  }
  // Never a token. Only an unseeded portal's published demo passwords are shown; a password the
  // operator supplied is not echoed.
  for (const [role, { login, given }] of demo
    ? ([
        ['user (sees by access lists)', user],
        ['administrator (sees everything)', admin],
        ['guest (no CRM access: 403)', guest],
      ] as const)
    : []) {
    const shown = given ? '(password as given)' : seeded ? '(the documented demo password)' : login.password;
    console.log(`  ${role.padEnd(32)} ${login.userName} / ${shown}`);
  }
  if (demo) {
    console.log(
      `  ${'two-factor (app code)'.padEnd(32)} ${TWO_FACTOR_USER.userName} / the user's password${seeded ? '' : `, code ${TWO_FACTOR_USER.code}`}`,
    );
  }
  if (values.unpaid) console.log('  unpaid: every API call is 402 unless it carries Payment-Info: false');
  console.log(
    `Try: GET ${portal.url}/api/2.0/crm/opportunity/bycontact/1234, …/opportunity/1234 or …/opportunity/filter?stageType=Open  (Ctrl-C to stop)`,
  );
  const stop = () => {
    portal.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`oo-crm-portal: ${error instanceof Error ? error.message : String(error)}`);
  // A bad seed has said what is wrong with it, line by line; the usage would only bury that.
  if (!(error instanceof SeedError)) console.error(USAGE);
  process.exit(2);
});
