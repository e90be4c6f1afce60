// Builds the packages a repository command needs (`turbo run build --filter=NAME...`) and says
// nothing unless the build fails: turbo prints its banner even with --output-logs=errors-only, and
// a command's own output (`pnpm --silent oo-crm … --output json`) must be all a caller reads.
import { spawnSync } from 'node:child_process';

const [name] = process.argv.slice(2);
if (!name) throw new Error('usage: node scripts/build-quietly.mjs @oo-crm/NAME');
const build = spawnSync('turbo', ['run', 'build', `--filter=${name}...`, '--output-logs=errors-only'], {
  encoding: 'utf8',
  shell: false,
});
if (build.status !== 0) {
  process.stderr.write(build.error ? `${build.error.message}\n` : build.stdout + build.stderr);
  process.exit(build.status ?? 1);
}
