import { createServer, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';
import { redactTarget } from './aspnet/query.js';
import { Authenticator } from './auth/authenticator.js';
import { LoginThrottle } from './auth/login-throttle.js';
import { Store } from './crm/store.js';
import { accountsOf, type Login, loginsOf, type PortalOptions, resolveOptions } from './options.js';
import { authenticationRoutes } from './routes/authentication.js';
import { opportunityRoutes } from './routes/opportunities.js';
import { sendApiError, sendHtmlNotFound } from './routes/wire.js';

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
/** The most bytes of a request's head (request line and headers). */
const MAX_HEAD_BYTES = 16 * 1024;

/** Node's client errors as the web server's own short pages: 431, 408 or 400, then the socket closes. */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const text = STATUS_CODES[status] ?? 'Bad Request';
  const body = `<!DOCTYPE html><html><head><title>${text}</title></head><body><h1>${text}</h1></body></html>`;
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${text}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * A portal serving a team's seed: its logins are the seed's own, the first user of each role the
 * seed has (`undefined` for a role it has none of), or the demo logins with `demoLogins`.
 */
export interface SeededPortal extends Omit<RunningPortal, 'user' | 'admin' | 'guest'> {
  readonly user: Login | undefined;
  readonly admin: Login | undefined;
  readonly guest: Login | undefined;
}

/**
 * How a portal is assembled beyond its options: the store and authenticator to build, a plugin
 * registered before the routes, and whether idle connections stay open. The test mode
 * (`@oo-crm/portal/testing`) gives its own; the default is the plain runtime.
 */
export interface Assembly<S extends Store, A extends Authenticator> {
  readonly store: (...args: ConstructorParameters<typeof Store>) => S;
  readonly auth: (...args: ConstructorParameters<typeof Authenticator>) => A;
  readonly plugin?: (store: S, auth: A) => (app: FastifyInstance) => Promise<void>;
  readonly keepIdle?: boolean;
}

const RUNTIME: Assembly<Store, Authenticator> = {
  store: (...args) => new Store(...args),
  auth: (...args) => new Authenticator(...args),
};

/**
 * Starts the reference portal: a real HTTP server on a real port that answers like an ONLYOFFICE
 * Community Server for `api/2.0/authentication` and the opportunity routes
 * `api/2.0/crm/opportunity/bycontact/{contactid}`, `api/2.0/crm/opportunity/{opportunityid}` and
 * `api/2.0/crm/opportunity/filter`.
 * Test machinery (faults, provider states, the request log) is not here: see
 * `@oo-crm/portal/testing`.
 */
export async function startPortal(
  options?: PortalOptions & { readonly seed?: undefined },
): Promise<RunningPortal>;
export async function startPortal(options: PortalOptions): Promise<SeededPortal>;
export async function startPortal(options: PortalOptions = {}): Promise<RunningPortal | SeededPortal> {
  return launchPortal(options, RUNTIME);
}

/** The portal as an assembly says (`@oo-crm/portal/testing` gives the test mode's). */
export async function launchPortal<S extends Store, A extends Authenticator>(
  options: PortalOptions,
  assembly: Assembly<S, A>,
): Promise<SeededPortal> {
  const o = resolveOptions(options);
  const store = assembly.store(o.dataset, o.fullText);
  const auth = assembly.auth(accountsOf(o), o.tokenLifetimeMs, o.offsetMinutes);
  const throttle = new LoginThrottle(o.loginThrottle);
  const app = buildApp(o.log, assembly.keepIdle ?? false);
  // Before any route or plugin, so that every one of them answers its failures this way: the
  // server's envelope, never the framework's own format with its internal text.
  app.setNotFoundHandler((_request, reply) => sendHtmlNotFound(reply));
  app.setErrorHandler((error: { statusCode?: unknown }, _request, reply) => {
    const code = error.statusCode;
    const status = typeof code === 'number' && code >= 400 && code < 500 ? 400 : 500;
    return sendApiError(reply, 'json', status, status === 400 ? 'Bad request' : 'Internal server error');
  });
  if (assembly.plugin) await app.register(assembly.plugin(store, auth));
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  await app.register(
    async (api) => {
      authenticationRoutes(api, auth, throttle);
      opportunityRoutes(api, { auth, store, unpaid: o.unpaid, keptTextBytes: o.keptTextBytes });
    },
    { prefix: o.basePath },
  );

  // A backlog above Node's 511, so that a burst of connections is queued rather than retried after 1 s.
  await app.listen({ port: o.port, host: o.host, backlog: 2048 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  const portal: SeededPortal = {
    url: `http://${host}:${port}${o.basePath}`,
    port,
    ...loginsOf(o),
    close: () => app.close(),
  };
  return portal;
}

function buildApp(log: ((line: string) => void) | undefined, keepIdle: boolean): FastifyInstance {
  return Fastify({
    // Bounds against slow or greedy clients; a header block over 16 KiB is refused with 431.
    serverFactory: (handler) =>
      createServer({ maxHeaderSize: MAX_HEAD_BYTES, headersTimeout: 10 * SECOND }, handler) as Server,
    // A path segment as long as the head allows is routed (and refused by the route's own rules),
    // never the framework's 414 that echoes the target.
    routerOptions: { maxParamLength: MAX_HEAD_BYTES },
    // What fails before routing (a malformed escape in the path) gets the portal's envelope,
    // never the framework's text, which echoes the target with any `asc_auth_key` in it.
    frameworkErrors: (_error, _request, reply) => sendApiError(reply, 'json', 400, 'Bad request'),
    // What fails before a request exists (a malformed head, a head too big, a timeout): a bare
    // status line and page, naming nothing the client sent.
    clientErrorHandler: answerClientError,
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
