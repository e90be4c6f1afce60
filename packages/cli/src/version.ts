import { createRequire } from 'node:module';

/** This package's version, as `oo-crm --version` prints it (read from the package.json it ships with). */
export const VERSION = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
