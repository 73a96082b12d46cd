import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profitStatement, promotionBudget, standardCostKinds, unitEconomics } from 'storeops/profit';

const RUNS = { numRuns: 200 };
// Amounts as fen, written as yuan strings: exact inputs whatever the float.
const fen = fc.integer({ min: 0, max: 100_000_000 });
const yuan = (f: number) => (f / 100).toFixed(2);
const rate = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

describe('profit properties', () => {
  it('P&L lines add up to the totals exactly, and the profits follow from them', () => {
    const names = Object.keys(standardCostKinds);
    fc.assert(
      fc.property(fen, fen, fc.dictionary(fc.constantFrom(...names), fen), fc.array(fc.tuple(fen, fc.boolean()), { maxLength: 3 }), (revenue, refunds, lines, custom) => {
        const costs: Record<string, string | { amount: string; kind: 'unavoidable' | 'elastic' }> = { productCost: '0' };
        for (const [k, v] of Object.entries(lines)) costs[k] = yuan(v);
        custom.forEach(([v, elastic], i) => (costs[`custom${i}`] = { amount: yuan(v), kind: elastic ? 'elastic' : 'unavoidable' }));
        const p = profitStatement({ revenue: yuan(revenue), refunds: yuan(refunds), costs });
        // Independent sums in integer fen.
        let unavoidable = 0;
        let elastic = 0;
        for (const [k, v] of Object.entries(costs)) {
          const f = typeof v === 'string' ? Math.round(Number(v) * 100) : Math.round(Number(v.amount) * 100);
          const kind = typeof v === 'string' ? standardCostKinds[k as keyof typeof standardCostKinds] : v.kind;
          if (kind === 'elastic') elastic += f;
          else unavoidable += f;
        }
        expect(p.lines).toHaveLength(Object.keys(costs).length);
        expect(p.unavoidableCosts.times(100).toNumber()).toBe(unavoidable);
        expect(p.elasticCosts.times(100).toNumber()).toBe(elastic);
        const sum = p.lines.reduce((s, l) => s.plus(l.amount), p.totalCosts.minus(p.totalCosts));
        expect(sum.eq(p.totalCosts)).toBe(true);
        expect(p.netRevenue.minus(p.totalCosts).eq(p.operatingProfit)).toBe(true);
        expect(p.contribution.minus(p.elasticCosts).eq(p.operatingProfit)).toBe(true);
        expect(p.netRevenue.times(100).toNumber()).toBe(revenue - refunds);
        for (const l of p.lines) {
          if (revenue - refunds <= 0) expect(l.share).toBeNull();
          else expect(l.share as number).toBeCloseTo(l.amount.times(100).toNumber() / (revenue - refunds), 12);
        }
        for (const r of [p.grossMarginRate, p.contributionMarginRate, p.operatingMarginRate]) expect(r === null || Number.isFinite(r)).toBe(true);
      }),
      RUNS,
    );
  });

  it('unit economics: revenue − cost lines = contribution; ROI × margin = 1; never NaN', () => {
    fc.assert(
      fc.property(fen, fen, rate, rate, fen, rate, (price, cost, commission, refund, shipping, tax) => {
        const u = unitEconomics({ price: yuan(price), unitCost: yuan(cost), commissionRate: commission, refundRate: refund, shippingCost: yuan(shipping), taxRate: tax });
        const lines = Object.values(u.costs).reduce((s, d) => s.plus(d), u.totalCost.minus(u.totalCost));
        expect(lines.eq(u.totalCost)).toBe(true);
        expect(u.revenue.minus(u.totalCost).eq(u.contribution)).toBe(true);
        if (price === 0) {
          expect(u.contributionMarginRate).toBeNull();
          return;
        }
        expect(u.contributionMarginRate as number).toBeLessThanOrEqual(1);
        if ((u.contributionMarginRate as number) > 0) expect((u.breakEvenRoi as number) * (u.contributionMarginRate as number)).toBeCloseTo(1, 12);
        else expect(u.breakEvenRoi).toBeNull();
      }),
      RUNS,
    );
  });

  it('promotion budget: spending it meets the target, one fen more does not', () => {
    fc.assert(
      fc.property(fen, rate, fen, fc.integer({ min: -1_000_000, max: 10_000_000 }), (revenue, margin, other, target) => {
        const b = promotionBudget({ revenue: yuan(revenue), contributionMarginRate: margin, otherElasticCosts: yuan(other), targetProfit: yuan(target) });
        const profit = (promotion: typeof b.maxPromotion) => b.contribution.minus(yuan(other)).minus(promotion);
        expect(b.maxPromotion.isNegative()).toBe(false);
        if (!b.feasible) {
          expect(b.maxPromotion.isZero()).toBe(true);
          expect(profit(b.maxPromotion).plus(b.shortfall).eq(yuan(target))).toBe(true);
          return;
        }
        expect(profit(b.maxPromotion).gte(yuan(target))).toBe(true);
        expect(profit(b.maxPromotion.plus('0.01')).lt(yuan(target))).toBe(true);
      }),
      RUNS,
    );
  });
});
