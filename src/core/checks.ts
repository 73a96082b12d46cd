import * as z from 'zod/mini';
import { expected, fail, formatPath, readFields } from './errors.js';
import { readArray } from './limits.js';
import { renderMessage, type Locale, type MessageCatalog, type MessageParams } from './i18n.js';
import { parseInput } from './validate.js';
import { pure } from './pure.js';

/**
 * The verdict of a check: `good` (the better mark is reached), `pass` (the pass mark is
 * reached), `fail`, or `unknown` (an input is missing).
 */
export type Status = 'good' | 'pass' | 'fail' | 'unknown';

/** Which way is better: `'below'` (lower is better, e.g. bounce rate) or `'above'` (higher is better, e.g. depth). */
export type Direction = 'below' | 'above';

/**
 * Marks a value is held against.
 *
 * With `direction: 'below'`, a value passes when it is under `pass` (strictly, unless
 * `inclusive`), and is good when it is also under `good`. With `'above'`, the same with "over".
 */
export interface Threshold {
  /** Which way is better. */
  direction: Direction;
  /** The pass mark. */
  pass: number;
  /** The good mark (optional); must be at least as strict as `pass`. */
  good?: number;
  /** Whether reaching the mark exactly counts (`>=`/`<=`); strict (`>`/`<`) by default. */
  inclusive?: boolean;
}

/** zod schema of a {@link Threshold}, with `good` at least as strict as `pass`. */
export const thresholdSchema = /* @__PURE__ */ pure(() => z
  .strictObject({
    direction: z.enum(['below', 'above']),
    pass: z.number(),
    good: z.optional(z.number()),
    inclusive: z.optional(z.boolean()),
  })
  .check(
    z.refine(
      (t) => t.good === undefined || (t.direction === 'below' ? t.good <= t.pass : t.good >= t.pass),
      { error: 'good must be at least as strict as pass', path: ['good'] },
    ),
  ));

/**
 * An explainable verdict: which metric, its value, the threshold it was held against, the
 * status and a message (rendered in the requested locale) with a stable `code`.
 */
export interface Check {
  /** Stable message code, e.g. `BOUNCE_RATE_FAIL`. */
  code: string;
  /** The metric judged, e.g. `bounceRate`. */
  metric: string;
  /** The measured value (a rate as 0–1, a count, a ratio), or `null` when missing. */
  value: number | null;
  /** The verdict. */
  status: Status;
  /** The marks the value was held against, or `null` for checks without marks. */
  thresholds: Threshold | null;
  /** The rendered message in the requested locale. */
  message: string;
  /** The values interpolated into the message, so a dashboard can render it again. */
  params: MessageParams;
}

const STATUSES: readonly unknown[] = ['good', 'pass', 'fail', 'unknown'];
const A_STATUS = '"good", "pass", "fail" or "unknown"';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** True for a well-formed {@link Threshold} (a cheap hand check for hot paths). @internal */
export function isThreshold(t: unknown): t is Threshold {
  if (t === null || typeof t !== 'object') return false;
  let direction: unknown, pass: unknown, good: unknown, inclusive: unknown;
  try {
    ({ direction, pass, good, inclusive } = t as Record<string, unknown>);
  } catch {
    return false;
  }
  return (
    (direction === 'below' || direction === 'above') &&
    isFiniteNumber(pass) &&
    (good === undefined || (isFiniteNumber(good) && (direction === 'below' ? good <= pass : good >= pass))) &&
    (inclusive === undefined || typeof inclusive === 'boolean')
  );
}

function expectThreshold(t: unknown, path: string): asserts t is Threshold {
  if (!isThreshold(t)) expected(path, 'a threshold { direction, pass, good?, inclusive? }, good at least as strict as pass', t);
}

function beats(value: number, mark: number, direction: Direction, inclusive: boolean): boolean {
  if (direction === 'below') return inclusive ? value <= mark : value < mark;
  return inclusive ? value >= mark : value > mark;
}

/**
 * Holds a value against a threshold: `unknown` when the value is missing, else `good`, `pass`
 * or `fail`. Comparisons are strict unless `inclusive`.
 *
 * @example
 * ```ts
 * import { evaluateThreshold } from 'storeops/core/internal';
 * const bounce = { direction: 'below', pass: 0.7, good: 0.6 } as const;
 * evaluateThreshold(0.7, bounce) //=> 'fail'
 * evaluateThreshold(0.65, bounce) //=> 'pass'
 * evaluateThreshold(0.5, bounce) //=> 'good'
 * evaluateThreshold(null, bounce) //=> 'unknown'
 * ```
 */
