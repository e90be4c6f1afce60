// The headline protocol's loop: warmed for `warmMs`, then rounds in which every case runs once,
// interleaved, for `measureMs` (at least 15 rounds), with no forced collection, so that each call
// pays for the garbage it makes. Answers each case's median time and its ratio to the first case's.
import { median } from './measure.mjs';

export function steadyRounds(cases, warmMs, measureMs) {
  const names = Object.keys(cases);
  const runs = Object.values(cases);
  const times = names.map(() => []);
  let sink;
  const round = (record) => {
    for (let i = 0; i < runs.length; i++) {
      const t0 = performance.now();
      sink = runs[i]();
      const t = performance.now() - t0;
      if (record) times[i].push(t);
    }
  };
  for (const end = performance.now() + warmMs; performance.now() < end; ) round(false);
  for (const end = performance.now() + measureMs; performance.now() < end || times[0].length < 15; )
    round(true);
  void sink;
  const floor = median(times[0]);
  return {
    rounds: times[0].length,
    cases: names.map((name, i) => ({ name, medianMs: median(times[i]), ratio: median(times[i]) / floor })),
  };
}

/** A decode's result, or a throw: a benchmark must never time a failure. */
export function check(result) {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result;
}
