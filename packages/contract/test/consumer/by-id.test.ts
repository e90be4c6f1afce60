// GET api/2.0/crm/opportunity/{id}: one deal in JSON and XML, and a missing id.
import { createClient, NotFoundError } from '@oo-crm/client';
import { ErrorEnvelope, fieldsOf, ItemEnvelope, Opportunity } from '@oo-crm/core';
import { readJsonFixture } from '@oo-crm/fixtures';
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE, XML_CONTENT_TYPE } from '../../src/content-types.js';
import { jsonTemplate } from '../../src/json-template.js';
import { newPact, TOKEN, TOKEN_STATE } from '../../src/pact.js';
import { xmlTemplate } from '../../src/xml-template.js';

type Json = Parameters<typeof jsonTemplate>[1];
const golden = readJsonFixture('server-deals.json') as { response: Record<string, Json>[] };
/** The first golden deal as the by-id route sends it: its access list always there. */
const deal = { ...golden.response[0]!, accessList: [] } as Record<string, Json>;
const DEAL_STATE = 'deal {dealId} is the first golden deal';
// An administrator: the golden deal's member 102 is shared with no one, so a regular user would not see it.
const ADMIN_STATE = 'the token {token} belongs to an administrator';

describe('one opportunity by id', () => {
  it('in JSON', async () => {
    await newPact()
      .addInteraction()
      .given(ADMIN_STATE, { token: TOKEN })
      .given(DEAL_STATE, { dealId: 5001 })
      .uponReceiving('a request for one opportunity, in JSON')
      .withRequest('GET', '/api/2.0/crm/opportunity/5001', (b) => b.headers({ Authorization: TOKEN }))
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          count: MatchersV3.integer(1),
          status: 0,
          statusCode: 200,
          response: jsonTemplate(Opportunity, deal),
        }),
      )
      .executeTest(async (server) => {
        const one = await createClient({ baseUrl: server.url, auth: { token: TOKEN } }).opportunities.get(
          5001,
        );
        expect([one.id, one.title, one.accessList]).toEqual([5001, 'Annual support contract', []]);
      });
  });

  it('in XML', async () => {
    await newPact()
      .addInteraction()
      .given(ADMIN_STATE, { token: TOKEN })
      .given(DEAL_STATE, { dealId: 5001 })
      .uponReceiving('a request for one opportunity, in XML')
      .withRequest('GET', '/api/2.0/crm/opportunity/5001.xml', (b) => b.headers({ Authorization: TOKEN }))
      .willRespondWith(200, (b) =>
        b
          .headers(XML_CONTENT_TYPE)
          .xmlBody(
            xmlTemplate(fieldsOf(ItemEnvelope), { count: 1, status: 0, statusCode: 200, response: deal }),
          ),
      )
      .executeTest(async (server) => {
        const one = await createClient({
          baseUrl: server.url,
          auth: { token: TOKEN },
          format: 'xml',
        }).opportunities.get(5001);
        expect(one.title).toBe('Annual support contract');
      });
  });

  it('a missing id is 404 "Not found" in the envelope', async () => {
    await newPact()
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .uponReceiving('a request for an opportunity that does not exist')
      .withRequest('GET', '/api/2.0/crm/opportunity/987654', (b) => b.headers({ Authorization: TOKEN }))
      .willRespondWith(404, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          status: 1,
          statusCode: 404,
          error: { message: MatchersV3.string('Not found') },
        }),
      )
      .executeTest(async (server) => {
        const error = await createClient({ baseUrl: server.url, auth: { token: TOKEN } })
          .opportunities.get(987654)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
      });
  });
  it('a missing id in XML is 404 "Not found" in the XML error envelope', async () => {
    await newPact()
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .uponReceiving('a request for an opportunity that does not exist, in XML')
      .withRequest('GET', '/api/2.0/crm/opportunity/987654.xml', (b) => b.headers({ Authorization: TOKEN }))
      .willRespondWith(404, (b) =>
        b.headers(XML_CONTENT_TYPE).xmlBody(
          xmlTemplate(fieldsOf(ErrorEnvelope), {
            status: 1,
            statusCode: 404,
            error: { message: 'Not found', hresult: -2147467259, data: {} },
          }),
        ),
      )
      .executeTest(async (server) => {
        const error = await createClient({ baseUrl: server.url, auth: { token: TOKEN }, format: 'xml' })
          .opportunities.get(987654)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
      });
  });
});
