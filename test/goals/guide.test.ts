// The figures quoted in docs/guides/goals.*.md, so the guide cannot drift from the library.
import { describe, expect, it } from 'vitest';
import { attributeChange, driverTargets, planTargets, solveDrivers, trackProgress } from 'storeops/goals';

const str = (r: Record<string, { toFixed(d: number): string }>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toFixed(2)]));

describe('docs/guides/goals figures', () => {
  it('the flat year: 191,780.82 a full week, quarters as quoted', () => {
    const plan = planTargets({ total: 10_000_000, start: '2026-01-01', end: '2026-12-31' });
    expect(plan.days[0]?.target.toFixed(2)).toBe('27397.27');
    expect(plan.weeks[1]?.target.toFixed(2)).toBe('191780.82');
    expect(plan.quarters.map((q) => q.target.toFixed(2))).toEqual(['2465753.42', '2493150.69', '2520547.95', '2520547.94']);
  });

  it('weekends and events: 双11 week and day', () => {
    const plan = planTargets({
      total: 10_000_000,
      start: '2026-01-01',
      end: '2026-12-31',
      weekdayWeights: [1, 1, 1, 1, 1, 1.3, 1.3],
      events: [
        { date: '2026-06-18', multiplier: 3, name: '618' },
        { date: '2026-11-11', multiplier: 4, name: '双11' },
        { date: '2026-12-12', multiplier: 2.5, name: '双12' },
      ],
    });
    const day = (date: string) => plan.days.find((d) => d.date === date)?.target.toFixed(2);
    expect(plan.weeks.find((w) => w.period === '2026-11-09')?.target.toFixed(2)).toBe('244042.83');
    expect([day('2026-11-09'), day('2026-11-11')]).toEqual(['23022.91', '92091.63']);
  });

  it('entries: 2,322 / 1,327 / 553 visitors', () => {
    const t = driverTargets({
      target: 30000,
      conversionRate: 0.03,
      aov: 238,
      entries: [
        { name: '手淘搜索', visitors: 2100 },
        { name: '手淘推荐', impressions: 60000, ctr: 0.02 },
        { name: '直通车', impressions: 20000, ctr: 0.025 },
      ],
    });
    expect(t.entries?.map((e) => [e.visitors, e.impressions])).toEqual([
      [2322, null],
      [1327, 66350],
      [553, 22120],
    ]);
  });

  it('the week behind by 4,200 and its replan', () => {
    const week = planTargets({ total: 200000, start: '2026-11-02', end: '2026-11-08' });
    const p = trackProgress(week, { '2026-11-02': 28571.43, '2026-11-03': 24371.43 }, { asOf: '2026-11-03' });
    expect(p.gap.toNumber()).toBe(-4200);
    expect(p.replan.map((d) => d.target.toFixed(2))).toEqual(['29411.43', '29411.43', '29411.43', '29411.43', '29411.42']);
  });

  it('yesterday’s miss of 4,200 by both methods', () => {
    const need = solveDrivers({ sales: 30000, conversionRate: 0.03, aov: 238 });
    const base = { visitors: need.visitors as number, conversionRate: 0.03, aov: 238 };
    const current = { visitors: 3600, conversionRate: 114 / 3600, aov: 25800 / 114 };
    expect(str(attributeChange(base, current).effects)).toEqual({ visitors: '-4305.98', conversionRate: '1510.33', aov: '-1404.35' });
    expect(str(attributeChange(base, current, { method: 'lmdi' }).effects)).toEqual({ visitors: '-4303.81', conversionRate: '1505.62', aov: '-1401.81' });
  });
});
