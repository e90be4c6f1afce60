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
