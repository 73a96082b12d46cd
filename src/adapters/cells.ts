import { describeValue } from '../core/errors.js';
import { isIsoDate, type IsoDate } from '../core/dates.js';

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

const EMPTY = new Set(['', '-', '--', '—', '——', '/', 'N/A', 'null']);

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

/** Strips a leading currency sign (`¥`, `￥`). */
function stripCurrency(text: string): string {
  const c = text.charCodeAt(0);
  return c === 0xa5 || c === 0xffe5 ? text.slice(1).trim() : text;
}

/**
 * A count: a whole number ≥ 0, with optional thousands separators (`'1,234'` → 1234). A
 * decimal with a zero fraction (`'12.0'`) is accepted. @internal
 */
export function readCount(cell: unknown): CellResult<number> {
  const expected = 'integer >= 0, e.g. "1,234"';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const plain = plainDecimal(text);
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
  const plain = plainDecimal(text);
  const value = plain === null ? Number.NaN : Number(plain);
  return Number.isFinite(value) ? value : { expected, received: describeValue(cell) };
}

/**
 * Money ≥ 0 as an exact decimal string (`'¥12,345.60'` → `'12345.60'`), ready for
 * `MoneyInput`. Numbers are accepted as they are (`1234.5` → `'1234.5'`). @internal
 */
export function readMoney(cell: unknown): CellResult<string> {
  const expected = 'amount >= 0, e.g. "12,345.60"';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  const plain = plainDecimal(stripCurrency(text));
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
 * A calendar day: `'2026-10-31'`, `'2026/10/31'`, `'2026-1-5'`, `'20261031'` → `IsoDate`.
 * Impossible days (`'2026-02-30'`) are rejected. @internal
 */
export function readDate(cell: unknown): CellResult<IsoDate> {
  const expected = 'date YYYY-MM-DD';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  let iso: string;
  if (/^\d{8}$/.test(text)) iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  else {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
    if (m === null) return { expected, received: describeValue(cell) };
    iso = `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
  }
  return isIsoDate(iso) ? iso : { expected, received: describeValue(cell) };
}

/** Text (ids, names): trimmed; numbers become their decimal text. @internal */
export function readText(cell: unknown): CellResult<string> {
  const expected = 'text';
  const text = cellText(cell, expected);
  if (text === undefined || typeof text !== 'string') return text;
  return text;
}
