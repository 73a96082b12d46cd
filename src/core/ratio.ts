/** A value or a missing value. */
export type Maybe<T> = T | null | undefined;

/**
 * Divides with the null policy of storeops: the result is `null` when the denominator is 0,
 * either side is missing (`null`/`undefined`, or not a number at all), or the result would not be finite. Never NaN,
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
  // Anything but a number counts as missing (a Symbol or BigInt used to throw TypeError); callers
  // validate their inputs first, and this stays a few bytes for dashboards.
  if (typeof numerator !== 'number' || typeof denominator !== 'number' || denominator === 0) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}

