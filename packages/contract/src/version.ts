import { readFileSync } from 'node:fs';

/** This package's version (`oo-crm-contract --version`, and the report's header): its package.json's. */
export const CONTRACT_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
