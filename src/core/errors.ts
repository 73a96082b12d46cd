/**
 * Stable error codes thrown by storeops. Codes never change meaning between versions.
 *
 * - `INVALID_INPUT`: an argument or one of its fields is missing, of the wrong type or out of range.
 * - `INVALID_OPTIONS`: an option (thresholds, locale, unit …) is wrong.
 * - `INVALID_PLUGIN`: a plugin is malformed.
 * - `INFEASIBLE`: the input is valid but the question has no answer (e.g. a total that is not a
 *   whole number of units).
 * - `AMBIGUOUS_KIND`: an export's headers fit several report kinds, or none: pass the kind.
 * - `INTERNAL`: a bug in storeops; please report it.
 *
 * Reading a downloaded file (`storeops/files`, `readExport`) adds codes for the file itself:
 * - `FILE_EMPTY`: the file has no bytes, or no rows.
 * - `FILE_TOO_LARGE`: the file is over the size limit (refused before it is parsed).
 * - `FILE_EXPANDS_TOO_LARGE`: a zipped workbook (.xlsx) would expand past the limit (a zip bomb).
 * - `FILE_TOO_MANY_ROWS`: a sheet holds more rows than the limit.
 * - `FILE_UNSUPPORTED`: not a spreadsheet or CSV (an image, a PDF, an archive …).
 * - `FILE_CORRUPT`: a workbook or CSV that is damaged or truncated.
 * - `FILE_ENCODING`: text that decodes neither as UTF-8 nor as GBK/GB18030 without garbling.
 * - `FILE_NO_HEADER`: no row among the first ones holds the export's known column names.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_OPTIONS'
  | 'INVALID_PLUGIN'
  | 'INFEASIBLE'
  | 'AMBIGUOUS_KIND'
  | 'INTERNAL'
  | 'FILE_EMPTY'
  | 'FILE_TOO_LARGE'
  | 'FILE_EXPANDS_TOO_LARGE'
  | 'FILE_TOO_MANY_ROWS'
  | 'FILE_UNSUPPORTED'
  | 'FILE_CORRUPT'
  | 'FILE_ENCODING'
  | 'FILE_NO_HEADER';

/** One problem found in an input: where (`path`) and what (`message`, in English). */
export interface ErrorIssue {
  /** Path of the bad field from the argument's root, e.g. `products[2].price`; `''` for the root. */
  path: string;
  /** What is wrong, in English. */
  message: string;
  /** What was expected, e.g. `number`, `integer >= 0`, `YYYY-MM-DD`. */
  expected?: string;
  /** A short, safe description of what was received, e.g. `string "70%"`. */
  received?: string;
}

/**
 * The only error a public storeops function throws.
 *
 * @example
 * ```ts
 * import { StoreOpsError } from 'storeops/core';
 * const err = new StoreOpsError('INVALID_INPUT', [{ path: 'bounceRate', message: 'must be at most 1' }]);
 * err.code //=> 'INVALID_INPUT'
 * err.message //=> 'INVALID_INPUT: bounceRate: must be at most 1'
 * ```
 */
export class StoreOpsError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Every problem found, each with the path of the bad field. */
  readonly issues: readonly ErrorIssue[];

  constructor(code: ErrorCode, issues: readonly ErrorIssue[], message?: string) {
    const kept = capIssues(issues);
    super(message ?? formatIssues(code, kept));
    this.name = 'StoreOpsError';
    this.code = code;
    this.issues = kept;
  }
}

/** Issues kept in one error (the limit `MAX_ISSUES`); the rest are counted in a last issue. @internal */
export const MAX_ISSUES = 100;

/**
 * Keeps the first {@link MAX_ISSUES} issues and counts the rest in a last issue (path `''`), so
 * an error about a million bad cells stays small. `total`: the issues found, when more than given. @internal
 */
export function capIssues(issues: readonly ErrorIssue[], total = issues.length): readonly ErrorIssue[] {
  if (total <= MAX_ISSUES) return issues;
  // Already capped: a last issue that ends with the limit note (this one's count, or the notice
  // of a check that stopped at the limit, at the checked array's path) is kept as it is.
  if (issues.length === MAX_ISSUES + 1 && (issues[MAX_ISSUES] as ErrorIssue).message.endsWith(LIMIT_NOTE)) return issues;
  const kept = issues.slice(0, MAX_ISSUES);
  kept.push({ path: '', message: `${total - MAX_ISSUES} more issues not listed${LIMIT_NOTE}` });
  return kept;
}

/** The end of the last issue of an error cut at {@link MAX_ISSUES} issues. @internal */
export const LIMIT_NOTE = ` (limit MAX_ISSUES = ${MAX_ISSUES} per error)`;

