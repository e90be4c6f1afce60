// Renders packages/core/openapi.json as the site's API reference page (site/api.html) with
// Redocly's build-docs: one static file with Redoc inlined, which works offline, under the site's
// header (tools/api-page.hbs) with the way back to the guides.
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
    '--template',
    fileURLToPath(new URL('./api-page.hbs', import.meta.url)),
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
