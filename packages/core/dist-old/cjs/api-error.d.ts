import * as E from 'fp-ts/lib/Either.js';
import type { ApiFailure, DecodeFailure } from './failure.js';
import { type DecodeOptions, type WireFormat } from './wire/body.js';
/**
 * Decodes the server's error envelope, the body of any failed call:
 * `{"status":1,"statusCode":404,"error":{"message":"Not found",…}}` → `{ kind: 'api', statusCode:
 * 404, message: 'Not found' }`. A body that is not that envelope is a decode failure. It never throws.
 *
 * @example
 * import { decodeApiError } from '@oo-crm/core';
 * const body = '{"status":1,"statusCode":404,"error":{"message":"Not found"}}';
 * const error = decodeApiError(body, 'json');
 * // error: Right({ kind: 'api', statusCode: 404, message: 'Not found' })
 */
export declare function decodeApiError(
  body: string,
  format: WireFormat,
  options?: DecodeOptions,
): E.Either<DecodeFailure, ApiFailure>;
/** Writes the server's error envelope, e.g. `{"status":1,"statusCode":404,"error":{"message":"Not found",…}}`. */
export declare function encodeApiError(
  error: {
    readonly statusCode: number;
    readonly message: string;
  },
  format: WireFormat,
): string;
//# sourceMappingURL=api-error.d.ts.map
