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
 * A storeops `Decimal` after `structuredClone` or `postMessage`: the structured clone keeps an
 * object's own data and drops its prototype, so a result's money arrives in a worker (or back
 * from one) as the plain object `{ s, e, d }` — sign, exponent and base-10⁷ digit words, as
 * decimal.js stores them. Every storeops function accepts it back as money (strictly checked:
 * anything else of that shape is refused with `INVALID_INPUT`); `toDecimal` makes it a `Decimal`
 * again and `formatMoney` prints it. See the dashboards guide, "Results as JSON".
 * @example
 * ```ts
 * import { formatMoney, toDecimal } from 'storeops/core';
 * const back = structuredClone(toDecimal('88235.30')); // as a worker receives it
 * formatMoney(back) //=> '¥88,235.30'
 * toDecimal(back).plus('0.70').toFixed(2) //=> '88236.00'
 * toDecimal({ s: 1, e: 0, d: [1.5] }) //=> throws INVALID_INPUT
 * ```
 */
export interface ClonedDecimal {
  /** Sign: 1 or -1. */
  readonly s: number;
  /** Base-10 exponent of the most significant digit. */
  readonly e: number;
  /** The digits in words of up to 7 decimal digits, most significant first. */
  readonly d: readonly number[];
}

/**
 * Money as accepted by every storeops function, in yuan (CNY) unless said otherwise:
 * a decimal string (`'12.34'`, preferred in JSON), a finite number, a `Decimal`
 * (decimal.js, any copy or clone of it), or a storeops `Decimal` that went through
 * `structuredClone` ({@link ClonedDecimal}).
 */
export type MoneyInput = string | number | DecimalLike | ClonedDecimal;

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

/** Digit words of a decimal.js value: base 10⁷. */
const WORD = 1e7;
/** At most this many words: 40 significant digits (storeops' precision) need 7, a host's clone may use more. */
const MAX_WORDS = 16;

/**
 * The exact decimal text (`'82191800000e-7'`) of a {@link ClonedDecimal} — a plain object with
 * exactly the own data keys `s`, `e`, `d` of a finite decimal.js value, consistent as decimal.js
 * writes them — or `null` when `value` is anything else. @internal
 */
export function clonedDecimalText(value: unknown): string | null {
  try {
    // A plain object (Object.prototype, or none) with exactly the own keys s, e, d: a number, a
    // string, an array, a Map or a class instance has another prototype; null throws here.
    const proto: unknown = Object.getPrototypeOf(value);
    if ((proto !== Object.prototype && proto !== null) || Object.keys(value as object).sort().join() !== 'd,e,s') return null;
    const { s, e, d } = value as ClonedDecimal;
    if ((s !== 1 && s !== -1) || !Number.isSafeInteger(e) || !Array.isArray(d) || d.length === 0 || d.length > MAX_WORDS || !d.every((w) => Number.isInteger(w) && w >= 0 && w < WORD)) return null;
    const head = String(d[0]);
    // Zero is { e: 0, d: [0] }; otherwise the point sits on a word boundary: the first word's digits fix the exponent mod 7.
    if (d[0] === 0) return d.length === 1 && e === 0 ? '0' : null;
    const digits = head + d.slice(1).map((w) => String(w).padStart(7, '0')).join('');
    return (head.length - 1 - e) % 7 === 0 ? `${s < 0 ? '-' : ''}${digits}e${e + 1 - digits.length}` : null;
  } catch {
    return null; // null or undefined, or a getter or proxy threw
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
  return moneyProblem(value) === null;
}

/**
 * The exact range of money (limits `MAX_MONEY_INTEGER_DIGITS` and `MAX_MONEY_DECIMALS`,
 * docs/hardening.md): |amount| < 10^16 yuan with at most 17 decimal places (a number: zero or
 * at least 10^-17 in size, its digits those JavaScript prints; a `Decimal`: at most 40
 * significant digits, storeops' precision, as computed shares have). Inside it, sums of
 * up to 10^7 amounts are exact in storeops' 40 significant digits (16 + 7 integer digits and 17
 * decimals; 0.1 + 0.2 as a number has 17), so no cent is lost; outside it an amount is refused rather than rounded.
 * @internal
 */
export const MONEY_RANGE = /* @__PURE__ */ Object.freeze({ integerDigits: 16, decimals: 17, significantDigits: 40 });

const PARTS = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Whether a plain decimal text (already matching the money pattern) lies in {@link MONEY_RANGE}; `'digits'` or `'decimals'` when not. */
function rangeOfText(text: string): null | 'digits' | 'decimals' {
  const m = PARTS.exec(text);
  if (m === null) return 'digits';
  const int = m[1] ?? '';
  const frac = m[2] ?? '';
  const all = int + frac;
  const first = all.search(/[1-9]/);
  if (first < 0) return null; // zero
  let last = all.length - 1;
  while (all[last] === '0') last--;
  const point = int.length + Number(m[3] ?? 0); // where the decimal point sits in `all`
  if (point - first > MONEY_RANGE.integerDigits) return 'digits';
  if (last + 1 - point > MONEY_RANGE.decimals) return 'decimals';
  return null;
}

const OUT_OF_RANGE = {
  digits: `is beyond the exact range of money: |amount| must be below 10^${MONEY_RANGE.integerDigits} yuan (limit MAX_MONEY_INTEGER_DIGITS = ${MONEY_RANGE.integerDigits})`,
  decimals: `has more than ${MONEY_RANGE.decimals} decimal places, beyond the exact range of money (limit MAX_MONEY_DECIMALS = ${MONEY_RANGE.decimals})`,
  significant: `has more than ${MONEY_RANGE.significantDigits} significant digits (limit MAX_MONEY_DIGITS = ${MONEY_RANGE.significantDigits})`,
};

/**
 * Why `value` is not acceptable money (a message without the received value), or `null` when
 * it is: a finite number, a plain decimal string or a finite `Decimal`, inside the exact range. @internal
 */
export function moneyProblem(value: unknown): string | null {
  const shape = 'expected money: a decimal string like "12.34", a finite number or a Decimal';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return shape;
    // A number carries at most 17 significant digits, the last ones often binary noise
    // (1.0000000000000002e-6): its magnitude is bounded, not its decimal places.
    const a = Math.abs(value);
    if (a >= 10 ** MONEY_RANGE.integerDigits) return OUT_OF_RANGE.digits;
    return a !== 0 && a < 10 ** -MONEY_RANGE.decimals ? OUT_OF_RANGE.decimals : null;
  }
  if (typeof value === 'string') {
    const t = value.trim();
    if (value.length > 64 || !DECIMAL_STRING.test(t)) return shape;
    const r = rangeOfText(t);
    return r === null ? null : OUT_OF_RANGE[r];
  }
  if (!isDecimal(value)) {
    const text = clonedDecimalText(value);
    if (text === null) return shape;
    // Judged as the Decimal it was: the exponent, and no more significant digits than storeops computes with.
    const e = (value as ClonedDecimal).e;
    if (e >= MONEY_RANGE.integerDigits) return OUT_OF_RANGE.digits;
    return text.replace(/^-|0*e.*$/g, '').length > MONEY_RANGE.significantDigits ? OUT_OF_RANGE.significant : null;
  }
  try {
    if (value.isFinite() !== true) return shape;
    if (value.isZero()) return null;
    // Read the exponent and the decimal places, never the digits: a Decimal with a million
    // digits or an exponent of 9e15 would take megabytes (or petabytes) to print.
    const e = (value as { e?: unknown }).e;
    if (typeof e === 'number' && e >= MONEY_RANGE.integerDigits) return OUT_OF_RANGE.digits;
    // A Decimal may be a computed amount (a share, a repeating quotient): it may have more
    // decimals than a typed amount, but no more significant digits than storeops computes with.
    const sd = (value as unknown as { precision?: () => unknown }).precision?.();
    if (typeof e !== 'number' || typeof sd !== 'number') return shape;
    return sd > MONEY_RANGE.significantDigits ? OUT_OF_RANGE.significant : null;
  } catch {
    return shape;
  }
}

