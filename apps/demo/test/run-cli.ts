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
