// Hand checks of a flat record of fields, for the functions whose whole input is a few numbers
// (page health's rates and counts, computeDsr's options). They give the issues the zod schemas
// of the same fields give (the property test in test/core/fields.test.ts compares them), without
// loading zod: about 5 kB gzip of a dashboard's bundle for assessPageHealth or computeDsr alone.
import { isIsoDate } from './dates.js';
import { describeValue, formatPath, StoreOpsError, UNREADABLE, type ErrorCode, type ErrorIssue } from './errors.js';
import { isNonNegativeMoney, moneyProblem } from './money.js';

/** What is wrong with one field's value (its path is added by {@link checkFields}): nothing when it is fine. @internal */
export type FieldRule = (value: unknown) => readonly Omit<ErrorIssue, 'path'>[];

const MAX_SAFE = 9_007_199_254_740_991; // Number.MAX_SAFE_INTEGER, written out: a global read at the top level is kept by bundlers
const OK: readonly Omit<ErrorIssue, 'path'>[] = [];

function bound(op: string, received: string): Omit<ErrorIssue, 'path'> {
  return { message: `must be ${op}, received ${received}`, expected: op, received };
}

/**
 * What is wrong with a number field: it must be finite (a safe integer when `integer`), at least
 * `min` and at most `max` when given. As zod does, an integer outside the safe range and a bound
 * it breaks are both reported.
 */
function numberIssues(value: unknown, integer: boolean, min: number, max?: number): readonly Omit<ErrorIssue, 'path'>[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [typeOf('number', value)];
  const received = describeValue(value);
  if (integer && !Number.isInteger(value)) return [{ message: `expected integer, received ${received}`, expected: 'integer', received }];
  const out: Omit<ErrorIssue, 'path'>[] = [];
  if (integer && value < -MAX_SAFE) out.push(bound(`>= ${-MAX_SAFE}`, received));
  if (integer && value > MAX_SAFE) out.push(bound(`<= ${MAX_SAFE}`, received));
  if (value < min) out.push(bound(`>= ${min}`, received));
  if (max !== undefined && value > max) out.push(bound(`<= ${max}`, received));
  return out;
}

// The field rules, one export each (so a bundle keeps only the ones it uses), named after the
// schemas they stand for (core/validate.ts, money.ts, dates.ts).

/** `countSchema`: a safe integer ≥ 0. @internal */
export const countField: FieldRule = (value) => numberIssues(value, true, 0);
/** `rateSchema`: a number in [0, 1]. @internal */
export const rateField: FieldRule = (value) => numberIssues(value, false, 0, 1);
/** `nonNegativeSchema`: a finite number ≥ 0. @internal */
export const nonNegativeField: FieldRule = (value) => numberIssues(value, false, 0);
/** What is wrong with an integer field in `[min, max]`, as `z.int().check(z.gte(min), z.lte(max))` (wrap it in an arrow: a rule built by a call at the top level would be kept by bundlers). @internal */
export function integerIssues(value: unknown, min: number, max?: number): readonly Omit<ErrorIssue, 'path'>[] {
  return numberIssues(value, true, min, max);
}

/** `nonNegativeMoneySchema`: money that is zero or more. @internal */
export const nonNegativeMoneyField: FieldRule = (value) => {
  if (isNonNegativeMoney(value)) return OK;
  const problem = moneyProblem(value);
  return [
    {
      message: problem === null || problem.startsWith('expected') ? 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal' : problem,
      received: describeValue(value),
    },
  ];
};

/** `isoDateSchema`: a real calendar day `YYYY-MM-DD`. @internal */
export const isoDateField: FieldRule = (value) => {
  if (typeof value !== 'string') return [typeOf('string', value)];
  return isIsoDate(value) ? OK : [{ message: 'expected a real calendar day written YYYY-MM-DD', received: describeValue(value) }];
};

/** `z.string()`. @internal */
export const stringField: FieldRule = (value) => (typeof value === 'string' ? OK : [typeOf('string', value)]);
/** `z.boolean()`. @internal */
export const booleanField: FieldRule = (value) => (typeof value === 'boolean' ? OK : [typeOf('boolean', value)]);

function typeOf(expected: string, value: unknown): Omit<ErrorIssue, 'path'> {
  const received = describeValue(value);
  return { message: value === undefined ? `required ${expected} is missing` : `expected ${expected}, received ${received}`, expected, received };
}

/**
 * Checks the fields of a record by hand: each field in `rules` that is present (or listed in
 * `required`) must pass its rule; other fields are ignored, as a zod object ignores them. Returns
 * a copy with the known fields that are set. Every bad field is reported, by its path, in one
 * `StoreOpsError` (`code`); a getter or proxy that throws is refused as unreadable. @internal
 */
export function checkFields<T>(value: unknown, rules: Readonly<Record<string, FieldRule>>, code: ErrorCode, required: readonly string[] = []): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const received = describeValue(value);
    throw new StoreOpsError(code, [{ path: '', message: value === undefined ? 'required object is missing' : `expected object, received ${received}`, expected: 'object', received }]);
  }
  const out: Record<string, unknown> = {};
  const issues: ErrorIssue[] = [];
  for (const key of Object.keys(rules)) {
    let v: unknown;
    try {
      v = (value as Record<string, unknown>)[key];
    } catch {
      throw new StoreOpsError(code, [{ path: formatPath([key]), message: UNREADABLE }]);
    }
    if (v === undefined && !required.includes(key)) continue;
    const problems = (rules[key] as FieldRule)(v);
    if (problems.length === 0) out[key] = v;
    else for (const p of problems) issues.push({ path: formatPath([key]), ...p });
  }
  if (issues.length > 0) throw new StoreOpsError(code, issues);
  return out as T;
}
