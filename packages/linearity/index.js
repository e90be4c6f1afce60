// Plain JavaScript with a declaration file beside it, as @oo-crm/fixtures: no build step, and no
// dependency on @oo-crm/core, so that core's own tests can use it without a cycle.
import { expect } from 'vitest';

/**
 * Asserts that `run` costs time linear in the size of its input: it runs on inputs of size n,
 * 2n, 4n and 8n and compares times as ratios, never as absolute times (this machine is shared).
 * A linear cost gives ×8 from n to 8n, a quadratic one ×64; the bound allows ×24 for noise
 * (garbage collection and a shared machine). Each size keeps its fastest of a few runs:
 * interference only adds time. The time is this process's CPU time, not the wall clock: on a
 * machine shared by many processes, waiting for a core is most of the wall-clock time.
 */
export function expectLinear(make, run, n, runs = 5) {
  const times = [1, 2, 4, 8].map((k) => {
    const input = make(n * k);
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) {
      const start = process.cpuUsage();
      run(input);
      const spent = process.cpuUsage(start);
      best = Math.min(best, (spent.user + spent.system) / 1000);
    }
    return best;
  });
  // A floor of 0.5 ms for the smallest size, so that timer noise on a tiny time does not decide.
  const base = Math.max(times[0], 0.5);
  const ratios = times.map((t) => t / base);
  expect(ratios[3], `times ${times.map((t) => t.toFixed(1)).join(', ')} ms`).toBeLessThan(24);
  return times;
}
