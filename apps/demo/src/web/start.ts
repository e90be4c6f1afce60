import { type Auth, createClient } from '@oo-crm/client';
import { startPortal } from '@oo-crm/portal';
import { generateDataset } from '@oo-crm/testkit';
import { buildWebServer } from './server.js';

/** Where the web view reads from: a portal, or (without one) the embedded reference portal. */
export interface WebViewOptions {
  readonly port?: number;
  readonly baseUrl?: string;
  readonly auth?: Auth;
}

/** A running web view. */
export interface RunningWebView {
  readonly url: string;
  /** Where the data comes from, for people. */
  readonly source: string;
  close(): Promise<void>;
}

/** The embedded portal's public contacts that have deals, the documented example's first. */
function demoContacts() {
  const seen = new Map<number, string>([[1234, 'Tadjeddine Bachir']]);
  for (const deal of generateDataset().opportunities) {
    for (const c of [deal.contact, ...deal.members])
      if (c && !c.isPrivate && !seen.has(c.id)) seen.set(c.id, c.displayName);
  }
  return [...seen.entries()].slice(0, 12).map(([id, name]) => ({ id, name }));
}

/** Starts the web view on 127.0.0.1. */
export async function startWebView(options: WebViewOptions = {}): Promise<RunningWebView> {
  const portal = options.baseUrl ? undefined : await startPortal();
  const target = portal
    ? { baseUrl: portal.url, auth: portal.user }
    : { baseUrl: options.baseUrl as string, auth: options.auth as Auth };
  const source = portal ? `the embedded reference portal at ${portal.url}` : target.baseUrl;
  const app = await buildWebServer({
    clients: { json: createClient(target), xml: createClient({ ...target, format: 'xml' }) },
    contacts: portal ? demoContacts() : [],
    source,
  });
  const url = await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  return {
    url,
    source,
    close: async () => {
      await app.close();
      await portal?.close();
    },
  };
}
