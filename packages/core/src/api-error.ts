import * as E from 'fp-ts/lib/Either.js';
import type { ApiFailure, DecodeFailure } from './failure.js';
import { fieldsOf } from './schema/kinds.js';
import {
  checkDecodeOptions,
  type DecodeOptions,
  neverThrows,
  readWire,
  type WireFormat,
  writeWire,
} from './wire/body.js';
import { apiFailureOf, ERROR_HRESULT, ErrorEnvelope } from './wire/envelope.js';

const errorFields = fieldsOf(ErrorEnvelope);

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
export function decodeApiError(
  body: string,
  format: WireFormat,
  options: DecodeOptions = {},
): E.Either<DecodeFailure, ApiFailure> {
  checkDecodeOptions(options);
  return neverThrows(() => {
    const wire = readWire(body, format, errorFields, options);
    if (E.isLeft(wire)) return wire;
    const failure = apiFailureOf(wire.right, options);
    return failure.kind === 'api' ? E.right(failure) : E.left(failure);
  }) as E.Either<DecodeFailure, ApiFailure>;
}

/** Writes the server's error envelope, e.g. `{"status":1,"statusCode":404,"error":{"message":"Not found",…}}`. */
export function encodeApiError(
  error: { readonly statusCode: number; readonly message: string },
  format: WireFormat,
): string {
  const wire = ErrorEnvelope.encode({
    statusCode: error.statusCode,
    error: { message: error.message, hresult: ERROR_HRESULT, data: {} },
  });
  return writeWire(wire, format);
}
