// Where a JSON decode's two phases spend their time, by function, from V8's CPU profiler:
// `node src/json-walk-profile.mjs <opportunities> [walk]` runs json-accounting-child.mjs under
// `--cpu-prof` (a sample every 200 µs) and counts the samples that fall in its measured `JSON.parse`
// phases and walk phases by the function on top of the stack. `(garbage collector)` is every
// collection's main-thread work, the incremental marking's steps included, which no `gc` entry
// reports; a native call (JSON.parse) shows as its caller.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [n = '10000', walk = 'model'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'json-walk-profile-'));
try {
  const spansFile = join(dir, 'spans.json');
  execFileSync(
    process.execPath,
    [
      '--cpu-prof',
      `--cpu-prof-dir=${dir}`,
      '--cpu-prof-interval',
      '200',
      new URL('./json-accounting-child.mjs', import.meta.url).pathname,
      n,
      '3000',
      '6000',
      walk,
      spansFile,
    ],
    { encoding: 'utf8', maxBuffer: 2 ** 24 },
  );
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const spans = JSON.parse(readFileSync(spansFile, 'utf8'));
  const nameOf = new Map(
    profile.nodes.map((node) => [node.id, node.callFrame.functionName || '(anonymous)']),
  );
  // Sample times are on the profiler's clock, the one the spans were read on (µs).
  let t = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    t += profile.timeDeltas[i];
    return [t, nameOf.get(id)];
  });
  for (const phase of ['parse', 'walk']) {
    const ss = spans[phase];
    const by = new Map();
    let total = 0;
    let k = 0;
    for (const [time, name] of samples) {
      while (k < ss.length && ss[k][1] < time) k++;
      if (k < ss.length && ss[k][0] <= time) {
        total++;
        by.set(name, (by.get(name) ?? 0) + 1);
      }
    }
    console.log(
      `${n} opportunities, ${phase === 'parse' ? "the decode's JSON.parse" : `the walk (${walk})`}: ${total} samples`,
    );
    for (const [name, count] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
      console.log(`  ${((100 * count) / total).toFixed(1).padStart(5)}%  ${name}`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
