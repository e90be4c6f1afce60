// Pact merges into an existing file: start each consumer run from nothing, so a removed
// interaction disappears from the output too.
import { rmSync } from 'node:fs';

rmSync(new URL('../.pact-out', import.meta.url), { recursive: true, force: true });
