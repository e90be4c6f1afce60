import { readFile } from 'node:fs/promises';
import { bid, day, money } from '@oo-crm/cli';
import type { Client, FilterOptions } from '@oo-crm/client';
import { InvalidArgumentError, OoCrmError } from '@oo-crm/client';
import type { Opportunity, StageType, WireFormat } from '@oo-crm/core';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { totalsPerCurrency } from './totals.js';

/** What the web view needs to run. */
export interface WebOptions {
  /** A client per wire format. */
  readonly clients: { readonly json: Client; readonly xml: Client };
  /** Contacts to offer as quick picks (the embedded portal's demo contacts). */
  readonly contacts: ReadonlyArray<{ readonly id: number; readonly name: string }>;
  /** Where the portal is, to show on the page. */
  readonly source: string;
}

const PAGE = new URL('./public/index.html', import.meta.url);

/** The status the web view answers for a client error: 400 for the caller's mistake, 502 for the portal's. */
function statusOf(error: OoCrmError): number {
  return error instanceof InvalidArgumentError ? 400 : 502;
}

/** One deal as the page shows it: the domain JSON view, with the labels the CLI's table shows. */
const cardOf = (o: Opportunity) => ({
  opportunity: o,
  bid: bid(o),
  expectedClose: o.expectedCloseDate === null ? null : day(o.expectedCloseDate),
});

/** Deals as the page's board: one card each, and the totals per currency. */
function board(items: ReadonlyArray<Opportunity>) {
  return {
    cards: items.map(cardOf),
    totals: totalsPerCurrency(items).map((t) => {
      const currency = { abbreviation: t.currency, symbol: t.symbol };
      return { currency: t.currency, all: money(t.all, currency), open: money(t.open, currency) };
    }),
  };
}

/**
 * The page's search form as the client's options: empty fields are left out, and the client
 * refuses what the route cannot take (an `InvalidArgumentError`, a 400 here).
 */
function searchOf(query: { readonly [name: string]: string | string[] | undefined }): FilterOptions {
  const one = (name: string) => {
    const v = query[name];
    const text = Array.isArray(v) ? v[0] : v;
    return text === undefined || text.trim() === '' ? undefined : text.trim();
  };
  const tags = ([] as string[]).concat(query['tag'] ?? []).filter((t) => t.trim() !== '');
  // Checked by the client against core's route table, as every other field.
  const stageType = one('stageType');
  const contactId = one('contact');
  return {
    ...(contactId === undefined ? {} : { contactId, alsoParticipant: one('alsoParticipant') === 'true' }),
    ...(stageType === undefined ? {} : { stageType: stageType as StageType }),
    ...(tags.length === 0 ? {} : { tags }),
    ...(one('text') === undefined ? {} : { text: one('text') }),
  };
}

/** Sends what `build` makes, or the client's error: 400 for the caller's mistake, 502 for the portal's. */
async function answer(reply: FastifyReply, build: () => Promise<object>): Promise<FastifyReply> {
  try {
    return reply.send(await build());
  } catch (error) {
    const e = error instanceof OoCrmError ? error : undefined;
    return reply.code(e ? statusOf(e) : 500).send({
      error: { code: e?.code ?? 'INTERNAL', message: e?.message.split('\n')[0] ?? 'unexpected failure' },
    });
  }
}

/** The web view's server: the page, and a JSON API on top of `@oo-crm/client`. */
export async function buildWebServer(options: WebOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, requestTimeout: 60_000 });
  const page = await readFile(PAGE, 'utf8');

  app.get('/', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header(
        'content-security-policy',
        "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'",
      )
      .send(page),
  );

  app.get('/api/contacts', async () => ({ source: options.source, contacts: options.contacts }));

  type Query = { readonly [name: string]: string | string[] | undefined };
  const formatOf = (query: Query): WireFormat => (query['format'] === 'xml' ? 'xml' : 'json');

  app.get<{ Params: { contactId: string }; Querystring: Query }>(
    '/api/opportunities/:contactId',
    async (request, reply) => {
      const format = formatOf(request.query);
      return answer(reply, async () => ({
        format,
        ...board((await options.clients[format].opportunities.byContact(request.params.contactId)).items),
      }));
    },
  );

  app.get<{ Params: { id: string }; Querystring: Query }>('/api/opportunity/:id', async (request, reply) => {
    const format = formatOf(request.query);
    return answer(reply, async () => ({
      format,
      card: cardOf(await options.clients[format].opportunities.get(request.params.id)),
    }));
  });

  app.get<{ Querystring: Query }>('/api/search', async (request, reply) => {
    const format = formatOf(request.query);
    return answer(reply, async () => {
      const page = await options.clients[format].opportunities.filter(searchOf(request.query));
      return { format, total: page.total ?? page.items.length, ...board(page.items) };
    });
  });
  return app;
}
