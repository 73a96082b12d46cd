// The value comes from the default export (decimal.mjs has no named one); the types come from
// the named class. A default-import type is decimal.js's whole CommonJS module under
// `moduleResolution: NodeNext`, where `DecimalJs` as a type fails with TS2709 and, under
// skipLibCheck, silently becomes `any` (test/types checks consumers in every mode).
import DecimalJs from 'decimal.js';
import type { Decimal as DecimalClass } from 'decimal.js';
import { describeValue, expected, expectInteger, fail } from './errors.js';
import { readArray } from './limits.js';
import { clonedDecimalText, isMoneyInput, MONEY_RANGE, moneyProblem, numberToMinorUnits, stringToMinorUnits, type MoneyInput } from './money.js';

/** An exact decimal number (decimal.js). Money results are `Decimal`s; they serialise to strings with their scale in JSON (`"88235.30"`). */
export type Decimal = DecimalClass;

/**
 * The JSON form of a storeops `Decimal`: its exact value in plain notation with at least two
 * decimals, so money keeps its scale (`"88235.30"`, `"3000000.00"`) and a finer amount (a share
 * split in 0.001) loses nothing. Never exponent notation. @internal
 */
export function decimalJson(this: DecimalClass): string {
  // Not finite (never in a result): decimalPlaces() is NaN, and toFixed writes 'NaN' or '±Infinity'.
  return this.toFixed(Math.max(2, this.decimalPlaces() || 0));
}

/**
 * Makes the private clone. decimal.js gives each instance an own `constructor` property (the
 * clone it was made by), and a function-valued own property makes `structuredClone` and
 * `postMessage` throw `DataCloneError`. The clone gets a prototype of its own (inheriting the
 * shared decimal.js prototype, which is left untouched) whose `constructor` is an accessor: the
 * constructor's assignment lands on its setter, so an instance holds only its data `s`, `e`, `d`
 * and a structured clone of it is the plain object `{ s, e, d }` (accepted back as money, see
 * `moneyProblem`). The same prototype writes money with its scale in JSON ({@link decimalJson}).
 */
function makeStoreDecimal(): typeof DecimalClass {
  const D = DecimalJs.clone({
    precision: 40,
    rounding: DecimalJs.ROUND_HALF_UP,
    toExpNeg: -40,
    toExpPos: 40,
  });
  D.prototype = Object.create(D.prototype, { constructor: { get: () => D, set() {} }, toJSON: { value: decimalJson } }) as DecimalClass;
  return D;
}

/**
 * The private decimal.js constructor used by storeops: 40 significant digits, half-up rounding.
 * It is a clone, so the global decimal.js configuration of the host application is never touched.
 * Instances of the host's own `Decimal` are accepted wherever money is accepted. Its instances
 * hold only data (`structuredClone` works) and write themselves in JSON with at least two decimals.
 */
export const StoreDecimal: typeof DecimalClass = /* @__PURE__ */ makeStoreDecimal();

/**
 * Converts money to a `Decimal`, throwing `StoreOpsError` (`INVALID_INPUT`, at `path`) for
 * NaN, Infinity, `'12%'`, `'1,234'` and anything else that is not a plain amount.
 *
 * @param value - an amount in yuan.
 * @param path - the field's path, used in the error.
 * @example
 * ```ts
 * import { toDecimal } from 'storeops/core';
 * toDecimal('7140.50').toFixed(2) //=> '7140.50'
 * toDecimal(0.1).plus(0.2).toString() //=> '0.3'
 * ```
 */
export function toDecimal(value: MoneyInput, path = ''): Decimal {
  const problem = moneyProblem(value);
  if (problem !== null) {
    const received = describeValue(value);
    const message = problem.startsWith('expected') ? `expected money (a decimal string like "12.34", a finite number or a Decimal), received ${received}` : `${problem}, received ${received}`;
    fail('INVALID_INPUT', path, message, { expected: 'money', received });
  }
  try {
    const d = new StoreDecimal(typeof value === 'string' ? value.trim() : typeof value === 'number' ? value : (clonedDecimalText(value) ?? value.toString()));
    // −0 is 0: a signed zero would print as "-0" in JSON and count as negative in isNegative().
    return d.isZero() ? new StoreDecimal(0) : d;
  } catch {
    // Only an object that claims to be a Decimal but is not one gets here.
    return fail('INVALID_INPUT', path, 'expected money, received a Decimal-like object that is not a number', { expected: 'money', received: 'object' });
  }
}

