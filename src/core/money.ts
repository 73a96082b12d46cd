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
 * import { isDecimal, toDecimal } from 'storeops/core';
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
 * import { isMoneyInput } from 'storeops/core';
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
    return value.isFinite();
  } catch {
    return false;
  }
}

/** True for valid money that is zero or more. @internal */
export function isNonNegativeMoney(value: unknown): value is MoneyInput {
  if (!isMoneyInput(value)) return false;
  if (typeof value === 'number') return value >= 0;
  if (typeof value === 'string') return Number(value.trim()) >= 0 || /^[+-]?[0.]*(?:[eE][+-]?\d+)?$/.test(value.trim());
  return !value.isNegative() || value.isZero();
}

/**
 * Converts valid money to a JavaScript number — for ratios and comparisons, never for sums
 * (use `toDecimal` or minor units for those). Returns `null` for anything that is not money.
 *
 * @example
 * ```ts
 * import { moneyToNumber } from 'storeops/core';
 * moneyToNumber('238.00') //=> 238
 * moneyToNumber('12%') //=> null
 * ```
 */
export function moneyToNumber(value: unknown): number | null {
  if (!isMoneyInput(value)) return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : value.toNumber();
  return Number.isFinite(n) ? n : null;
}

/** zod schema for {@link MoneyInput} (any sign). */
export const moneySchema = /* @__PURE__ */ z.custom<MoneyInput>(isMoneyInput, {
  error: 'expected money: a decimal string like "12.34", a finite number or a Decimal',
});

/** zod schema for a {@link MoneyInput} that is zero or more. */
export const nonNegativeMoneySchema = /* @__PURE__ */ z.custom<MoneyInput>(isNonNegativeMoney, {
  error: 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal',
});
