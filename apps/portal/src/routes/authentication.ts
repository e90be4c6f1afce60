import {
  AUTH_KEY_NAME,
  type Authentication,
  AuthenticationEnvelope,
  type Json,
  type WireFormat,
  writeWire,
} from '@oo-crm/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HRESULT } from '../aspnet/dotnet.js';
import { readQuery } from '../aspnet/query.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import { CONTENT_TYPE, sendApiError } from './wire.js';

/**
 * The login's answer in the route's form. A demand for a second factor carries `"token":null`
 * (JSON; `<token />` in XML): the server's `AuthenticationTokenData` writes its null token
 * (`AuthenticationTokenData.cs`), which core's codec, reading it as absent, leaves out.
 */
function authenticationText(answer: Authentication, format: WireFormat): string {
  const wire = AuthenticationEnvelope.encode({ response: answer }) as { readonly [key: string]: Json };
  const response = wire['response'] as { readonly [key: string]: Json };
  const sent = answer.token === undefined ? { ...wire, response: { token: null, ...response } } : wire;
  return writeWire(sent, format);
}

/**
 * A login parameter as the server's argument builder finds it: its name in any case, from the
 * body (JSON or form), else from the query string (`ApiArgumentBuilder.cs` 52, 150-290).
 */
function parameter(body: unknown, url: string, name: string): string {
  if (typeof body === 'object' && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (key.toLowerCase() === name && typeof value === 'string') return value;
    }
  }
  return readQuery(url).all(name)[0] ?? '';
}

/** `POST api/2.0/authentication[.json|.xml|.tml]` and its second step `authentication/{code}`. */
export function authenticationRoutes(
  app: FastifyInstance,
  auth: Authenticator,
  throttle: LoginThrottle,
): void {
  const handlerIn =
    (format: WireFormat) =>
    async (request: { body: unknown; ip: string; params: unknown; url: string }, reply: FastifyReply) => {
      const code = (request.params as { code?: string } | undefined)?.code;
      const userName = parameter(request.body, request.url, 'username');
      const password = parameter(request.body, request.url, 'password');
      // Counted before the password is checked: past the threshold even the right one is refused.
      if (!throttle.attempt(userName, request.ip)) {
        return sendApiError(reply, format, 500, 'Login Fail. Too many attempts', {
          hresult: HRESULT.authentication,
        });
      }
      const session = auth.login(userName, password, code);
      // The server answers a failed login with its error envelope and HTTP 500, not 401.
      if (!session) {
        return sendApiError(reply, format, 500, 'User authentication failed', {
          hresult: HRESULT.authentication,
        });
      }
      if (session.kind === 'second-factor') {
        // The right password: given back as a success is (the portal's addition, login-throttle.ts).
        throttle.succeeded(userName, request.ip);
        // No token yet: the answer says which factor to send to `authentication/{code}`.
        const demand =
          session.factor === 'sms'
            ? { sms: true, phoneNoise: '+7 *** *** **42', expires: session.expires }
            : { tfa: true };
        return reply.code(201).type(CONTENT_TYPE[format]).send(authenticationText(demand, format));
      }
      throttle.succeeded(userName, request.ip);
      const maxAge = Math.max(0, Math.floor((session.expires.epochMs - Date.now()) / 1000));
      return reply
        .code(201)
        .header(
          'set-cookie',
          `${AUTH_KEY_NAME}=${encodeURIComponent(session.token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`,
        )
        .type(CONTENT_TYPE[format])
        .send(
          authenticationText(
            {
              token: session.token,
              expires: session.expires,
              ...(session.factor === 'sms' ? { sms: true } : session.factor === 'app' ? { tfa: true } : {}),
            },
            format,
          ),
        );
    };
  app.post('/api/2.0/authentication', handlerIn('json'));
  app.post('/api/2.0/authentication.json', handlerIn('json'));
  app.post('/api/2.0/authentication.xml', handlerIn('xml'));
  app.post('/api/2.0/authentication.tml', handlerIn('xml'));
  // The second step of a two-factor login: the same body, the code in the path.
  app.post('/api/2.0/authentication/:code', handlerIn('json'));
}
