import { describe, expect, it } from 'vitest';
import { createClient, InvalidArgumentError } from '../../src/index.js';
import { fakeFetch, fixture } from '../fake-fetch.js';

const ok = () => fakeFetch(fixture('server-deals.json'));

describe('arguments are checked before any I/O', () => {
  it.each([
    ['1/../x'],
    ['-1'],
    [-1],
    [1.5],
    ['1.5'],
    [''],
    [' 1'],
    ['2147483648'],
    [2 ** 31],
    [Number.NaN],
    ['0x10'],
    ['１２'],
    [null],
    [{}],
  ])('contact id %j is an InvalidArgumentError, and nothing is sent', async (id) => {
    const { fetch, calls } = ok();
    const client = createClient({ baseUrl: 'https://crm.example.com', auth: { token: 't' }, fetch });
    await expect(client.opportunities.byContact(id as number)).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(calls).toHaveLength(0);
  });

  it.each([0, '0', 42, '0042', 2147483647, '2147483647'])('contact id %j is accepted', async (id) => {
    const { fetch, calls } = ok();
    await createClient({
      baseUrl: 'https://crm.example.com',
      auth: { token: 't' },
      fetch,
    }).opportunities.byContact(id);
    expect(calls[0]?.url).toBe(`https://crm.example.com/api/2.0/crm/opportunity/bycontact/${Number(id)}`);
  });

  it.each([
    [{ baseUrl: 'not a url' }, 'absolute URL'],
    [{ baseUrl: 'ftp://crm.example.com' }, 'http: or https:'],
    [{ baseUrl: 'http://crm.example.com' }, 'loopback'],
    [{ baseUrl: 'https://user:pw@crm.example.com' }, 'credentials'],
    [{ baseUrl: 'https://crm.example.com/?x=1' }, 'query'],
    [{ auth: { token: '' } }, 'auth must be'],
    [{ auth: { token: 'a\r\nX-Evil: 1' } }, 'auth must be'],
    [{ auth: {} }, 'auth must be'],
    [{ format: 'yaml' }, "format must be 'json' or 'xml'"],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ retries: -1 }, 'retries'],
    [{ retries: 1.5 }, 'retries'],
    [{ maxResponseBytes: 0 }, 'maxResponseBytes'],
  ])('createClient refuses %j', (override, message) => {
    const options = { baseUrl: 'https://crm.example.com', auth: { token: 't' }, ...override } as Parameters<
      typeof createClient
    >[0];
    expect(() => createClient(options)).toThrow(InvalidArgumentError);
    expect(() => createClient(options)).toThrow(message);
  });

  it('allows http: to loopback, and to other hosts only with allowInsecureHttp', () => {
    for (const baseUrl of ['http://127.0.0.1:8080', 'http://localhost', 'http://[::1]:1']) {
      expect(() => createClient({ baseUrl, auth: { token: 't' } })).not.toThrow();
    }
    expect(() =>
      createClient({ baseUrl: 'http://crm.lan', auth: { token: 't' }, allowInsecureHttp: true }),
    ).not.toThrow();
  });

  it.each([
    [{ count: -1 }, 'count'],
    [{ count: 1001 }, 'count'],
    [{ startIndex: -1 }, 'startIndex'],
    [{ sortOrder: 'up', sortBy: 'title' }, 'sortOrder'],
    [{ sortOrder: 'descending' }, 'sortOrder needs sortBy'],
    [{ filterBy: 'title', filterOp: 'like' }, 'filterOp'],
    [{ filterValue: 'x' }, 'need filterBy'],
    [{ updatedSince: new Date() }, 'updatedSince is not supported'],
  ])('list option %j is refused before any I/O', async (options, message) => {
    const { fetch, calls } = ok();
    const client = createClient({ baseUrl: 'https://crm.example.com', auth: { token: 't' }, fetch });
    await expect(client.opportunities.byContact(1, options as never)).rejects.toThrow(message);
    expect(calls).toHaveLength(0);
  });
});

