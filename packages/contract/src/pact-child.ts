// Pact's verifier in a process of its own: its native core prints a report of its own to standard
// output, which this process keeps from the caller's. It takes its job over IPC (credentials never
// on a command line) and answers Pact's JSON results.
import { Verifier } from '@pact-foundation/pact';
import type { VerifierJob } from './pact-run.js';
import { CREDENTIALS } from './states.js';

type Request = { method?: string; headers: Record<string, string | undefined>; body?: unknown };

/**
 * Each interaction's credentials: the made-up caller and guest tokens become the real ones, the
 * made-up login the real user; an invalid token stays invalid.
 */
function credentialsFilter(job: VerifierJob) {
  return (req: Request, _res: unknown, next: () => void) => {
    const auth = req.headers['authorization'];
    if (auth === CREDENTIALS.token) req.headers['authorization'] = job.token;
    if (auth === CREDENTIALS.guestToken && job.guestToken) req.headers['authorization'] = job.guestToken;
    const body = req.body as { userName?: string } | undefined;
    if (req.method === 'POST' && body?.userName === CREDENTIALS.userName && job.userName) {
      req.body = { userName: job.userName, password: job.password };
      req.headers['content-length'] = String(Buffer.byteLength(JSON.stringify(req.body)));
    }
    next();
  };
}

process.once('message', async (job: VerifierJob) => {
  const stateHandlers = Object.fromEntries(
    Object.entries(job.stateValues).map(([state, values]) => [state, async () => values]),
  );
  const raw = await new Verifier({
    provider: job.provider,
    providerBaseUrl: job.providerBaseUrl,
    pactUrls: [...job.pactUrls],
    stateHandlers,
    logLevel: 'error',
    requestFilter: credentialsFilter(job),
  })
    .verifyProvider()
    .then(String, (error: unknown) => (error instanceof Error ? error.message : String(error)));
  process.send?.(raw, () => process.exit(0));
});
