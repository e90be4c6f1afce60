// How much of a timed call the garbage collector took: collections are observed as `gc`
// performance entries and summed over the spans in which the calls ran.
import { PerformanceObserver } from 'node:perf_hooks';

const collections = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push([e.startTime, e.startTime + e.duration]);
}).observe({ entryTypes: ['gc'] });

/** Milliseconds of collection inside [from, to]. */
function collectedWithin(from, to) {
  let ms = 0;
  for (const [start, end] of collections) if (start >= from && end <= to) ms += end - start;
  return ms;
}

/**
 * Wraps a benchmark case: `fn` records when each measured call ran (warm-up calls are not
 * recorded); `gcMs()` is the median collection time inside them, once the entries have arrived.
 */
export function withGcTime(run) {
  const spans = [];
  let recording = false;
  return {
    fn: () => {
      const from = performance.now();
      const result = run();
      if (recording) spans.push([from, performance.now()]);
      return result;
    },
    /** For tinybench's `beforeEach`, which is told whether this is warm-up or the run. */
    begin: (mode) => {
      recording = mode === 'run';
    },
    gcMs: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const each = spans.map(([from, to]) => collectedWithin(from, to)).sort((a, b) => a - b);
      return each.length === 0 ? 0 : each[each.length >> 1];
    },
  };
}