describe('one opportunity by id', () => {
  it.each([0, -1, 2_147_483_648, 1.5, 'abc', '12/../1', ''])(
    'refuses the id %j before any I/O',
    async (id) => {
      const { fetch, calls } = ok();
      const client = createClient({ baseUrl: 'https://crm.example.com', auth: { token: 't' }, fetch });
      await expect(client.opportunities.get(id as never)).rejects.toThrow(
        'opportunity id must be an integer from 1',
      );
      const left = await client.opportunities.getTE(id as never)();
      expect(left._tag).toBe('Left');
      expect(calls).toHaveLength(0);
    },
  );
});

describe('a search (opportunity/filter)', () => {
  it.each([
    [{ alsoParticipant: true }, 'alsoParticipant needs contactId'],
    [{ from: '2024-01-01' }, 'from and to go together'],
    [{ to: new Date() }, 'from and to go together'],
    [{ from: 'yesterday', to: '2024-01-01' }, 'from must be a Date or a date text'],
    [{ from: new Date(Number.NaN), to: new Date() }, 'from is an invalid Date'],
    [{ stageType: 'Won' }, 'stageType must be one of Open, ClosedAndWon, ClosedAndLost'],
    [{ responsibleId: 'mike' }, 'responsibleId must be a GUID'],
    [{ sortBy: 'created' }, 'sortBy must be one of title, responsible, stage, bidValue, dateAndTime, id'],
    [{ sortOrder: 'descending' }, 'sortOrder needs sortBy'],
    [{ count: 0 }, 'count must be an integer from 1 to 1000'],
    [{ count: 1001 }, 'count must be an integer from 1 to 1000'],
    [{ contactId: 0 }, 'contactId must be an integer from 1'],
    [{ stageId: 2_147_483_647 }, 'stageId must be an integer from 1 to 2147483646'],
    [{ tags: ['vip', ' '] }, 'tags must be non-empty texts'],
    [{ tags: ['a,b'] }, 'tags must not contain a comma'],
    [{ text: 'hotel, catalogue' }, 'text must not contain a comma'],
  ])('refuses %j before any I/O', async (options, message) => {
    const { fetch, calls } = ok();
    const client = createClient({ baseUrl: 'https://crm.example.com', auth: { token: 't' }, fetch });
    await expect(client.opportunities.filter(options as never)).rejects.toThrow(message);
    const left = await client.opportunities.filterTE(options as never)();
    expect(left._tag === 'Left' && left.left).toBeInstanceOf(InvalidArgumentError);
    await expect(client.opportunities.filterAll(options as never).next()).rejects.toThrow(message);
    expect(calls).toHaveLength(0);
  });

  it('sends the server its parameter names, tags repeated, dates as its text', async () => {
    const { fetch, calls } = ok();
    const client = createClient({ baseUrl: 'https://crm.example.com/base/', auth: { token: 't' }, fetch });
    await client.opportunities.filter({
      contactId: 12,
      alsoParticipant: true,
      stageType: 'ClosedAndWon',
      responsibleId: '93A3B9C0-3F6E-4D2A-9D63-1C2B3D4E5F60',
      tags: [' VIP ', 'renewal'],
      from: new Date(Date.UTC(2024, 0, 1)),
      to: '2024-12-31',
      text: ' hotel  cat ',
      sortBy: 'bidValue',
      sortOrder: 'descending',
      count: 50,
      startIndex: 100,
    });
    const url = new URL(calls[0]!.url);
    expect(url.pathname).toBe('/base/api/2.0/crm/opportunity/filter');
    expect([...url.searchParams]).toEqual([
      ['contactid', '12'],
      ['contactAlsoIsParticipant', 'true'],
      ['stageType', 'ClosedAndWon'],
      ['responsibleid', '93a3b9c0-3f6e-4d2a-9d63-1c2b3d4e5f60'],
      ['tags', 'VIP'],
      ['tags', 'renewal'],
      ['fromDate', '2024-01-01T00:00:00.0000000Z'],
      ['toDate', '2024-12-31'],
      ['filterValue', 'hotel  cat'],
      ['sortBy', 'bidValue'],
      ['sortOrder', 'descending'],
      ['count', '50'],
      ['startIndex', '100'],
    ]);
  });

  it('leaves out a blank text (the server would answer nothing for it alone)', async () => {
    const { fetch, calls } = ok();
    const client = createClient({ baseUrl: 'https://crm.example.com', auth: { token: 't' }, fetch });
    await client.opportunities.filter({ text: '   ' });
    expect(new URL(calls[0]!.url).search).toBe('');
  });
});
