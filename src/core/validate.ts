import * as z from 'zod/mini';
import { capIssues, describeValue, fail, formatPath, LIMIT_NOTE, MAX_ISSUES, StoreOpsError, UNREADABLE, type ErrorCode, type ErrorIssue } from './errors.js';
import { exceeds, LIMITS } from './limits.js';
import { pure } from './pure.js';

/** Any zod (mini or classic) schema. */
export type Schema<T = unknown> = z.ZodMiniType<T>;

/** Options of {@link parseInput}. */
export interface ParseOptions {
  /** Error code on failure; `INVALID_INPUT` unless said otherwise. */
  code?: ErrorCode;
  /** Path segments put before every issue's path, e.g. `['options']`. */
  prefix?: readonly PropertyKey[];
}

/**
 * Validates `value` with a zod schema and returns the parsed value, or throws
 * {@link StoreOpsError} whose issues carry the path of every bad field. A `ZodError` never escapes. @internal
 */
export function parseInput<T>(schema: Schema<T>, value: unknown, options: ParseOptions = {}): T {
  const { code = 'INVALID_INPUT', prefix = [] } = options;
  preflight(value, prefix, code);
  elementwise(schema, value, prefix, code);
  let result: ReturnType<Schema<T>['safeParse']>;
  try {
    result = schema.safeParse(value);
  } catch {
    throw new StoreOpsError(code, [{ path: formatPath(prefix), message: UNREADABLE }]);
  }
  if (result.success) return result.data;
  throw new StoreOpsError(code, zodIssuesToIssues(result.error.issues, value, prefix));
}

/**
 * Checks the lengths of the value's arrays (the value itself and its fields, one level down)
 * before zod walks them: a `new Array(1e8)` or a JSON array of ten million nulls is refused by
 * its length at once instead of producing an issue per element. A proxy whose traps throw is
 * refused as unreadable.
 */
function preflight(value: unknown, prefix: readonly PropertyKey[], code: ErrorCode): void {
  const check = (v: unknown, path: readonly PropertyKey[]): boolean => {
    const isArray = Array.isArray(v);
    if (isArray) {
      const n = (v as unknown[]).length;
      if (n > LIMITS.MAX_ARRAY_LENGTH) exceeds(code, formatPath(path), 'MAX_ARRAY_LENGTH', 'the array length', String(n));
    }
    return isArray;
  };
  try {
    if (value === null || typeof value !== 'object' || check(value, prefix)) return;
    const keys = Object.keys(value);
    if (keys.length > LIMITS.MAX_ARRAY_LENGTH) exceeds(code, formatPath(prefix), 'MAX_ARRAY_LENGTH', 'the number of fields', String(keys.length));
    for (const k of keys) {
      const d = Object.getOwnPropertyDescriptor(value, k);
      if (d !== undefined && 'value' in d) check(d.value, [...prefix, k]);
    }
  } catch (e) {
    if (e instanceof StoreOpsError) throw e;
    throw new StoreOpsError(code, [{ path: formatPath(prefix), message: UNREADABLE }]);
  }
}

/** Arrays longer than this are checked element by element first, stopping at the issue limit. */
const ELEMENTWISE = 1000;

/**
 * zod reports every bad element of an array (100,000 bad weights took 2 s): a long array is
 * first checked element by element with the array's element schema, and checking stops at the
 * first bad element after {@link MAX_ISSUES} issues were found, so an error costs at most that
 * many issues plus a last one saying where checking stopped.
 */
function elementwise<T>(schema: Schema<T>, value: unknown, prefix: readonly PropertyKey[], code: ErrorCode): void {
  if (!Array.isArray(value) || value.length <= ELEMENTWISE) return;
  const def = (schema as unknown as { _zod: { def: { type: string; element?: unknown } } })._zod.def;
  if (def.type !== 'array') return;
  const element = def.element as Schema;
  const issues: ErrorIssue[] = [];
  for (let i = 0; i < value.length; i++) {
    const r = element.safeParse(value[i]);
    if (r.success) continue;
    if (issues.length >= MAX_ISSUES) {
      // The notice ends with the limit note, so that capIssues keeps it as the last issue.
      const notice = `checking stopped at element [${i}], bad too: the elements before it gave ${issues.length} issues (the first ${MAX_ISSUES} are listed); the elements after it were not checked${LIMIT_NOTE}`;
      throw new StoreOpsError(code, [...issues.slice(0, MAX_ISSUES), { path: formatPath(prefix), message: notice }]);
    }
    issues.push(...zodIssuesToIssues(r.error.issues, value[i], [...prefix, i]));
  }
  if (issues.length > 0) throw new StoreOpsError(code, issues);
}

