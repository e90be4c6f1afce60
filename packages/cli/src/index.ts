// What apps/demo (pnpm demo, the web view) reuses of the CLI.
export { authOf, type Connection, connect, type Target } from './connection.js';
export { EXIT, exitCodeOf } from './exit-codes.js';
export { bid, day, money } from './format.js';
export { program, run } from './program.js';
export { renderTable } from './render-table.js';
export { exitQuietlyOnClosedPipe } from './stdout.js';
