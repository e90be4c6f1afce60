// A load run on loopback (not a timed test): starts the portal from its bin in a child process,
// records how long it takes to listen, then sends the three opportunity routes from N concurrent
// clients (keep-alive) and prints p50/p99 latency (to the whole body read; and p99 to the status and
// headers), requests per second, the portal's CPU time per request (Linux: /proc), the client's own, and errors per
// route, with the machine's load average at each run.
// Usage: node scripts/load.mjs [--deals 10000,100000] [--clients 20,50] [--requests 400]
//          [--routes filter,bycontact,{id}] [--count 25] [--kept-texts MIB] [--profile DIR]
// `--count` is the page size `filter` asks for (1000 is the server's largest and its default).
// `--kept-texts MIB` starts the portal with that much room for deals' written texts (default 4 KiB a deal, 64 to 512).
// `--profile DIR` starts the portal with `node --cpu-prof --cpu-prof-dir DIR` (a profile per portal).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    deals: { type: 'string', default: '10000,100000' },
    clients: { type: 'string', default: '20,50' },
    requests: { type: 'string', default: '400' },
    routes: { type: 'string', default: 'filter,bycontact,{id}' },
    count: { type: 'string', default: '25' },
    'kept-texts': { type: 'string' },
    profile: { type: 'string' },
  },
});
const list = (text) =>
  text
    .split(',')
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const perRun = Math.min(Number(values.requests), 20_000);

/** Starts the portal with N generated deals; answers its URL, the time to listen, and a stop. */
function start(deals) {
  const t0 = performance.now();
  const kept = values['kept-texts'] ? ['--kept-texts', values['kept-texts']] : [];
  const profile = values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [];
  const child = spawn(
    process.execPath,
    [...profile, cli, '--port', '0', '--dataset', String(deals), ...kept],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (\S+)/.exec(out);
      if (m) {
        const exited = new Promise((done) => child.once('exit', done));
        const stop = () => {
          child.kill();
          return exited;
        };
        resolve({ url: m[1], startMs: performance.now() - t0, cpuMs: () => cpuMsOf(child.pid), stop });
      }
    });
    child.once('exit', (code) => reject(new Error(`the portal exited (${code})`)));
  });
}

/** A process's CPU time (user + system) in ms, from /proc (Linux); NaN elsewhere. */
function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are the 14th and 15th fields of the line (the 12th and 13th after the name).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

/**
 * One GET on a keep-alive agent: the time to the status and headers, and to the last byte. The
 * body is counted and let go (node:http rather than fetch: reading answers of megabytes through
 * web streams cost the client, on the same two cores, more than the portal spent writing them).
 */
function request(agent, url, headers) {
  const t = performance.now();
  return new Promise((resolve) => {
    const req = get(url, { agent, headers, timeout: 30_000 }, (response) => {
      const head = performance.now() - t;
      response.on('data', () => {});
      response.on('end', () =>
        resolve({ head, whole: performance.now() - t, ok: response.statusCode === 200 }),
      );
      response.on('error', () => resolve({ head, whole: performance.now() - t, ok: false }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ head: performance.now() - t, whole: performance.now() - t, ok: false }));
  });
}

/** `total` requests from `clients` concurrent loops; latencies in ms, errors, and the client's own CPU. */
async function run(clients, total, next) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies = [];
  // Until the status and headers came: the portal's answer begun, whatever the client then takes to read it.
  const heads = [];
  let errors = 0;
  let sent = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (sent < total) {
        const url = next(sent++);
        const { head, whole, ok } = await request(agent, url.href, url.headers);
        heads.push(head);
        latencies.push(whole);
        if (!ok) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  heads.sort((a, b) => a - b);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  return {
    clientCpuMs: (cpu.user + cpu.system) / 1000 / total,
    p50: pct(latencies, 0.5),
    p99: pct(latencies, 0.99),
    headP99: pct(heads, 0.99),
    rps: total / seconds,
    errors,
  };
}

const rows = [];
for (const deals of list(values.deals)) {
  const portal = await start(deals);
  const login = await fetch(`${portal.url}/api/2.0/authentication`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userName: 'admin@crm.example.com', password: 'admin-password' }),
  });
  const { token } = (await login.json()).response;
  const headers = { authorization: token };
  const api = `${portal.url}/api/2.0/crm/opportunity`;
  const contacts = Math.max(10, Math.ceil(deals / 3));
  const words = ['cloud', 'support', 'audit', 'hotel', 'licence'];
  const allRoutes = {
    // A paged client: 25 deals a page (--count), by title, from a page somewhere in the list; or a search.
    filter: (i) =>
      i % 2
        ? `${api}/filter?sortBy=title&count=${values.count}&startIndex=${(i * 7919) % deals}`
        : `${api}/filter?filterValue=${words[i % words.length]}&stageType=Open&count=${values.count}`,
    bycontact: (i) => `${api}/bycontact/${101 + ((i * 31) % contacts)}`,
    '{id}': (i) => `${api}/${5001 + ((i * 7919) % deals)}`,
  };
  const routes = Object.fromEntries(
    Object.entries(allRoutes).filter(([name]) => values.routes.split(',').includes(name)),
  );
  // Warm-up: each order sorted once, each route's code compiled.
  for (const make of Object.values(routes)) await run(4, 40, (i) => ({ href: make(i), headers }));
  for (const clients of list(values.clients)) {
    for (const [route, make] of Object.entries(routes)) {
      const cpu0 = portal.cpuMs();
      const r = await run(clients, perRun, (i) => ({ href: make(i), headers }));
      const cpu = (portal.cpuMs() - cpu0) / perRun;
      rows.push({
        deals,
        startMs: Math.round(portal.startMs),
        clients,
        route,
        p50ms: +r.p50.toFixed(1),
        p99ms: +r.p99.toFixed(1),
        headP99ms: +r.headP99.toFixed(1),
        rps: Math.round(r.rps),
        cpuMsPerReq: +cpu.toFixed(2),
        clientCpuMsPerReq: +r.clientCpuMs.toFixed(2),
        errors: r.errors,
        load1: +loadavg()[0].toFixed(1),
      });
    }
  }
  await portal.stop();
}
console.table(rows);
console.log(JSON.stringify(rows));
if (rows.some((r) => r.errors > 0)) process.exit(1);
