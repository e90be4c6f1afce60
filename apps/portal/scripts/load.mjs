// A bounded load run on loopback: rounds of concurrent bycontact requests against an in-process
// portal; prints requests per second, latency percentiles, errors and heap after each round.
// Usage: node --expose-gc scripts/load.mjs [--concurrency 1000] [--rounds 5]
import { parseArgs } from 'node:util';
import { startPortal } from '../dist/index.js';

const { values } = parseArgs({
  options: { concurrency: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '5' } },
});
const concurrency = Math.min(Number(values.concurrency), 5000);
const rounds = Math.min(Number(values.rounds), 50);

const portal = await startPortal({ dataset: { deals: 1000 } });
const login = await fetch(`${portal.url}/api/2.0/authentication`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(portal.user),
});
const { token } = (await login.json()).response;

const heapMiB = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const results = [];
const baseline = heapMiB();
for (let round = 1; round <= rounds; round++) {
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, i) => {
      const t0 = performance.now();
      try {
        const suffix = i % 2 === 0 ? '' : '.xml';
        const response = await fetch(
          `${portal.url}/api/2.0/crm/opportunity/bycontact/${101 + (i % 40)}${suffix}`,
          {
            headers: { authorization: token },
            signal: AbortSignal.timeout(30_000),
          },
        );
        await response.arrayBuffer();
        if (response.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
  results.push({
    round,
    requests: concurrency,
    errors,
    rps: Math.round(concurrency / seconds),
    p50ms: pct(0.5),
    p99ms: pct(0.99),
    heapMiB: heapMiB().toFixed(1),
  });
}
await portal.close();
console.table(results);
console.log(JSON.stringify({ concurrency, rounds, baselineHeapMiB: +baseline.toFixed(1), results }));
if (results.some((r) => r.errors > 0)) process.exit(1);
