import * as z from 'zod/mini';

/**
 * The shape of a decimal.js instance, as storeops recognises it without loading decimal.js
 * (so modules that never do exact arithmetic stay small).
 */
export interface DecimalLike {
  /** Whether the value is finite (not NaN or ±Infinity). */
  isFinite(): boolean;
  /** Whether the sign is negative (true for -0 too). */
  isNegative(): boolean;
  /** Whether the value is zero. */
  isZero(): boolean;
  /** The value as a JavaScript number (may lose precision). */
  toNumber(): number;
  /** The exact value as a decimal string. */
  toString(): string;
}

/**
 * Money as accepted by every storeops function, in yuan (CNY) unless said otherwise:
 * a decimal string (`'12.34'`, preferred in JSON), a finite number, or a `Decimal`
 * (decimal.js, any copy or clone of it).
 */
export type MoneyInput = string | number | DecimalLike;

const DECIMAL_STRING = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?$/;

/**
 * True when `value` is a decimal.js instance (ours or the host application's, any version
 * that marks its instances the decimal.js way).
 *
 * @example
 * ```ts
 * import { isDecimal, toDecimal } from 'storeops/core/internal';
 * isDecimal(toDecimal('1')) //=> true
 * isDecimal('1') //=> false
 * ```
 */
export function isDecimal(value: unknown): value is DecimalLike {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { toStringTag?: unknown }).toStringTag === '[object Decimal]' &&
      typeof (value as { isFinite?: unknown }).isFinite === 'function'
    );
  } catch {
    return false;
  }
}

/**
 * True when `value` is acceptable as {@link MoneyInput}: a finite number, a plain decimal string or a finite `Decimal`.
 *
 * @example
 * ```ts
 * import { isMoneyInput } from 'storeops/core/internal';
 * isMoneyInput('12.34') //=> true
 * isMoneyInput('1,234') //=> false
 * isMoneyInput(Number.NaN) //=> false
 * ```
 */
export function isMoneyInput(value: unknown): value is MoneyInput {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string') return value.length <= 64 && DECIMAL_STRING.test(value.trim());
  if (!isDecimal(value)) return false;
  try {
    // Bound the exponent as the string form does (3 digits): a Decimal like 1e9000000000000000
    // is finite, but printing it (toFixed) would need petabytes.
    const e = (value as { e?: unknown }).e;
    return value.isFinite() === true && (typeof e !== 'number' || Math.abs(e) <= MAX_EXPONENT);
  } catch {
    return false;
  }
}

/** The largest decimal exponent of money: what a string with a 3-digit exponent can reach. */
const MAX_EXPONENT = 1100;

/** True for valid money that is zero or more. @internal */
export function isNonNegativeMoney(value: unknown): value is MoneyInput {
  if (!isMoneyInput(value)) return false;
  if (typeof value === 'number') return value >= 0;
  if (typeof value === 'string') return Number(value.trim()) >= 0 || /^[+-]?[0.]*(?:[eE][+-]?\d+)?$/.test(value.trim());
  try {
    return !value.isNegative() || value.isZero();
  } catch {
    return false;
  }
}

/**
 * Converts valid money to a JavaScript number — for ratios and comparisons, never for sums
 * (use `toDecimal` or minor units for those). Returns `null` for anything that is not money.
 *
 * @example
 * ```ts
 * import { moneyToNumber } from 'storeops/core/internal';
 * moneyToNumber('238.00') //=> 238
 * moneyToNumber('12%') //=> null
 * ```
 */
export function moneyToNumber(value: unknown): number | null {
  if (!isMoneyInput(value)) return null;
  let n: unknown;
  try {
    n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : value.toNumber();
  } catch {
    return null;
  }
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** Below this many minor units, `value × 10^scale` lands within 0.5 of the integer it stands for. */
const EXACT_MINOR_UNITS = 2 ** 51;

/**
 * The number of minor units (10^`scale` per unit: 100 for fen) a finite number stands for, or
 * `null` when it has finer digits. Binary noise of a few ulps is not a digit (0.1 + 0.2 is 30
 * fen; 7.14 × 100 is 713.9999999999999), but anything more is (7.140000001 → null, as the
 * string `'7.140000001'`), however large the amount (5100485596.1 → 510048559610). Not
 * bounded: callers check the range.
 * @internal
 */
export function numberToMinorUnits(value: number, scale: number): number | null {
  const scaled = value * 10 ** scale;
  const rounded = Math.round(scaled);
  if (Math.abs(rounded) < EXACT_MINOR_UNITS) {
    // A tolerance relative to the amount: an absolute one either refuses large amounts or accepts sub-fen digits of small ones.
    return Math.abs(scaled - rounded) > Math.abs(scaled) * 4 * Number.EPSILON ? null : rounded === 0 ? 0 : rounded;
  }
  // Larger: the product itself rounds (37587960968116.27 × 100 is 3758796096811627.5); read the digits.
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(String(value));
  if (m === null || (m[3] ?? '').length > scale) return null;
  const units = Number(`${m[2]}${(m[3] ?? '').padEnd(scale, '0')}`);
  return m[1] === '-' ? -units : units;
}

/** zod schema for {@link MoneyInput} (any sign). */
export const moneySchema = /* @__PURE__ */ z.custom<MoneyInput>(isMoneyInput, {
  error: 'expected money: a decimal string like "12.34", a finite number or a Decimal',
});

/** zod schema for a {@link MoneyInput} that is zero or more. */
export const nonNegativeMoneySchema = /* @__PURE__ */ z.custom<MoneyInput>(isNonNegativeMoney, {
  error: 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal',
});
