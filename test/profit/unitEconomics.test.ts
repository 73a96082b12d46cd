import { describe, expect, it } from 'vitest';
import { breakEvenCpc, settlementBreakEvenRoi, unitEconomics } from 'storeops/profit';
import { expectError } from '../helpers.js';

describe('unitEconomics', () => {
  it('price 100, cost 40, commission 5%, shipping 8, packaging 2 → contribution 45, margin 0.45, ROI ≈ 2.22', () => {
    const u = unitEconomics({ price: 100, unitCost: 40, commissionRate: 0.05, shippingCost: 8, packagingCost: 2 });
    expect(u.revenue.toString()).toBe('100');
    expect(u.costs.commission.toString()).toBe('5');
    expect(u.totalCost.toString()).toBe('55');
    expect(u.contribution.toString()).toBe('45');
    expect(u.contributionMarginRate).toBe(0.45);
    expect(u.breakEvenRoi).toBeCloseTo(2.2222222222, 9);
  });

  it('prices every cost line exactly, as a share of the price where it is a rate', () => {
    const u = unitEconomics({
      price: '199.90',
      unitCost: '62.50',
      commissionRate: 0.05,
      pointsRate: 0.005,
      paymentFeeRate: 0.006,
      affiliateRate: 0.1,
      shippingCost: '6.8',
      packagingCost: '1.2',
      otherCost: '3',
      refundRate: 0.08,
      taxRate: 0.01,
    });
    const lines = Object.fromEntries(Object.entries(u.costs).map(([k, d]) => [k, d.toString()]));
    expect(lines).toEqual({
      productCost: '62.5',
      commission: '9.995',
      points: '0.9995',
      paymentFee: '1.1994',
      affiliateCommission: '19.99',
      shipping: '6.8',
      packaging: '1.2',
      other: '3',
      tax: '1.999',
      expectedRefunds: '15.992',
    });
    // 199.9 − 123.6749 = 76.2251
    expect(u.totalCost.toString()).toBe('123.6749');
    expect(u.contribution.toString()).toBe('76.2251');
    expect(u.contributionMarginRate).toBeCloseTo(76.2251 / 199.9, 15);
    expect(u.breakEvenRoi).toBeCloseTo(199.9 / 76.2251, 12);
  });

  it('has no break-even ROI when the item loses money before any ad, nor a margin at price 0', () => {
    expect(unitEconomics({ price: 50, unitCost: 45, shippingCost: 5 }).breakEvenRoi).toBeNull();
    expect(unitEconomics({ price: 50, unitCost: 45, shippingCost: 5 }).contributionMarginRate).toBe(0);
    const loss = unitEconomics({ price: 50, unitCost: 48, shippingCost: 5 });
    expect(loss.contribution.toString()).toBe('-3');
    expect(loss.contributionMarginRate).toBe(-0.06);
    expect(loss.breakEvenRoi).toBeNull();
    expect(unitEconomics({ price: 0, unitCost: 0 })).toMatchObject({ contributionMarginRate: null, breakEvenRoi: null });
  });

  it('rejects bad input with the path', () => {
    expectError(() => unitEconomics({ price: 100, unitCost: 40, commissionRate: 5 }), 'INVALID_INPUT', 'commissionRate');
    expectError(() => unitEconomics({ price: 100, unitCost: 40, commissionRate: '5%' as never }), 'INVALID_INPUT', 'commissionRate');
    expectError(() => unitEconomics({ price: 100, unitCost: -40 }), 'INVALID_INPUT', 'unitCost');
    expectError(() => unitEconomics({ price: 100, unitCost: 40, shippingCost: '-8' }), 'INVALID_INPUT', 'shippingCost');
    expectError(() => unitEconomics({ price: Number.NaN, unitCost: 40 }), 'INVALID_INPUT', 'price');
    expectError(() => unitEconomics({ unitCost: 40 } as never), 'INVALID_INPUT', 'price');
    expectError(() => unitEconomics({ price: '1,000', unitCost: 40 }), 'INVALID_INPUT', 'price');
    expectError(() => unitEconomics({ price: 100, unitCost: 40, refundRate: -0.1 }), 'INVALID_INPUT', 'refundRate');
  });
});

describe('breakEvenCpc', () => {
  it('is conversion × AOV × margin', () => {
    // 3% of clicks buy at 238 with a 40% margin: each click earns 0.03 × 238 × 0.4 = 2.856.
    expect(breakEvenCpc({ conversionRate: 0.03, aov: '238', contributionMarginRate: 0.4 })?.toString()).toBe('2.856');
    expect(breakEvenCpc({ conversionRate: 0, aov: 238, contributionMarginRate: 0.4 })?.toString()).toBe('0');
    expect(breakEvenCpc({ conversionRate: 0.03, aov: 238, contributionMarginRate: 0 })).toBeNull();
  });

  it('rejects bad input', () => {
    expectError(() => breakEvenCpc({ conversionRate: 3, aov: 238, contributionMarginRate: 0.4 }), 'INVALID_INPUT', 'conversionRate');
    expectError(() => breakEvenCpc({ conversionRate: 0.03, aov: -1, contributionMarginRate: 0.4 }), 'INVALID_INPUT', 'aov');
    expectError(() => breakEvenCpc({ conversionRate: 0.03, aov: 238, contributionMarginRate: 40 }), 'INVALID_INPUT', 'contributionMarginRate');
  });
});

describe('settlementBreakEvenRoi', () => {
  it('is 1 / (margin × (1 − refund rate) × (1 − fee rate)) (DOMAIN.md §5)', () => {
    // 0.45 × 0.9 × 0.95 = 0.38475
    expect(settlementBreakEvenRoi({ contributionMarginRate: 0.45, refundRate: 0.1, feeRate: 0.05 })).toBeCloseTo(1 / 0.38475, 12);
    expect(settlementBreakEvenRoi({ contributionMarginRate: 0.45 })).toBeCloseTo(1 / 0.45, 12);
    expect(settlementBreakEvenRoi({ contributionMarginRate: 0.25, refundRate: 0.2 })).toBe(5);
  });

  it('is null when nothing is left', () => {
    expect(settlementBreakEvenRoi({ contributionMarginRate: 0 })).toBeNull();
    expect(settlementBreakEvenRoi({ contributionMarginRate: -0.2 })).toBeNull();
    expect(settlementBreakEvenRoi({ contributionMarginRate: 0.3, feeRate: 1 })).toBeNull();
  });

  it('rejects percent numbers', () => {
    expectError(() => settlementBreakEvenRoi({ contributionMarginRate: 0.3, refundRate: 10 }), 'INVALID_INPUT', 'refundRate');
    expectError(() => settlementBreakEvenRoi({} as never), 'INVALID_INPUT', 'contributionMarginRate');
  });
});
