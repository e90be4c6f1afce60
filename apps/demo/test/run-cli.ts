import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const DEMO = fileURLToPath(new URL('../dist/demo.js', import.meta.url));

interface RunOptions {
  readonly env?: Record<string, string>;
  readonly stdin?: string;
  /** Options for node itself, e.g. `--max-old-space-size=96`. */
  readonly node?: string[];
  /** Standard error closed at once by its reader (a pipe that went away). */
  readonly closedStderr?: boolean;
  /** Standard output counted, not kept (for outputs of hundreds of megabytes). */
  readonly countStdout?: boolean;
  /** Called with the child once it runs (to send it a signal). */
  readonly onStart?: (child: ChildProcess) => void;
}

/** How a run ended: its code (null when a signal ended it), the signal, and what it wrote. */
export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stdoutBytes: number;
  readonly stderr: string;
}

/** Runs the built `oo-crm` as a child process, as a user would. */
export const runCli = (args: string[], options: RunOptions = {}) => runBuilt(CLI, args, options);

/** Runs the built `pnpm demo` program. */
export const runDemo = () => runBuilt(DEMO, []);

function runBuilt(script: string, args: string[], options: RunOptions = {}) {
  return new Promise<CliResult>((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.node ?? []), script, ...args], {
      env: { ...process.env, NO_COLOR: '1', ...options.env },
    });
    let stdout = '';
    let stdoutBytes = 0;
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdoutBytes += d.length;
      if (!options.countStdout) stdout += d;
    });
    if (options.closedStderr) child.stderr.destroy();
    else
      child.stderr.on('data', (d) => {
        stderr += d;
      });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stdoutBytes, stderr }));
    child.stdin.end(options.stdin ?? '');
    options.onStart?.(child);
  });
}

/**
 * The text of the tables in an output, a row a line and its cells joined by ` | `, each cell's
 * wrapped lines joined again by spaces: what a test looks for, whatever the column widths.
 */
export function tableCells(output: string): string {
  const rows: string[] = [];
  let row: string[][] = [];
  const flush = () => {
    if (row.length > 0) rows.push(row.map((parts) => parts.filter((p) => p !== '').join(' ')).join(' | '));
    row = [];
  };
  for (const line of output.split('\n')) {
    if (!line.startsWith('│')) {
      flush();
      if (!/^[┌├└]/.test(line)) rows.push(line);
      continue;
    }
    const cells = line.slice(1, -1).split('│');
    for (const [i, cell] of cells.entries()) {
      const parts = row[i] ?? [];
      parts.push(cell.trim());
      row[i] = parts;
    }
  }
  flush();
  return rows.join('\n');
}
