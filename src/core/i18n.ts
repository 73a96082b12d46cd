import * as z from 'zod/mini';
import { describeValue, expected, expectInteger, fail, formatPath, UNREADABLE } from './errors.js';
import { readArray } from './limits.js';
import { pure } from './pure.js';

/** A supported locale: Simplified Chinese (the default) or English. */
export type Locale = 'zh-CN' | 'en';

/** The default locale of every message. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** One message in both locales. Placeholders are written `{name}`. */
export interface MessageText {
  'zh-CN': string;
  en: string;
}

/** Messages by stable code. Every module exports its own catalog; plugins may add or override codes. */
export type MessageCatalog = Readonly<Record<string, MessageText>>;

/** Values interpolated into a message. Numbers are printed as given: format them first. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** zod schema for a message catalog (used to validate plugin messages). */
export const messageCatalogSchema = /* @__PURE__ */ pure(() => z.record(
  z.string(),
  z.strictObject({ 'zh-CN': z.string(), en: z.string() }),
));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** @internal Validates a message catalog (`{ CODE: { 'zh-CN': text, en: text } }`) by hand; `code` on failure. */
export function readCatalog(value: unknown, path: readonly PropertyKey[], code: 'INVALID_INPUT' | 'INVALID_OPTIONS' | 'INVALID_PLUGIN' = 'INVALID_OPTIONS'): MessageCatalog {
  if (!isObject(value)) return fail(code, formatPath(path), `expected a message catalog { CODE: { "zh-CN", en } }, received ${describeValue(value)}`);
  for (const key of Object.keys(value)) {
    const text = value[key];
    const at = [...path, key];
    if (!isObject(text)) fail(code, formatPath(at), `expected { "zh-CN": string, en: string }, received ${describeValue(text)}`);
    for (const loc of Object.keys(text)) if (loc !== 'zh-CN' && loc !== 'en') fail(code, formatPath([...at, loc]), 'unknown field');
    for (const loc of ['zh-CN', 'en']) {
      if (typeof text[loc] !== 'string') fail(code, formatPath([...at, loc]), `expected string, received ${describeValue(text[loc])}`);
    }
  }
  return value as MessageCatalog;
}

/**
 * Returns the locale if supported, else throws `StoreOpsError` (`INVALID_OPTIONS`, path `locale`).
 * `undefined` gives the default, `'zh-CN'`.
 *
 * @example
 * ```ts
 * import { resolveLocale } from 'storeops/core/internal';
 * resolveLocale(undefined) //=> 'zh-CN'
 * resolveLocale('fr') //=> throws INVALID_OPTIONS
 * ```
 */
export function resolveLocale(locale: unknown): Locale {
  if (locale === undefined) return DEFAULT_LOCALE;
  if (locale === 'zh-CN' || locale === 'en') return locale;
  return fail('INVALID_OPTIONS', 'locale', `must be "zh-CN" or "en", received ${describeValue(locale)}`, {
    expected: '"zh-CN" | "en"',
    received: describeValue(locale),
  });
}

/** Replaces `{name}` placeholders with `params[name]`; unknown placeholders are left as they are. @internal */
export function interpolate(template: string, params: MessageParams = {}): string {
  if (typeof template !== 'string') expected('template', 'a string', template);
  if (params === null || typeof params !== 'object') expected('params', 'an object', params);
  const parts = templateParts(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    let value: unknown;
    try {
      if (!Object.prototype.hasOwnProperty.call(params, name)) {
        out += `{${name}}${parts[i + 1] as string}`;
        continue;
      }
      value = params[name];
    } catch {
      return fail('INVALID_INPUT', formatPath(['params', name]), UNREADABLE);
    }
    if (typeof value !== 'string' && typeof value !== 'number') expected(formatPath(['params', name]), 'a string or a number', value);
    // NaN and ±Infinity are no value to print: refused, never written into a message.
    if (typeof value === 'number' && !Number.isFinite(value)) expected(formatPath(['params', name]), 'a finite number', value);
    out += String(value) + (parts[i + 1] as string);
  }
  return out;
}

/** Split templates by text: a catalog's few templates are split once, not once per message. */
const PARTS = /* @__PURE__ */ new Map<string, readonly string[]>();
const PARTS_KEPT = 1024;

/** `'a {x} b'` → `['a ', 'x', ' b']`: text, then placeholder name and text in turn. */
function templateParts(template: string): readonly string[] {
  let parts = PARTS.get(template);
  if (parts !== undefined) return parts;
  const list: string[] = [];
  const re = /\{([A-Za-z0-9_]+)\}/g;
  let from = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    list.push(template.slice(from, m.index), m[1] as string);
    from = m.index + m[0].length;
  }
  list.push(template.slice(from));
  parts = list;
  // Callers' own templates are data: the cache is bounded, started afresh when full.
  if (PARTS.size >= PARTS_KEPT) PARTS.clear();
  PARTS.set(template, parts);
  return parts;
}

/**
 * Renders the message `code` in `locale`. Catalogs are searched from last to first, so a
 * later catalog (a plugin's) overrides an earlier one (the module's). An unknown code renders as
 * the code itself, so a dashboard never shows an empty string.
 *
 * @example
 * ```ts
 * import { renderMessage } from 'storeops/core';
 * const catalog = { HELLO: { 'zh-CN': '你好，{name}', en: 'Hello, {name}' } };
 * renderMessage('HELLO', 'en', { name: 'Li' }, [catalog]) //=> 'Hello, Li'
 * renderMessage('HELLO', 'zh-CN', { name: '李' }, [catalog]) //=> '你好，李'
 * ```
 */
