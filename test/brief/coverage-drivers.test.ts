// The drivers area against the plan (domain reference §1: sales = visitors × conversion × AOV),
// with Shapley effects worked out by hand; and where a module's error on a whole input lands.
import { describe, expect, it } from 'vitest';
import { dailyBrief, type BriefPlanDay, type DailyBriefInput } from 'storeops/brief';
import { addDays } from '../../src/core/internal.js';
import { expectError } from '../helpers.js';

const D = '2026-05-31';
// ¥6,000 from 1,000 visitors at 3%: a planned AOV of ¥200.
const plan: BriefPlanDay[] = [{ date: D, target: '6000', visitors: 1000, conversionRate: 0.03 }];
const brief = (day: { visitors: number; buyers: number; paidAmount: string }, extra: Partial<DailyBriefInput> = {}) => dailyBrief({ date: D, store: [{ date: D, ...day }], plan, ...extra }, { locale: 'en' });
const drivers = (b: ReturnType<typeof dailyBrief>) => b.findings.filter((f) => f.area === 'drivers');

describe('drivers against the plan', () => {
  it('a day exactly on plan has no driver to name', () => {
    const b = brief({ visitors: 1000, buyers: 30, paidAmount: '6000.00' });
    expect(drivers(b)).toEqual([]);
    expect(b.skipped.some((s) => s.area === 'drivers')).toBe(false);
  });

  it('a day with no visitors: the whole ¥6,000 is visitors (conversion and AOV taken as planned)', () => {
    const [f, ...rest] = drivers(brief({ visitors: 0, buyers: 0, paidAmount: '0' }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'DRIVER_VISITORS_SHORT', severity: 'critical', owner: 'promotion', share: 1 });
    expect(f!.numbers).toMatchObject({ actual: 0, plan: 1000, effect: '-6000.00', gap: '-6000.00', visitorsEffect: '-6000.00', conversionRateEffect: '0.00', aovEffect: '0.00' });
    expect(f!.params).toMatchObject({ change: '-100.0%', effect: '¥6,000' });
  });

  it('a day ahead of plan with fewer visitors names only what put it ahead', () => {
    // 800 visitors at 4.5% and ¥200: ¥7,200, ¥1,200 ahead. Shapley (AOV unchanged):
    // visitors ½(−200)(3% + 4.5%)·200 = −1,500; conversion ½(1.5%)(1,000 + 800)·200 = 2,700.
    const [f, ...rest] = drivers(brief({ visitors: 800, buyers: 36, paidAmount: '7200.00' }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'DRIVER_CONVERSION_AHEAD', severity: 'info', owner: 'design', share: 2.25 });
    expect(f!.numbers).toMatchObject({ effect: '2700.00', visitorsEffect: '-1500.00', aovEffect: '0.00', shareOfGap: 2.25 });
  });

  it('a plan day with a target of 0 has no AOV to hold a change against', () => {
    const [f] = drivers(dailyBrief({ date: D, store: [{ date: D, visitors: 1000, buyers: 30, paidAmount: '6000.00' }], plan: [{ ...plan[0]!, target: '0' }] }, { locale: 'en' }));
    expect(f).toMatchObject({ code: 'DRIVER_AOV_AHEAD', share: 1, params: { actual: '¥200', plan: '¥0', change: '—' } });
  });

  it('a conversion shortfall stays with design when inquiry conversion rose', () => {
    // 1,000 visitors at 2.4%: −¥1,200, all conversion. Inquiry conversion 50 of 100 against
    // 280 of 700 over the 7 days before (40%): +25%, above the 10% mark, so not a service problem.
    const before = Array.from({ length: 7 }, (_, i) => ({ date: addDays(D, -1 - i), visitors: 1000, buyers: 30, paidAmount: '6000.00', inquirers: 100, inquiryBuyers: 40 }));
    const b = dailyBrief({ date: D, store: [...before, { date: D, visitors: 1000, buyers: 24, paidAmount: '4800.00', inquirers: 100, inquiryBuyers: 50 }], plan }, { locale: 'en' });
    const [f, ...rest] = drivers(b);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: 'DRIVER_CONVERSION_SHORT', owner: 'design', params: { inquiryRate: '50%', inquiryBaseRate: '40%' } });
    expect(f!.numbers).toMatchObject({ effect: '-1200.00', inquiryConversionRate: 0.5, baseInquiryConversionRate: 0.4 });
  });
});

describe('a module refusing its whole input', () => {
  it('is named at the brief field that holds it', () => {
    expectError(() => dailyBrief({ date: D, store: [{ date: D, visitors: 1 }], checks: 'all good' as never }), 'INVALID_INPUT', 'checks');
  });
});