export function evaluateThreshold(value: number | null | undefined, threshold: Threshold): Status {
  expectThreshold(threshold, 'threshold');
  if (value !== null && value !== undefined && typeof value !== 'number') expected('value', 'a number or null', value);
  if (value === null || value === undefined || Number.isNaN(value)) return 'unknown';
  const inclusive = threshold.inclusive === true;
  if (!beats(value, threshold.pass, threshold.direction, inclusive)) return 'fail';
  if (threshold.good === undefined) return 'pass';
  return beats(value, threshold.good, threshold.direction, inclusive) ? 'good' : 'pass';
}

/**
 * Combines statuses: `fail` if any fails; otherwise `good` if every known status is good
 * (a check with no good mark counts as good once it passes — pass `goodWhenPassed`); `pass`
 * otherwise; `unknown` when none is known.
 *
 * @param statuses - the statuses to combine.
 * @param goodWhenPassed - for each status, whether it is from a check with no good mark.
 * @example
 * ```ts
 * import { combineStatuses } from 'storeops/core/internal';
 * combineStatuses(['good', 'pass']) //=> 'pass'
 * combineStatuses(['good', 'unknown']) //=> 'good'
 * combineStatuses(['good', 'fail']) //=> 'fail'
 * combineStatuses(['unknown']) //=> 'unknown'
 * ```
 */
export function combineStatuses(statuses: readonly Status[], goodWhenPassed: readonly boolean[] = []): Status {
  // Dense copies read safely: a revoked proxy or a throwing trap is a StoreOpsError, not a TypeError.
  const list = readArray(statuses, 'statuses');
  if (list === undefined) expected('statuses', 'an array of statuses', statuses);
  const good = readArray(goodWhenPassed, 'goodWhenPassed');
  if (good === undefined) expected('goodWhenPassed', 'an array of booleans', goodWhenPassed);
  statuses = list as Status[];
  goodWhenPassed = good as boolean[];
  for (let i = 0; i < statuses.length; i++) if (!STATUSES.includes(statuses[i])) expected(`statuses[${i}]`, A_STATUS, statuses[i]);
  let known = 0;
  let allGood = true;
  for (let i = 0; i < statuses.length; i++) {
    const s = statuses[i];
    if (s === 'fail') return 'fail';
    if (s === 'unknown') continue;
    known++;
    if (s === 'pass' && goodWhenPassed[i] !== true) allGood = false;
  }
  if (known === 0) return 'unknown';
  return allGood ? 'good' : 'pass';
}

/**
 * Order of statuses from worst to best, for sorting and monotonicity tests (`unknown` is −1).
 *
 * @example
 * ```ts
 * import { statusRank } from 'storeops/core/internal';
 * statusRank('fail') < statusRank('pass') //=> true
 * ```
 */
export function statusRank(status: Status): number {
  return status === 'fail' ? 0 : status === 'pass' ? 1 : status === 'good' ? 2 : -1;
}

/** What {@link makeCheck} needs. */
export interface CheckSpec {
  code: string;
  metric: string;
  value: number | null;
  status: Status;
  thresholds: Threshold | null;
  params?: MessageParams;
}

/**
 * Builds a {@link Check}, rendering its message from the catalogs in `locale`. For plugin
 * authors writing their own rules.
 *
 * @example
 * ```ts
 * import { makeCheck } from 'storeops/core/internal';
 * const catalog = { DEPTH_LOW: { 'zh-CN': '访问深度 {value} 偏低', en: 'Depth {value} is low' } };
 * makeCheck({ code: 'DEPTH_LOW', metric: 'pagesPerVisitor', value: 2.1, status: 'fail', thresholds: null, params: { value: 2.1 } }, 'en', [catalog]).message //=> 'Depth 2.1 is low'
 * ```
 */
export function makeCheck(spec: CheckSpec, locale: Locale, catalogs: readonly MessageCatalog[]): Check {
  const s = readFields(spec, ['code', 'metric', 'value', 'status', 'thresholds', 'params'], 'spec') as unknown as CheckSpec;
  if (typeof s.code !== 'string') expected('spec.code', 'a string', s.code);
  if (typeof s.metric !== 'string') expected('spec.metric', 'a string', s.metric);
  if (s.value !== null && !isFiniteNumber(s.value)) expected('spec.value', 'a finite number or null', s.value);
  if (!STATUSES.includes(s.status)) expected('spec.status', A_STATUS, s.status);
  if (s.thresholds !== null) expectThreshold(s.thresholds, 'spec.thresholds');
  const params = s.params ?? {};
  return {
    code: s.code,
    metric: s.metric,
    value: s.value,
    status: s.status,
    thresholds: s.thresholds,
    message: renderMessage(s.code, locale, params, catalogs),
    params,
  };
}

