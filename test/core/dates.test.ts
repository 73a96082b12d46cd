import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  assertIsoDate,
  daysBetween,
  daysInMonth,
  eachDay,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  monthOf,
  quarterOf,
  StoreOpsError,
  toDayNumber,
  weekOf,
} from '../../src/core/internal.js';

// Independent reference: UTC Date arithmetic (never local time), used only in tests.
const utcDayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const utcIso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

describe('calendar days', () => {
  it('rejects impossible days and wrong shapes', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2027-02-29', '2026-2-3', '20260101', '2026-01-01T00:00:00Z', '', ' 2026-01-01']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    for (const good of ['2028-02-29', '2000-02-29', '2026-12-31', '2026-01-01']) expect(isIsoDate(good), good).toBe(true);
    expect(isIsoDate(20260101)).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('throws StoreOpsError with the field path for a wrong date', () => {
    try {
      assertIsoDate('2026-02-30', 'asOf');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StoreOpsError);
      expect((e as StoreOpsError).code).toBe('INVALID_INPUT');
      expect((e as StoreOpsError).issues[0]?.path).toBe('asOf');
    }
  });

  it('knows month lengths and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('names weeks by their Monday, months and quarters', () => {
    expect(isoWeekday('2026-11-22')).toBe(7); // today, a Sunday
    expect(weekOf('2026-11-22')).toBe('2026-11-16');
    expect(weekOf('2026-11-16')).toBe('2026-11-16');
    expect(weekOf('2027-01-01')).toBe('2026-12-28'); // a week spanning two years
    expect(monthOf('2026-06-18')).toBe('2026-06');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(eachDay('2026-11-11', '2026-11-11')).toEqual(['2026-11-11']);
    expect(() => eachDay('2026-11-12', '2026-11-11')).toThrow(StoreOpsError);
  });

  it('agrees with UTC Date arithmetic for every day of 1600–2400 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: utcDayNumber('1600-01-01'), max: utcDayNumber('2400-12-31') }), (n) => {
        const iso = utcIso(n);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(isoWeekday(iso)).toBe(((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: -5000, max: 5000 }), (n, k) => {
        const d = fromDayNumber(n);
        expect(daysBetween(d, addDays(d, k))).toBe(k);
        const monday = weekOf(d);
        expect(isoWeekday(monday)).toBe(1);
        expect(daysBetween(monday, d)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, d)).toBeLessThan(7);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the process time zone', () => {
    // The suite runs under several TZ values (scripts/run-tz.mjs); these values are fixed.
    expect(toDayNumber('2026-11-11')).toBe(20768);
    expect(weekOf('2026-03-29')).toBe('2026-03-23'); // a DST change day in Europe/US ranges
    expect(eachDay('2026-03-07', '2026-03-09')).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
  });
});
