// The limits that keep every public function bounded in time and memory on hostile input
// (docs/hardening.md lists them in one table). Each is enforced with a StoreOpsError whose
// message names the limit. Every export here is internal.
import { fail, MAX_ISSUES, MAX_RECEIVED_CHARS, type ErrorCode } from './errors.js';

/**
 * The limits, by name. Amounts are in yuan.
 * @internal
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  /** Issues kept in one error; the rest are counted in a last issue. */
  MAX_ISSUES,
  /** Integer digits of an amount: |amount| < 10^16 yuan (sums of up to 10^7 amounts stay exact in 40 digits). */
  MAX_MONEY_INTEGER_DIGITS: 16,
  /** Decimal places of a number or string amount (the number 0.1 + 0.2 has 17). */
  MAX_MONEY_DECIMALS: 17,
  /** Significant digits of a `Decimal` amount (storeops computes with 40). */
  MAX_MONEY_DIGITS: 40,
  /** Elements of an array argument (weights, rows, orders, rules …) checked before it is walked. */
  MAX_ARRAY_LENGTH: 1_000_000,
  /** Rows of a batch array (parseSycmRows rows, computeDsr ratings), checked before it is copied. */
  MAX_BATCH_ROWS: 10_000_000,
  /** Parts of one `allocate`. */
  MAX_ALLOCATE_PARTS: 100_000,
  /** Factors of `attributeChange` (Shapley values use all 2^n subsets). */
  MAX_FACTORS: 12,
  /** The largest product of the factors, in units of the result (`attributeChange`): 10^30 units. */
  MAX_PRODUCT_UNITS_DIGITS: 30,
  /** Days of a plan (ten years). */
  MAX_PLAN_DAYS: 3660,
  /** Events of a plan. */
  MAX_PLAN_EVENTS: 10_000,
  /** A day's weight in a plan: weekday weight and the product of its events' multipliers, each at most 10^6. */
  MAX_DAY_MULTIPLIER: 1_000_000,
  /** Elements of any array in a plugin (its rules, a rule's conditions …). */
  MAX_PLUGIN_ARRAY_LENGTH: 1_000,
  /** Characters of a received value quoted in an error message. */
  MAX_RECEIVED_CHARS,
});

/** The name of a limit. @internal */
export type LimitName = keyof typeof LIMITS;

/** Throws a StoreOpsError (`code`, at `path`) saying which limit was exceeded. @internal */
export function exceeds(code: ErrorCode, path: string, limit: LimitName, what: string, received?: string): never {
  return fail(code, path, `${what} exceeds the limit ${limit} = ${LIMITS[limit]}${received === undefined ? '' : `, received ${received}`}`, {
    expected: `at most ${LIMITS[limit]} (${limit})`,
    ...(received === undefined ? {} : { received }),
  });
}

/**
 * The length of an array argument read without walking it (a proxy whose traps throw, a revoked
 * proxy, a sparse `new Array(1e8)` are refused here), or `undefined` when `value` is not an array.
 * Fails at `path` when it is longer than `max` (the limit `limit`). @internal
 */
export function arrayLength(value: unknown, path: string, limit: LimitName = 'MAX_ARRAY_LENGTH', code: ErrorCode = 'INVALID_INPUT'): number | undefined {
  let isArray: boolean;
  let length: unknown;
  try {
    isArray = Array.isArray(value);
    length = isArray ? (value as unknown[]).length : undefined;
  } catch {
    return fail(code, path, 'could not be read (a getter or proxy threw)');
  }
  if (!isArray) return undefined;
  if (typeof length !== 'number' || length > LIMITS[limit]) exceeds(code, path, limit, 'the array length', String(length));
  return length as number;
}

/**
 * Copies an array argument into a plain dense array, element by element, after checking its
 * length: holes become `undefined` (reported by validation, not skipped), and a proxy or getter
 * that throws is a StoreOpsError at `path[i]`, not a TypeError. @internal
 */
export function readArray(value: unknown, path: string, limit: LimitName = 'MAX_ARRAY_LENGTH', code: ErrorCode = 'INVALID_INPUT'): unknown[] | undefined {
  const n = arrayLength(value, path, limit, code);
  if (n === undefined) return undefined;
  const out = new Array<unknown>(n);
  for (let i = 0; i < n; i++) {
    try {
      out[i] = (value as unknown[])[i];
    } catch {
      fail(code, `${path}[${i}]`, 'could not be read (a getter or proxy threw)');
    }
  }
  return out;
}

/** Marks an error of the iterable itself (its iterator, `next`, a proxy trap), not of the callback. */
/** @internal */
export const UNREADABLE_ROWS = 'could not be read (the iterable, its iterator or a proxy threw)';

/**
 * A dense snapshot of a batch array (rows, ratings: up to `MAX_BATCH_ROWS`, they may be millions), or
 * `undefined` when `value` is not an array; a revoked proxy or a throwing trap is a StoreOpsError
 * at `path`, not a TypeError. @internal
 */
export function snapshotArray(value: unknown, path: string): unknown[] | undefined {
  const n = arrayLength(value, path, 'MAX_BATCH_ROWS'); // a sparse new Array(1e8) is refused, not copied
  if (n === undefined) return undefined;
  try {
    return Array.prototype.slice.call(value);
  } catch {
    return fail('INVALID_INPUT', path, 'could not be read (a getter or proxy threw)');
  }
}