/** True for valid money that is zero or more. @internal */
export function isNonNegativeMoney(value: unknown): value is MoneyInput {
  if (!isMoneyInput(value)) return false;
  if (typeof value === 'number') return value >= 0;
  if (typeof value === 'string') return Number(value.trim()) >= 0 || /^[+-]?[0.]*(?:[eE][+-]?\d+)?$/.test(value.trim());
  if (!isDecimal(value)) return (value as ClonedDecimal).s === 1 || (value as ClonedDecimal).d[0] === 0;
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
    // A Decimal's toNumber() is Number(toString()); a cloned one is read from its digits.
    n = typeof value === 'number' ? value : Number(typeof value === 'string' ? value.trim() : (clonedDecimalText(value) ?? value.toString()));
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

/**
 * Minor units of a decimal string under the one rule for binary noise: a string that is exactly
 * how JavaScript prints a number (`'0.30000000000000004'`, what `String(0.1 + 0.2)` and a
 * spreadsheet cell read by `parseSycmRows` give) is read like that number by
 * {@link numberToMinorUnits}, so a cell is accepted or refused the same as a number or a string;
 * any other string must be exact. `null` when it is no whole number of minor units. @internal
 */
export function stringToMinorUnits(text: string, scale: number, exact: (t: string) => number | null): number | null {
  const t = text.trim();
  const units = exact(t);
  if (units !== null) return units;
  const n = Number(t);
  return Number.isFinite(n) && String(n) === t.replace(/^\+/, '') ? numberToMinorUnits(n, scale) : null;
}

/** zod schema for {@link MoneyInput} (any sign). */
export const moneySchema = /* @__PURE__ */ z.custom<MoneyInput>(isMoneyInput, {
  error: (issue) => moneyProblem(issue.input) ?? 'expected money: a decimal string like "12.34", a finite number or a Decimal',
});

/** zod schema for a {@link MoneyInput} that is zero or more. */
export const nonNegativeMoneySchema = /* @__PURE__ */ z.custom<MoneyInput>(isNonNegativeMoney, {
  error: (issue) => {
    const problem = moneyProblem(issue.input);
    return problem === null || problem.startsWith('expected') ? 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal' : problem;
  },
});
