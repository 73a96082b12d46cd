import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adMetrics, keywordAction } from 'storeops/ads';

const keyword = fc
  .record({
    impressions: fc.nat({ max: 1_000_000 }),
    clickShare: fc.double({ min: 0, max: 1, noNaN: true }),
    spendFen: fc.nat({ max: 10_000_000 }),
    salesFen: fc.nat({ max: 100_000_000 }),
    orders: fc.nat({ max: 500 }),
    days: fc.double({ min: 0, max: 60, noNaN: true }),
  })
  .map(({ impressions, clickShare, spendFen, salesFen, orders, days }) => ({
    impressions,
    clicks: Math.floor(impressions * clickShare),
    spend: (spendFen / 100).toFixed(2),
    sales: (salesFen / 100).toFixed(2),
    orders,
    days,
  }));

describe('ads properties', () => {
  it('CTR and conversion are shares; no metric is NaN or Infinity', () => {
    fc.assert(
      fc.property(keyword, (k) => {
        const m = adMetrics(k);
        for (const v of [m.ctr, m.conversionRate]) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
        if (m.ctr !== null) expect(m.ctr).toBeLessThanOrEqual(1);
        if (m.roi !== null) expect(Number.isFinite(m.roi)).toBe(true);
        for (const d of [m.cpc, m.cpm, m.costPerOrder]) if (d !== null) expect(d.isFinite()).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a keyword with sales is lowered exactly when its ROI is below break-even', () => {
    fc.assert(
      fc.property(keyword, fc.double({ min: 0.5, max: 10, noNaN: true }), (k, breakEvenRoi) => {
        const r = keywordAction(k, { breakEvenRoi });
        expect(r.checks.length).toBeGreaterThan(0);
        const judged = k.days >= 2 && k.clicks > 0 && k.orders > 0 && r.metrics.roi !== null;
        if (judged) expect(r.action === 'lower').toBe((r.metrics.roi as number) < breakEvenRoi);
        if (k.days < 2) expect(r.action).toBe('observe');
        if (r.action === 'delete') expect(k.days).toBeGreaterThanOrEqual(7);
      }),
      { numRuns: 200 },
    );
  });

  it('a higher break-even ROI never turns the decision more aggressive', () => {
    const rank = { delete: 0, lower: 1, observe: 2, keep: 2, raise: 3 } as const;
    fc.assert(
      fc.property(keyword, fc.double({ min: 0.5, max: 10, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (k, be, extra) => {
        const low = keywordAction(k, { breakEvenRoi: be }).action;
        const high = keywordAction(k, { breakEvenRoi: be + extra }).action;
        expect(rank[high]).toBeLessThanOrEqual(rank[low]);
      }),
      { numRuns: 200 },
    );
  });
});
