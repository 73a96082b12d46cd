import * as z from 'zod/mini';
import { describeValue, expected, expectInteger, fail } from './errors.js';
import { pure } from './pure.js';

/**
 * A calendar day as `'YYYY-MM-DD'` (ISO 8601), with no time and no time zone. All date
 * arithmetic in storeops is done on day numbers, never on `Date` objects, so results are
 * identical under any `TZ`.
 */
export type IsoDate = string;
/** A calendar month as `'YYYY-MM'`. */
export type IsoMonth = string;
/** A quarter as `'YYYY-Qn'`, e.g. `'2026-Q4'`. */
export type IsoQuarter = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * True for a leap year of the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * import { isLeapYear } from 'storeops/core/internal';
 * isLeapYear(2028) //=> true
 * isLeapYear(2100) //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  if (!Number.isSafeInteger(year)) expected('year', 'an integer year', year);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'storeops/core/internal';
 * daysInMonth(2028, 2) //=> 29
 * daysInMonth(2026, 2) //=> 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  expectInteger(month, 'month', 1, 12);
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : MONTH_DAYS[month - 1]!;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when `value` is a real calendar day written `YYYY-MM-DD` (years 1000–9999).
 * `'2026-02-30'` and `'2026-13-01'` are not.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'storeops/core';
 * isIsoDate('2028-02-29') //=> true
 * isIsoDate('2026-02-30') //=> false
 * isIsoDate('2026-2-3') //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * True when `value` is a month written `YYYY-MM`.
 *
 * @example
 * ```ts
 * import { isIsoMonth } from 'storeops/core/internal';
 * isIsoMonth('2026-11') //=> true
 * isIsoMonth('2026-13') //=> false
 * ```
 */
export function isIsoMonth(value: unknown): value is IsoMonth {
  if (typeof value !== 'string') return false;
  const m = ISO_MONTH.exec(value);
  if (m === null) return false;
  const month = Number(m[2]);
  return Number(m[1]) >= 1000 && month >= 1 && month <= 12;
}

/** zod schema for an {@link IsoDate}: a real calendar day `YYYY-MM-DD`. */
export const isoDateSchema = /* @__PURE__ */ pure(() => z.string().check(z.refine(isIsoDate, { error: 'expected a real calendar day written YYYY-MM-DD' })));

/** zod schema for an {@link IsoMonth} `YYYY-MM`. */
export const isoMonthSchema = /* @__PURE__ */ pure(() => z.string().check(z.refine(isIsoMonth, { error: 'expected a month written YYYY-MM' })));

/**
 * Throws `StoreOpsError` (`INVALID_INPUT` at `path`) unless `value` is a real calendar day.
 * Returns the day.
 *
 * @example
 * ```ts
 * import { assertIsoDate } from 'storeops/core/internal';
 * assertIsoDate('2026-11-11') //=> '2026-11-11'
 * assertIsoDate('2026-02-30', 'date') //=> throws INVALID_INPUT
 * ```
 */
export function assertIsoDate(value: unknown, path = ''): IsoDate {
  if (!isIsoDate(value)) {
    fail('INVALID_INPUT', path, `expected a real calendar day written YYYY-MM-DD, received ${describeValue(value)}`, {
      expected: 'YYYY-MM-DD',
      received: describeValue(value),
    });
  }
  return value;
}

/**
 * The day number of a calendar day: days since 1970-01-01 (negative before). Pure arithmetic
 * (Hinnant's days-from-civil), independent of the time zone. The calendar helpers stay on day
 * numbers: the batch paths and planTargets loop over them, date-fns was 2–60× slower at every
 * step measured (`bench/dates.bench.ts`), and a TZ-free date-fns call needs a UTC date class
 * (`@date-fns/utc`) whose module patches `Date`'s prototype at import time, which every bundle
 * importing these helpers would then carry.
 *
 * @example
 * ```ts
 * import { toDayNumber } from 'storeops/core/internal';
 * toDayNumber('1970-01-02') //=> 1
 * toDayNumber('2026-11-11') //=> 20768
 * ```
 */