type ZodIssueLike = z.core.$ZodIssue;

/** Converts zod issues to storeops issues with readable English messages. @internal */
export function zodIssuesToIssues(issues: readonly ZodIssueLike[], root: unknown, prefix: readonly PropertyKey[] = []): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  for (const issue of issues) {
    if (out.length > MAX_ISSUES) break;
    const segments = [...prefix, ...issue.path];
    const path = formatPath(segments);
    const received = describeValue(valueAt(root, issue.path));
    switch (issue.code) {
      case 'invalid_type': {
        const expected = issue.expected === 'int' ? 'integer' : String(issue.expected);
        const missing = received === 'undefined';
        out.push({
          path,
          message: missing ? `required ${expected} is missing` : `expected ${expected}, received ${received}`,
          expected,
          received,
        });
        break;
      }
      case 'too_small':
      case 'too_big': {
        const small = issue.code === 'too_small';
        const op = `${small ? '>' : '<'}${issue.inclusive ? '=' : ''} ${String(small ? issue.minimum : issue.maximum)}`;
        const what = issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'string' ? 'length ' : '';
        out.push({ path, message: `${what}must be ${op}, received ${received}`, expected: `${what}${op}`, received });
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({ path: formatPath([...segments, key]), message: 'unknown field' });
        }
        break;
      case 'invalid_value': {
        const allowed = issue.values.map((v) => JSON.stringify(String(v))).join(', ');
        out.push({ path, message: `must be one of ${allowed}, received ${received}`, expected: allowed, received });
        break;
      }
      case 'invalid_union':
        out.push({ path, message: `does not match any accepted form, received ${received}`, received });
        break;
      case 'invalid_key':
        out.push({ path, message: 'invalid key' });
        break;
      case 'not_multiple_of':
        out.push({ path, message: `must be a multiple of ${String(issue.divisor)}, received ${received}`, received });
        break;
      default:
        out.push({ path, message: issue.message && issue.message !== 'Invalid input' ? issue.message : `invalid value ${received}`, received });
    }
  }
  return out.length <= MAX_ISSUES && issues.length <= MAX_ISSUES ? out : [...capIssues(out.slice(0, MAX_ISSUES), Math.max(out.length, issues.length))];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    try {
      current = Object.prototype.hasOwnProperty.call(current, key) ? (current as Record<PropertyKey, unknown>)[key] : undefined;
    } catch {
      return undefined;
    }
  }
  return current;
}

// ---------------------------------------------------------------------------
// Schema building blocks shared by every module.

/** A count: a non-negative integer (visitors, buyers, orders, pageviews). */
export const countSchema = /* @__PURE__ */ pure(() => z.int().check(z.gte(0)));

/** A rate: a number in [0, 1] — `0.032` means 3.2%. Percent strings are rejected. */
export const rateSchema = /* @__PURE__ */ pure(() => z.number().check(z.gte(0), z.lte(1)));

/** A finite number that is not negative. */
export const nonNegativeSchema = /* @__PURE__ */ pure(() => z.number().check(z.gte(0)));

/** A finite number greater than zero. */
export const positiveSchema = /* @__PURE__ */ pure(() => z.number().check(z.gt(0)));

/** The supported locales: `'zh-CN'` (default) and `'en'`. */
export const localeSchema = /* @__PURE__ */ z.enum(['zh-CN', 'en']);

/**
 * Fails with `code` at `path.key` for the first own key of `raw` that its parsed copy lacks:
 * zod's copy of a record drops a `__proto__` key (JSON.parse makes one), which would otherwise
 * be ignored without a word. @internal
 */
export function assertKeysKept(raw: unknown, parsed: object, path: readonly PropertyKey[], code: ErrorCode, message: string): void {
  if (typeof raw !== 'object' || raw === null) return;
  for (const key of Object.keys(raw)) if (!Object.prototype.hasOwnProperty.call(parsed, key)) fail(code, formatPath([...path, key]), message);
}
