/** A value or a missing value. */
export type Maybe<T> = T | null | undefined;

/**
 * Divides with the null policy of storeops: the result is `null` when the denominator is 0,
 * either side is missing (`null`/`undefined`), or the result would not be finite. Never NaN,
 * never Infinity. For money over money or a count, see `moneyRatio` (exact).
 *
 * @param numerator - e.g. paying buyers.
 * @param denominator - e.g. visitors.
 * @example
 * ```ts
 * import { ratio } from 'storeops/core';
 * ratio(30, 1000) //=> 0.03
 * ratio(5, 0) //=> null
 * ratio(undefined, 10) //=> null
 * ```
 */
export function ratio(numerator: Maybe<number>, denominator: Maybe<number>): number | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return null;
  if (denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