/** Rounding modes of money rounding (`formatMoney`, money to a unit). */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up' | 'floor' | 'ceil';

const MODES: Record<RoundingMode, DecimalClass.Rounding> = {
  'half-up': DecimalJs.ROUND_HALF_UP,
  'half-even': DecimalJs.ROUND_HALF_EVEN,
  down: DecimalJs.ROUND_DOWN,
  up: DecimalJs.ROUND_UP,
  floor: DecimalJs.ROUND_FLOOR,
  ceil: DecimalJs.ROUND_CEIL,
};

/**
 * Rounds an amount to a whole number of `unit`s (default one fen, `'0.01'`).
 *
 * @param value - the amount.
 * @param unit - the unit, e.g. `'0.01'` (fen), `1` (yuan), `'0.1'`; must be positive.
 * @param mode - rounding mode, `'half-up'` by default.
 * @example
 * ```ts
 * import { roundToUnit } from 'storeops/core/internal';
 * roundToUnit('2.345').toFixed(2) //=> '2.35'
 * roundToUnit('1234', 100).toString() //=> '1200'
 * roundToUnit('2.345', '0.01', 'down').toFixed(2) //=> '2.34'
 * ```
 */
export function roundToUnit(value: MoneyInput, unit: MoneyInput = '0.01', mode: RoundingMode = 'half-up'): Decimal {
  const u = toDecimal(unit, 'unit');
  if (!u.isPositive() || u.isZero()) fail('INVALID_OPTIONS', 'unit', 'must be greater than 0');
  const rounding = Object.prototype.hasOwnProperty.call(MODES, mode) ? MODES[mode] : undefined;
  if (rounding === undefined) fail('INVALID_OPTIONS', 'mode', `unknown rounding mode ${describeValue(mode)}`);
  return toDecimal(value, 'value').div(u).toDecimalPlaces(0, rounding).times(u);
}

/** The most decimals of a minor unit or of a formatted amount. */
const MAX_SCALE = 20;

/**
 * Converts an amount in yuan to an integer number of minor units (fen by default) for fast
 * sums in batch paths. Returns `null` when the amount is not finite, has more decimals than
 * `scale`, or would exceed `Number.MAX_SAFE_INTEGER` minor units.
 *
 * @param value - a finite number or decimal string in yuan.
 * @param scale - decimals of the minor unit (2 for fen).
 * @example
 * ```ts
 * import { toMinorUnits } from 'storeops/core/internal';
 * toMinorUnits(7.14) //=> 714
 * toMinorUnits('1234.5') //=> 123450
 * toMinorUnits(0.001) //=> null
 * ```
 */
export function toMinorUnits(value: number | string, scale = 2): number | null {
  expectInteger(scale, 'scale', 0, MAX_SCALE, 'INVALID_OPTIONS');
  const factor = 10 ** scale;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const units = numberToMinorUnits(value, scale);
    return units !== null && Number.isSafeInteger(units) ? units : null;
  }
  if (typeof value !== 'string' || !isMoneyInput(value)) return null;
  // One rule for binary noise: the printed form of a number is read like the number.
  const units = stringToMinorUnits(value, scale, (t) => {
    const d = new StoreDecimal(t).times(factor);
    return d.isInteger() ? d.toNumber() : null;
  });
  return units !== null && Number.isSafeInteger(units) ? (units === 0 ? 0 : units) : null;
}

/**
 * Converts an integer number of minor units (fen by default) back to a `Decimal` amount in yuan.
 *
 * @example
 * ```ts
 * import { formatMoney, fromMinorUnits } from 'storeops/core/internal';
 * fromMinorUnits(714).toFixed(2) //=> '7.14'
 * fromMinorUnits(123456789012345678n).toFixed(2) //=> '1234567890123456.78'
 * formatMoney(fromMinorUnits(123456789012345678n)) //=> '¥1,234,567,890,123,456.78'
 * fromMinorUnits(10n ** 40n) //=> throws INVALID_INPUT
 * ```
 */
