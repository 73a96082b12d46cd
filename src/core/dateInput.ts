import { assertIsoDate, isIsoDate, type IsoDate } from './dates.js';
import { describeValue, fail, type ErrorCode } from './errors.js';

/** Options of {@link toIsoDate}. */
export interface ToIsoDateOptions {
  /**
   * An IANA time zone (`'Asia/Shanghai'`) whose calendar day a `Date` is read in. Without it a
   * `Date` is read by its UTC fields. The host time zone (`TZ`) is never used.
   */
  timeZone?: string;
}

const zones = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = zones.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone, calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit', era: 'short' });
    } catch {
      return fail('INVALID_OPTIONS', 'timeZone', `expected an IANA time zone such as "Asia/Shanghai", received ${describeValue(timeZone)}`, {
        expected: 'an IANA time zone',
        received: describeValue(timeZone),
      });
    }
    zones.set(timeZone, f);
  }
  return f;
}

/**
 * The calendar day of a `Date` or an `IsoDate`, as `'YYYY-MM-DD'`: a `Date` is read by its UTC
 * fields, or in `options.timeZone` when given — never in the host time zone, so the same instant
 * gives the same day under any `TZ`. An `IsoDate` string is checked and returned as it is. Every
 * storeops function that takes a day (`date`, `asOf`, `start`, `end`) takes an `IsoDate`: convert a
 * `Date` with this first.
 *
 * @param value - a `Date` (an instant) or a calendar day `YYYY-MM-DD`.
 * @param options - `timeZone`: the IANA zone whose calendar the instant is read in.
 * @returns the calendar day.
 * @throws StoreOpsError `INVALID_INPUT` for an invalid `Date`, a day outside 1000–9999 or a string
 *   that is not a real calendar day; `INVALID_OPTIONS` (path `timeZone`) for an unknown zone.
 * @example
 * ```ts
 * import { toIsoDate } from 'storeops/core';
 * const instant = new Date('2026-05-31T18:30:00Z');
 * toIsoDate(instant) //=> '2026-05-31'
 * toIsoDate(instant, { timeZone: 'Asia/Shanghai' }) //=> '2026-06-01'
 * toIsoDate(instant, { timeZone: 'America/Los_Angeles' }) //=> '2026-05-31'
 * toIsoDate('2026-11-11') //=> '2026-11-11'
 * toIsoDate(new Date(Number.NaN)) //=> throws INVALID_INPUT
 * toIsoDate(instant, { timeZone: 'Mars/Olympus' }) //=> throws INVALID_OPTIONS
 * ```
 */
export function toIsoDate(value: Date | IsoDate, options: ToIsoDateOptions = {}): IsoDate {
  if (options === null || typeof options !== 'object') {
    fail('INVALID_OPTIONS', '', `expected an options object, received ${describeValue(options)}`, { expected: 'an options object', received: describeValue(options) });
  }
  let timeZone: unknown;
  try {
    timeZone = options.timeZone;
  } catch {
    fail('INVALID_OPTIONS', '', 'could not be read (a getter or proxy threw)');
  }
  const day = readDay(value, timeZone, '', 'INVALID_INPUT');
  return isDate(value) ? day : assertIsoDate(value, '');
}

/** `value instanceof Date`, false for a revoked proxy (whose prototype cannot be read). */
/** @internal */
export function isDate(value: unknown): value is Date {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}

/**
 * A day given as an `IsoDate` or a `Date` (an instant, read by its UTC fields or in `timeZone`),
 * as an `IsoDate`; anything else is returned as it is for the caller's schema to refuse. A bad
 * `Date` fails with `code` at `path`; a bad `timeZone` with `INVALID_OPTIONS` at `timeZone`. @internal
 */
export function readDay(value: unknown, timeZone: unknown, path: string, code: ErrorCode): IsoDate {
  if (timeZone !== undefined && typeof timeZone !== 'string') {
    fail('INVALID_OPTIONS', 'timeZone', `expected an IANA time zone such as "Asia/Shanghai", received ${describeValue(timeZone)}`, {
      expected: 'an IANA time zone',
      received: describeValue(timeZone),
    });
  }
  const format = timeZone === undefined ? null : zoneFormat(timeZone);
  if (!isDate(value)) return value as IsoDate;
  const time = Date.prototype.getTime.call(value);
  if (!Number.isFinite(time)) fail(code, path, 'expected a valid Date, received Invalid Date', { expected: 'a valid Date', received: 'Invalid Date' });
  let day: string;
  if (format === null) {
    const d = new Date(time);
    day = `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  } else {
    const parts: Record<string, string> = {};
    for (const p of format.formatToParts(time)) parts[p.type] = p.value;
    day = parts['era'] === 'AD' ? `${(parts['year'] ?? '').padStart(4, '0')}-${parts['month']}-${parts['day']}` : '';
  }
  if (!isIsoDate(day)) {
    const received = new Date(time).toISOString();
    fail(code, path, `expected a Date between the years 1000 and 9999, received ${received}`, { expected: 'a day of the years 1000–9999', received });
  }
  return day;
}

/**
 * `options` with a `Date` at `key` replaced by its calendar day (UTC fields, or
 * `options.timeZone`), for an options schema that takes an `IsoDate` there; anything else is
 * returned as it is. @internal
 */
export function readDayOption<T>(options: T, key: string): T {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return options;
  const o = options as Record<string, unknown>;
  const value = Object.hasOwn(o, key) ? o[key] : undefined;
  const timeZone = Object.hasOwn(o, 'timeZone') ? o['timeZone'] : undefined;
  if (!(value instanceof Date) && timeZone === undefined) return options;
  return { ...o, [key]: readDay(value, timeZone, key, 'INVALID_OPTIONS') } as T;
}
