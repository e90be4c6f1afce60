import type { RunningPortal } from '@oo-crm/portal';

/** Logs in to the portal as its demo user over real HTTP and answers the token. */
export async function demoToken(portal: RunningPortal): Promise<string> {
  const login = await fetch(`${portal.url}/api/2.0/authentication`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(portal.user),
  });
  return ((await login.json()) as { response: { token: string } }).response.token;
}
