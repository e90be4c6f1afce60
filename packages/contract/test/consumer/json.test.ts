import { createClient } from '@oo-crm/client';
import { Opportunity } from '@oo-crm/core';
import { readJsonFixture } from '@oo-crm/fixtures';
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE } from '../../src/content-types.js';
import { eachLikeTemplate, jsonTemplate } from '../../src/json-template.js';
import { newPact, TOKEN, TOKEN_STATE } from '../../src/pact.js';
import { recordingFetch } from '../recording-fetch.js';

const golden = readJsonFixture('server-deals.json') as { response: Parameters<typeof jsonTemplate>[1][] };

describe('bycontact in JSON', () => {
  it('several opportunities, with the real server’s omissions', async () => {
    const { fetch, requests } = recordingFetch();
    await newPact()
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .given('contact {contactId} has the golden deals', { contactId: 101 })
      .uponReceiving('a request for the opportunities of a contact, in JSON')
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/101', (b) =>
        b.headers({ Authorization: TOKEN }),
      )
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          count: MatchersV3.integer(3),
          status: 0,
          statusCode: 200,
          response: golden.response.map((o) => jsonTemplate(Opportunity, o)),
        }),
      )
      .executeTest(async (server) => {
        const page = await createClient({
          baseUrl: server.url,
          auth: { token: TOKEN },
          fetch,
        }).opportunities.byContact(101);
        expect(page.items.map((o) => [o.title, o.bidType, o.contact?.id ?? null])).toEqual([
          ['Annual support contract', 'FixedBid', 101],
          ['Consulting hours', 'PerHour', null],
          ['Hardware & licences', 'FixedBid', null],
        ]);
      });
    expect(requests[0]?.headers['content-type']).toBeUndefined();
  });

  it('a contact with a deal private to others: none for a regular user, both for an administrator', async () => {
    const state = 'contact {contactId} has a public deal and a deal private to others';
    await newPact()
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .given(state, { contactId: 4343 })
      .uponReceiving("a regular user's request for a contact with a deal hidden from them")
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/4343', (b) =>
        b.headers({ Authorization: TOKEN }),
      )
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({ status: 0, statusCode: 200, response: [] }),
      )
      .executeTest(async (server) => {
        const page = await createClient({
          baseUrl: server.url,
          auth: { token: TOKEN },
        }).opportunities.byContact(4343);
        expect(page.items).toEqual([]);
      });
    await newPact()
      .addInteraction()
      .given('the token {token} belongs to an administrator', { token: TOKEN })
      .given(state, { contactId: 4343 })
      .uponReceiving("an administrator's request for a contact with a deal private to others")
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/4343', (b) =>
        b.headers({ Authorization: TOKEN }),
      )
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          count: MatchersV3.integer(2),
          status: 0,
          statusCode: 200,
          response: eachLikeTemplate(Opportunity, golden.response[0]!, 2),
        }),
      )
      .executeTest(async (server) => {
        const page = await createClient({
          baseUrl: server.url,
          auth: { token: TOKEN },
        }).opportunities.byContact(4343);
        expect(page.items).toHaveLength(2);
      });
  });

  it('an empty list', async () => {
    await newPact()
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .given('contact {contactId} has no opportunities', { contactId: 999999 })
      .uponReceiving('a request for a contact without opportunities, in JSON')
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/999999', (b) =>
        b.headers({ Authorization: TOKEN }),
      )
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({ status: 0, statusCode: 200, response: [] }),
      )
      .executeTest(async (server) => {
        const page = await createClient({
          baseUrl: server.url,
          auth: { token: TOKEN },
        }).opportunities.byContact(999999);
        expect(page).toEqual({ items: [] });
      });
  });

  it('a page with total and nextIndex', async () => {
    const example = golden.response[0]!;
    await newPact()
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .given('contact {contactId} has {count} opportunities', { contactId: 4242, count: 5 })
      .uponReceiving('a request for the first page of 2 opportunities, in JSON')
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/4242', (b) =>
        b.headers({ Authorization: TOKEN }).query({ count: '2', startIndex: '0' }),
      )
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          count: 2,
          nextIndex: 3,
          total: 5,
          status: 0,
          statusCode: 200,
          response: eachLikeTemplate(Opportunity, example, 2),
        }),
      )
      .executeTest(async (server) => {
        const page = await createClient({
          baseUrl: server.url,
          auth: { token: TOKEN },
        }).opportunities.byContact(4242, { count: 2, startIndex: 0 });
        expect({ ...page, items: page.items.length }).toEqual({ count: 2, nextIndex: 3, total: 5, items: 2 });
      });
  });
});
