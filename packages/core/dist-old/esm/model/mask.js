import * as E from 'fp-ts/lib/Either.js';

const isCount = (u) => Number.isSafeInteger(u) && u >= 0;
function parseJson(mask) {
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
export function parseMask(fieldType, mask) {
  switch (fieldType) {
    case 'TextField':
      return E.flatMap(parseJson(mask), (u) => {
        const size = u?.size;
        return isCount(size) ? E.right({ fieldType, size }) : E.left('TextField mask needs {"size": N}');
      });
    case 'TextArea':
      return E.flatMap(parseJson(mask), (u) => {
        const { rows, cols } = u ?? {};
        return isCount(rows) && isCount(cols)
          ? E.right({ fieldType, rows, cols })
          : E.left('TextArea mask needs {"rows": R, "cols": C}');
      });
    case 'SelectBox':
      return E.flatMap(parseJson(mask), (u) =>
        Array.isArray(u) && u.every((o) => typeof o === 'string')
          ? E.right({ fieldType, options: u })
          : E.left('SelectBox mask needs an array of strings'),
      );
    default:
      return E.right({ fieldType });
  }
}
//# sourceMappingURL=mask.js.map
