// Exact apportionment on integers: the small pure core behind allocate, planTargets,
// trackProgress and attributeChange. Every function here is internal (not re-exported).
import { StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { describeValue, fail } from '../core/errors.js';
import { isMoneyInput, moneyProblem } from '../core/money.js';

/**
 * Converts a finite `Decimal` to an exact integer mantissa and a power-of-ten scale
 * (`value = n × 10^-s`), so proportions can be computed exactly with `bigint`. @internal
 */
export function toScaled(value: Decimal): { n: bigint; s: number } {
  const text = value.toFixed(); // normal notation, unrounded
  const dot = text.indexOf('.');
  if (dot < 0) return { n: BigInt(text), s: 0 };
  return { n: BigInt(text.slice(0, dot) + text.slice(dot + 1)), s: text.length - dot - 1 };
}

/** Brings exact decimals to one common scale: integers in the same proportions. @internal */
export function alignScaled(values: readonly { n: bigint; s: number }[]): bigint[] {
  let scale = 0;
  for (const v of values) if (v.s > scale) scale = v.s;
  return values.map((v) => (v.s === scale ? v.n : v.n * 10n ** BigInt(scale - v.s)));
}

/**
 * Largest-remainder (Hamilton) apportionment of `total` whole units in proportion to integer
 * `weights` (all ≥ 0). Each part is floored, then the leftover units go one each to the largest
 * remainders; ties go to the larger weight, then the lower index. Exact: the parts add up to
 * `total`, a zero weight gets nothing. A zero `total` gives zeros (even for all-zero weights);
 * otherwise the weights must not all be zero (the caller checks). @internal
 */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  const n = weights.length;
  const parts = new Array<bigint>(n).fill(0n);
  if (total === 0n) return parts;
  let sum = 0n;
  for (const w of weights) sum += w;
  const remainders = new Array<bigint>(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const product = total * (weights[i] as bigint);
    const part = product / sum;
    parts[i] = part;
    remainders[i] = product - part * sum;
    given += part;
  }
  let left = Number(total - given); // < number of positive remainders, so < n
  if (left === 0) return parts;
  const order = Array.from({ length: n }, (_, i) => i).filter((i) => (remainders[i] as bigint) > 0n);
  order.sort((a, b) => {
    const ra = remainders[a] as bigint;
    const rb = remainders[b] as bigint;
    if (ra !== rb) return ra > rb ? -1 : 1;
    const wa = weights[a] as bigint;
    const wb = weights[b] as bigint;
    if (wa !== wb) return wa > wb ? -1 : 1;
    return a - b;
  });
  for (let k = 0; left > 0; k++, left--) {
    const i = order[k] as number;
    parts[i] = (parts[i] as bigint) + 1n;
  }
  return parts;
}

/**
 * Rounds shares (in units, as decimals) to whole units that add up exactly to `total`: each
 * share is floored, then the difference is settled one unit at a time by fractional part —
 * largest first when units are missing, smallest first when there are too many (a ring, so any
 * difference is settled; whole rounds of the ring are settled in one step). Fractions are compared to 20 decimals, so the last digit of a
 * repeating decimal does not break a tie; equal fractions: the lower index gains first and
 * loses last. For effects that must add up to a change. @internal
 */
export function roundToTotal(values: readonly Decimal[], total: bigint): bigint[] {
  const n = values.length;
  const floors = values.map((v) => v.floor());
  const parts = floors.map((f) => BigInt(f.toFixed()));
  let left = total;
  for (const p of parts) left -= p;
  const fraction = values.map((v, i) => v.minus(floors[i] as Decimal).toDecimalPlaces(20));
  const byFraction = Array.from({ length: n }, (_, i) => i).sort((a, b) => (fraction[b] as Decimal).cmp(fraction[a] as Decimal) || a - b);
  const order = left >= 0n ? byFraction : byFraction.reverse();
  const step = left >= 0n ? 1n : -1n;
  // Whole rounds of the ring in one step (every part gains or loses the same), then the rest,
  // fewer than n, one unit each: bounded work however large the difference.
  const rounds = left / BigInt(n);
  if (rounds !== 0n) {
    for (let i = 0; i < n; i++) parts[i] = (parts[i] as bigint) + rounds;
    left -= rounds * BigInt(n);
  }
  for (let k = 0; left !== 0n; k = (k + 1) % n, left -= step) {
    const i = order[k] as number;
    parts[i] = (parts[i] as bigint) + step;
  }
  return parts;
}

/** A whole number of units back to an amount: `units × unit`. @internal */
export function fromUnits(units: bigint, unit: Decimal): Decimal {
  return new StoreDecimal(units.toString()).times(unit);
}

/**
 * `amount / unit` as a whole number of units, or `null` when `amount` is not a whole number of
 * `unit`s. Exact (no division rounding). @internal
 */
export function toUnits(amount: Decimal, unit: Decimal): bigint | null {
  const [a, u] = alignScaled([toScaled(amount), toScaled(unit)]) as [bigint, bigint];
  return a % u === 0n ? a / u : null;
}

/**
 * Reads an allocation unit (a positive amount such as `'0.01'`, `1` or `'100'`), throwing
 * `StoreOpsError` with `code` at `path` otherwise. @internal
 */
export function parseUnit(value: unknown, path: string, code: 'INVALID_INPUT' | 'INVALID_OPTIONS'): Decimal {
  if (value === undefined) return new StoreDecimal('0.01');
  if (!isMoneyInput(value)) {
    const problem = moneyProblem(value);
    const why = problem === null || problem.startsWith('expected') ? 'expected a positive amount like "0.01" or 1' : problem;
    fail(code, path, `${why}, received ${describeValue(value)}`);
  }
  const unit = toDecimal(value, path);
  if (!unit.isPositive() || unit.isZero()) fail(code, path, `must be greater than 0, received ${describeValue(value)}`);
  return unit;
}
