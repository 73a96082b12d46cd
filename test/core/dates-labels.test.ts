// Day labels (date-fns with date-fns/locale) and Date inputs (UTC fields or an explicit
// timeZone). The unit suite runs under TZ=UTC and again under Asia/Shanghai,
// America/Los_Angeles and Pacific/Kiritimati (scripts/run-tz.mjs): every value below is fixed,
// so passing in all four zones shows the host zone plays no part (the file name starts with
// "dates" so that run-tz picks it up with the calendar helpers' own tests).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDsr } from 'storeops/dsr';
import { dailyBrief } from 'storeops/brief';
import { formatDayLabel, toIsoDate } from 'storeops/core';
import { fromDayNumber, toDayNumber } from '../../src/core/internal.js';
import { trackProgress } from 'storeops/goals';
import { expectError } from '../helpers.js';

const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// 1970-01-01 was a Thursday: ISO weekday index (0 = Monday) of a day number, by hand.
const weekdayIndex = (n: number) => (((n + 3) % 7) + 7) % 7;

describe('formatDayLabel', () => {
  it('writes the labels of the issue in both locales', () => {
    expect(formatDayLabel('2026-05-31')).toBe('5月31日 周日');
    expect(formatDayLabel('2026-05-31', { locale: 'zh-CN' })).toBe('5月31日 周日');
    expect(formatDayLabel('2026-05-31', { locale: 'en' })).toBe('Sun 31 May');
    expect(formatDayLabel('2026-11-11', { style: 'short' })).toBe('11月11日');
    expect(formatDayLabel('2026-11-11', { locale: 'en', style: 'short' })).toBe('11 Nov');
    expect(formatDayLabel('2026-11-11', { style: 'long' })).toBe('2026年11月11日 星期三');
    expect(formatDayLabel('2026-11-11', { locale: 'en', style: 'long' })).toBe('Wednesday 11 November 2026');
  });

  it('names every weekday of a week (Monday 2026-06-01 to Sunday 2026-06-07)', () => {
    const week = ['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05', '2026-06-06', '2026-06-07'];
    expect(week.map((d) => formatDayLabel(d))).toEqual(ZH_WEEKDAYS.map((w, i) => `6月${i + 1}日 ${w}`));
    expect(week.map((d) => formatDayLabel(d, { locale: 'en' }))).toEqual(EN_WEEKDAYS.map((w, i) => `${w} ${i + 1} Jun`));
  });

  it('labels days that some zones skipped: 1994-12-31 (Pacific/Kiritimati) and 2011-12-30 (Pacific/Apia)', () => {
    // A local Date would give 1 January 1995 under TZ=Pacific/Kiritimati; both were real days.
    expect(formatDayLabel('1994-12-31')).toBe('12月31日 周六');
    expect(formatDayLabel('2011-12-30', { locale: 'en' })).toBe('Fri 30 Dec');
    expect(formatDayLabel('2028-02-29', { locale: 'en', style: 'long' })).toBe('Tuesday 29 February 2028');
  });

  it('gives the day, month and weekday of the digits for any day of 1000–9999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1000-01-01'), max: toDayNumber('9999-12-31') }), (n) => {
        const iso = fromDayNumber(n);
        const month = Number(iso.slice(5, 7));
        const day = Number(iso.slice(8, 10));
        expect(formatDayLabel(iso)).toBe(`${month}月${day}日 ${ZH_WEEKDAYS[weekdayIndex(n)]}`);
        expect(formatDayLabel(iso, { locale: 'en' })).toBe(`${EN_WEEKDAYS[weekdayIndex(n)]} ${day} ${EN_MONTHS[month - 1]}`);
        expect(formatDayLabel(iso, { style: 'long' }).startsWith(`${iso.slice(0, 4)}年${month}月${day}日`)).toBe(true);
      }),
    );
  });

  it('refuses a day that is not one, an unknown locale or style', () => {
    expectError(() => formatDayLabel('2026-02-30'), 'INVALID_INPUT', 'date');
    expectError(() => formatDayLabel(20260531 as never), 'INVALID_INPUT', 'date');
    expectError(() => formatDayLabel('2026-05-31', { locale: 'fr' as never }), 'INVALID_OPTIONS', 'locale');
    expectError(() => formatDayLabel('2026-05-31', { style: 'medium' as never }), 'INVALID_OPTIONS', 'style');
    expectError(() => formatDayLabel('2026-05-31', 'en' as never), 'INVALID_OPTIONS', '');
  });
});

