import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StoreDecimal, type Decimal } from '../../src/core/decimal.js';
import { runAnnualPlan } from '../../examples/goals-annual-plan.js';

const data = JSON.parse(readFileSync(new URL('../../examples/data/goals-store.json', import.meta.url), 'utf8')) as {
  lastYearMonthlySales: Record<string, string>;
  actuals: Record<string, string>;
  yesterday: { paidAmount: string };
};

describe('examples/goals-annual-plan.ts', () => {
  const { plan, progress, today, drivers, attribution } = runAnnualPlan('en');

  it('splits 10,000,000 by last year’s months: November gets 1,450,000 / 8,980,000 of it', () => {
    const lastYear = Object.values(data.lastYearMonthlySales).reduce((s, x) => s.plus(x), new StoreDecimal(0));
    expect(lastYear.toNumber()).toBe(8_980_000);
    const november = plan.months.find((m) => m.period === '2026-11')?.target;
    const share = new StoreDecimal(10_000_000).times(1_450_000).div(lastYear); // 1,614,699.3318…
    expect(november?.minus(share).abs().lt('0.01')).toBe(true);
    expect(plan.days.reduce((s, d) => s.plus(d.target), new StoreDecimal(0)).toFixed(2)).toBe('10000000.00');
  });

  it('tracks the first ten days and raises today’s target', () => {
    const sold = Object.values(data.actuals).reduce((s, x) => s.plus(x), new StoreDecimal(0));
    expect(progress.actualToDate.eq(sold)).toBe(true);
    expect(progress.met).toBe(false);
    expect(today.date).toBe('2026-01-11');
    expect(today.target.gt(today.original)).toBe(true);
    // Visitors for today's target at 3% and 238 (7.14 a visitor), rounded up.
    expect(drivers.drivers[0]?.value).toBe(Math.ceil(today.target.toNumber() / 7.14));
  });

  it('explains yesterday’s miss: effects add up to actual − target', () => {
    const target = plan.days.find((d) => d.date === '2026-01-10')?.target as Decimal;
    expect(attribution.total.eq(new StoreDecimal(data.yesterday.paidAmount).minus(target))).toBe(true);
    expect(attribution.total.isNegative()).toBe(true);
    expect(attribution.effects.visitors?.isNegative()).toBe(true);
    expect(Object.values(attribution.effects).reduce((s, e) => s.plus(e), new StoreDecimal(0)).eq(attribution.total)).toBe(true);
  });
});
