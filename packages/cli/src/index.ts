// What apps/demo (pnpm demo, pnpm oo-crm on the embedded portal, the web view) reuses of the CLI.
export {
  authOf,
  type Connection,
  connect,
  connectWithoutBaseUrl,
  type Target,
  type Tuning,
} from './connection.js';
export { EXIT, exitCodeOf } from './exit-codes.js';
export { bid, day, money } from './format.js';
export { program, run } from './program.js';
export { renderTable } from './render-table.js';
export { exitQuietlyOnClosedPipe } from './stdout.js';
