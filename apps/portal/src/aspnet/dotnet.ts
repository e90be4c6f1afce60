import { INT32_MAX, INT32_MIN } from '@oo-crm/core';

/** The largest .NET `int` (core's request limits). */
export { INT32_MAX } from '@oo-crm/core';

/**
 * How .NET reads an `int` from text, as the server's binders and `ApiContext` do, and the messages
 * its exceptions carry (I for the exact texts).
 */

/** `FormatException`'s message: the text is not an integer. */
export const NOT_AN_INT32 = 'Input string was not in a correct format.';
/** `OverflowException`'s message: an integer beyond Int32. */
export const BEYOND_INT32 = 'Value was either too large or too small for an Int32.';

/**
 * `int.Parse` of the text: optional spaces and sign, then digits, within Int32. `'not-a-number'`
 * and `'overflow'` say which exception .NET would throw.
 */
export function readInt32(text: string): number | 'not-a-number' | 'overflow' {
  if (!/^\s*[+-]?\d+\s*$/.test(text)) return 'not-a-number';
  const n = Number(text);
  return n >= INT32_MIN && n <= INT32_MAX ? n : 'overflow';
}

/**
 * The HResult of each exception the server reports, written as the error envelope's `hresult`
 * (the innermost exception's, `IApiStandartResponce.cs` 54-65; .NET's values).
 */
export const HRESULT = {
  /** `ArgumentException`: id 0, a bad enum name, a bad date. */
  argument: -2147024809,
  /** `FormatException`: a bad int, Guid or bool. */
  format: -2146233033,
  /** `OverflowException`: an integer beyond Int32. */
  overflow: -2146233066,
  /** `AuthenticationException`: a failed login. */
  authentication: -2146233087,
  /** `HttpException`: 404, 403, 402. */
  http: -2147467259,
  /** `InvalidOperationException`: a sort that cannot compare its values (I). */
  invalidOperation: -2146233079,
  /** `XmlException`: a body that is not XML (I). */
  xml: -2146232000,
} as const;
