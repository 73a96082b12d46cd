/**
 * The judging core every judging module is built on (page health, DSR, traffic structure, ads,
 * roles, service, stock, members, peers). A module declares a {@link JudgingSpec} — its plugin
 * key, default marks with the rule each is read by, its message catalog — and gets from
 * {@link openJudging} the locale, the resolved marks (defaults → each plugin in order → the
 * caller) and the stacked catalogs; {@link judgeMetric}, {@link verdict}, {@link advise} and
 * {@link overallStatus} then make every `Check`, `Advice` and status the same way.
 *
 * Everything here is internal (not exported from the package): the public function validates
 * its input once, and these helpers trust their callers.
 * @internal
 * @module
 */
import type { Advice, Check, Status, Threshold } from './checks.js';
import { describeValue, fail, formatPath, UNREADABLE } from './errors.js';
import { interpolate, readCatalog, resolveLocale, type Locale, type MessageCatalog, type MessageParams } from './i18n.js';
import { inPlugin, readPlugins, type PluginData } from './plugin.js';

/**
 * How one mark of a module is read from an override:
 * - `[min, max]`: a {@link Threshold} (partial overrides merged onto the base) whose marks lie in `[min, max]`;
 * - `{ number: [min, max], integer?, nullable? }`: a plain number in `[min, max]`;
 * - a function `(override, base, path) => value` for anything else (norms, lists).
 */
export type MarkRule =
  | readonly [min: number, max: number]
  | { readonly number: readonly [min: number, max: number]; readonly integer?: boolean; readonly nullable?: boolean; readonly above?: boolean }
  | ((override: unknown, base: never, path: readonly PropertyKey[]) => unknown);

/** What a judging module declares. */
export interface JudgingSpec<T extends object, C extends MessageCatalog = MessageCatalog> {
  /** The module's key in `plugin.thresholds`, e.g. `'page-health'`. */
  readonly module: string;
  /** The module's message catalog. */
  readonly catalog: C;
  /** The default marks (citing the domain reference). */
  readonly defaults: T;
  /**
   * How each mark is read from an override — or one function reading a whole override
   * `(override, base, path) => T` for a module whose marks are not field by field.
   */
  readonly marks: { readonly [K in keyof T]-?: MarkRule } | ((override: unknown, base: T, path: readonly PropertyKey[]) => T);
}

/** A message code of a catalog: a code with no text is a type error where it is static. */
export type MessageCode<C extends MessageCatalog> = Extract<keyof C, string>;

/** What {@link openJudging} gives a module. */
export interface Judging<T extends object, C extends MessageCatalog = MessageCatalog> {
  readonly locale: Locale;
  /** Defaults ← each plugin's `thresholds[module]` in order ← `options.thresholds`. */
  readonly thresholds: T;
  /** The module's catalog ← each plugin's messages in order ← `options.messages` (last wins). */
  readonly catalogs: readonly MessageCatalog[];
  /** The validated plugins, in order (the brief hands them to the modules it runs). */
  readonly plugins: readonly PluginData[];
  /** The plugins' and the caller's messages only (what a stored result needs to be rendered again). */
  readonly extraMessages: readonly MessageCatalog[];
  /** @internal phantom: the module catalog's type, for typed message codes. */
  readonly _codes?: C;
}

