// A team's own data: the seed format of docs/portal.md, read through real HTTP, and a bad seed's
// report (one line per bad entry, with its path).
import { execFile, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN, DEMO_GUEST, DEMO_USER, type Seed, startPortal } from '../src/index.js';
import { login, seedRefusal } from './helpers.js';

const SEED: Seed = {
  users: [
    { userName: 'lea@acme.test', password: 'lea-pw', role: 'user', displayName: 'Léa Martin' },
    { userName: 'boss@acme.test', password: 'boss-pw', role: 'admin', displayName: 'The Boss' },
    {
      userName: 'tom@acme.test',
      password: 'tom-pw',
      role: 'user',
      displayName: 'Tom & Co',
      twoFactorCode: '777000',
    },
  ],
  contacts: [
    { id: 1, displayName: 'Acme Ltd', isCompany: true, shareType: 'Read', currency: 'EUR' },
    { id: 2, displayName: 'Secret Partner', accessList: ['boss@acme.test'] },
  ],
  deals: [
    { id: 10, title: 'Support renewal', contact: 1, members: [1], bidValue: 1500, currency: 'EUR', stage: 2 },
    {
      id: 11,
      title: 'Side deal',
      contact: 1,
      members: [1, 2],
      isPrivate: true,
      accessList: ['boss@acme.test'],
    },
    { id: 12, title: 'Audit', contact: 1, members: [2], responsible: 'lea@acme.test' },
  ],
};

async function bycontact(url: string, token: string, id: number) {
  const response = await fetch(`${url}/api/2.0/crm/opportunity/bycontact/${id}`, {
    headers: { authorization: token },
  });
  return ((await response.json()) as { response: { id: number; members: { id: number }[] }[] }).response;
}

