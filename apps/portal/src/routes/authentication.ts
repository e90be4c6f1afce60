import { encodeAuthentication } from '@oo-crm/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Authenticator } from '../auth/authenticator.js';
import type { LoginThrottle } from '../auth/login-throttle.js';
import { CONTENT_TYPE, sendApiError } from './wire.js';

/** `POST api/2.0/authentication[.json]`: JSON or form body with `userName` and `password`. */
export function authenticationRoutes(
  app: FastifyInstance,
  auth: Authenticator,
  throttle: LoginThrottle,
): void {
  const handler = async (request: { body: unknown; ip: string; params: unknown }, reply: FastifyReply) => {
    const code = (request.params as { code?: string } | undefined)?.code;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const userName = typeof body['userName'] === 'string' ? body['userName'] : '';
    const password = typeof body['password'] === 'string' ? body['password'] : '';
    // Counted before the password is checked: past the threshold even the right one is refused.
    if (!throttle.attempt(userName, request.ip)) {
      return sendApiError(reply, 'json', 500, 'Login Fail. Too many attempts');
    }
    const session = auth.login(userName, password, code);
    // The server answers a failed login with its error envelope and HTTP 500, not 401.
    if (!session) return sendApiError(reply, 'json', 500, 'User authentication failed');
    if (session.kind === 'second-factor') {
      // The right password: given back as a success is (the portal's addition, login-throttle.ts).
      throttle.succeeded(userName, request.ip);
      // No token yet: the answer says which factor to send to `authentication/{code}`.
      const demand =
        session.factor === 'sms'
          ? { sms: true, phoneNoise: '+7 *** *** **42', expires: session.expires }
          : { tfa: true };
      return reply.code(201).type(CONTENT_TYPE.json).send(encodeAuthentication(demand));
    }
    throttle.succeeded(userName, request.ip);
    const maxAge = Math.max(0, Math.floor((session.expires.epochMs - Date.now()) / 1000));
    return reply
      .code(201)
      .header(
        'set-cookie',
        `asc_auth_key=${encodeURIComponent(session.token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`,
      )
      .type(CONTENT_TYPE.json)
      .send(
        encodeAuthentication({
          token: session.token,
          expires: session.expires,
          ...(session.factor === 'sms' ? { sms: true } : session.factor === 'app' ? { tfa: true } : {}),
        }),
      );
  };
  app.post('/api/2.0/authentication', handler);
  app.post('/api/2.0/authentication.json', handler);
  // The second step of a two-factor login: the same body, the code in the path.
  app.post('/api/2.0/authentication/:code', handler);
}
