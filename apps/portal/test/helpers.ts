import { connect } from 'node:net';
import { expect } from 'vitest';
import { type Login, type Seed, SeedError, startPortal } from '../src/index.js';

/** Logs in over real HTTP (as the demo user unless told; with the second factor's code when given) and answers the token. */
export async function login(
  portal: { readonly url: string; readonly user?: Login | undefined },
  user: Login | undefined = portal.user,
  code?: string,
): Promise<string> {
  if (!user) throw new Error('no login to log in with');
  const response = await fetch(
    `${portal.url}/api/2.0/authentication${code === undefined ? '' : `/${code}`}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(user),
    },
  );
  if (response.status !== 201) throw new Error(`login failed: ${response.status}`);
  return ((await response.json()) as { response: { token: string } }).response.token;
}

/** Sends raw bytes and answers everything the server wrote before closing (or after `ms`). */
export function rawRequest(port: number, bytes: string, ms = 2000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    const timer = setTimeout(() => socket.destroy(), ms);
    socket.on('data', (d) => {
      data += d.toString('latin1');
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(data);
    });
    socket.on('error', reject);
    socket.write(bytes);
  });
}

/** The problems of a seed that startPortal refuses, as its SeedError holds them (any other outcome fails). */
export async function seedRefusal(seed: unknown): Promise<SeedError> {
  // A parsed file's value: the static type does not stop a bad one.
  const error = await startPortal({ seed: seed as Seed }).then(
    (p) => p.close().then(() => undefined),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SeedError);
  return error as SeedError;
}
