// GET api/2.0/crm/opportunity/filter in JSON and XML: a page with its paging figures, a search
// without a match, and a contact's visible deal where bycontact answers none.
import { Opportunity, PageEnvelope } from '@oo-crm/core';
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE, XML_CONTENT_TYPE } from '../../src/content-types.js';
import { listShape } from '../../src/json-shape.js';
import { newPact } from '../../src/pact.js';
import { STATES, UNUSED_ID } from '../../src/states.js';
import { xmlShape } from '../../src/xml-shape.js';
import { AS_CALLER, CALLER, clientOf, EMPTY_JSON, EMPTY_XML, fromState, injected } from './interactions.js';

const FILTER = '/api/2.0/crm/opportunity/filter';
const { integer, regex } = MatchersV3;

describe.each([
  { form: 'JSON', suffix: '', format: 'json' },
  { form: 'XML', suffix: '.xml', format: 'xml' },
] as const)('opportunity/filter in $form', ({ form, suffix, format }) => {
  it('a page of one, with count, nextIndex and total', async () => {
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.severalDeals)
      .uponReceiving(`a search for the first page of one deal, in ${form}`)
      .withRequest('GET', `${FILTER}${suffix}`, (b) => b.headers(AS_CALLER).query({ count: '1' }))
      .willRespondWith(200, (b) =>
        format === 'json'
          ? b.headers(JSON_CONTENT_TYPE).jsonBody({
              count: 1,
              nextIndex: 2,
              total: integer(2),
              status: 0,
              response: listShape(Opportunity, 1),
            })
          : b.headers(XML_CONTENT_TYPE).xmlBody(
              xmlShape(
                PageEnvelope,
                {
                  count: '1',
                  nextIndex: '2',
                  total: regex('^\\d+$', '2') as unknown as string,
                  status: '0',
                },
                { response: 1 },
              ),
            ),
      )
      .executeTest(async (server) => {
        const page = await clientOf(server.url, format).opportunities.filter({ count: 1 });
        expect([page.items.length, page.count, page.nextIndex, page.total]).toEqual([1, 1, 2, 2]);
      });
  });

  it('a search without a match: the empty list, and no total', async () => {
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.unknownContact, { contactId: UNUSED_ID })
      .uponReceiving(`a search for the deals of a contact that does not exist, in ${form}`)
      .withRequest('GET', `${FILTER}${suffix}`, (b) =>
        b.headers(AS_CALLER).query({ contactid: String(UNUSED_ID) }),
      )
      .willRespondWith(200, (b) =>
        format === 'json'
          ? b.headers(JSON_CONTENT_TYPE).jsonBody(EMPTY_JSON)
          : b.headers(XML_CONTENT_TYPE).xmlBody(EMPTY_XML),
      )
      .executeTest(async (server) => {
        const page = await clientOf(server.url, format).opportunities.filter({ contactId: UNUSED_ID });
        expect(page).toEqual({ items: [] });
      });
  });

  it("a contact's visible deals, where bycontact answers none for the same caller", async () => {
    const contact = injected(fromState('contactId'), '4343');
    const pact = newPact();
    pact
      .addInteraction()
      .given(...CALLER)
      .given(STATES.contactWithHiddenDeal)
      .uponReceiving(`a request for the deals of a contact with a deal hidden from the caller, in ${form}`)
      .withRequest(
        'GET',
        injected(
          `/api/2.0/crm/opportunity/bycontact/${fromState('contactId')}${suffix}`,
          `/api/2.0/crm/opportunity/bycontact/4343${suffix}`,
        ),
        (b) => b.headers(AS_CALLER),
      )
      .willRespondWith(200, (b) =>
        format === 'json'
          ? b.headers(JSON_CONTENT_TYPE).jsonBody(EMPTY_JSON)
          : b.headers(XML_CONTENT_TYPE).xmlBody(EMPTY_XML),
      );
    await pact
      .addInteraction()
      .given(...CALLER)
      .given(STATES.contactWithHiddenDeal)
      .uponReceiving(`a search for the deals of a contact with a deal hidden from the caller, in ${form}`)
      .withRequest('GET', `${FILTER}${suffix}`, (b) =>
        b
          .headers(AS_CALLER)
          .query({ contactid: contact as unknown as string, contactAlsoIsParticipant: 'true' }),
      )
      .willRespondWith(200, (b) =>
        format === 'json'
          ? b.headers(JSON_CONTENT_TYPE).jsonBody({ status: 0, response: listShape(Opportunity, 1) })
          : b.headers(XML_CONTENT_TYPE).xmlBody(xmlShape(PageEnvelope, { status: '0' }, { response: 1 })),
      )
      .executeTest(async (server) => {
        const client = clientOf(server.url, format);
        expect((await client.opportunities.byContact(4343)).items).toEqual([]);
        const found = await client.opportunities.filter({ contactId: 4343, alsoParticipant: true });
        expect(found.items).toHaveLength(1);
      });
  });
});
