import * as E from 'fp-ts/lib/Either.js';
import type { CustomFieldType } from './enums.js';

/** The settings a custom field's `mask` text holds, by field type. */
export type Mask =
  | { readonly fieldType: 'TextField'; readonly size: number }
  | { readonly fieldType: 'TextArea'; readonly rows: number; readonly cols: number }
  | { readonly fieldType: 'SelectBox'; readonly options: ReadonlyArray<string> }
  | { readonly fieldType: 'CheckBox' | 'Heading' | 'Date' };

const isCount = (u: unknown): u is number => Number.isSafeInteger(u) && (u as number) >= 0;

function parseJson(mask: string): E.Either<string, unknown> {
  try {
    return E.right(JSON.parse(mask));
  } catch {
    return E.left('mask is not JSON');
  }
}

/**
 * Reads a custom field's `mask`: `{"size":N}` for a TextField, `{"rows":R,"cols":C}` for a
 * TextArea, `["a","b"]` for a SelectBox; other types carry nothing. Left with a reason otherwise.
 */
export function parseMask(fieldType: CustomFieldType, mask: string): E.Either<string, Mask> {
  switch (fieldType) {
    case 'TextField':
      return E.flatMap(parseJson(mask), (u) => {
        const size = (u as { size?: unknown } | null)?.size;
        return isCount(size) ? E.right({ fieldType, size }) : E.left('TextField mask needs {"size": N}');
      });
    case 'TextArea':
      return E.flatMap(parseJson(mask), (u) => {
        const { rows, cols } = (u ?? {}) as { rows?: unknown; cols?: unknown };
        return isCount(rows) && isCount(cols)
          ? E.right({ fieldType, rows, cols })
          : E.left('TextArea mask needs {"rows": R, "cols": C}');
      });
    case 'SelectBox':
      return E.flatMap(parseJson(mask), (u) =>
        Array.isArray(u) && u.every((o) => typeof o === 'string')
          ? E.right({ fieldType, options: u as string[] })
          : E.left('SelectBox mask needs an array of strings'),
      );
    default:
      return E.right({ fieldType });
  }
}
