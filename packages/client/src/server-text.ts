import { safeText } from '@oo-crm/core';

/** The most characters of a server's own text (an error message, a content type) an error keeps. */
export const MAX_SERVER_TEXT = 500;

/**
 * A server's text made fit to enter an error: the caller's secrets (token, password) replaced
 * wherever the server echoed them, as sent or URL-encoded; control and bidi characters escaped;
 * cut to `max` characters. Secrets go first, so that a cut never leaves half of one behind.
 */
export function serverText(raw: string, secrets: ReadonlyArray<string>, max = MAX_SERVER_TEXT): string {
  let text = raw;
  for (const secret of secrets) {
    if (secret === '') continue;
    for (const form of new Set([secret, encodeURIComponent(secret)]))
      text = text.split(form).join('[redacted]');
  }
  return safeText(text, max);
}
