// A portal's token for a login, over HTTP (POST api/2.0/authentication, core's route table).
import { AUTHENTICATION_ROUTE, routeUrl } from '@oo-crm/core';

export async function tokenOf(portalUrl, login) {
  const answer = await fetch(new URL(routeUrl(AUTHENTICATION_ROUTE), `${portalUrl}/`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  if (answer.status !== 201) throw new Error(`login failed: ${answer.status}`);
  return (await answer.json()).response.token;
}
