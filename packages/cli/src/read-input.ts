import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** The most `decode` reads: the client's own default limit. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads a file, or standard input for `-`, refusing more than `MAX_INPUT_BYTES`. */
export async function readInput(file: string, stdin: Readable = process.stdin): Promise<Uint8Array> {
  const stream = file === '-' ? stdin : createReadStream(file);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buffer.length;
    if (total > MAX_INPUT_BYTES) {
      stream.destroy();
      throw new RangeError(`the input is larger than ${MAX_INPUT_BYTES} bytes`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
