// A portal's token for a login, over HTTP (POST api/2.0/authentication).
export async function tokenOf(portalUrl, login) {
  const answer = await fetch(`${portalUrl}/api/2.0/authentication`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  if (answer.status !== 201) throw new Error(`login failed: ${answer.status}`);
  return (await answer.json()).response.token;
}
