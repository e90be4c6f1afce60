// Runs benchmark cases with tinybench and reports, for each, the median time, its spread, the
// time the garbage collector took inside the measured calls, and the ratio to the first case.
import { Bench } from 'tinybench';
import { withGcTime } from './gc-time.mjs';

const gc = globalThis.gc ?? (() => {});

/**
 * `cleanStart`: a full collection before each call, so that a case does not pay for its
 * neighbour's garbage; without it the cases run in a steady state and pay for their own.
 */
export async function measure(cases, { iterations, time, cleanStart = true }) {
  const bench = new Bench({ iterations, time, warmup: true });
  const gcTimes = [];
  for (const [name, run] of Object.entries(cases)) {
    const timed = withGcTime(run);
    gcTimes.push(timed.gcMs);
    bench.add(name, timed.fn, {
      beforeEach: (mode) => {
        if (cleanStart) gc();
        timed.begin(mode);
      },
    });
  }
  await bench.run();
  const floor = bench.tasks[0].result.latency.p50;
  return Promise.all(
    bench.tasks.map(async (t, i) => ({
      name: t.name,
      medianMs: t.result.latency.p50,
      madMs: t.result.latency.mad,
      gcMs: await gcTimes[i](),
      samples: t.result.latency.samplesCount,
      ratio: t.result.latency.p50 / floor,
    })),
  );
}

/** The result of the case called `name` in a run's `cases`: reports find cases by name, not by position. */
export const caseNamed = (run, name) => run.cases.find((c) => c.name === name);

/** The median of some numbers. */
export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
};
