/**
 * The one place core generates code: a function made from its source text with `new Function`,
 * for the record builders of the decoder (schema/decoder.ts) and the XML plan (xml/plan.ts). A page
 * whose Content-Security-Policy forbids it makes `new Function` throw an `EvalError`: that refusal,
 * and only it, gives `undefined`, and the caller interprets the same plan. Anything else (a
 * `SyntaxError` from a bug in the generated text) is thrown, never hidden behind the slower twin.
 */

/** Whether code generation is allowed here; false once refused (a CSP does not change at run time). */
let allowed = true;

/**
 * The function whose parameters are `parameters` and body is `body`, called with `args`: what it
 * returns (the generated function, its constants bound). `undefined` when the platform refuses to
 * generate code.
 */
export function generated<T>(
  parameters: ReadonlyArray<string>,
  body: string,
  args: ReadonlyArray<unknown>,
): T | undefined {
  if (!allowed) return undefined;
  let factory: (...a: unknown[]) => T;
  try {
    factory = new Function(...parameters, body) as (...a: unknown[]) => T;
  } catch (error) {
    if (error instanceof EvalError) {
      allowed = false;
      return undefined;
    }
    throw error;
  }
  return factory(...args);
}
