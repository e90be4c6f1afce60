import { escapeControlCharacters } from '@oo-crm/core';

/** Text of several lines with each line escaped (its newlines kept): Commander's messages. */
export const escapeLines = (text: string): string => text.split('\n').map(escapeControlCharacters).join('\n');

/**
 * Writes an error for people: one clear line, then the details (decode issues) indented. Lines are
 * split on the message's own newlines; anything else that could drive a terminal is escaped.
 */
export function reportError(
  message: string,
  write: (text: string) => void = (t) => process.stderr.write(t),
): void {
  const [first, ...rest] = message.split('\n');
  write(`oo-crm: ${escapeControlCharacters(first ?? '')}\n`);
  for (const line of rest) write(`  ${escapeControlCharacters(line)}\n`);
}
