// briefStores' league table: plan shapes, days without a target, money missing from a row, and the
// worst-first order with its ties; and the story that takes the visitors driver's numbers.
import { describe, expect, it } from 'vitest';
import { briefInputFromExports, briefStores, dailyBrief, type DailyBriefInput } from 'storeops/brief';
import { toDecimal } from '../../src/core/internal.js';
import { finalizeFindings } from '../../src/brief/headline.js';
import type { BriefContext } from '../../src/brief/context.js';
import { defaultBriefThresholds } from '../../src/brief/input.js';

const D = '2026-05-31';
const day = (date: string, paidAmount?: string) => ({ date, visitors: 1000, buyers: 30, ...(paidAmount === undefined ? {} : { paidAmount }) });

describe('briefStores: the league, worst first', () => {
  const stores: { id: string; input: DailyBriefInput }[] = [
    // A Plan object (as planTargets returns it), days out of order: the day 7,200 of 8,000; the month 15,200 of 16,000.
    { id: 'a', input: { date: D, store: [day('2026-05-30', '8000.00'), day(D, '7200.00')], plan: { days: [{ date: D, target: '8000' }, { date: '2026-05-30', target: '8000' }] } } },
    // 9,000 of 10,000: the same 90% as a, but ¥1,000 behind, so worse; c is b again (the id decides).
    { id: 'c', input: { date: D, store: [day(D, '9000.00')], plan: [{ date: D, target: '10000' }] } },
    { id: 'b', input: { date: D, store: [day(D, '9000.00')], plan: [{ date: D, target: '10000' }] } },
    // No plan: no achievement, last, by id.
    { id: 'e', input: { date: D, store: [day(D, '5000.00')] } },
    { id: 'd', input: { date: D, store: [day(D, '5000.00')] } },
    // A plan for the 30th only: the month to date is judged (7,000 of 8,000), the day is not.
    { id: 'f', input: { date: D, store: [day('2026-05-30', '7000.00'), day(D, '5000.00')], plan: [{ date: '2026-05-30', target: '8000' }] } },
    // The day's row has no amount (an export's '-'): nothing sold, 0% of ¥1,000.
    { id: 'g', input: { date: D, store: [day(D)], plan: [{ date: D, target: '1000' }] } },
  ];
  const run = briefStores(stores, { locale: 'en' });
  const row = (id: string) => run.league.find((r) => r.id === id)!;

  it('orders by achievement, then by the gap, then by id; stores without a target last', () => {
    expect(run.league.map((r) => r.id)).toEqual(['g', 'b', 'c', 'a', 'd', 'e', 'f']);
    expect(run.league.map((r) => r.achievement)).toEqual([0, 0.9, 0.9, 0.9, null, null, null]);
    expect(run.skipped).toEqual([]);
  });

  it('reads a Plan object and sorts its days: month to date 15,200 of 16,000', () => {
    const a = row('a');
    expect(a.gap!.toFixed(2)).toBe('-800.00');
    expect(a.monthToDate).toMatchObject({ achievement: 0.95, missingDays: 0 });
    expect(a.monthToDate!.actual.toFixed(2)).toBe('15200.00');
    expect(a.monthToDate!.target.toFixed(2)).toBe('16000.00');
  });

  it('without a plan for the day: the day’s sales, no target, and the month to date', () => {
    const f = row('f');
    expect(f).toMatchObject({ met: null, target: null, gap: null, achievement: null });
    expect(f.actual!.toFixed(2)).toBe('5000.00');
    expect(f.monthToDate).toMatchObject({ achievement: 0.875, missingDays: 0 });
    expect(f.monthToDate!.gap.toFixed(2)).toBe('-1000.00');
    expect(row('d')).toMatchObject({ actual: toDecimal('5000'), monthToDate: null });
  });

  it('a row without an amount counts as nothing sold', () => {
    const g = row('g');
    expect(g.actual!.toFixed(2)).toBe('0.00');
    expect(g.gap!.toFixed(2)).toBe('-1000.00');
    expect(g.met).toBe(false);
  });
});

describe('the story that tells the visitors driver’s shortfall', () => {
  it('is the one with the most money at stake by size, not by sign', () => {
    // Two visitor stories: one written −¥900, one +¥100; the driver's numbers go to the −¥900 one.
    const story = (code: string, subject: string, money: string) => ({
      area: 'sources', code, severity: 'warning' as const, owner: 'operations' as const, subject, message: code, params: {}, numbers: {}, moneyAtStake: toDecimal(money), checks: [], advice: [], material: true,
    });
    const driver = { ...story('DRIVER_VISITORS_SHORT', 'visitors', '-900'), area: 'drivers', numbers: { actual: 700, plan: 1000, effect: '-900.00' } };
    const ctx = {
      input: { date: D },
      thresholds: defaultBriefThresholds,
      findings: [story('SOURCE_VISITORS_DOWN', 'small', '100'), story('SOURCE_VISITORS_DOWN', 'large', '-900'), driver],
    } as unknown as BriefContext;
    finalizeFindings(ctx);
    expect(ctx.findings.map((f) => f.subject)).toEqual(['large', 'small']);
    expect(ctx.findings[0]!.numbers).toEqual({ visitorsAgainstPlan: 700, plannedVisitors: 1000, visitorsEffectAgainstPlan: '-900.00' });
    expect(ctx.findings[1]!.numbers).toEqual({});
  });

  it('through dailyBrief: the visitors driver is told once, by the source that lost the visitors', () => {
    // Plan 1,000 visitors × 3% × ¥200 = ¥6,000; the day 800 visitors × 3% × ¥200 = ¥4,800.
    // 手淘搜索 lost 200 of its 1,000 visitors against last Sunday, at ¥6 each: −¥1,200.
    const input: DailyBriefInput = {
      date: D,
      store: [{ date: '2026-05-24', visitors: 1000, buyers: 30, paidAmount: '6000.00' }, { date: D, visitors: 800, buyers: 24, paidAmount: '4800.00' }],
      sources: [
        { date: '2026-05-24', source: '手淘搜索', category: 'natural', visitors: 1000, paidAmount: '6000.00' },
        { date: D, source: '手淘搜索', category: 'natural', visitors: 800, paidAmount: '4800.00' },
      ],
      plan: [{ date: D, target: '6000', visitors: 1000, conversionRate: 0.03 }],
    };
    const b = dailyBrief(input, { locale: 'en' });
    expect(b.findings.some((f) => f.code === 'DRIVER_VISITORS_SHORT')).toBe(false);
    const s = b.findings.find((f) => f.code === 'SOURCE_VISITORS_DOWN')!;
    expect(s.moneyAtStake!.toString()).toBe('1200');
    expect(s.numbers).toMatchObject({ visitorsAgainstPlan: 800, plannedVisitors: 1000, visitorsEffectAgainstPlan: '-1200.00' });
  });
});

describe('briefInputFromExports: rows in any order, sources of two levels', () => {
  it('takes the latest store day whatever the order, and keeps a two-level source row', () => {
    const input = briefInputFromExports([
      { kind: 'store', rows: [day(D, '7200.00'), day('2026-05-30', '7000.00')], errors: [], fileName: '店铺整体.csv' },
      { kind: 'source', rows: [{ date: D, source: '手淘搜索', sourceLevel1: '淘内免费', sourceLevel2: '手淘搜索', visitors: 800 }], errors: [], fileName: '店铺来源.csv' },
    ]);
    expect(input.date).toBe(D);
    expect(input.sources).toHaveLength(1);
    expect(input.leftOut).toEqual([]);
  });
});