describe('toIsoDate and Date inputs', () => {
  // 18:30 UTC on 31 May: 02:30 on 1 June in Shanghai (UTC+8), 11:30 on 31 May in Los Angeles
  // (UTC−7 in summer), 08:30 on 1 June in Kiritimati (UTC+14).
  const instant = new Date('2026-05-31T18:30:00Z');

  it('reads a Date by its UTC fields, or in the time zone given', () => {
    expect(toIsoDate(instant)).toBe('2026-05-31');
    expect(toIsoDate(instant, { timeZone: 'UTC' })).toBe('2026-05-31');
    expect(toIsoDate(instant, { timeZone: 'Asia/Shanghai' })).toBe('2026-06-01');
    expect(toIsoDate(instant, { timeZone: 'America/Los_Angeles' })).toBe('2026-05-31');
    expect(toIsoDate(instant, { timeZone: 'Pacific/Kiritimati' })).toBe('2026-06-01');
    expect(toIsoDate(new Date('2026-05-31T15:59:59.999Z'), { timeZone: 'Asia/Shanghai' })).toBe('2026-05-31');
    expect(toIsoDate(new Date('2026-05-31T16:00:00Z'), { timeZone: 'Asia/Shanghai' })).toBe('2026-06-01');
    expect(toIsoDate(new Date(Date.UTC(1000, 0, 1)))).toBe('1000-01-01');
    expect(toIsoDate(new Date(Date.UTC(9999, 11, 31, 23, 59, 59)))).toBe('9999-12-31');
    expect(toIsoDate('2028-02-29')).toBe('2028-02-29');
  });

  it('gives the UTC day of any instant (property, against Date.UTC day numbers)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (t) => {
        expect(toIsoDate(new Date(t))).toBe(fromDayNumber(Math.floor(t / 86_400_000)));
      }),
    );
  });

  it('refuses an invalid Date, a day out of range, a bad string and an unknown zone', () => {
    expectError(() => toIsoDate(new Date(Number.NaN)), 'INVALID_INPUT', '');
    expectError(() => toIsoDate(new Date(Date.UTC(999, 11, 31))), 'INVALID_INPUT', '');
    expect(toIsoDate(new Date(Date.UTC(999, 11, 31, 20)), { timeZone: 'Asia/Shanghai' })).toBe('1000-01-01');
    expectError(() => toIsoDate(new Date(Date.UTC(1000, 0, 1, 2)), { timeZone: 'America/Los_Angeles' }), 'INVALID_INPUT', '');
    expectError(() => toIsoDate('2026-02-30'), 'INVALID_INPUT', '');
    expectError(() => toIsoDate(instant, { timeZone: 'Mars/Olympus' }), 'INVALID_OPTIONS', 'timeZone');
    expectError(() => toIsoDate(instant, { timeZone: 8 as never }), 'INVALID_OPTIONS', 'timeZone');
    expectError(() => toIsoDate(instant, null as never), 'INVALID_OPTIONS', '');
  });

  it('trackProgress, computeDsr and dailyBrief take a Date as the day', () => {
    const plan = { total: 20000, days: [{ date: '2026-05-31', target: 10000 }, { date: '2026-06-01', target: 10000 }] };
    const actuals = { '2026-05-31': 9000, '2026-06-01': 12000 };
    expect(trackProgress(plan, actuals, { asOf: instant }).asOf).toBe('2026-05-31');
    const shanghai = trackProgress(plan, actuals, { asOf: instant, timeZone: 'Asia/Shanghai' });
    expect([shanghai.asOf, shanghai.actualToDate.toNumber()]).toEqual(['2026-06-01', 21000]);
    expectError(() => trackProgress(plan, actuals, { asOf: new Date(Number.NaN) }), 'INVALID_OPTIONS', 'asOf');
    expectError(() => trackProgress(plan, actuals, { asOf: instant, timeZone: 'Nowhere/Else' }), 'INVALID_OPTIONS', 'timeZone');

    const ratings = [{ buyerId: 'b1', createdAt: '2026-05-20', ratedAt: '2026-06-01', description: 5, service: 4, shipping: 3 }];
    expect(computeDsr(ratings, { asOf: instant }).ignored).toMatchObject({ total: 1, ratedAfterAsOf: 1 });
    expect(computeDsr(ratings, { asOf: instant, timeZone: 'Asia/Shanghai' }).service).toMatchObject({ sum: 4, count: 1 });
    expectError(() => computeDsr(ratings, { asOf: new Date(Number.NaN) }), 'INVALID_OPTIONS', 'asOf');

    const store = [
      { date: '2026-05-31', visitors: 1000, buyers: 30, paidAmount: '7200.00' },
      { date: '2026-06-01', visitors: 1000, buyers: 40, paidAmount: '9600.00' },
    ];
    expect(dailyBrief({ date: instant, store }).date).toBe('2026-05-31');
    expect(dailyBrief({ date: instant, store }, { timeZone: 'Asia/Shanghai' }).date).toBe('2026-06-01');
    expectError(() => dailyBrief({ date: new Date(Number.NaN), store }), 'INVALID_INPUT', 'date');
    expectError(() => dailyBrief({ date: instant, store }, { timeZone: 'Nowhere/Else' }), 'INVALID_OPTIONS', 'timeZone');
    // Input and options that cannot be read (a trap that throws, a revoked proxy): refused, not a crash.
    const trap = new Proxy({ date: instant, store }, { getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
    expectError(() => dailyBrief(trap as never), 'INVALID_INPUT', '');
    const { proxy: revokedDate, revoke } = Proxy.revocable(instant, {});
    revoke();
    expectError(() => dailyBrief({ date: revokedDate as never, store }), 'INVALID_INPUT', ''); // the schema cannot read it either
    const throwingZone = { get timeZone(): string { throw new Error('getter'); } };
    expectError(() => dailyBrief({ date: instant, store }, throwingZone as never), 'INVALID_OPTIONS', 'timeZone');
  });
});
