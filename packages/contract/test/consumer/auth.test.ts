// Credentials: a refused token (401, ASP.NET's plain text), a login and its token in use, and a
// user without CRM access (403). The verifier sends each with the right credentials: none of the
// caller's for the 401, the given guest token for the 403, OO_CRM_USER for the login.
import { AuthenticationError, createClient, PermissionError } from '@oo-crm/client';
import { Authentication, ErrorEnvelope } from '@oo-crm/core';
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE } from '../../src/content-types.js';
import { jsonShape } from '../../src/json-shape.js';
import { newPact } from '../../src/pact.js';
import { PATTERNS } from '../../src/patterns.js';
import { CREDENTIALS, STATES, UNUSED_ID } from '../../src/states.js';
import { EMPTY_JSON } from './interactions.js';

const { regex, string } = MatchersV3;

/**
 * A text body of ASP.NET's `text/html`, compared as text. pact-js 16 has no builder for one
 * (`body()` records binary, matched by sniffing, which finds `text/plain`), so this calls the
 * interaction its builder wraps, as its `xmlBody` does.
 */
function textBody<B>(builder: B, text: string): B {
  (
    builder as unknown as { interaction: { withResponseBody(body: string, type: string): void } }
  ).interaction.withResponseBody(text, 'text/html');
  return builder;
}

const BYCONTACT = `/api/2.0/crm/opportunity/bycontact/${UNUSED_ID}`;

describe('authentication', () => {
  it('a refused token is a 401 with the plain text "Unauthorized", not the envelope', async () => {
    await newPact()
      .addInteraction()
      .given(STATES.invalidToken, { token: CREDENTIALS.invalidToken })
      .uponReceiving('a request with a token the portal does not know')
      .withRequest('GET', BYCONTACT, (b) => b.headers({ Authorization: CREDENTIALS.invalidToken }))
      // ASP.NET's own answer: the text, as its own content type (text/html) says.
      .willRespondWith(401, (b) => textBody(b, 'Unauthorized'))
      .executeTest(async (server) => {
        const error = await createClient({ baseUrl: server.url, auth: { token: CREDENTIALS.invalidToken } })
          .opportunities.byContact(UNUSED_ID)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AuthenticationError);
        expect((error as AuthenticationError).status).toBe(401);
      });
  });

  it('a login answers 201 with a token and its expiry, then the token is used', async () => {
    const user = { userName: CREDENTIALS.userName, password: CREDENTIALS.password };
    const pact = newPact();
    pact
      .addInteraction()
      .given(STATES.login, { userName: user.userName })
      .uponReceiving('a login with user name and password')
      .withRequest('POST', '/api/2.0/authentication', (b) =>
        b
          .headers({ 'Content-Type': regex('^application/json(; ?charset=utf-8)?$', 'application/json') })
          .jsonBody(user),
      )
      .willRespondWith(201, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          status: 0,
          response: {
            ...(jsonShape(Authentication) as object),
            token: string(CREDENTIALS.token),
            expires: regex(PATTERNS.dateTime, '2027-11-28T12:00:00.0000000+03:00'),
          },
        }),
      );
    await pact
      .addInteraction()
      .given(STATES.login, { userName: user.userName })
      .given(STATES.unknownContact, { contactId: UNUSED_ID })
      .uponReceiving('a request with the token from the login')
      .withRequest('GET', BYCONTACT, (b) => b.headers({ Authorization: regex('^\\S+$', CREDENTIALS.token) }))
      .willRespondWith(200, (b) => b.jsonBody(EMPTY_JSON))
      .executeTest(async (server) => {
        const page = await createClient({ baseUrl: server.url, auth: user }).opportunities.byContact(
          UNUSED_ID,
        );
        expect(page).toEqual({ items: [] });
      });
  });

  it('a user without CRM access (a guest) gets 403 in the envelope', async () => {
    await newPact()
      .addInteraction()
      .given(STATES.guest, { token: CREDENTIALS.guestToken })
      .uponReceiving('a request from a user without CRM access')
      .withRequest('GET', BYCONTACT, (b) => b.headers({ Authorization: CREDENTIALS.guestToken }))
      .willRespondWith(403, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({ ...(jsonShape(ErrorEnvelope) as object), status: 1 }),
      )
      .executeTest(async (server) => {
        const error = await createClient({ baseUrl: server.url, auth: { token: CREDENTIALS.guestToken } })
          .opportunities.byContact(UNUSED_ID)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PermissionError);
        expect((error as PermissionError).status).toBe(403);
      });
  });
});
