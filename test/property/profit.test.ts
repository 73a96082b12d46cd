import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profitStatement, promotionBudget, settlementBreakEvenRoi, standardCostKinds, unitEconomics } from 'storeops/profit';

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

  it('one refund model: unitEconomics, settlementBreakEvenRoi (full and short form) agree, and match the outcome-by-outcome expectation', () => {
    const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    fc.assert(
      fc.property(fen, fen, fc.integer({ min: 0, max: 20 }).map((n) => n / 100), fen, fen, share, share, share, share, (price, cost, fee, shipping, insurance, a, b, c, restock) => {
        // Three order shares adding up to at most 1.
        const total = a + b + c;
        const scale = total > 1 ? 1 / total : 1;
        const [beforeShipping, returned, refundOnly] = [a, b, c].map((x) => Math.floor(x * scale * 100) / 100) as [number, number, number];
        const input = { price: yuan(price), unitCost: yuan(cost), commissionRate: fee, shippingCost: yuan(shipping), shippingInsurance: yuan(insurance), refunds: { beforeShipping, returned, refundOnly, restockRate: restock } };
        const u = unitEconomics(input);
        expect(settlementBreakEvenRoi(input)).toBe(u.breakEvenRoi);
        // Outcome by outcome, in floating point, independently of the code's cost lines.
        const P = price / 100, C = cost / 100, S = (shipping + insurance) / 100;
        const kept = 1 - beforeShipping - returned - refundOnly;
        const expected = kept * (P - C - fee * P - S) - returned * (C * (1 - restock) + S) - refundOnly * (C + S);
        expect(Math.abs(u.contribution.toNumber() - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected), P + C + S));
        // Refunds only before shipping: the short settlement form gives the same break-even.
        const onlyBefore = unitEconomics({ ...input, refunds: { beforeShipping } });
        const settled = P * (1 - fee);
        if (settled > 0 && beforeShipping < 1) {
          const short = settlementBreakEvenRoi({ contributionMarginRate: (settled - C - S) / settled, refundRate: beforeShipping, feeRate: fee });
          const margin = (settled - C - S) / settled;
          // A margin within float noise of 0 decides null either way; elsewhere the two agree.
          if (Math.abs(margin) > 1e-9) {
            if (onlyBefore.breakEvenRoi === null) expect(short).toBeNull();
            else expect(Math.abs((short as number) / onlyBefore.breakEvenRoi - 1)).toBeLessThan(1e-9);
          }
        }
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
