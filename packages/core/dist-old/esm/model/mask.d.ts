import * as E from 'fp-ts/lib/Either.js';
import type { CustomFieldType } from './enums.js';
/** The settings a custom field's `mask` text holds, by field type. */
export type Mask =
  | {
      readonly fieldType: 'TextField';
      readonly size: number;
    }
  | {
      readonly fieldType: 'TextArea';
      readonly rows: number;
      readonly cols: number;
    }
  | {
      readonly fieldType: 'SelectBox';
      readonly options: ReadonlyArray<string>;
    }
  | {
      readonly fieldType: 'CheckBox' | 'Heading' | 'Date';
    };
/**
 * Reads a custom field's `mask`: `{"size":N}` for a TextField, `{"rows":R,"cols":C}` for a
 * TextArea, `["a","b"]` for a SelectBox; other types carry nothing. Left with a reason otherwise.
 */
export declare function parseMask(fieldType: CustomFieldType, mask: string): E.Either<string, Mask>;
//# sourceMappingURL=mask.d.ts.map