export function toDayNumber(date: IsoDate): number {
  assertIsoDate(date, 'date');
  return dayNumberOf(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** Day number of a year, month (1–12) and day, without validation. @internal */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The calendar day of a day number (inverse of {@link toDayNumber}).
 *
 * @example
 * ```ts
 * import { fromDayNumber } from 'storeops/core/internal';
 * fromDayNumber(20768) //=> '2026-11-11'
 * ```
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  expectInteger(dayNumber, 'dayNumber', FIRST_DAY, LAST_DAY);
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day numbers of 1000-01-01 and 9999-12-31, the range of {@link IsoDate}. */
const FIRST_DAY = -354_285;
const LAST_DAY = 2_932_896;

/**
 * The day `days` calendar days after `date` (before, when negative).
 *
 * @example
 * ```ts
 * import { addDays } from 'storeops/core';
 * addDays('2028-02-28', 1) //=> '2028-02-29'
 * addDays('2026-03-01', -1) //=> '2026-02-28'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const from = toDayNumber(date);
  expectInteger(days, 'days', FIRST_DAY - from, LAST_DAY - from);
  return fromDayNumber(from + days);
}

/**
 * Calendar days from `from` to `to` (`to − from`; negative when `to` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween } from 'storeops/core/internal';
 * daysBetween('2026-01-01', '2026-12-31') //=> 364
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * ISO day of the week: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * import { isoWeekday } from 'storeops/core/internal';
 * isoWeekday('2026-11-11') //=> 3
 * ```
 */
export function isoWeekday(date: IsoDate): number {
  return isoWeekdayOfDayNumber(toDayNumber(date));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number. 1970-01-01 was a Thursday. @internal */
export function isoWeekdayOfDayNumber(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/**
 * The ISO week (Monday to Sunday) of a day, named by its Monday.
 *
 * @example
 * ```ts
 * import { weekOf } from 'storeops/core';
 * weekOf('2026-11-11') //=> '2026-11-09'
 * weekOf('2026-03-01') //=> '2026-02-23'
 * ```
 */
export function weekOf(date: IsoDate): IsoDate {
  const n = toDayNumber(date);
  const monday = n - isoWeekdayOfDayNumber(n) + 1;
  if (monday < FIRST_DAY) fail('INVALID_INPUT', 'date', `its week starts before 1000-01-01, the first day storeops handles: ${date}`);
  return fromDayNumber(monday);
}

/**
 * The month of a day, `'YYYY-MM'`.
 *
 * @example
 * ```ts
 * import { monthOf } from 'storeops/core';
 * monthOf('2026-11-11') //=> '2026-11'
 * ```
 */
export function monthOf(date: IsoDate): IsoMonth {
  assertIsoDate(date, 'date');
  return date.slice(0, 7);
}

/**
 * The quarter of a day, `'YYYY-Qn'`.
 *
 * @example
 * ```ts
 * import { quarterOf } from 'storeops/core/internal';
 * quarterOf('2026-11-11') //=> '2026-Q4'
 * ```
 */
export function quarterOf(date: IsoDate): IsoQuarter {
  assertIsoDate(date, 'date');
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * Every calendar day from `start` to `end`, both included. Throws `StoreOpsError` when `end`
 * is before `start`.
 *
 * @example
 * ```ts
 * import { eachDay } from 'storeops/core/internal';
 * eachDay('2026-02-27', '2026-03-02') //=> ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']
 * ```
 */
export function eachDay(start: IsoDate, end: IsoDate): IsoDate[] {
  assertIsoDate(start, 'start');
  assertIsoDate(end, 'end');
  const a = toDayNumber(start);
  const b = toDayNumber(end);
  if (b < a) fail('INVALID_INPUT', 'end', `must not be before start (${start}), received ${end}`);
  const out: IsoDate[] = new Array<IsoDate>(b - a + 1);
  for (let n = a; n <= b; n++) out[n - a] = fromDayNumber(n);
  return out;
}
