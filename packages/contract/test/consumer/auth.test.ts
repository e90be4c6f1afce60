import { AuthenticationError, createClient, PermissionError } from '@oo-crm/client';
import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { JSON_CONTENT_TYPE } from '../../src/content-types.js';
import { newPact, TOKEN, TOKEN_STATE } from '../../src/pact.js';

const { regex, string } = MatchersV3;
const USER = { userName: 'demo@crm.example.com', password: 'demo-password' };

describe('authentication', () => {
  it("a refused token is a 401, not the envelope (its content type is ASP.NET's, not pinned)", async () => {
    await newPact()
      .addInteraction()
      .given('no token is valid')
      .uponReceiving('a request with a token the portal does not know')
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/1234', (b) =>
        b.headers({ Authorization: TOKEN }),
      )
      .willRespondWith(401)
      .executeTest(async (server) => {
        const error = await createClient({ baseUrl: server.url, auth: { token: TOKEN } })
          .opportunities.byContact(1234)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AuthenticationError);
        expect((error as AuthenticationError).status).toBe(401);
      });
  });

  it('a login answers 201 with a token and its expiry, then the token is used', async () => {
    const pact = newPact();
    pact
      .addInteraction()
      .given('the demo user {userName} exists', { userName: USER.userName })
      .uponReceiving('a login with user name and password')
      .withRequest('POST', '/api/2.0/authentication', (b) =>
        b
          .headers({ 'Content-Type': regex('^application/json(; ?charset=utf-8)?$', 'application/json') })
          .jsonBody(USER),
      )
      .willRespondWith(201, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          count: 1,
          status: 0,
          statusCode: 201,
          response: {
            token: string(TOKEN),
            expires: regex(
              '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}(Z|[+-]\\d{2}:\\d{2})$',
              '2027-11-28T12:00:00.0000000+03:00',
            ),
          },
        }),
      );
    await pact
      .addInteraction()
      .given(TOKEN_STATE, { token: TOKEN })
      .given('contact {contactId} has no opportunities', { contactId: 999999 })
      .uponReceiving('a request with the token from the login')
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/999999', (b) =>
        b.headers({ Authorization: regex('^\\S+$', TOKEN) }),
      )
      .willRespondWith(200, (b) => b.jsonBody({ status: 0, statusCode: 200, response: [] }))
      .executeTest(async (server) => {
        const page = await createClient({ baseUrl: server.url, auth: USER }).opportunities.byContact(999999);
        expect(page).toEqual({ items: [] });
      });
  });

  it('a user without CRM access (a guest) gets 403 "Forbidden" in the envelope', async () => {
    await newPact()
      .addInteraction()
      .given('the token {token} belongs to a user without CRM access', { token: TOKEN })
      .uponReceiving('a request from a user without CRM access')
      .withRequest('GET', '/api/2.0/crm/opportunity/bycontact/1234', (b) =>
        b.headers({ Authorization: TOKEN }),
      )
      .willRespondWith(403, (b) =>
        b.headers(JSON_CONTENT_TYPE).jsonBody({
          status: 1,
          statusCode: 403,
          error: { message: string('Forbidden') },
        }),
      )
      .executeTest(async (server) => {
        const error = await createClient({ baseUrl: server.url, auth: { token: TOKEN } })
          .opportunities.byContact(1234)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PermissionError);
        expect((error as PermissionError).status).toBe(403);
      });
  });
});
