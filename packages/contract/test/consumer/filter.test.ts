// GET api/2.0/crm/opportunity/filter in JSON and XML: a page with its paging figures, a search
// without a match, and a contact's visible deal where bycontact answers none.
import { createClient, type FilterOptions } from '@oo-crm/client';
import { fieldsOf, Opportunity, type OpportunityPage, PageEnvelope } from '@oo-crm/core';
import { readJsonFixture } from '@oo-crm/fixtures';
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE, XML_CONTENT_TYPE } from '../../src/content-types.js';
import { jsonTemplate } from '../../src/json-template.js';
import { newPact, TOKEN, TOKEN_STATE } from '../../src/pact.js';
import { xmlTemplate } from '../../src/xml-template.js';

type Json = Parameters<typeof jsonTemplate>[1];
type Wire = Record<string, Json>;
const [model] = (readJsonFixture('server-deals.json') as { response: Wire[] }).response;

const HEADING = 4;
/**
 * The first golden deal as a shared contact's deal, the contact its only participant, and as a list
 * sends it: custom fields with a value only, never a Heading (CustomFieldDao 414-436).
 */
function dealOf(contactId: number, n: number, title: string): Wire {
  const contact = { ...(model!.contact as Wire), id: contactId };
  const customFields = (model!.customFields as Wire[]).filter(
    (f) => f.fieldType !== HEADING && String(f.fieldValue).trim() !== '',
  );
  return { ...model!, id: contactId * 10 + n, title, contact, members: [contact], customFields };
}

interface Form {
  readonly name: string;
  readonly format: 'json' | 'xml';
  readonly suffix: string;
}
const forms: ReadonlyArray<Form> = [
  { name: 'JSON', format: 'json', suffix: '' },
  { name: 'XML', format: 'xml', suffix: '.xml' },
];

/** One interaction in the given form: the request's query, the answer's envelope, and what the client reads. */
async function interaction(
  { name, format, suffix }: Form,
  states: ReadonlyArray<[string, Record<string, string | number>]>,
  description: string,
  query: Record<string, string>,
  figures: Record<string, number>,
  items: Wire[],
  options: FilterOptions,
  check: (page: OpportunityPage) => void,
): Promise<void> {
  let pact = newPact().addInteraction();
  for (const [state, params] of states) pact = pact.given(state, params);
  // The figures are integers the client reads; XML has no response element for an empty list.
  const json = {
    ...Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, MatchersV3.integer(v)])),
    status: 0,
    statusCode: 200,
    response: items.map((d) => jsonTemplate(Opportunity, d)),
  };
  const xml = { ...figures, status: 0, statusCode: 200, ...(items.length > 0 ? { response: items } : {}) };
  await pact
    .uponReceiving(`${description}, in ${name}`)
    .withRequest('GET', `/api/2.0/crm/opportunity/filter${suffix}`, (b) =>
      b.query(query).headers({ Authorization: TOKEN }),
    )
    .willRespondWith(200, (b) =>
      format === 'json'
        ? b.headers(JSON_CONTENT_TYPE).jsonBody(json)
        : b.headers(XML_CONTENT_TYPE).xmlBody(xmlTemplate(fieldsOf(PageEnvelope), xml)),
    )
    .executeTest(async (server) => {
      check(
        await createClient({ baseUrl: server.url, auth: { token: TOKEN }, format }).opportunities.filter(
          options,
        ),
      );
    });
}

describe.each(forms)('opportunity/filter in $name', (form) => {
  it('a page of a contact’s deals, with total and nextIndex', async () => {
    await interaction(
      form,
      [
        [TOKEN_STATE, { token: TOKEN }],
        ['contact {contactId} has {count} public deals', { contactId: 4545, count: 5 }],
      ],
      'a search for the first page of two of a contact’s deals',
      { contactid: '4545', count: '2' },
      { count: 2, nextIndex: 3, total: 5 },
      [dealOf(4545, 1, 'Deal 1'), dealOf(4545, 2, 'Deal 2')],
      { contactId: 4545, count: 2 },
      (page) => {
        expect(page.items.map((d) => d.title)).toEqual(['Deal 1', 'Deal 2']);
        expect([page.count, page.nextIndex, page.total]).toEqual([2, 3, 5]);
      },
    );
  });

  it('a search without a match: the empty list, and no total', async () => {
    await interaction(
      form,
      [
        [TOKEN_STATE, { token: TOKEN }],
        ['contact {contactId} has no opportunities', { contactId: 987654 }],
      ],
      'a search for the deals of a contact without any',
      { contactid: '987654' },
      {},
      [],
      { contactId: 987654 },
      (page) => expect(page).toEqual({ items: [] }),
    );
  });

  it('a contact’s visible deal, where bycontact answers none for the same user', async () => {
    await interaction(
      form,
      [
        [TOKEN_STATE, { token: TOKEN }],
        ['contact {contactId} has a public deal and a deal private to others', { contactId: 4343 }],
      ],
      'a search for the deals of a contact with a deal hidden from the caller',
      { contactid: '4343', contactAlsoIsParticipant: 'true' },
      { count: 1, total: 1 },
      [dealOf(4343, 1, 'Public deal')],
      { contactId: 4343, alsoParticipant: true },
      (page) => {
        expect(page.items.map((d) => d.title)).toEqual(['Public deal']);
        expect(page.total).toBe(1);
      },
    );
  });
});
