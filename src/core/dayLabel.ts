import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { zhCN } from 'date-fns/locale/zh-CN';
import { assertIsoDate, utcDay, type IsoDate } from './dates.js';
import { expected } from './errors.js';
import { resolveLocale, type Locale } from './i18n.js';

/** Options of {@link formatDayLabel}. */
export interface DayLabelOptions {
  /** `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /**
   * `'weekday'` (default): `5月31日 周日` / `Sun 31 May`; `'short'`: `5月31日` / `31 May`;
   * `'long'`: `2026年5月31日 星期日` / `Sunday 31 May 2026`.
   */
  style?: 'weekday' | 'short' | 'long';
}

// date-fns patterns per locale and style (date-fns/locale carries the month and weekday names).
const PATTERNS = {
  'zh-CN': { weekday: 'M月d日 EEE', short: 'M月d日', long: 'PPPP' },
  en: { weekday: 'EEE d MMM', short: 'd MMM', long: 'EEEE d MMMM yyyy' },
} as const;

/**
 * A calendar day as a label for people, per locale, with date-fns and `date-fns/locale`:
 * `5月31日 周日` / `Sun 31 May` (charts, messages, headings). The day is read from its
 * `YYYY-MM-DD` digits, never through the host time zone (a UTC date from `@date-fns/utc`), so the label is the same
 * under any `TZ`.
 *
 * @param date - a calendar day `YYYY-MM-DD`.
 * @param options - `locale` (`'zh-CN'` default, `'en'`) and `style` (`'weekday'` default, `'short'`, `'long'`).
 * @returns the label.
 * @throws StoreOpsError `INVALID_INPUT` (path `date`) for a day that is not a real calendar day;
 *   `INVALID_OPTIONS` for an unknown locale or style.
 * @example
 * ```ts
 * import { formatDayLabel } from 'storeops/core';
 * formatDayLabel('2026-05-31') //=> '5月31日 周日'
 * formatDayLabel('2026-05-31', { locale: 'en' }) //=> 'Sun 31 May'
 * formatDayLabel('2026-11-11', { style: 'short' }) //=> '11月11日'
 * formatDayLabel('2026-11-11', { locale: 'en', style: 'long' }) //=> 'Wednesday 11 November 2026'
 * formatDayLabel('2026-02-30') //=> throws INVALID_INPUT
 * ```
 */
export function formatDayLabel(date: IsoDate, options: DayLabelOptions = {}): string {
  assertIsoDate(date, 'date');
  if (options === null || typeof options !== 'object') expected('', 'an options object', options, 'INVALID_OPTIONS');
  const locale = resolveLocale(options.locale);
  const style = options.style ?? 'weekday';
  if (style !== 'weekday' && style !== 'short' && style !== 'long') expected('style', '"weekday", "short" or "long"', style, 'INVALID_OPTIONS');
  // A UTC date (@date-fns/utc: its getters are the UTC ones), so date-fns reads the day's own
  // fields back whatever the host TZ — a local Date would not: 1994-12-31 does not exist in
  // Pacific/Kiritimati, and new Date(1994, 11, 31) there is 1 January 1995.
  return format(utcDay(date), PATTERNS[locale][style], { locale: locale === 'en' ? enGB : zhCN });
}
