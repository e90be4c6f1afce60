// GET api/2.0/crm/opportunity/bycontact/{contactid}: a contact's deals in JSON and XML, the empty
// list, and a page. Shapes, not records: the golden values are the core's fixture tests' business.
import { Opportunity, PageEnvelope } from '@oo-crm/core';
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE, XML_CONTENT_TYPE } from '../../src/content-types.js';
import { listShape } from '../../src/json-shape.js';
import { newPact } from '../../src/pact.js';
import { STATES, UNUSED_ID } from '../../src/states.js';
import { xmlShape } from '../../src/xml-shape.js';
import { recordingFetch } from '../recording-fetch.js';
import { AS_CALLER, CALLER, clientOf, EMPTY_JSON, EMPTY_XML, fromState, injected } from './interactions.js';

const PATH = `/api/2.0/crm/opportunity/bycontact/${fromState('contactId')}`;
const path = (suffix = '') => injected(`${PATH}${suffix}`, `/api/2.0/crm/opportunity/bycontact/101${suffix}`);

describe('bycontact', () => {
  it("a contact's deals, in JSON", async () => {
    const { fetch, requests } = recordingFetch();
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.contactWithDeals)
      .uponReceiving("a request for a contact's opportunities, in JSON")
      .withRequest('GET', path(), (b) => b.headers(AS_CALLER))
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({ status: 0, response: listShape(Opportunity, 1) }),
      )
      .executeTest(async (server) => {
        const page = await clientOf(server.url, 'json', fetch).opportunities.byContact(101);
        expect(page.items).toHaveLength(1);
      });
    // No Content-Type on a GET (a JSON one makes the server answer JSON even to `.xml`): Pact
    // cannot say "this header is absent", so the client's request is checked here.
    expect(requests[0]?.headers['content-type']).toBeUndefined();
  });

  it("a contact's deals, in XML (.xml, lists flattened)", async () => {
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.contactWithDeals)
      .uponReceiving("a request for a contact's opportunities, in XML")
      .withRequest('GET', path('.xml'), (b) => b.headers(AS_CALLER))
      .willRespondWith(200, (b) =>
        b.headers(XML_CONTENT_TYPE).xmlBody(xmlShape(PageEnvelope, { status: '0' }, { response: 1 })),
      )
      .executeTest(async (server) => {
        const page = await clientOf(server.url, 'xml').opportunities.byContact(101);
        expect(page.items).toHaveLength(1);
      });
  });

  it.each([
    ['JSON', '', JSON_CONTENT_TYPE],
    ['XML', '.xml', XML_CONTENT_TYPE],
  ] as const)('an unknown contact: the empty list, in %s', async (form, suffix, contentType) => {
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.unknownContact, { contactId: UNUSED_ID })
      .uponReceiving(`a request for a contact that does not exist, in ${form}`)
      .withRequest('GET', `/api/2.0/crm/opportunity/bycontact/${UNUSED_ID}${suffix}`, (b) =>
        b.headers(AS_CALLER),
      )
      .willRespondWith(200, (b) =>
        suffix === ''
          ? b.headers(contentType).jsonBody(EMPTY_JSON)
          : b.headers(contentType).xmlBody(EMPTY_XML),
      )
      .executeTest(async (server) => {
        const page = await clientOf(server.url, suffix === '' ? 'json' : 'xml').opportunities.byContact(
          UNUSED_ID,
        );
        expect(page).toEqual({ items: [] });
      });
  });

  it('a page of one: count, nextIndex and total', async () => {
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.contactWithSeveral)
      .uponReceiving("a request for the first page of one of a contact's opportunities")
      .withRequest('GET', path(), (b) => b.headers(AS_CALLER).query({ count: '1', startIndex: '0' }))
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          count: 1,
          nextIndex: 2,
          total: MatchersV3.integer(2),
          status: 0,
          response: listShape(Opportunity, 1),
        }),
      )
      .executeTest(async (server) => {
        const page = await clientOf(server.url).opportunities.byContact(101, { count: 1, startIndex: 0 });
        expect([page.items.length, page.count, page.nextIndex, page.total]).toEqual([1, 1, 2, 2]);
      });
  });
});
