// GET api/2.0/crm/opportunity/{id}: one deal in JSON and XML, and a missing one (404).
import { NotFoundError } from '@oo-crm/client';
import { ErrorEnvelope, ItemEnvelope } from '@oo-crm/core';
// The builder's type is not exported from the package's root (Pact 16).
import type { V4ResponseBuilder } from '@pact-foundation/pact/src/v4/http/types.js';
import { describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE, XML_CONTENT_TYPE } from '../../src/content-types.js';
import { jsonShape } from '../../src/json-shape.js';
import { newPact } from '../../src/pact.js';
import { GUARANTEES, STATES, UNUSED_ID } from '../../src/states.js';
import { xmlShape } from '../../src/xml-shape.js';
import { AS_CALLER, CALLER, clientOf, fromState, injected } from './interactions.js';

/** The answer for a deal a provider state guarantees: its guaranteed fields pinned, in JSON or XML. */
const guaranteedDeal = (state: keyof typeof GUARANTEES, format: 'json' | 'xml') => (b: V4ResponseBuilder) => {
  const present = { response: GUARANTEES[state] };
  return format === 'json'
    ? b.headers(JSON_CONTENT_TYPE).jsonBody({ ...(jsonShape(ItemEnvelope, present) as object), status: 0 })
    : b.headers(XML_CONTENT_TYPE).xmlBody(xmlShape(ItemEnvelope, { status: '0' }, {}, present));
};

const path = (suffix: string) =>
  injected(
    `/api/2.0/crm/opportunity/${fromState('dealId')}${suffix}`,
    `/api/2.0/crm/opportunity/5001${suffix}`,
  );

describe('one opportunity by id', () => {
  it('in JSON: `response` is the deal, its access list always there', async () => {
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.visibleDeal)
      .uponReceiving('a request for one opportunity, in JSON')
      .withRequest('GET', path(''), (b) => b.headers(AS_CALLER))
      .willRespondWith(200, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({ ...(jsonShape(ItemEnvelope) as object), status: 0 }),
      )
      .executeTest(async (server) => {
        const deal = await clientOf(server.url).opportunities.get(5001);
        expect(deal.accessList).toHaveLength(1);
      });
  });

  it('in XML: one <response> element', async () => {
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.visibleDeal)
      .uponReceiving('a request for one opportunity, in XML')
      .withRequest('GET', path('.xml'), (b) => b.headers(AS_CALLER))
      .willRespondWith(200, (b) =>
        b.headers(XML_CONTENT_TYPE).xmlBody(xmlShape(ItemEnvelope, { status: '0' })),
      )
      .executeTest(async (server) => {
        const deal = await clientOf(server.url, 'xml').opportunities.get(5001);
        expect(deal.title).toBe('text');
      });
  });

  // The nullable records and the list items, pinned where a provider state guarantees them: a
  // provider whose stage, contact, currency, member, custom field or access-list entry the client
  // cannot read fails here, wherever the list interactions let an absent one through.
  describe.each([
    ['JSON', '', 'json'],
    ['XML', '.xml', 'xml'],
  ] as const)('with every record and list item there, in %s', (form, suffix, format) => {
    it('a deal with a primary contact and its currency, a stage, a bid currency, a member and a custom field', async () => {
      const state = STATES.dealWithRecords;
      await newPact()
        .addInteraction()
        .given(...CALLER)
        .given(state)
        .uponReceiving(`a request for an opportunity with every nullable record, in ${form}`)
        .withRequest('GET', path(suffix), (b) => b.headers(AS_CALLER))
        .willRespondWith(200, guaranteedDeal(state, format))
        .executeTest(async (server) => {
          const deal = await clientOf(server.url, format).opportunities.get(5001);
          expect(deal.contact?.currency?.abbreviation).toBe('text');
          expect([deal.stage?.stageType, deal.bidCurrency?.isBasic]).toEqual(['Open', true]);
          expect([deal.members.length, deal.customFields.length]).toEqual([1, 1]);
        });
    });

    it('a deal with a per-period bid: its type, value, periods and probability', async () => {
      const state = STATES.dealWithBid;
      await newPact()
        .addInteraction()
        .given(...CALLER)
        .given(state)
        .uponReceiving(`a request for an opportunity with a per-period bid, in ${form}`)
        .withRequest('GET', path(suffix), (b) => b.headers(AS_CALLER))
        .willRespondWith(200, guaranteedDeal(state, format))
        .executeTest(async (server) => {
          const deal = await clientOf(server.url, format).opportunities.get(5001);
          expect([deal.bidValue, deal.perPeriodValue, deal.successProbability]).toEqual([1.5, 1, 1]);
        });
    });

    it('a private deal with a user in its access list', async () => {
      await newPact()
        .addInteraction()
        .given(...CALLER)
        .given(STATES.privateDeal)
        .uponReceiving(`a request for a private opportunity, in ${form}`)
        .withRequest('GET', path(suffix), (b) => b.headers(AS_CALLER))
        .willRespondWith(200, guaranteedDeal(STATES.privateDeal, format))
        .executeTest(async (server) => {
          const deal = await clientOf(server.url, format).opportunities.get(5001);
          expect(deal.accessList.map((e) => e.id)).toEqual(['6b1f0a52-3c1e-4c0b-9d4a-2f6c1b7e8a10']);
        });
    });
  });

  it.each([
    ['JSON', '', 'json'],
    ['XML', '.xml', 'xml'],
  ] as const)('a missing deal is 404 in the error envelope, in %s', async (form, suffix, format) => {
    await newPact()
      .addInteraction()
      .given(...CALLER)
      .given(STATES.unknownDeal, { dealId: UNUSED_ID })
      .uponReceiving(`a request for an opportunity that does not exist, in ${form}`)
      .withRequest('GET', `/api/2.0/crm/opportunity/${UNUSED_ID}${suffix}`, (b) => b.headers(AS_CALLER))
      .willRespondWith(404, (b) =>
        format === 'json'
          ? b.headers(JSON_CONTENT_TYPE).jsonBody({ ...(jsonShape(ErrorEnvelope) as object), status: 1 })
          : b.headers(XML_CONTENT_TYPE).xmlBody(xmlShape(ErrorEnvelope, { status: '1' })),
      )
      .executeTest(async (server) => {
        const error = await clientOf(server.url, format)
          .opportunities.get(UNUSED_ID)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NotFoundError);
      });
  });
});
