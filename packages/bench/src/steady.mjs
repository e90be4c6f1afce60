// The headline protocol's loop: warmed for `warmMs`, then rounds in which every case runs once,
// interleaved, for `measureMs` (at least 15 rounds), with no forced collection, so that each call
// pays for the garbage it makes. Answers each case's median time, its ratio to the first case's,
// the same ratio in CPU time (the process's, collector threads included: the work, which other
// work on the machine does not stretch, where it does stretch the time of a call that outlasts a
// time slice), and the share of its calls during which V8 collected: a median is a clean call's
// time when fewer than half of them collect, and a collecting call's time when more do.
import { PerformanceObserver } from 'node:perf_hooks';
import { median } from './measure.mjs';

export async function steadyRounds(cases, warmMs, measureMs) {
  const names = Object.keys(cases);
  const runs = Object.values(cases);
  const times = names.map(() => []);
  const cpu = names.map(() => []);
  const spans = names.map(() => []);
  const collections = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) collections.push(e.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  let sink;
  const round = (record) => {
    for (let i = 0; i < runs.length; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      sink = runs[i]();
      const t1 = performance.now();
      if (record) {
        const c = process.cpuUsage(c0);
        times[i].push(t1 - t0);
        cpu[i].push((c.user + c.system) / 1000);
        spans[i].push(t0, t1);
      }
    }
  };
  for (const end = performance.now() + warmMs; performance.now() < end; ) round(false);
  for (const end = performance.now() + measureMs; performance.now() < end || times[0].length < 15; )
    round(true);
  void sink;
  // The observer hears of collections after the fact, on a later turn.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  collections.sort((a, b) => a - b);
  // The first collection at or after `t`, by bisection.
  const firstFrom = (t) => {
    let lo = 0;
    let hi = collections.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (collections[mid] < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const collected = (i) => {
    let calls = 0;
    for (let k = 0; k < spans[i].length; k += 2) {
      if ((collections[firstFrom(spans[i][k])] ?? Infinity) < spans[i][k + 1]) calls++;
    }
    return calls / times[i].length;
  };
  const floor = median(times[0]);
  const cpuFloor = median(cpu[0]);
  return {
    rounds: times[0].length,
    cases: names.map((name, i) => ({
      name,
      medianMs: median(times[i]),
      ratio: median(times[i]) / floor,
      cpuRatio: median(cpu[i]) / cpuFloor,
      collecting: collected(i),
    })),
  };
}

/** A decode's result, or a throw: a benchmark must never time a failure. */
export function check(result) {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result;
}