function formatIssues(code: ErrorCode, issues: readonly ErrorIssue[]): string {
  if (issues.length === 0) return code;
  const shown = issues
    .slice(0, 5)
    .map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`))
    .join('; ');
  return `${code}: ${shown}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`;
}

/**
 * True when `value` is a {@link StoreOpsError} (also across realms and bundle copies).
 *
 * @example
 * ```ts
 * import { isStoreOpsError, StoreOpsError } from 'storeops/core/internal';
 * isStoreOpsError(new StoreOpsError('INTERNAL', [])) //=> true
 * isStoreOpsError(new Error('x')) //=> false
 * ```
 */
export function isStoreOpsError(value: unknown): value is StoreOpsError {
  try {
    return (
      value instanceof StoreOpsError ||
      (typeof value === 'object' &&
        value !== null &&
        (value as { name?: unknown }).name === 'StoreOpsError' &&
        typeof (value as { code?: unknown }).code === 'string' &&
        Array.isArray((value as { issues?: unknown }).issues))
    );
  } catch {
    // A proxy or getter that throws is not a StoreOpsError.
    return false;
  }
}

/** Throws a `StoreOpsError` with one issue. @internal */
export function fail(code: ErrorCode, path: string, message: string, extra?: Omit<ErrorIssue, 'path' | 'message'>): never {
  // `path` may come from a caller of a public helper (assertIsoDate, toDecimal): keep it a string.
  throw new StoreOpsError(code, [{ path: typeof path === 'string' ? path : pathText(path), message, ...extra }]);
}

function pathText(path: unknown): string {
  try {
    return String(path);
  } catch {
    return '';
  }
}

/** The message for a value whose getter or proxy threw while it was read. @internal */
export const UNREADABLE = 'could not be read (a getter or proxy threw)';

/**
 * Throws `StoreOpsError` (`code`, `INVALID_INPUT` by default) at `path` saying what was expected
 * and what was received. @internal
 */
export function expected(path: string, what: string, value: unknown, code: ErrorCode = 'INVALID_INPUT'): never {
  const received = describeValue(value);
  return fail(code, path, `expected ${what}, received ${received}`, { expected: what, received });
}

/**
 * Reads `keys` of a caller's object into a plain record, throwing `StoreOpsError`
 * (`INVALID_INPUT` at `path`) when it is not an object or a getter or proxy throws. @internal
 */
export function readFields<K extends string>(value: unknown, keys: readonly K[], path: string): Record<K, unknown> {
  if (value === null || typeof value !== 'object') expected(path, 'an object', value);
  const out = {} as Record<K, unknown>;
  try {
    for (const k of keys) out[k] = (value as Record<K, unknown>)[k];
  } catch {
    fail('INVALID_INPUT', path, UNREADABLE);
  }
  return out;
}

/**
 * Returns `value` when it is an integer in [min, max]; else throws `StoreOpsError` (`code`, at
 * `path`). For the small integer arguments of helpers (decimals, scale, month). @internal
 */
export function expectInteger(value: unknown, path: string, min: number, max: number, code: ErrorCode = 'INVALID_INPUT'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) expected(path, `an integer from ${min} to ${max}`, value, code);
  return value;
}

/** Joins path segments into the `a.b[2].c` form used in {@link ErrorIssue.path}. @internal */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else {
      const key = String(typeof s === 'symbol' ? s.description : s);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out === '' ? key : `.${key}`) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** Characters of a received string quoted in a message (the limit `MAX_RECEIVED_CHARS`). @internal */
export const MAX_RECEIVED_CHARS = 40;

/** A short, safe description of a value for error messages (never throws, never huge). @internal */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    if (value === undefined) return 'undefined';
    if (typeof value === 'number') {
      return Number.isNaN(value) ? 'NaN' : `number ${Object.is(value, -0) ? '-0' : String(value)}`;
    }
    if (typeof value === 'string') {
      const s = value.length > MAX_RECEIVED_CHARS ? `${value.slice(0, MAX_RECEIVED_CHARS)}…` : value;
      return `string ${JSON.stringify(s)}`;
    }
    if (typeof value === 'bigint') {
      // Printing 10n ** 1000000n in decimal takes a second and a megabyte: measure it in hex first.
      const hexDigits = (value < 0n ? -value : value).toString(16).length;
      if (hexDigits <= 32) return `bigint ${value}`;
      return `bigint of about ${Math.floor(hexDigits * Math.log10(16)) + 1} digits`;
    }
    if (typeof value === 'boolean') return `boolean ${value}`;
    if (Array.isArray(value)) return `array(${value.length})`;
    if (typeof value === 'function') return 'function';
    if (typeof value === 'symbol') return 'symbol';
    return 'object';
  } catch {
    return 'unknown value';
  }
}
