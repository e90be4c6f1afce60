// HTTP on loopback: the client against raw fetch, 16 requests in flight, against a portal in
// another process. Bounded: a fixed number of requests per variant, loopback only.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createClient } from '@oo-crm/client';
import { BYCONTACT_ROUTE, decodeOpportunities, routeUrl } from '@oo-crm/core';
import { tokenOf } from './login.mjs';

const CONCURRENCY = 16;
const REQUESTS = 2000;
const WARMUP = 300;
const ROUNDS = 5;

async function startPortalProcess() {
  const child = spawn(process.execPath, [new URL('./portal-child.mjs', import.meta.url).pathname], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`portal exited with ${code}`)));
  });
  return { ...JSON.parse(line), stop: () => child.kill('SIGTERM') };
}

async function drive(call, count) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        const t0 = performance.now();
        await call();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return { requests: count, rps: count / seconds, p50: at(0.5), p99: at(0.99) };
}

export async function httpBench() {
  const portal = await startPortalProcess();
  try {
    const token = await tokenOf(portal.url, portal.user);
    const url = new URL(routeUrl(BYCONTACT_ROUTE, { contactid: 4242 }), `${portal.url}/`);
    const client = createClient({ baseUrl: portal.url, auth: { token } });
    const variants = {
      'fetch + JSON.parse': async () =>
        JSON.parse(await (await fetch(url, { headers: { authorization: token } })).text()),
      'fetch + decodeOpportunities': async () => {
        const decoded = decodeOpportunities(
          await (await fetch(url, { headers: { authorization: token } })).text(),
          'json',
        );
        if (decoded._tag === 'Left') throw new Error('decode failed');
      },
      'client.opportunities.byContact': () => client.opportunities.byContact(4242),
    };
    for (const call of Object.values(variants)) await drive(call, WARMUP);
    // Rounds interleaved, the median round kept: one busy moment should not decide a comparison.
    const rounds = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, call] of Object.entries(variants)) rounds[name].push(await drive(call, REQUESTS));
    }
    const median = (runs) => [...runs].sort((a, b) => a.rps - b.rps)[runs.length >> 1];
    const results = Object.fromEntries(Object.entries(rounds).map(([name, runs]) => [name, median(runs)]));
    return { concurrency: CONCURRENCY, opportunitiesPerResponse: 100, rounds: ROUNDS, results };
  } finally {
    portal.stop();
  }
}
