import { parse as parseDateFns } from 'date-fns/parse';
import { describeValue } from '../core/errors.js';
import { fromDayNumber, isIsoDate, type IsoDate } from '../core/dates.js';

/**
 * Cell readers for 生意参谋 exports. Each returns the parsed value, `undefined` for an empty
 * cell (`''`, `'-'`, `'--'`, `'—'`, `null`, `undefined`), or a {@link CellProblem} describing
 * why the cell is bad. Hand-written (no regex per character, no zod) so millions of cells parse
 * at the speed of plain string work. @internal
 */
export interface CellProblem {
  /** What the cell should have held, e.g. `integer >= 0`. */
  expected: string;
  /** A short description of the cell, e.g. `string "1.5x"`. */
  received: string;
}

/** Result of a cell reader. @internal */
export type CellResult<T> = T | undefined | CellProblem;

/** True when a reader returned a problem. @internal */
export function isProblem(value: unknown): value is CellProblem {
  return typeof value === 'object' && value !== null && 'expected' in value;
}

const EMPTY = /* @__PURE__ */ new Set(['', '-', '--', '—', '——', '/', 'N/A', 'n/a', '#N/A', 'null']);

/** The trimmed text of a cell, `undefined` when empty, or a problem for non-text values. @internal */
function cellText(cell: unknown, expected: string): string | undefined | CellProblem {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') {
    const t = cell.trim();
    return EMPTY.has(t) ? undefined : t;
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { expected, received: describeValue(cell) };
    return String(cell);
  }
  return { expected, received: describeValue(cell) };
}

/**
 * Checks that `text` is a plain non-negative decimal (`'1,234.5'`, `'1234.5'`, `'.5'`; no sign,
 * no exponent) whose commas, if any, group the integer digits by three (`'1,23'` is a misread,
 * not a number). Returns the number of commas, or -1 when it is not such a decimal. One pass,
 * no allocation. @internal
 */
export function scanDecimal(text: string): number {
  const n = text.length;
  let i = 0;
  let digits = 0;
  let commas = 0;
  let group = -1; // digits since the last comma; -1 before any comma
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (group >= 0) group++;
    } else if (c === 44 /* , */) {
      if (digits === 0 || (group >= 0 ? group !== 3 : digits > 3)) return -1;
      group = 0;
      commas++;
    } else break;
  }
  if (group >= 0 && group !== 3) return -1;
  if (i === n) return digits === 0 ? -1 : commas;
  if (text.charCodeAt(i) !== 46 /* . */ || i === n - 1) return -1;
  for (let j = i + 1; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return -1;
  }
  return commas;
}

/** The decimal text without its grouping commas, or `null` when it is not a plain decimal. @internal */
export function plainDecimal(text: string): string | null {
  const commas = scanDecimal(text);
  if (commas < 0) return null;
  const plain = commas === 0 ? text : text.replace(/,/g, '');
  return plain.charCodeAt(0) === 46 ? `0${plain}` : plain;
}

/**
 * Moves the decimal point of a plain decimal `places` to the right, exactly (`'2.5'`, 4 →
 * `'25000'`). @internal
 */
export function shiftDecimal(plain: string, places: number): string {
  const dot = plain.indexOf('.');
  const int = dot < 0 ? plain : plain.slice(0, dot);
  const frac = dot < 0 ? '' : plain.slice(dot + 1);
  const digits = int + frac.padEnd(places, '0');
  const cut = int.length + places;
  const whole = digits.slice(0, cut).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(cut).replace(/0+$/, '');
  return rest === '' ? whole : `${whole}.${rest}`;
}

/**
 * A plain decimal with an optional 万 (10⁴) or 亿 (10⁸) unit (`'2.5万'` → `'25000'`), grouping
 * commas dropped; `null` when it is not one. @internal
 */
export function unitDecimal(text: string): string | null {
  const last = text.charCodeAt(text.length - 1);
  const places = last === 0x4e07 /* 万 */ ? 4 : last === 0x4ebf /* 亿 */ ? 8 : 0;
  if (places === 0) return plainDecimal(text);
  const plain = plainDecimal(text.slice(0, -1).trim());
  return plain === null ? null : shiftDecimal(plain, places);
}

/** Strips a leading currency sign (`¥`, `￥`). */
function stripCurrency(text: string): string {
  const c = text.charCodeAt(0);
  return c === 0xa5 || c === 0xffe5 ? text.slice(1).trim() : text;
}

/**
 * A count: a whole number ≥ 0, with optional thousands separators (`'1,234'` → 1234) or a
 * 万/亿 unit (`'2.5万'` → 25000). A decimal with a zero fraction (`'12.0'`) is accepted. @internal
 */
export function readCount(cell: unknown): CellResult<number> {
  const expected = 'integer >= 0, e.g. "1,234"';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const plain = unitDecimal(text);
  const value = plain === null ? Number.NaN : Number(plain);
  return Number.isSafeInteger(value) ? value : { expected, received: describeValue(cell) };
}

