import { redactSecrets, safeText } from '@oo-crm/core';

/** The most characters of a server's own text (an error message, a content type) an error keeps. */
export const MAX_SERVER_TEXT = 500;

/**
 * A server's text made fit to enter an error: the caller's secrets (token, password) replaced
 * wherever the server echoed them, as sent or URL-encoded; control and bidi characters escaped;
 * cut to `max` characters. Secrets go first, so that a cut never leaves half of one behind.
 */
export function serverText(raw: string, secrets: ReadonlyArray<string>, max = MAX_SERVER_TEXT): string {
  // Cut before the search (controls may take 6 characters each once escaped): a 10 MiB message costs no more.
  return safeText(redactSecrets(raw, secrets, max * 6), max);
}
