// Today's target and the visitors it needs, from the plan's drivers (domain reference §1: sales =
// visitors × conversion × AOV); figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { dailyBrief, type BriefPlanDay } from 'storeops/brief';

const D = '2026-05-31';
const store = [{ date: D, visitors: 1000, buyers: 40, paidAmount: '8000.00' }];

describe("today's target and the visitors it needs", () => {
  it('takes the planned AOV from target ÷ (visitors × conversion) when the plan gives none', () => {
    // Tomorrow: ¥10,000 from 2,000 visitors at 2.5%, so an AOV of 10,000 / 50 = ¥200; the day met
    // its ¥8,000 exactly, so tomorrow keeps its ¥10,000 and needs 10,000 / (200 × 2.5%) = 2,000 visitors.
    // The plan's days are given last first.
    const plan: BriefPlanDay[] = [{ date: '2026-06-01', target: '10000', visitors: 2000, conversionRate: 0.025 }, { date: D, target: '8000' }];
    const b = dailyBrief({ date: D, store, plan }, { locale: 'en' });
    expect(b.met).toBe(true);
    expect(b.headline.today).toMatchObject({ date: '2026-06-01', visitors: 2000, conversionRate: 0.025 });
    expect(b.headline.today!.aov!.toNumber()).toBe(200);
    expect(b.headline.today!.target.toNumber()).toBe(10000);
    expect(b.headline.parts.find((p) => p.code === 'HEADLINE_TODAY')!.message).toBe('Today (2026-06-01) the target is ¥10,000: 2,000 visitors at the planned 2.5% conversion and ¥200 AOV');
  });

  it.each([
    ['no planned conversion', { visitors: 2000 }],
    ['no planned visitors', { visitors: 0, conversionRate: 0.02 }],
    ['a planned conversion of 0', { visitors: 100, conversionRate: 0 }],
  ])('gives no visitor count with %s', (_, drivers) => {
    const b = dailyBrief({ date: D, store, plan: [{ date: D, target: '8000' }, { date: '2026-06-01', target: '10000', ...drivers }] }, { locale: 'en' });
    expect(b.headline.today).toMatchObject({ date: '2026-06-01', visitors: null, aov: null });
    expect(b.headline.parts.find((p) => p.code === 'HEADLINE_TODAY_NO_DRIVERS')!.message).toBe('Today (2026-06-01) the target is ¥10,000 (no planned drivers for it)');
  });
});
