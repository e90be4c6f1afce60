import { readFile } from 'node:fs/promises';
import type { Client } from '@oo-crm/client';
import { InvalidArgumentError, OoCrmError } from '@oo-crm/client';
import Fastify, { type FastifyInstance } from 'fastify';
import { bid, day, money } from '../format.js';
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

  app.get<{ Params: { contactId: string }; Querystring: { format?: string } }>(
    '/api/opportunities/:contactId',
    async (request, reply) => {
      const format = request.query.format === 'xml' ? 'xml' : 'json';
      try {
        const page = await options.clients[format].opportunities.byContact(request.params.contactId);
        // The domain JSON view goes to the page as is (enum names, dates as the server wrote them),
        // with the labels the CLI's table shows, formatted here once for both.
        return {
          format,
          cards: page.items.map((o) => ({
            opportunity: o,
            bid: bid(o),
            expectedClose: o.expectedCloseDate === null ? null : day(o.expectedCloseDate),
          })),
          totals: totalsPerCurrency(page.items).map((t) => {
            const currency = { abbreviation: t.currency, symbol: t.symbol };
            return { currency: t.currency, all: money(t.all, currency), open: money(t.open, currency) };
          }),
        };
      } catch (error) {
        const e = error instanceof OoCrmError ? error : undefined;
        return reply.code(e ? statusOf(e) : 500).send({
          error: {
            code: e?.code ?? 'INTERNAL',
            message: e?.message.split('\n')[0] ?? 'unexpected failure',
          },
        });
      }
    },
  );
  return app;
}
