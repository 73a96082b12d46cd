import * as z from 'zod/mini';
import { describeValue, fail, formatPath, StoreOpsError, UNREADABLE, type ErrorCode, type ErrorIssue } from './errors.js';

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
  let result: ReturnType<Schema<T>['safeParse']>;
  try {
    result = schema.safeParse(value);
  } catch {
    throw new StoreOpsError(code, [{ path: formatPath(prefix), message: UNREADABLE }]);
  }
  if (result.success) return result.data;
  throw new StoreOpsError(code, zodIssuesToIssues(result.error.issues, value, prefix));
}

type ZodIssueLike = z.core.$ZodIssue;

/** Converts zod issues to storeops issues with readable English messages. @internal */
export function zodIssuesToIssues(issues: readonly ZodIssueLike[], root: unknown, prefix: readonly PropertyKey[] = []): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  for (const issue of issues) {
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
  return out;
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
export const countSchema = /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0));

/** A rate: a number in [0, 1] — `0.032` means 3.2%. Percent strings are rejected. */
export const rateSchema = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1));

/** A finite number that is not negative. */
export const nonNegativeSchema = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(0));

/** A finite number greater than zero. */
export const positiveSchema = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gt(0));

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