export function fromMinorUnits(units: number | bigint, scale = 2): Decimal {
  if (typeof units !== 'bigint' && !Number.isSafeInteger(units)) expected('units', 'a whole number of minor units', units);
  expectInteger(scale, 'scale', 0, MAX_SCALE, 'INVALID_OPTIONS');
  // The result is money: inside its exact range, so formatMoney and every function accept it.
  if (typeof units === 'bigint' && (units < 0n ? -units : units) >= 10n ** BigInt(MONEY_RANGE.integerDigits + scale)) {
    fail('INVALID_INPUT', 'units', `is beyond the exact range of money: |amount| must be below 10^${MONEY_RANGE.integerDigits} yuan (limit MAX_MONEY_INTEGER_DIGITS = ${MONEY_RANGE.integerDigits}), received ${describeValue(units)}`);
  }
  return new StoreDecimal(typeof units === 'bigint' ? units.toString() : units).div(10 ** scale);
}

/**
 * Sums amounts exactly.
 *
 * @example
 * ```ts
 * import { sumMoney } from 'storeops/core';
 * sumMoney([0.1, 0.2, '0.3']).toString() //=> '0.6'
 * ```
 */
export function sumMoney(values: readonly MoneyInput[]): Decimal {
  // A dense copy read safely: a revoked proxy or a throwing trap is a StoreOpsError, not a TypeError.
  const list = readArray(values, '');
  if (list === undefined) expected('', 'an array of amounts', values);
  let total = new StoreDecimal(0);
  for (let i = 0; i < list.length; i++) total = total.plus(toDecimal(list[i] as MoneyInput, `[${i}]`));
  return total;
}

/**
 * Formats an amount for a message: thousands separators and two decimals, with `¥` in front.
 *
 * @example
 * ```ts
 * import { formatMoney } from 'storeops/core';
 * formatMoney('1234567.891') //=> '¥1,234,567.89'
 * formatMoney(-42) //=> '-¥42.00'
 * ```
 */
export function formatMoney(value: MoneyInput, decimals = 2): string {
  expectInteger(decimals, 'decimals', 0, MAX_SCALE, 'INVALID_OPTIONS');
  const d = toDecimal(value, 'value');
  const fixed = d.abs().toFixed(decimals, DecimalJs.ROUND_HALF_UP);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = d.isNegative() && !d.isZero() && fixed !== (0).toFixed(decimals) ? '-' : '';
  return `${sign}¥${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/**
 * Divides money by a count or by money and keeps it exact: `null` when the denominator is 0 or
 * either side is missing. Use it for money per unit (AOV = paid amount / buyers).
 *
 * @example
 * ```ts
 * import { moneyRatio } from 'storeops/core/internal';
 * moneyRatio(7140, 30)?.toString() //=> '238'
 * moneyRatio(7140, 0) //=> null
 * ```
 */
export function moneyRatio(numerator: MoneyInput | null | undefined, denominator: MoneyInput | null | undefined): Decimal | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return null;
  const den = toDecimal(denominator, 'denominator');
  if (den.isZero()) return null;
  return toDecimal(numerator, 'numerator').div(den);
}

/**
 * A period rate from daily rates and their bases (bounce rate × visitors …), combined exactly:
 * Σ rateᵢ × baseᵢ / Σ baseᵢ in decimal arithmetic, each rate read as the decimal it is written
 * as, then rounded once to a number — so seven days at exactly 0.7 give exactly 0.7, not the
 * 0.6999999999999998 a float sum gives (which passed "under 70%"). `null` without a base. @internal
 */
export function combineRates(rates: readonly number[], bases: readonly number[]): number | null {
  let num = new StoreDecimal(0);
  let den = 0;
  for (let i = 0; i < rates.length; i++) {
    num = num.plus(new StoreDecimal(rates[i] as number).times(bases[i] as number));
    den += bases[i] as number;
  }
  if (den === 0) return null;
  const r = num.div(den).toNumber();
  return Number.isFinite(r) ? r : null;
}

/**
 * Money over money as a plain number (ROI, refund rate): `null` when either side is missing, the
 * denominator is 0, or the quotient is beyond the range of a number ('1e999' / '1e-999') —
 * never Infinity. @internal
 */
export function amountRatio(numerator: Decimal | null, denominator: Decimal | null): number | null {
  if (numerator === null || denominator === null || denominator.isZero()) return null;
  const value = numerator.div(denominator).toNumber();
  return Number.isFinite(value) ? value : null;
}

/**
 * Money per unit as results carry it (AOV, revenue per visitor, CPC, cost per buyer …): rounded
 * to the fen, half-up, as 生意参谋 shows 客单价 and UV价值 — not the 40 digits of the quotient
 * ([domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)). Sums and judgements are
 * made from the exact amounts, never from these. `null` stays `null`. @internal
 */
export function moneyPerUnit(value: Decimal | null): Decimal | null {
  return value === null ? null : value.toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
}