/** A piece of advice: what to do, with a stable code and the message in the requested locale. */
export interface Advice {
  /** Stable code, e.g. `FIX_PAGES_BEFORE_PROMOTION`. */
  code: string;
  /** The rendered message. */
  message: string;
  /** The values interpolated into the message. */
  params: MessageParams;
}

/**
 * Builds an {@link Advice}, rendering its message from the catalogs in `locale`.
 *
 * @example
 * ```ts
 * import { makeAdvice } from 'storeops/core/internal';
 * const catalog = { TRY_BUNDLES: { 'zh-CN': '试试搭配套餐', en: 'Try bundles' } };
 * makeAdvice('TRY_BUNDLES', 'en', [catalog]).message //=> 'Try bundles'
 * ```
 */
export function makeAdvice(code: string, locale: Locale, catalogs: readonly MessageCatalog[], params: MessageParams = {}): Advice {
  return { code, message: renderMessage(code, locale, params, catalogs), params };
}

/** A partial threshold that overrides some fields of a default {@link Threshold}. */
export type ThresholdOverride = Partial<Threshold>;

const thresholdOverrideSchema = /* @__PURE__ */ pure(() => z.strictObject({
  direction: z.optional(z.enum(['below', 'above'])),
  pass: z.optional(z.number()),
  good: z.optional(z.number()),
  inclusive: z.optional(z.boolean()),
}));

/**
 * Merges a user's partial override onto a default threshold and validates the result; throws
 * `StoreOpsError` (`INVALID_OPTIONS`) with the path of the bad field. `bounds` limits the marks
 * (e.g. `[0, 1]` for a rate).
 *
 * @param base - the default threshold.
 * @param override - the user's override, or `undefined` to keep the default.
 * @param path - where the override sits in the options, e.g. `['thresholds', 'bounceRate']`.
 * @param bounds - the smallest and largest allowed mark.
 * @example
 * ```ts
 * import { resolveThreshold } from 'storeops/core/internal';
 * resolveThreshold({ direction: 'below', pass: 0.7, good: 0.6 }, { pass: 0.65 }, ['thresholds', 'bounceRate']) //=> { direction: 'below', pass: 0.65, good: 0.6 }
 * resolveThreshold({ direction: 'below', pass: 0.7 }, { pass: 70 }, ['bounceRate'], [0, 1]) //=> throws INVALID_OPTIONS
 * ```
 */
export function resolveThreshold(
  base: Threshold,
  override: unknown,
  path: readonly PropertyKey[],
  bounds: readonly [number, number] = [-Infinity, Infinity],
): Threshold {
  expectThreshold(base, 'base');
  if (!Array.isArray(path) || !path.every((s) => typeof s === 'string' || typeof s === 'number')) expected('path', 'an array of field names and indices', path);
  if (!Array.isArray(bounds) || typeof bounds[0] !== 'number' || typeof bounds[1] !== 'number' || !(bounds[0] <= bounds[1])) {
    expected('bounds', '[smallest, largest] numbers', bounds);
  }
  if (override === undefined) return base;
  const parsed = parseInput(thresholdOverrideSchema, override, { code: 'INVALID_OPTIONS', prefix: path });
  const merged: Threshold = { ...base };
  if (parsed.direction !== undefined) merged.direction = parsed.direction;
  if (parsed.pass !== undefined) merged.pass = parsed.pass;
  if (parsed.good !== undefined) merged.good = parsed.good;
  if (parsed.inclusive !== undefined) merged.inclusive = parsed.inclusive;
  parseInput(thresholdSchema, merged, { code: 'INVALID_OPTIONS', prefix: path });
  for (const key of ['pass', 'good'] as const) {
    const v = merged[key];
    if (v !== undefined && (v < bounds[0] || v > bounds[1])) {
      fail('INVALID_OPTIONS', formatPath([...path, key]), `must be between ${bounds[0]} and ${bounds[1]}, received ${v}`);
    }
  }
  return merged;
}
