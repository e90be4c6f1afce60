import { redactSecrets, safeText } from './safe-text.js';

const MAX_TEXT = 40;

/**
 * A short, safe description of a value for an error message. CRM data is personal, so strings
 * are cut short and objects and arrays are never printed, only named; the caller's `secrets` (a
 * token, a password) are never quoted, even in part.
 */
export function describeValue(u: unknown, secrets: ReadonlyArray<string> = []): string {
  if (u === undefined) return 'nothing';
  if (u === null) return 'null';
  switch (typeof u) {
    case 'string':
      // Cut first (a value may be megabytes, and only MAX_TEXT characters are shown), then quotes
      // and backslashes, so that the escapes safeText adds stay readable.
      return `"${safeText(redactSecrets(u, secrets, MAX_TEXT * 2).replace(/["\\]/g, '\\$&'), MAX_TEXT)}"`;
    case 'number':
    case 'boolean':
      return String(u).slice(0, MAX_TEXT);
    case 'object':
      return Array.isArray(u) ? `an array (${u.length} items)` : 'an object';
    default:
      return typeof u;
  }
}
