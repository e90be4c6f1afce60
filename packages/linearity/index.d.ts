/**
 * Asserts that `run` costs CPU time linear in the size of its input: sizes n, 2n, 4n and 8n, the
 * fastest of `runs` runs each, and the ×8 size under 24 times the ×1 (a quadratic cost gives ×64).
 * Returns the four times in milliseconds.
 */
export declare function expectLinear<I>(
  make: (n: number) => I,
  run: (input: I) => unknown,
  n: number,
  runs?: number,
): number[];