/**
 * A non-negative number (pages per visitor, ROI): `'2.85'`, `'1,234.5'`. @internal
 */
export function readNumber(cell: unknown): CellResult<number> {
  const expected = 'number >= 0, e.g. "2.85"';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const plain = unitDecimal(text);
  const value = plain === null ? Number.NaN : Number(plain);
  return Number.isFinite(value) ? value : { expected, received: describeValue(cell) };
}

/**
 * Money ≥ 0 as an exact decimal string (`'¥12,345.60'` → `'12345.60'`, `'1.2亿'` →
 * `'120000000'`), ready for `MoneyInput`. Numbers are accepted as they are (`1234.5` →
 * `'1234.5'`). @internal
 */
export function readMoney(cell: unknown): CellResult<string> {
  const expected = 'amount >= 0, e.g. "12,345.60"';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const plain = unitDecimal(stripCurrency(text));
  const dot = plain === null ? -1 : plain.indexOf('.');
  if (plain === null || (dot < 0 ? plain.length : dot) > 15) return { expected, received: describeValue(cell) };
  return plain;
}

/**
 * A rate in [0, 1]: a percentage string (`'3.21%'` → 0.0321, computed from the decimal digits,
 * so it is the double nearest to the written value) or a plain fraction (`'0.0321'`, `0.0321`).
 * A plain number above 1 is rejected: it is a percentage that lost its sign. @internal
 */
export function readRate(cell: unknown): CellResult<number> {
  const expected = 'rate: a percentage like "3.21%" or a fraction 0–1';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const percent = text.charCodeAt(text.length - 1) === 37 /* % */ || text.charCodeAt(text.length - 1) === 0xff05; /* ％ */
  const digits = plainDecimal(percent ? text.slice(0, -1).trim() : text);
  if (digits === null) return { expected, received: describeValue(cell) };
  const value = percent ? Number(`${digits}e-2`) : Number(digits);
  if (!(value <= 1)) return { expected: percent ? 'percentage 0%–100%' : expected, received: describeValue(cell) };
  return value;
}

/**
 * A duration in seconds: a number of seconds (`'38.5'`) or a clock `mm:ss` / `hh:mm:ss`
 * (`'01:05'` → 65). @internal
 */
export function readSeconds(cell: unknown): CellResult<number> {
  const expected = 'seconds, e.g. "38.5" or "00:01:05"';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  if (text.includes(':')) {
    const pieces = text.split(':');
    if (pieces.length > 3) return { expected, received: describeValue(cell) };
    let total = 0;
    for (let i = 0; i < pieces.length; i++) {
      const p = plainDecimal(pieces[i] as string);
      if (p === null || (i < pieces.length - 1 && p.includes('.'))) return { expected, received: describeValue(cell) };
      const v = Number(p);
      if (i > 0 && v >= 60) return { expected, received: describeValue(cell) };
      total = total * 60 + v;
    }
    return total;
  }
  return readNumber(cell) as CellResult<number>;
}

/**
 * A signed whole number (`'-1,234'`, `'+56'`), e.g. 访客数较前一天变化量. @internal
 */
export function readSignedCount(cell: unknown): CellResult<number> {
  const expected = 'integer, e.g. "-1,234"';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const c = text.charCodeAt(0);
  const sign = c === 45 /* - */ || c === 0x2212 /* − */ ? -1 : 1;
  const body = c === 45 || c === 43 /* + */ || c === 0x2212 ? text.slice(1) : text;
  const plain = unitDecimal(body);
  const value = plain === null ? Number.NaN : sign * Number(plain);
  return Number.isSafeInteger(value) ? value : { expected, received: describeValue(cell) };
}

/**
 * A relative change (the `…变化` columns): a signed percentage (`'-12.50%'` → -0.125, `'+3%'`)
 * or a plain fraction (typed cells), of any size. @internal
 */
export function readChange(cell: unknown): CellResult<number> {
  const expected = 'change: a percentage like "-12.5%"';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const c = text.charCodeAt(0);
  const sign = c === 45 || c === 0x2212 ? -1 : 1;
  let body = c === 45 || c === 43 || c === 0x2212 ? text.slice(1) : text;
  const last = body.charCodeAt(body.length - 1);
  const percent = last === 37 || last === 0xff05;
  if (percent) body = body.slice(0, -1).trim();
  const digits = plainDecimal(body);
  if (digits === null) return { expected, received: describeValue(cell) };
  const value = sign * (percent ? Number(`${digits}e-2`) : Number(digits));
  return Number.isFinite(value) ? value : { expected, received: describeValue(cell) };
}

/** A period a summary row covers (a week, a month), both days included. @internal */
export interface DateRange {
  /** First day. */
  start: IsoDate;
  /** Last day. */
  end: IsoDate;
}

