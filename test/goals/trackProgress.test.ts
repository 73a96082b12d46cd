import { describe, expect, it } from 'vitest';
import { StoreDecimal, type Decimal } from '../../src/core/decimal.js';
import { planTargets, trackProgress } from 'storeops/goals';
import { expectError } from '../helpers.js';

const sum = (xs: readonly { target: Decimal }[]) => xs.reduce((s, x) => s.plus(x.target), new StoreDecimal(0));
const week = planTargets({ total: 70000, start: '2026-11-09', end: '2026-11-15' }); // 10,000 a day

describe('trackProgress (watch it daily; an unmet day changes the next days, domain reference §1)', () => {
  it('measures a week two days in, behind by 4,000, and spreads 54,000 over the 5 days left', () => {
    const p = trackProgress(week, { '2026-11-09': 10000, '2026-11-10': 6000 }, { asOf: '2026-11-10', locale: 'en' });
    expect(p.targetToDate.toNumber()).toBe(20000);
    expect(p.actualToDate.toNumber()).toBe(16000);
    expect(p.achievement).toBe(0.8);
    expect(p.gap.toNumber()).toBe(-4000);
    expect(p.met).toBe(false);
    expect(p.day).toMatchObject({ date: '2026-11-10', achievement: 0.6, met: false });
    expect(p.day?.gap.toNumber()).toBe(-4000);
    expect(p.remainingTarget.toNumber()).toBe(54000);
    expect(p.remainingDays).toBe(5);
    expect(p.replan.map((d) => [d.date, d.target.toNumber(), d.change.toNumber()])).toEqual([
      ['2026-11-11', 10800, 800],
      ['2026-11-12', 10800, 800],
      ['2026-11-13', 10800, 800],
      ['2026-11-14', 10800, 800],
      ['2026-11-15', 10800, 800],
    ]);
    expect(p.missingDays).toEqual([]);
    expect(p.code).toBe('PROGRESS_BEHIND');
  });

  it('says in Chinese when the plan is on target (达标)', () => {
    const p = trackProgress(week, { '2026-11-09': 12500 }, { asOf: '2026-11-09' });
    expect(p.met).toBe(true);
    expect(p.gap.toNumber()).toBe(2500);
    expect(p.message).toBe('截至 2026-11-09 已完成 ¥12,500.00，目标 ¥10,000.00，达成率 125%，超出 ¥2,500.00，已达标');
    // 'keep' (default): ahead of plan, the remaining days keep their 10,000; 'spread' lowers them
    // to 57,500 / 6 (the largest remainders, earliest first, take the two extra fen).
    expect(p.replan.map((d) => d.target.toNumber())).toEqual([10000, 10000, 10000, 10000, 10000, 10000]);
    const spread = trackProgress(week, { '2026-11-09': 12500 }, { asOf: '2026-11-09', replan: 'spread' });
    expect(spread.replan.map((d) => d.target.toNumber())).toEqual([9583.34, 9583.34, 9583.33, 9583.33, 9583.33, 9583.33]);
  });

  it('keeps the replan in proportion to the original targets of a weighted plan', () => {
    const plan = planTargets({ total: 7000, start: '2026-11-09', end: '2026-11-15', weekdayWeights: [1, 1, 1, 1, 1, 1.5, 1.5], events: [{ date: '2026-11-11', multiplier: 3 }] });
    // Targets 700,700,2100,700,700,1050,1050; 1,000 sold in two days → 6,000 over 2100:700:700:1050:1050 = 6:2:2:3:3.
    const p = trackProgress(plan, { '2026-11-09': 500, '2026-11-10': 500 }, { asOf: '2026-11-10' });
    expect(p.replan.map((d) => d.target.toNumber())).toEqual([2250, 750, 750, 1125, 1125]);
    expect(sum(p.replan).eq(p.remainingTarget)).toBe(true);
  });

  it('counts a day without data as 0 and lists it; ignores actuals after asOf', () => {
    const p = trackProgress(week, { '2026-11-10': 9000, '2026-11-12': 99999 }, { asOf: '2026-11-10' });
    expect(p.missingDays).toEqual(['2026-11-09']);
    expect(p.actualToDate.toNumber()).toBe(9000);
    const y = trackProgress(week, {}, { asOf: '2026-11-09' });
    expect(y.day?.actual).toBeNull();
    expect(y.day?.met).toBe(false);
  });

  it('before the plan starts: nothing to date, the replan is the plan', () => {
    const p = trackProgress(week, {}, { asOf: '2026-11-01' });
    expect(p.targetToDate.toNumber()).toBe(0);
    expect(p.achievement).toBeNull();
    expect(p.met).toBe(true);
    expect(p.day).toBeNull();
    expect(p.replan.map((d) => d.target.toNumber())).toEqual(week.days.map((d) => d.target.toNumber()));
  });

  it('after the plan ends short: no replan, and says so', () => {
    const p = trackProgress(week, { '2026-11-09': 10000 }, { asOf: '2026-11-20', locale: 'en' });
    expect(p.replan).toEqual([]);
    expect(p.remainingTarget.toNumber()).toBe(60000);
    expect(p.code).toBe('PROGRESS_ENDED_SHORT');
    expect(p.message).toBe('By 2026-11-20: ¥10,000.00 of a ¥70,000.00 target (14.3%), behind by ¥60,000.00; the plan has ended short of its target');
    expect(trackProgress(week, {}, { asOf: '2026-11-20' }).message).toContain('计划期已结束');
  });

  it('under spread, leaves nothing to do once the total is reached', () => {
    const p = trackProgress(week, { '2026-11-09': 80000 }, { asOf: '2026-11-09', replan: 'spread' });
    expect(p.remainingTarget.toNumber()).toBe(0);
    expect(p.replanPolicy).toBe('spread');
    expect(p.replan.every((d) => d.target.isZero())).toBe(true);
  });

  it('ahead of plan, keeps the remaining targets by default: the surplus is a buffer', () => {
    // 70,000 over 7 days (10,000 a day); 26,000 sold in the first two days is 6,000 ahead.
    const p = trackProgress(week, { '2026-11-09': 12000, '2026-11-10': 14000 }, { asOf: '2026-11-10' });
    expect(p.replanPolicy).toBe('keep');
    expect(p.replan.map((d) => d.target.toNumber())).toEqual([10000, 10000, 10000, 10000, 10000]);
    expect(p.replan.every((d) => d.change.isZero())).toBe(true);
    expect(p.remainingTarget.toNumber()).toBe(44000);
    expect(p.buffer.toNumber()).toBe(6000);
    // Even past the total, the remaining days keep their targets.
    const done = trackProgress(week, { '2026-11-09': 80000 }, { asOf: '2026-11-09' });
    expect(done.replan.map((d) => d.target.toNumber())).toEqual([10000, 10000, 10000, 10000, 10000, 10000]);
    expect(done.buffer.toNumber()).toBe(60000);
  });

  it('ahead of plan under spread, lowers the remaining targets to what is left, adding up exactly', () => {
    const p = trackProgress(week, { '2026-11-09': 12000, '2026-11-10': 14000 }, { asOf: '2026-11-10', replan: 'spread' });
    expect(p.replan.map((d) => d.target.toNumber())).toEqual([8800, 8800, 8800, 8800, 8800]);
    expect(p.buffer.toNumber()).toBe(0);
  });

  it('behind plan, both policies spread the shortfall the same way, adding up exactly', () => {
    const keep = trackProgress(week, { '2026-11-09': 9000, '2026-11-10': 7001 }, { asOf: '2026-11-10' });
    const spread = trackProgress(week, { '2026-11-09': 9000, '2026-11-10': 7001 }, { asOf: '2026-11-10', replan: 'spread' });
    // 70,000 − 16,001 = 53,999 over five equal days: 10,799.80 each.
    expect(keep.replan.map((d) => d.target.toFixed(2))).toEqual(['10799.80', '10799.80', '10799.80', '10799.80', '10799.80']);
    expect(spread.replan.map((d) => d.target.toFixed(2))).toEqual(keep.replan.map((d) => d.target.toFixed(2)));
    expect(keep.replan.reduce((s, d) => s.plus(d.target), keep.remainingTarget.minus(keep.remainingTarget)).eq(keep.remainingTarget)).toBe(true);
    expect(keep.buffer.toNumber()).toBe(0);
  });

  it('rejects an unknown replan policy', () => {
    expect(() => trackProgress(week, {}, { asOf: '2026-11-10', replan: 'lower' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });

  it('replans in a finer unit when actual sales are finer than the plan’s unit', () => {
    const plan = planTargets({ total: 300, start: '2026-01-01', end: '2026-01-03', unit: 1 });
    const p = trackProgress(plan, { '2026-01-01': '99.5' }, { asOf: '2026-01-01' });
    expect(p.replanUnit.toNumber()).toBe(0.1);
    expect(p.replan.map((d) => d.target.toNumber())).toEqual([100.3, 100.2]);
  });

  it('spreads what is left evenly when the remaining days all have zero targets', () => {
    const plan = { total: 100, days: [{ date: '2026-01-01', target: 100 }, { date: '2026-01-02', target: 0 }, { date: '2026-01-03', target: 0 }] };
    const p = trackProgress(plan, { '2026-01-01': 40 }, { asOf: '2026-01-01' });
    expect(p.replan.map((d) => d.target.toNumber())).toEqual([30, 30]);
  });

  it('replans the 10,000,000 year after ten slow days, adding up exactly', () => {
    const year = planTargets({ total: 10_000_000, start: '2026-01-01', end: '2026-12-31' });
    const actuals: Record<string, number> = {};
    for (const d of year.days.slice(0, 10)) actuals[d.date] = 20000;
    const p = trackProgress(year, actuals, { asOf: '2026-01-10' });
    expect(p.remainingTarget.toFixed(2)).toBe('9800000.00');
    expect(sum(p.replan).toFixed(2)).toBe('9800000.00');
    expect(p.replan).toHaveLength(355);
    expect(p.replan.every((d) => d.target.gt(d.original))).toBe(true);
  });

  it('rejects bad input with the path of the field', () => {
    expectError(() => trackProgress(week, { '2026-12-01': 5 }, { asOf: '2026-11-10' }), 'INVALID_INPUT', 'actuals["2026-12-01"]');
    expectError(() => trackProgress(week, { yesterday: 5 }, { asOf: '2026-11-10' }), 'INVALID_INPUT', 'actuals.yesterday');
    expectError(() => trackProgress(week, { '2026-11-09': -5 }, { asOf: '2026-11-10' }), 'INVALID_INPUT', 'actuals["2026-11-09"]');
    expectError(() => trackProgress(week, { '2026-11-09': '5%' }, { asOf: '2026-11-10' }), 'INVALID_INPUT', 'actuals["2026-11-09"]');
    const days = [{ date: '2026-01-02', target: 1 }, { date: '2026-01-01', target: 1 }];
    expectError(() => trackProgress({ total: 2, days }, {}, { asOf: '2026-01-01' }), 'INVALID_INPUT', 'plan.days[1].date');
    expectError(() => trackProgress({ total: 3, days: [{ date: '2026-01-01', target: 1 }] }, {}, { asOf: '2026-01-01' }), 'INVALID_INPUT', 'plan.total');
    expectError(() => trackProgress({ total: 1, days: [{ date: '2026-02-30', target: 1 }] }, {}, { asOf: '2026-01-01' }), 'INVALID_INPUT', 'plan.days[0].date');
    expectError(() => trackProgress({ total: 1, days: [] }, {}, { asOf: '2026-01-01' }), 'INVALID_INPUT', 'plan.days');
    expectError(() => trackProgress({ total: 1, unit: 0, days: [{ date: '2026-01-01', target: 1 }] }, {}, { asOf: '2026-01-01' }), 'INVALID_INPUT', 'plan.unit');
    expectError(() => trackProgress(week, {}, { asOf: '2026-02-30' }), 'INVALID_OPTIONS', 'asOf');
    expectError(() => trackProgress(week, {}, {} as never), 'INVALID_OPTIONS', 'asOf');
    expectError(() => trackProgress(week, {}, { asOf: '2026-11-10', locale: 'de' as never }), 'INVALID_OPTIONS', 'locale');
  });
});