/** The options every judging function takes. */
export interface JudgingOptions {
  locale?: unknown;
  thresholds?: unknown;
  messages?: unknown;
  plugins?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const THRESHOLD_KEYS: readonly string[] = ['direction', 'pass', 'good', 'inclusive'];

/**
 * Reads a caller's options object: `undefined` is `{}`; anything but a plain object is
 * `INVALID_OPTIONS` at the root. Own enumerable keys are copied once (a getter is read once).
 * @internal
 */
export function readOptions(options: unknown, path = ''): Record<string, unknown> {
  if (options === undefined) return {};
  if (!isObject(options)) return fail('INVALID_OPTIONS', path, `expected an options object, received ${describeValue(options)}`);
  return copyOwn(options, path);
}

/** Copies the own enumerable fields of an object once; a getter or proxy that throws is `INVALID_OPTIONS` at `path`. */
function copyOwn(value: object, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  try {
    // defineProperty, not assignment: a `__proto__` key (JSON.parse makes one) stays a key to be refused.
    for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: (value as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
  } catch {
    fail('INVALID_OPTIONS', path, UNREADABLE);
  }
  return out;
}

function readNumber(value: unknown, rule: Exclude<MarkRule, readonly unknown[] | Function>, path: readonly PropertyKey[]): number | null {
  if (value === null && rule.nullable === true) return null;
  const [min, max] = rule.number;
  const at = formatPath(path);
  const received = describeValue(value);
  const kind = rule.integer === true ? 'integer' : 'number';
  if (!isFiniteNumber(value) || (rule.integer === true && !Number.isInteger(value))) fail('INVALID_OPTIONS', at, `expected ${kind}, received ${received}`, { expected: kind, received });
  const low = rule.above === true ? value <= min : value < min;
  if (low || value > max) {
    const op = low ? `${rule.above === true ? '>' : '>='} ${min}` : `<= ${max}`;
    fail('INVALID_OPTIONS', at, `must be ${op}, received ${received}`, { expected: op, received });
  }
  return value;
}

/**
 * Merges a partial override onto a {@link Threshold} and checks the result (marks finite and
 * within `bounds`, `good` at least as strict as `pass`); `INVALID_OPTIONS` at `path.field`.
 * An `undefined` override never comes here (resolveMarks skips it). @internal
 */
export function mergeThreshold(base: Threshold, override: unknown, path: readonly PropertyKey[], bounds: readonly [number, number]): Threshold {
  if (!isObject(override)) return fail('INVALID_OPTIONS', formatPath(path), `expected a threshold { direction?, pass?, good?, inclusive? }, received ${describeValue(override)}`);
  const merged: { -readonly [K in keyof Threshold]: Threshold[K] } = { ...base };
  const o = copyOwn(override, formatPath(path));
  for (const key of Object.keys(o)) {
    const v = o[key];
    const at = formatPath([...path, key]);
    if (!THRESHOLD_KEYS.includes(key)) fail('INVALID_OPTIONS', at, 'unknown field');
    if (v === undefined) continue;
    if (key === 'direction') {
      if (v !== 'below' && v !== 'above') fail('INVALID_OPTIONS', at, `must be one of "below", "above", received ${describeValue(v)}`);
      merged.direction = v;
    } else if (key === 'inclusive') {
      if (typeof v !== 'boolean') fail('INVALID_OPTIONS', at, `expected boolean, received ${describeValue(v)}`);
      merged.inclusive = v;
    } else {
      if (!isFiniteNumber(v)) fail('INVALID_OPTIONS', at, `expected number, received ${describeValue(v)}`);
      if (v < bounds[0] || v > bounds[1]) fail('INVALID_OPTIONS', at, `must be between ${bounds[0]} and ${bounds[1]}, received ${v}`);
      merged[key as 'pass' | 'good'] = v;
    }
  }
  const { good, pass, direction } = merged;
  if (good !== undefined && !(direction === 'below' ? good <= pass : good >= pass)) {
    fail('INVALID_OPTIONS', formatPath([...path, 'good']), 'good must be at least as strict as pass');
  }
  return merged;
}

/**
 * Folds an override onto `base` by the module's rules: unknown keys are `INVALID_OPTIONS`
 * (`unknown threshold`); each known key is read by its {@link MarkRule}.
 * @internal
 */
export function resolveMarks<T extends object>(marks: JudgingSpec<T>['marks'], override: unknown, base: T, path: readonly PropertyKey[]): T {
  if (override === undefined) return base;
  if (typeof marks === 'function') return marks(override, base, path);
  if (!isObject(override)) return fail('INVALID_OPTIONS', formatPath(path), `expected an object of thresholds, received ${describeValue(override)}`);
  const out = { ...base } as Record<string, unknown>;
  const o = copyOwn(override, formatPath(path));
  for (const key of Object.keys(o)) {
    const rule = Object.prototype.hasOwnProperty.call(marks, key) ? (marks as Record<string, MarkRule>)[key] : undefined;
    const at = [...path, key];
    if (rule === undefined) fail('INVALID_OPTIONS', formatPath(at), 'unknown threshold');
    const value = o[key];
    if (value === undefined) continue;
    const current = out[key];
    if (typeof rule === 'function') out[key] = rule(value, current as never, at);
    else if (Array.isArray(rule)) out[key] = mergeThreshold(current as Threshold, value, at, rule as readonly [number, number]);
    else out[key] = readNumber(value, rule as Exclude<MarkRule, readonly unknown[] | Function>, at);
  }
  return out as T;
}

/**
 * The one call a judging function makes for its options: validates `locale`, `messages` and
 * `plugins`, folds the marks (defaults ← each plugin's `thresholds[module]` ← `options.thresholds`)
 * and stacks the catalogs. `opts` are the caller's options already read by {@link readOptions}.
 * @internal
 */
export function openJudging<T extends object, C extends MessageCatalog>(spec: JudgingSpec<T, C>, opts: JudgingOptions): Judging<T, C> {
  const locale = resolveLocale(opts.locale);
  const plugins = readPlugins(opts.plugins);
  let thresholds = spec.defaults;
  const extraMessages: MessageCatalog[] = [];
  for (const plugin of plugins) {
    const section = Object.prototype.hasOwnProperty.call(plugin.thresholds, spec.module) ? plugin.thresholds[spec.module] : undefined;
    if (section !== undefined) {
      const base = thresholds;
      thresholds = inPlugin(plugin, () => resolveMarks(spec.marks, section, base, ['thresholds', spec.module]));
    }
    if (Object.keys(plugin.messages).length > 0) extraMessages.push(plugin.messages);
  }
  thresholds = resolveMarks(spec.marks, opts.thresholds, thresholds, ['thresholds']);
  if (opts.messages !== undefined) extraMessages.push(readCatalog(opts.messages, ['messages']));
  return { locale, thresholds, catalogs: [spec.catalog, ...extraMessages], plugins, extraMessages };
}

/**
 * Renders the message `code` from the catalogs (last wins) in `locale`. A code with no text is a
 * bug or a plugin rule naming a code it did not give text for: `StoreOpsError` (`INTERNAL`), never
 * the raw code on screen.
 * @internal
 */
export function say(locale: Locale, catalogs: readonly MessageCatalog[], code: string, params: MessageParams = {}): string {
  for (let i = catalogs.length - 1; i >= 0; i--) {
    const catalog = catalogs[i] as MessageCatalog;
    if (Object.prototype.hasOwnProperty.call(catalog, code)) return interpolate((catalog[code] as MessageCatalog[string])[locale], params);
  }
  return fail('INTERNAL', code, `no message text for the code ${JSON.stringify(code)}: give it in the plugin's or the caller's messages`);
}

/** Renders a message of the module's catalog (or a plugin's) in the judgement's locale. @internal */
export function text<C extends MessageCatalog>(j: Judging<object, C>, code: MessageCode<C>, params: MessageParams = {}): string {
  return say(j.locale, j.catalogs, code, params);
}

/** Builds a {@link Check} with its message rendered. @internal */
export function verdict<C extends MessageCatalog>(
  j: Judging<object, C>,
  code: MessageCode<C>,
  metric: string,
  value: number | null,
  status: Status,
  thresholds: Threshold | null,
  params: MessageParams = {},
): Check {
  return { code, metric, value, status, thresholds, message: say(j.locale, j.catalogs, code, params), params };
}

/** Builds an {@link Advice} with its message rendered. @internal */
export function advise<C extends MessageCatalog>(j: Judging<object, C>, code: MessageCode<C>, params: MessageParams = {}): Advice {
  return { code, message: say(j.locale, j.catalogs, code, params), params };
}

function beats(value: number, mark: number, t: Threshold): boolean {
  const inclusive = t.inclusive === true;
  if (t.direction === 'below') return inclusive ? value <= mark : value < mark;
  return inclusive ? value >= mark : value > mark;
}

/** Holds a value against a threshold: `unknown` when missing, else `good`, `pass` or `fail`. @internal */
export function statusOf(value: number | null | undefined, t: Threshold): Status {
  if (value === null || value === undefined || Number.isNaN(value)) return 'unknown';
  if (!beats(value, t.pass, t)) return 'fail';
  if (t.good === undefined) return 'pass';
  return beats(value, t.good, t) ? 'good' : 'pass';
}

const SUFFIX = { good: 'GOOD', pass: 'PASS', fail: 'FAIL', unknown: 'UNKNOWN' } as const;

/** The codes a metric's prefix needs: `PREFIX_GOOD`, `_PASS`, `_FAIL`, `_UNKNOWN` (those its marks can give). */
export type PrefixOf<C extends MessageCatalog> = MessageCode<C> extends infer K ? (K extends `${infer P}_${'PASS'}` ? P : never) : never;

/**
 * Judges one metric against its threshold: the code is `<prefix>_<GOOD|PASS|FAIL|UNKNOWN>`, the
 * params `value`, `pass`, `good` formatted with `format` (plus `params`).
 * @internal
 */
export function judgeMetric<C extends MessageCatalog>(
  j: Judging<object, C>,
  metric: string,
  prefix: PrefixOf<C>,
  value: number | null,
  threshold: Threshold,
  format: (x: number) => string,
  params: MessageParams = {},
): Check {
  const status = statusOf(value, threshold);
  return verdict(j, `${prefix}_${SUFFIX[status]}` as MessageCode<C>, metric, value, status, threshold, {
    value: value === null ? '—' : format(value),
    pass: format(threshold.pass),
    good: threshold.good === undefined ? '—' : format(threshold.good),
    ...params,
  });
}

/**
 * The overall status of checks: `fail` if any fails; `good` if every known check is good (with
 * `goodWhenPassed`, a check whose threshold has no good mark counts as good once it passes);
 * `pass` otherwise; `unknown` when none is known.
 * @internal
 */
export function overallStatus(checks: readonly Pick<Check, 'status' | 'thresholds'>[], goodWhenPassed = true): Status {
  let known = 0;
  let allGood = true;
  for (const c of checks) {
    if (c.status === 'fail') return 'fail';
    if (c.status === 'unknown') continue;
    known++;
    if (c.status === 'pass' && !(goodWhenPassed && c.thresholds?.good === undefined)) allGood = false;
  }
  if (known === 0) return 'unknown';
  return allGood ? 'good' : 'pass';
}