// date-fns patterns of the forms exports write a day in, chosen by the separator they use.
const DATE_FORMATS: Readonly<Record<'-' | '/' | '.' | '年' | '', readonly string[]>> = {
  '-': ['yyyy-M-d', 'yyyy-M-d HH:mm:ss', 'yyyy-M-d HH:mm'],
  '/': ['yyyy/M/d', 'yyyy/M/d HH:mm:ss', 'yyyy/M/d HH:mm'],
  '.': ['yyyy.M.d'],
  年: ["yyyy'年'M'月'd'日'", "yyyy'年'M'月'd"],
  '': ['yyyyMMdd'],
};

let reference: Date | undefined;
const dayCache = /* @__PURE__ */ new Map<string, IsoDate | null>();

/**
 * One day in an export form — `2026-05-31`, `2026/5/31`, `20260531`, `2026年5月31日`,
 * `2026-05-31 00:00:00` — read with date-fns `parse`; `null` when it is none or not a real
 * day. The Date date-fns builds is read by its own calendar fields, so the result does not
 * depend on the host time zone. Results are cached (exports repeat a handful of days).
 */
function parseDay(text: string): IsoDate | null {
  if (text.length === 10 && isIsoDate(text)) return text;
  const hit = dayCache.get(text);
  if (hit !== undefined) return hit;
  let result: IsoDate | null = null;
  if (text.length <= 24) {
    const key = text.includes('年') ? '年' : text.includes('-') ? '-' : text.includes('/') ? '/' : text.includes('.') ? '.' : /^\d{8}$/.test(text) ? '' : undefined;
    reference ??= new Date(2000, 0, 1);
    for (const format of key === undefined ? [] : DATE_FORMATS[key]) {
      const d = parseDateFns(text, format, reference);
      const t = d.getTime();
      if (t === t) {
        const iso = `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        result = isIsoDate(iso) ? iso : null;
        break;
      }
    }
  }
  if (dayCache.size >= 4096) dayCache.clear();
  dayCache.set(text, result);
  return result;
}

// Excel's day 0 is 1899-12-30 (right from serial 61 on, past the 1900 leap day that never was);
// day number 0 is 1970-01-01 = serial 25569. Serials before 1970 are refused: a number such as
// 2026 in a date column is a year or a misplaced value, not a day of store data.
const EXCEL_EPOCH = 25569;

/**
 * A calendar day: an export form (`'2026-10-31'`, `'2026/1/5'`, `'20261031'`, `'2026年10月31日'`)
 * → `IsoDate`; an Excel serial number from 1970 on (a typed date cell, `46173` → `'2026-05-31'`); a `Date`
 * (read by its UTC fields); or a range (`'20260525至20260531'`, `'2026-05-01~2026-05-31'`) →
 * a {@link DateRange}. Impossible days (`'2026-02-30'`) are rejected. @internal
 */
export function readDate(cell: unknown): CellResult<IsoDate | DateRange> {
  const expected = 'date YYYY-MM-DD';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < EXCEL_EPOCH || cell >= 2958466) return { expected: 'date YYYY-MM-DD or an Excel date serial', received: describeValue(cell) };
    return fromDayNumber(Math.floor(cell) - EXCEL_EPOCH);
  }
  if (cell instanceof Date) {
    const t = cell.getTime();
    if (t !== t) return { expected, received: 'invalid Date' };
    const iso = cell.toISOString().slice(0, 10);
    return isIsoDate(iso) ? iso : { expected, received: describeValue(cell) };
  }
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const day = parseDay(text);
  if (day !== null) return day;
  // A range is two days and a separator: no need to scan longer text (and no quadratic regex work on it).
  const sep = text.length <= 64 ? /\s*(?:至|~|～|\s-\s|—)\s*/.exec(text) : null;
  if (sep !== null && sep.index > 0) {
    const start = parseDay(text.slice(0, sep.index));
    const end = parseDay(text.slice(sep.index + sep[0].length));
    if (start !== null && end !== null && start <= end) return { start, end };
  }
  return { expected: 'date YYYY-MM-DD or a range like "20260525至20260531"', received: describeValue(cell) };
}

const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?[eE][+-]?\d+$/;

/**
 * An ID (商品ID, 计划ID …) as text. An ID in scientific notation (`'1.03262E+12'`: Excel
 * re-saved the column as a number and lost digits) and a number cell that is not a safe
 * integer are refused: the ID cannot be recovered. @internal
 */
export function readId(cell: unknown): CellResult<string> {
  const expected = 'ID digits as text (Excel turned the ID into a rounded number: format the column as text and export again)';
  if (typeof cell === 'number') return Number.isSafeInteger(cell) && cell >= 0 ? String(cell) : { expected, received: describeValue(cell) };
  const text = cellText(cell, 'text');
  if (text === undefined || typeof text !== 'string') return text;
  return SCIENTIFIC.test(text) ? { expected, received: describeValue(cell) } : text;
}
/** Text (ids, names): trimmed; numbers become their decimal text. @internal */
export function readText(cell: unknown): CellResult<string> {
  const expected = 'text';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  return text;
}
