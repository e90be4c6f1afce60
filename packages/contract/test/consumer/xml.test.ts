import { createClient } from '@oo-crm/client';
import { decodeOpportunities, encodeOpportunities, fieldsOf, PageEnvelope } from '@oo-crm/core';
import { readFixture } from '@oo-crm/fixtures';
import { describe, expect, it } from 'vitest';
import { XML_CONTENT_TYPE } from '../../src/content-types.js';
import { newPact, TOKEN, TOKEN_STATE } from '../../src/pact.js';
import { xmlTemplate } from '../../src/xml-template.js';
import { recordingFetch } from '../recording-fetch.js';

const fields = fieldsOf(PageEnvelope);

/** The golden deals' wire value, first `n` of them, as the server would envelope them. */
function goldenWire(n: number) {
  const decoded = decodeOpportunities(readFixture('server-deals.json'), 'json');
  if (decoded._tag === 'Left') throw new Error(decoded.left.message);
  const items = decoded.right.items.slice(0, n);
  return {
    wire: PageEnvelope.encode(items.length > 0 ? { count: items.length, items } : { items }),
    xml: encodeOpportunities({ items }, 'xml'),
  };
}

describe('bycontact in XML (.xml suffix, text/xml)', () => {
  it.each([
    ['one opportunity', 1, 101],
    ['several opportunities', 3, 102],
  ])('%s', async (description, n, contactId) => {
    const { fetch, requests } = recordingFetch();
    await newPact()
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .given('contact {contactId} has the golden deals', { contactId, first: n })
      .uponReceiving(`a request for a contact with ${description}, in XML`)
      .withRequest('GET', `/api/2.0/crm/opportunity/bycontact/${contactId}.xml`, (b) =>
        b.headers({ Authorization: TOKEN }),
      )
      .willRespondWith(200, (b) =>
        b.headers(XML_CONTENT_TYPE).xmlBody(xmlTemplate(fields, goldenWire(n).wire)),
      )
      .executeTest(async (server) => {
        const page = await createClient({
          baseUrl: server.url,
          auth: { token: TOKEN },
          format: 'xml',
          fetch,
        }).opportunities.byContact(contactId);
        expect(page.items.map((o) => o.title)).toEqual(
          ['Annual support contract', 'Consulting hours', 'Hardware & licences'].slice(0, n),
        );
      });
    // The server answers JSON to a request with a JSON content type, whatever the suffix.
    expect(requests[0]?.headers['content-type']).toBeUndefined();
  });

  it('the empty result, which has no <response> element at all', async () => {
    await newPact()
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .given('contact {contactId} has no opportunities', { contactId: 999999 })
      .uponReceiving('a request for a contact without opportunities, in XML')
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/999999.xml', (b) =>
        b.headers({ Authorization: TOKEN }),
      )
      .willRespondWith(200, (b) =>
        b.headers(XML_CONTENT_TYPE).xmlBody(xmlTemplate(fields, goldenWire(0).wire)),
      )
      .executeTest(async (server) => {
        const page = await createClient({
          baseUrl: server.url,
          auth: { token: TOKEN },
          format: 'xml',
        }).opportunities.byContact(999999);
        expect(page).toEqual({ items: [] });
      });
  });
});
