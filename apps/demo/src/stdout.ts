/** Ends quietly when the reader of standard output goes away (`oo-crm … | head`). */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/**
 * Keeps the documented exit codes when standard error is gone (a closed pipe, a full disk): a
 * failed write of a message must not become an uncaught error, which would make every exit code 1.
 */
export function keepExitCodesWithoutStderr(): void {
  process.stderr.on('error', () => {});
}
