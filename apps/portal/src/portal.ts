import { createServer, type Server } from 'node:http';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { Authenticator } from './auth.js';
import { LoginThrottle } from './login-throttle.js';
import { accountsOf, type Login, type PortalOptions, resolveOptions } from './options.js';
import { redactTarget } from './query.js';
import { authenticationRoutes } from './routes/authentication.js';
import { opportunityRoutes } from './routes/opportunities.js';
import { Store } from './store.js';
import { sendApiError, sendHtmlNotFound } from './wire.js';

/** A running portal. */
export interface RunningPortal {
  /** Base URL, e.g. `http://127.0.0.1:39123` (with the base path, if any). */
  readonly url: string;
  readonly port: number;
  /** The demo login, a regular user. */
  readonly user: Login;
  /** The administrator's login. */
  readonly admin: Login;
  /** The guest's login (no CRM access). */
  readonly guest: Login;
  /** Stops accepting, ends open connections, and resolves when the server is closed. */
  close(): Promise<void>;
}

const SECOND = 1000;

/** What an extension of the portal (the test mode) may reach before the routes are registered. */
export interface PortalParts {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly auth: Authenticator;
}

/**
 * Starts the reference portal: a real HTTP server on a real port that answers like an ONLYOFFICE
 * Community Server for `api/2.0/authentication` and the opportunity routes
 * `api/2.0/crm/opportunity/bycontact/{contactid}`, `api/2.0/crm/opportunity/{opportunityid}` and
 * `api/2.0/crm/opportunity/filter`.
 * Test machinery (faults, provider states, the request log) is not here: see
 * `@oo-crm/portal/testing`.
 */
export async function startPortal(options: PortalOptions = {}): Promise<RunningPortal> {
  return (await launchPortal(options, undefined)).portal;
}

/**
 * The portal with an extension installed before its routes (`@oo-crm/portal/testing`); `keepIdle`
 * keeps idle connections open, so that a test can hold one hung.
 */
export async function launchPortal<T>(
  options: PortalOptions,
  extend: ((parts: PortalParts) => T) | undefined,
  keepIdle = false,
): Promise<{ portal: RunningPortal; extension: T | undefined }> {
  const o = resolveOptions(options);
  const store = new Store(o.dataset);
  const auth = new Authenticator(accountsOf(o), o.tokenLifetimeMs, o.offsetMinutes);
  const throttle = new LoginThrottle(o.loginThrottle);
  const app = buildApp(o.log, keepIdle);
  // Before any route or plugin, so that every one of them answers its failures this way: the
  // server's envelope, never the framework's own format with its internal text.
  app.setNotFoundHandler((_request, reply) => sendHtmlNotFound(reply));
  app.setErrorHandler((error: { statusCode?: unknown }, _request, reply) => {
    const code = error.statusCode;
    const status = typeof code === 'number' && code >= 400 && code < 500 ? 400 : 500;
    return sendApiError(reply, 'json', status, status === 400 ? 'Bad request' : 'Internal server error');
  });
  const extension = extend?.({ app, store, auth });
  if (o.unpaid) {
    // An unpaid portal answers every API call 402, unless the request says `Payment-Info: false`.
    app.addHook('onRequest', async (request, reply) => {
      const path = request.url.slice(o.basePath.length);
      if (path.startsWith('/api/') && request.headers['payment-info'] !== 'false') {
        return sendApiError(reply, 'json', 402, 'PaymentRequired');
      }
    });
  }
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  await app.register(
    async (api) => {
      authenticationRoutes(api, auth, throttle);
      opportunityRoutes(api, auth, store);
    },
    { prefix: o.basePath },
  );

  // A backlog above Node's 511, so that a burst of connections is queued rather than retried after 1 s.
  await app.listen({ port: o.port, host: o.host, backlog: 2048 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const portal: RunningPortal = {
    url: `http://${host}:${port}${o.basePath}`,
    port,
    user: o.user,
    admin: o.admin,
    guest: o.guest,
    close: () => app.close(),
  };
  return { portal, extension };
}

function buildApp(log: ((line: string) => void) | undefined, keepIdle: boolean): FastifyInstance {
  return Fastify({
    // Bounds against slow or greedy clients; a header block over 16 KiB is refused with 431.
    serverFactory: (handler) =>
      createServer({ maxHeaderSize: 16 * 1024, headersTimeout: 10 * SECOND }, handler) as Server,
    requestTimeout: 30 * SECOND,
    keepAliveTimeout: 5 * SECOND,
    connectionTimeout: keepIdle ? 0 : 60 * SECOND,
    bodyLimit: 16 * 1024,
    forceCloseConnections: true,
    return503OnClosing: true,
    logger: log
      ? {
          level: 'info',
          stream: { write: (line: string) => log(line.trimEnd()) },
          serializers: {
            // Only the method and a redacted URL: headers (Authorization, Cookie) are never logged.
            req: (req: { method: string; url: string }) => ({
              method: req.method,
              url: redactTarget(req.url),
            }),
          },
        }
      : false,
  }) as unknown as FastifyInstance;
}
