import { readFixture } from '@oo-crm/fixtures';
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/index.js';

// nock intercepts Node's global fetch: these tests pin what goes over the wire.
beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  expect(nock.isDone()).toBe(true);
  nock.cleanAll();
});

const TOKEN = 'sEcReT+tok/en==';

describe('what the client sends', () => {
  it('GETs the JSON form with the raw token in Authorization and no Content-Type', async () => {
    nock('https://crm.example.com', { badheaders: ['content-type', 'cookie'] })
      .get('/api/2.0/crm/opportunity/bycontact/1234')
      .matchHeader('authorization', TOKEN)
      .reply(200, readFixture('server-deals.json'), { 'content-type': 'application/json; charset=utf-8' });
    const page = await createClient({
      baseUrl: 'https://crm.example.com',
      auth: { token: TOKEN },
    }).opportunities.byContact(1234);
    expect(page.items).toHaveLength(3);
  });

  it('chooses XML by the .xml suffix, under a base path', async () => {
    nock('https://crm.example.com', { badheaders: ['content-type'] })
      .get('/portal/api/2.0/crm/opportunity/bycontact/7.xml')
      .reply(200, readFixture('server-deals.xml'), { 'content-type': 'text/xml; charset=utf-8' });
    const client = createClient({
      baseUrl: 'https://crm.example.com/portal',
      auth: { token: TOKEN },
      format: 'xml',
    });
    expect((await client.opportunities.byContact('7')).items.map((o) => o.id)).toEqual([5001, 5002, 5003]);
  });

  it('sends the list parameters by their server names', async () => {
    nock('https://crm.example.com')
      .get('/api/2.0/crm/opportunity/bycontact/1')
      .query({
        count: '25',
        startIndex: '50',
        sortBy: 'title',
        sortOrder: 'descending',
        filterBy: 'title',
        filterOp: 'contains',
        filterValue: 'a&b c',
      })
      .reply(200, readFixture('empty.json'), { 'content-type': 'application/json' });
    await createClient({
      baseUrl: 'https://crm.example.com',
      auth: { token: TOKEN },
    }).opportunities.byContact(1, {
      count: 25,
      startIndex: 50,
      sortBy: 'title',
      sortOrder: 'descending',
      filterBy: 'title',
      filterOp: 'contains',
      filterValue: 'a&b c',
    });
  });

  it('logs in with a JSON body, then uses the token', async () => {
    nock('https://crm.example.com')
      .post('/api/2.0/authentication', { userName: 'anna@crm.example.com', password: 'pw' })
      .matchHeader('content-type', /application\/json/)
      .reply(201, {
        count: 1,
        status: 0,
        statusCode: 201,
        response: { token: TOKEN, expires: '2999-01-01T00:00:00.0000000Z' },
      })
      .get('/api/2.0/crm/opportunity/bycontact/1')
      .matchHeader('authorization', TOKEN)
      .reply(200, readFixture('empty.json'), { 'content-type': 'application/json' });
    const client = createClient({
      baseUrl: 'https://crm.example.com',
      auth: { userName: 'anna@crm.example.com', password: 'pw' },
    });
    expect(await client.opportunities.byContact(1)).toEqual({ items: [] });
  });
});
