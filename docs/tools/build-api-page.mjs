// Renders packages/core/openapi.json as the site's API reference page (site/api.html) with
// Redocly's build-docs: one static file with Redoc inlined, which works offline.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { OPENAPI_FILE } from './openapi.mjs';

const require = createRequire(import.meta.url);
const run = spawnSync(
  process.execPath,
  [
    require.resolve('@redocly/cli/bin/cli.js'),
    'build-docs',
    fileURLToPath(OPENAPI_FILE),
    '--inlineBundle',
    '--title',
    'oo-crm · ONLYOFFICE CRM opportunities API',
    '--output',
    fileURLToPath(new URL('../site/api.html', import.meta.url)),
  ],
  {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  },
);
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(run.status ?? 1);
}