export function renderMessage(
  code: string,
  locale: Locale,
  params: MessageParams,
  catalogs: readonly MessageCatalog[],
): string {
  if (typeof code !== 'string') expected('code', 'a string', code);
  const loc = resolveLocale(locale);
  const list = readArray(catalogs, 'catalogs'); // a revoked proxy or throwing trap: StoreOpsError
  if (list === undefined) expected('catalogs', 'an array of message catalogs', catalogs);
  catalogs = list as MessageCatalog[];
  for (let i = catalogs.length - 1; i >= 0; i--) {
    const catalog: unknown = catalogs[i];
    if (catalog === undefined) continue;
    if (catalog === null || typeof catalog !== 'object') expected(`catalogs[${i}]`, 'a message catalog', catalog);
    let template: unknown;
    try {
      if (!Object.prototype.hasOwnProperty.call(catalog, code)) continue;
      template = (catalog as Record<string, Partial<MessageText> | undefined>)[code]?.[loc];
    } catch {
      return fail('INVALID_INPUT', `catalogs[${i}]`, UNREADABLE);
    }
    if (typeof template !== 'string') expected(formatPath(['catalogs', i, code, loc]), 'the message text', template);
    return interpolate(template, params);
  }
  return code;
}

/**
 * Formats a rate as a percentage for messages; `null` prints as `'—'`.
 *
 * @param rate - a ratio, `0.7` for 70%.
 * @param digits - decimals to keep (trailing zeros are dropped).
 * @example
 * ```ts
 * import { formatPercent } from 'storeops/core';
 * formatPercent(0.7) //=> '70%'
 * formatPercent(0.03214, 2) //=> '3.21%'
 * formatPercent(null) //=> '—'
 * ```
 */
export function formatPercent(rate: number | null, digits = 1): string {
  expectInteger(digits, 'digits', 0, 20, 'INVALID_OPTIONS');
  if (rate === null || !Number.isFinite(rate)) return '—';
  return `${formatNumber(rate * 100, digits)}%`;
}

/**
 * Formats a number for messages with thousands separators and at most `digits` decimals
 * (trailing zeros dropped); `null` prints as `'—'`.
 *
 * @example
 * ```ts
 * import { formatNumber } from 'storeops/core/internal';
 * formatNumber(4201.6806, 1) //=> '4,201.7'
 * formatNumber(2.5) //=> '2.5'
 * ```
 */
export function formatNumber(value: number | null, digits = 2): string {
  if (typeof digits !== 'number' || !Number.isInteger(digits) || digits < 0 || digits > 20) expectInteger(digits, 'digits', 0, 20, 'INVALID_OPTIONS');
  if (value === null || !Number.isFinite(value)) return '—';
  const a = Math.abs(value);
  // toFixed writes 1e21 and more in exponent form: keep it, with at most `digits` decimals.
  if (a >= 1e21) return value.toExponential(digits).replace(/\.?0+e/, 'e');
  const factor = 10 ** digits;
  const scaled = Math.round(a * factor);
  const sign = value < 0 && scaled !== 0 ? '-' : '';
  // Below 2^51 the whole and fractional parts of scaled / factor are exact integers, and they are
  // the digits toFixed(digits) prints of the rounded value: no string splitting or regex per call.
  if (scaled < 2 ** 51 && digits <= 15) {
    const whole = Math.floor(scaled / factor);
    let frac = scaled - whole * factor;
    if (frac === 0) return sign + groupThousands(String(whole));
    let places = digits;
    while (frac % 10 === 0) {
      frac /= 10;
      places--;
    }
    return `${sign}${groupThousands(String(whole))}.${String(frac).padStart(places, '0')}`;
  }
  const rounded = scaled / factor;
  const [int = '0', frac = ''] = rounded.toFixed(digits).split('.');
  const trimmed = frac.replace(/0+$/, '');
  return `${sign}${groupThousands(int)}${trimmed === '' ? '' : `.${trimmed}`}`;
}

/** `1234567` → `1,234,567` (digits only, no sign). */
function groupThousands(int: string): string {
  const n = int.length;
  if (n <= 3) return int;
  let head = (n - 1) % 3 + 1;
  let out = int.slice(0, head);
  for (; head < n; head += 3) out += `,${int.slice(head, head + 3)}`;
  return out;
}

/** Messages shared by every module: statuses and error codes. */
export const coreMessages = {
  STATUS_GOOD: { 'zh-CN': '良好', en: 'good' },
  STATUS_PASS: { 'zh-CN': '合格', en: 'pass' },
  STATUS_FAIL: { 'zh-CN': '不合格', en: 'fail' },
  STATUS_UNKNOWN: { 'zh-CN': '未知（缺少数据）', en: 'unknown (data missing)' },
  ERROR_INVALID_INPUT: { 'zh-CN': '输入数据有误：{details}', en: 'Invalid input: {details}' },
  ERROR_INVALID_OPTIONS: { 'zh-CN': '选项有误：{details}', en: 'Invalid options: {details}' },
  ERROR_INVALID_PLUGIN: { 'zh-CN': '插件有误：{details}', en: 'Invalid plugin: {details}' },
  ERROR_INFEASIBLE: { 'zh-CN': '无法计算：{details}', en: 'Cannot be computed: {details}' },
  ERROR_INTERNAL: { 'zh-CN': '内部错误，请报告：{details}', en: 'Internal error, please report: {details}' },
} as const satisfies MessageCatalog;