describe('a seed', () => {
  it('serves its users, contacts and deals with the server’s access rules', async () => {
    const portal = await startPortal({ seed: SEED });
    try {
      const lea = await login(portal, { userName: 'lea@acme.test', password: 'lea-pw' });
      const boss = await login(portal, { userName: 'boss@acme.test', password: 'boss-pw' });
      // Contact 1: deal 11 is private to the boss, so Léa gets none of its two deals.
      expect((await bycontact(portal.url, boss, 1)).map((d) => d.id)).toEqual([11, 10]);
      expect(await bycontact(portal.url, lea, 1)).toEqual([]);
      // Contact 2 (by participation: deals 11 and 12): hidden from Léa as a contact, and 11 is private.
      expect((await bycontact(portal.url, boss, 2)).map((d) => d.id)).toEqual([12, 11]);
      expect(await bycontact(portal.url, lea, 2)).toEqual([]);
      // The demo logins still work beside the seed's.
      expect(await login(portal)).toMatch(/\S/);
    } finally {
      await portal.close();
    }
  });

  it('gives a seed user with a code two-factor', async () => {
    const portal = await startPortal({ seed: SEED });
    try {
      const token = await login(portal, { userName: 'tom@acme.test', password: 'tom-pw' }, '777000');
      expect(token).toMatch(/\S/);
    } finally {
      await portal.close();
    }
  });

  it('refuses a bad seed first by its types, with core’s engine: one line per problem with its path', async () => {
    const error = await seedRefusal({
      users: [{ userName: 'x@acme.test', password: 'pw', role: 'user' }, 42],
      contacts: [{ id: '3', displayName: 'Y', isCompany: 'yes' }],
      deals: [{ id: 20, title: ['Z'], members: [3, 'one'], stage: '2' }],
    });
    expect(error.problems).toEqual([
      'seed.users[0].displayName: missing, expected string',
      'seed.users[1]: expected user object, got 42',
      'seed.contacts[0].id: expected integer, got "3"',
      'seed.contacts[0].isCompany: expected boolean, got "yes"',
      'seed.deals[0].title: expected string, got an array (1 items)',
      'seed.deals[0].members[1]: expected integer, got "one"',
      'seed.deals[0].stage: expected integer, got "2"',
    ]);
    expect(error.message.split('\n')[0]).toBe('the seed has 7 problems:');
    expect(error.issues[1]).toEqual({
      kind: 'type',
      path: ['users', 1],
      expected: 'user object',
      message: 'expected user object, got 42',
    });
  });

  it('then by its values and what refers to what: references and second definitions of their own kinds', async () => {
    const error = await seedRefusal({
      users: [
        { userName: 'x@acme.test', password: 'pw', role: 'owner', displayName: 'X' },
        { userName: 'X@acme.test', password: 'pw2', role: 'user', displayName: '' },
      ],
      contacts: [
        { id: 0, displayName: 'Nobody', currency: 'XYZ' },
        { id: 3, displayName: 'Y', accessList: ['ghost@acme.test'] },
        { id: 3, displayName: 'Y again', shareType: 'Everyone' },
      ],
      deals: [
        { id: 20, title: 'Z', contact: 99, members: [3, 4], stage: 9, created: '1 May 2024' },
        {
          id: 20,
          title: 'Z again',
          responsible: 'nobody',
          customFields: [{ label: 'L', fieldType: 'Text' }],
        },
      ],
    });
    expect(error.problems).toEqual([
      // Each entry's values on their own first…
      'seed.users[0].role: expected one of admin, user, guest, got "owner"',
      'seed.users[1].displayName: expected a non-empty string, got ""',
      'seed.contacts[0].id: expected an id from 1 to 2147483647, got 0',
      'seed.contacts[0].currency: expected one of USD, EUR, GBP, CNY, RUB, got "XYZ"',
      'seed.contacts[2].shareType: expected one of None, ReadWrite, Read, got "Everyone"',
      'seed.deals[0].stage: expected one of 1, 2, 3, 4, 5, 6, got 9',
      'seed.deals[0].created: expected a date yyyy-mm-dd, got "1 May 2024"',
      'seed.deals[1].customFields[0].fieldType: expected one of TextField, TextArea, SelectBox, CheckBox, Heading, Date, got "Text"',
      // …then what refers to something, and what is defined twice.
      'seed.users[1].userName: "X@acme.test" is already a user',
      'seed.contacts[1].accessList[0]: no user "ghost@acme.test"',
      'seed.contacts[2].id: contact 3 is already defined',
      'seed.deals[0].contact: no contact 99',
      'seed.deals[0].members[1]: no contact 4',
      'seed.deals[1].responsible: no user "nobody"',
      'seed.deals[1].id: deal 20 is already defined',
    ]);
    expect(error.issues.map((i) => i.kind)).toEqual([
      ...['enum', 'format', 'range', 'enum', 'enum', 'enum', 'format', 'enum'],
      ...['duplicate', 'reference', 'duplicate', 'reference', 'reference', 'reference', 'duplicate'],
    ]);
  });

  it('is read as core reads a record: null is not given, a PascalCase name is its camelCase one', async () => {
    const portal = await startPortal({
      seed: {
        users: [
          { UserName: 'ann@acme.test', password: 'ann-pw', role: 'admin', displayName: 'Ann', title: null },
        ],
        contacts: null,
        deals: [{ id: 5, Title: 'Renewal', contact: null, members: [], currency: null }],
      } as unknown as Seed,
    });
    try {
      const token = await login(portal, { userName: 'ann@acme.test', password: 'ann-pw' });
      const response = await fetch(`${portal.url}/api/2.0/crm/opportunity/5`, {
        headers: { authorization: token },
      });
      const deal = ((await response.json()) as { response: { title: string; contact: unknown } }).response;
      // No primary contact: the server leaves `contact` out.
      expect([deal.title, deal.contact]).toEqual(['Renewal', undefined]);
    } finally {
      await portal.close();
    }
  });

  it('from the command line: --seed FILE, and exit 2 with the problems for a bad one', async () => {
    const file = join(tmpdir(), `oo-crm-seed-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ users: [] }));
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    const run = promisify(execFile);
    const result = await run(process.execPath, [cli, '--port', '0', '--seed', file]).catch((e: unknown) => e);
    expect(result).toMatchObject({ code: 2 });
    expect((result as { stderr: string }).stderr).toContain('seed.users: expected at least one user');
  });

  it('from the command line: --kept-texts MIB, and exit 2 naming the flag for a bad one', async () => {
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    const run = promisify(execFile);
    for (const bad of ['-1', 'lots', '1.5', '65537']) {
      const result = await run(process.execPath, [cli, '--port', '0', `--kept-texts=${bad}`]).catch(
        (e: unknown) => e,
      );
      expect(result).toMatchObject({ code: 2 });
      expect((result as { stderr: string }).stderr).toContain(
        `--kept-texts: expected 0–65536 (MiB), got ${bad}`,
      );
    }
  });

  it('admits its own users only: the demo logins are refused unless demoLogins', async () => {
    const attempt = (url: string, user: { userName: string; password: string }) =>
      fetch(`${url}/api/2.0/authentication`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(user),
      }).then((r) => r.status);
    const only = await startPortal({ seed: SEED });
    const both = await startPortal({ seed: SEED, demoLogins: true });
    try {
      for (const demo of [DEMO_USER, DEMO_ADMIN, DEMO_GUEST]) {
        expect(await attempt(only.url, demo)).toBe(500);
        expect(await attempt(both.url, demo)).toBe(201);
      }
      expect(await attempt(only.url, { userName: 'boss@acme.test', password: 'boss-pw' })).toBe(201);
      // The portal reports the seed's first user of each role, and none for a role it lacks.
      expect([only.user?.userName, only.admin?.userName, only.guest]).toEqual([
        'lea@acme.test',
        'boss@acme.test',
        undefined,
      ]);
      expect(both.admin).toEqual(DEMO_ADMIN);
    } finally {
      await Promise.all([only.close(), both.close()]);
    }
  });

  it('prints no password when seeded, the demo ones included', async () => {
    const file = join(tmpdir(), `oo-crm-seed-ok-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(SEED));
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    for (const extra of [[], ['--demo-logins']]) {
      const child = spawn(process.execPath, [cli, '--port', '0', '--seed', file, ...extra]);
      const out = await new Promise<string>((resolve) => {
        let text = '';
        child.stdout.on('data', (d) => {
          text += d;
          if (text.includes('Try:')) resolve(text);
        });
      });
      child.kill();
      for (const secret of [
        'demo-password',
        'admin-password',
        'guest-password',
        '246810',
        'lea-pw',
        'boss-pw',
      ]) {
        expect(out).not.toContain(secret);
      }
      expect(out.includes('admin@crm.example.com')).toBe(extra.length > 0);
    }
  });
});
