// Exact arithmetic for DSR scores without decimal.js: a score is the fraction sum / count of
// whole stars, and every mark a user gives (4.8, 4.61234) is read as the decimal it is written
// as, so boundaries (96 / 20 = 4.8) are decided exactly and the module stays small.

/** A non-negative fraction `n / d` with `d > 0`, in BigInt. @internal */
export interface Fraction {
  n: bigint;
  d: bigint;
}

/**
 * The decimal a finite, non-negative number is written as (its shortest round-trip string), as
 * an exact fraction: `4.8` → 48 / 10, not the binary double 4.79999…. @internal
 */
export function decimalFraction(x: number): Fraction {
  const [mantissa = '0', exp = '0'] = String(x).split('e');
  const [int = '0', frac = ''] = mantissa.split('.');
  const shift = Number(exp) - frac.length;
  const digits = BigInt(int + frac);
  return shift >= 0 ? { n: digits * 10n ** BigInt(shift), d: 1n } : { n: digits, d: 10n ** BigInt(-shift) };
}

/** `-1`, `0` or `1` as `a` is below, equal to or above `b`. @internal */
export function compareFractions(a: Fraction, b: Fraction): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The fraction as the nearest double. @internal */
export function fractionToNumber(f: Fraction): number {
  // Scale to 20 extra digits before converting, so the double is as close as it can be.
  const whole = f.n / f.d;
  const rest = f.n % f.d;
  return Number(whole) + Number((rest * 10n ** 20n) / f.d) / 1e20;
}

/**
 * A non-negative fraction truncated (never rounded) to `decimals` places, as a string:
 * 477616 / 100000 → `'4.7'`, 96 / 20 → `'4.8'`, 5 / 1 → `'5.0'`. @internal
 */
export function truncateFraction(f: Fraction, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const units = (f.n * scale) / f.d;
  const int = units / scale;
  const frac = (units % scale).toString().padStart(decimals, '0');
  return decimals === 0 ? int.toString() : `${int}.${frac}`;
}
