/** Writes an error for people: one clear line, then the details (decode issues) indented. */
export function reportError(
  message: string,
  write: (text: string) => void = (t) => process.stderr.write(t),
): void {
  const [first, ...rest] = message.split('\n');
  write(`oo-crm: ${first}\n`);
  for (const line of rest) write(`  ${line}\n`);
}
