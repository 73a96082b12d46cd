import { describe, expect, it } from 'vitest';
import { StoreDecimal, type Decimal } from '../../src/core/decimal.js';
import { MAX_PLAN_DAYS, planTargets, type PeriodTarget } from 'storeops/goals';
import { expectError } from '../helpers.js';

const sum = (xs: readonly { target: Decimal }[]) => xs.reduce((s, x) => s.plus(x.target), new StoreDecimal(0));

describe('planTargets: the seed’s 10,000,000 year (domain reference §1)', () => {
  const plan = planTargets({ total: 10_000_000, start: '2026-01-01', end: '2026-12-31' });

  it('adds up to 10,000,000.00 exactly over days, weeks, months and quarters', () => {
    for (const level of [plan.days, plan.weeks, plan.months, plan.quarters]) expect(sum(level).toFixed(2)).toBe('10000000.00');
    expect(plan.total.toFixed(2)).toBe('10000000.00');
  });

  it('makes every day a whole number of fen', () => {
    expect(plan.days).toHaveLength(365);
    expect(plan.days.every((d) => d.target.times(100).isInteger())).toBe(true);
  });

  it('gives each day 1/365 of the year give or take a fen when nothing is weighted', () => {
    // 1,000,000,000 fen / 365 = 2,739,726.03 fen: every day is 27,397.26 or 27,397.27.
    expect(new Set(plan.days.map((d) => d.target.toFixed(2)))).toEqual(new Set(['27397.26', '27397.27']));
  });

  it('weighs months by their days: January is 31/365 of the year', () => {
    // 1e9 × 31 / 365 = 84,931,506.85 fen → 84,931,507 (largest remainder).
    expect(plan.months[0]).toMatchObject({ period: '2026-01', start: '2026-01-01', end: '2026-01-31', days: 31 });
    expect(plan.months[0]?.target.toFixed(2)).toBe('849315.07');
    expect(plan.months.map((m) => m.days)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('names ISO weeks by their Monday; 2026 touches 53 of them, partial at both ends', () => {
    expect(plan.weeks).toHaveLength(53);
    expect(plan.weeks[0]).toMatchObject({ period: '2025-12-29', start: '2026-01-01', end: '2026-01-04', days: 4 });
    expect(plan.weeks[52]).toMatchObject({ period: '2026-12-28', start: '2026-12-28', end: '2026-12-31', days: 4 });
  });

  it('lets a week span two months and sums it from its days', () => {
    const week = plan.weeks.find((w) => w.period === '2026-03-30') as PeriodTarget;
    expect(week).toMatchObject({ start: '2026-03-30', end: '2026-04-05', days: 7 });
    const days = plan.days.filter((d) => d.date >= '2026-03-30' && d.date <= '2026-04-05');
    expect(week.target.eq(sum(days))).toBe(true);
  });

  it('sums quarters from months', () => {
    expect(plan.quarters.map((q) => q.period)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(plan.quarters[0]?.target.eq(sum(plan.months.slice(0, 3)))).toBe(true);
    expect(plan.quarters[0]?.days).toBe(90);
  });
});

describe('planTargets: weights and events', () => {
  it('weighs weekends and a promotion day (weights 1,1,3,1,1,1.5,1.5 of 10 → 700 a unit)', () => {
    const week = planTargets({
      total: 7000,
      start: '2026-11-09',
      end: '2026-11-15',
      weekdayWeights: [1, 1, 1, 1, 1, 1.5, 1.5],
      events: [{ date: '2026-11-11', multiplier: 3, name: '双11' }],
    });
    expect(week.days.map((d) => d.target.toNumber())).toEqual([700, 700, 2100, 700, 700, 1050, 1050]);
    expect(week.days[2]).toMatchObject({ date: '2026-11-11', weekday: 3, weight: 3, events: ['双11'] });
  });

  it('multiplies events on the same day and closes a day with multiplier 0', () => {
    const plan = planTargets({
      total: 600,
      start: '2026-06-16',
      end: '2026-06-19',
      unit: 1,
      events: [
        { date: '2026-06-18', multiplier: 2, name: '618' },
        { date: '2026-06-18', multiplier: 1.5, name: 'anniversary' },
        { date: '2026-06-19', multiplier: 0 },
      ],
    });
    // Weights 1, 1, 3, 0 of 5 → 120, 120, 360, 0.
    expect(plan.days.map((d) => d.target.toNumber())).toEqual([120, 120, 360, 0]);
    expect(plan.days[2]?.events).toEqual(['618', 'anniversary']);
    expect(plan.days[3]?.events).toEqual([]);
  });

  it('prorates months partly inside the range by their days inside', () => {
    // Jan 17–31 (15 of 31 days) at weight 2, Feb 1–14 (14 of 28) at weight 1:
    // shares 30/31 : 1/2 = 60 : 31 → 2900 × 60/91 = 1912.09, 2900 × 31/91 = 987.91 → 1912, 988.
    const plan = planTargets({ total: 2900, start: '2026-01-17', end: '2026-02-14', unit: 1, monthWeights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] });
    expect(plan.months.map((m) => [m.period, m.days, m.target.toNumber()])).toEqual([
      ['2026-01', 15, 1912],
      ['2026-02', 14, 988],
    ]);
  });

  it('plans a fiscal year from April with last year’s monthly sales (同比)', () => {
    const lastYear: Record<string, string> = {};
    const sales = [100, 100, 100, 100, 100, 100, 100, 100, 300, 200, 100, 100]; // Apr 2025 … Mar 2026
    sales.forEach((s, i) => {
      const month = ((3 + i) % 12) + 1;
      const year = month >= 4 ? 2025 : 2026;
      lastYear[`${year}-${String(month).padStart(2, '0')}`] = String(s);
    });
    const plan = planTargets({ total: 1_500_000, start: '2026-04-01', end: '2027-03-31', unit: 1, monthWeights: lastYear });
    expect(plan.months.map((m) => m.period)[0]).toBe('2026-04');
    // Dec 2026 takes Dec 2025's 300 of 1,500 → 300,000; Jan 2027 takes Jan 2026's 200 → 200,000.
    expect(plan.months.find((m) => m.period === '2026-12')?.target.toNumber()).toBe(300_000);
    expect(plan.months.find((m) => m.period === '2027-01')?.target.toNumber()).toBe(200_000);
    expect(plan.quarters.map((q) => q.period)).toEqual(['2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1']);
  });

  it('prefers the plan month’s own weight to last year’s', () => {
    const plan = planTargets({ total: 400, start: '2026-04-01', end: '2026-05-31', unit: 1, monthWeights: { '2025-04': 1, '2026-04': 3, '2025-05': 1 } });
    expect(plan.months.map((m) => m.target.toNumber())).toEqual([300, 100]);
  });

  it('plans a 90-day campaign starting on any day, in whole yuan', () => {
    const plan = planTargets({ total: 90_001, start: '2026-03-15', end: '2026-06-12', unit: 1 });
    expect(plan.days).toHaveLength(90);
    expect(plan.days.every((d) => d.target.isInteger())).toBe(true);
    expect(sum(plan.days).toNumber()).toBe(90_001);
    expect(plan.months.map((m) => m.days)).toEqual([17, 30, 31, 12]);
  });

  it('plans a zero total as zeros', () => {
    const plan = planTargets({ total: 0, start: '2026-01-01', end: '2026-01-03' });
    expect(plan.days.map((d) => d.target.toNumber())).toEqual([0, 0, 0]);
  });
});

describe('planTargets: bad input', () => {
  const base = { total: 1000, start: '2026-01-01', end: '2026-12-31' };
  it('names the bad field', () => {
    expectError(() => planTargets({ ...base, end: '2025-12-31' }), 'INVALID_INPUT', 'end');
    expectError(() => planTargets({ ...base, start: '2026-02-30' }), 'INVALID_INPUT', 'start');
    expectError(() => planTargets({ ...base, monthWeights: new Array(13).fill(1) }), 'INVALID_INPUT', 'monthWeights');
    expectError(() => planTargets({ ...base, monthWeights: [1, 1, 1, -1, 1, 1, 1, 1, 1, 1, 1, 1] }), 'INVALID_INPUT', 'monthWeights[3]');
    expectError(() => planTargets({ ...base, monthWeights: new Array(12).fill(0) }), 'INVALID_INPUT', 'monthWeights');
    expectError(() => planTargets({ ...base, monthWeights: { '2026-01': 1 } }), 'INVALID_INPUT', 'monthWeights["2026-02"]');
    expectError(() => planTargets({ ...base, monthWeights: { '2026-01': '12%' } }), 'INVALID_INPUT', 'monthWeights["2026-01"]');
    expectError(() => planTargets({ ...base, weekdayWeights: [1, 1, 1, 1, 1, 1] }), 'INVALID_INPUT', 'weekdayWeights');
    expectError(() => planTargets({ ...base, weekdayWeights: [1, 1, -1, 1, 1, 1, 1] }), 'INVALID_INPUT', 'weekdayWeights[2]');
    expectError(() => planTargets({ ...base, weekdayWeights: [0, 0, 0, 0, 0, 0, 0] }), 'INVALID_INPUT', 'weekdayWeights');
    expectError(() => planTargets({ ...base, events: [{ date: '2027-01-01', multiplier: 2 }] }), 'INVALID_INPUT', 'events[0].date');
    expectError(() => planTargets({ ...base, events: [{ date: '2026-11-11', multiplier: Number.NaN }] }), 'INVALID_INPUT', 'events[0].multiplier');
    expectError(() => planTargets({ ...base, total: '70%' }), 'INVALID_INPUT', 'total');
    expectError(() => planTargets({ ...base, total: -1 }), 'INVALID_INPUT', 'total');
    expectError(() => planTargets({ start: '2026-01-01', end: '2026-01-02' } as never), 'INVALID_INPUT', 'total');
    expectError(() => planTargets({ ...base, total: '100.005' }), 'INFEASIBLE', 'total');
    expectError(() => planTargets({ ...base, total: 1050, unit: 100 }), 'INFEASIBLE', 'total');
    expectError(() => planTargets({ ...base, unit: 0 }), 'INVALID_INPUT', 'unit');
    expectError(() => planTargets(null as never), 'INVALID_INPUT', '');
  });

  it('refuses a month with a target whose days all weigh zero', () => {
    // 2026-11-15 is a Sunday.
    const sunday = { total: 100, start: '2026-11-15', end: '2026-11-15' };
    expectError(() => planTargets({ ...sunday, weekdayWeights: [1, 1, 1, 1, 1, 1, 0] }), 'INFEASIBLE', 'weekdayWeights');
    expectError(() => planTargets({ ...sunday, events: [{ date: '2026-11-15', multiplier: 0 }] }), 'INFEASIBLE', 'events');
  });
});

describe('planTargets — plan length', () => {
  it('makes a ten-year plan but refuses a longer one, naming end', () => {
    expect(MAX_PLAN_DAYS).toBe(3660);
    const ten = planTargets({ total: 3660, start: '2026-01-01', end: '2036-01-08', unit: 1 }); // 3,660 days
    expect(ten.days.length).toBe(3660);
    expect(ten.days.reduce((s, d) => s + d.target.toNumber(), 0)).toBe(3660);
    expectError(() => planTargets({ total: 100, start: '1000-01-01', end: '9999-12-31' }), 'INVALID_INPUT', 'end');
    expectError(() => planTargets({ total: 3661, start: '2026-01-01', end: '2036-01-09', unit: 1 }), 'INVALID_INPUT', 'end');
  });
});
