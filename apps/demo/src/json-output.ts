/**
 * `--output json`: JSON text that is safe on a terminal and still exact. `JSON.stringify` escapes
 * C0 controls but writes DEL, C1, the bidi marks and U+2028/2029 raw; they can only stand inside
 * strings, so writing them as `\uXXXX` escapes changes no value a JSON reader gets back.
 */

// DEL, C1, ALM, LRM, RLM, the line and paragraph separators, embeddings, overrides and isolates.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const escapeOne = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `JSON.stringify(value, null, indent)`, with those characters escaped. */
export function jsonText(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, escapeOne);
}

/**
 * Writes a JSON array whose items come in batches (the pages of `--all`), so that only one batch is
 * held: the text is the same as {@link jsonText} of the whole array.
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(private readonly write: (text: string) => void) {}

  /** Writes the next items. */
  push(items: ReadonlyArray<unknown>): void {
    for (const item of items) {
      // Nested one level deeper: every line of the item's text gains two spaces (a newline
      // can only be structure: inside strings it is escaped).
      const text = jsonText(item).replace(/\n/g, '\n  ');
      this.write(`${this.count === 0 ? '[\n  ' : ',\n  '}${text}`);
      this.count++;
    }
  }

  /** Closes the array. */
  end(): void {
    this.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}
