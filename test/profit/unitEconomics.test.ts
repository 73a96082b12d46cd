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

  it('prices every cost line exactly: fees and tax on kept orders, goods and shipping on every order refunded after shipping', () => {
    // refundRate 0.08 is refund-only (仅退款): 92% of orders kept; the refunded 8% keep their goods,
    // shipping, packaging and other costs, but no fee or tax is charged on them.
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
      commission: '9.1954', // 199.9 × 0.05 × 0.92
      points: '0.91954',
      paymentFee: '1.103448',
      affiliateCommission: '18.3908',
      shipping: '6.8',
      packaging: '1.2',
      other: '3',
      tax: '1.83908',
      shippingInsurance: '0',
      returnShipping: '0',
      expectedRefunds: '15.992', // 199.9 × 0.08
    });
    // 62.5 + 9.1954 + 0.91954 + 1.103448 + 18.3908 + 6.8 + 1.2 + 3 + 1.83908 + 15.992 = 120.940268
    expect(u.totalCost.toString()).toBe('120.940268');
    expect(u.contribution.toString()).toBe('78.959732');
    expect(u.orderMix).toEqual({ kept: 0.92, beforeShipping: 0, returned: 0, refundOnly: 0.08, shipped: 1 });
    expect(u.contributionMarginRate).toBeCloseTo(78.959732 / 199.9, 15);
    expect(u.breakEvenRoi).toBeCloseTo(199.9 / 78.959732, 12);
  });

  it('the refund model’s known answer: 65% kept, 30% returned (90% restocked), 5% refunded before shipping → ¥68.55 a paid order, break-even ROI 3.19', () => {
    const u = unitEconomics({
      price: 219,
      unitCost: 82,
      commissionRate: 0.05,
      shippingCost: 8,
      packagingCost: 2,
      shippingInsurance: 1.5,
      refunds: { returned: 0.3, restockRate: 0.9, beforeShipping: 0.05 },
    });
    // By hand, per outcome: kept 219 − 82 − 10.95 − 8 − 2 − 1.5 = 114.55; returned −(8.2 + 8 + 2 + 1.5)
    // = −19.70; refunded before shipping 0. Expected 0.65 × 114.55 − 0.30 × 19.70 = 68.5475.
    expect(u.contribution.toString()).toBe('68.5475');
    expect(u.keptRevenue.toString()).toBe('142.35');
    expect(u.costs.productCost.toString()).toBe('55.76'); // 82 × (0.65 + 0.30 × 0.1)
    expect(u.costs.commission.toString()).toBe('7.1175'); // on kept orders only
    expect(u.costs.shippingInsurance.toString()).toBe('1.425'); // on the 95% shipped
    expect(u.breakEvenRoi as number).toBeCloseTo(3.19, 2);
    expect(Math.abs((u.breakEvenRoi as number) - 219 / 68.5475)).toBeLessThan(1e-12);
    expect(settlementBreakEvenRoi({ price: 219, unitCost: 82, commissionRate: 0.05, shippingCost: 8, packagingCost: 2, shippingInsurance: 1.5, refunds: { returned: 0.3, restockRate: 0.9, beforeShipping: 0.05 } })).toBe(u.breakEvenRoi);
    // Without the refunds, the same item breaks even at 219 / 114.55 ≈ 1.91: ignoring refunds
    // understates the break-even by 40%.
    expect(unitEconomics({ price: 219, unitCost: 82, commissionRate: 0.05, shippingCost: 8, packagingCost: 2, shippingInsurance: 1.5 }).breakEvenRoi as number).toBeCloseTo(219 / 114.55, 12);
  });

  it('a return costs shipping, the unrestocked goods and the return courier when given; order shares over 1 are rejected', () => {
    const base = { price: 100, unitCost: 40, shippingCost: 10 } as const;
    // All returned goods restocked by default: a 50% return loses only the 10 of shipping on it.
    expect(unitEconomics({ ...base, refunds: { returned: 0.5 } }).contribution.toString()).toBe('20'); // kept 0.5 × (100 − 40 − 10) = 25, returned −0.5 × 10
    expect(unitEconomics({ ...base, refunds: { returned: 0.5, restockRate: 0, returnShippingCost: 6 } }).contribution.toString()).toBe('-3'); // 25 − 0.5 × (40 + 10 + 6)
    expectError(() => unitEconomics({ ...base, refunds: { returned: 0.6, refundOnly: 0.5 } }), 'INVALID_INPUT', 'refunds');
    expectError(() => unitEconomics({ ...base, refundRate: 0.1, refunds: { refundOnly: 0.1 } }), 'INVALID_INPUT', 'refundRate');
    expectError(() => unitEconomics({ ...base, refunds: { restockRate: 1.5 } }), 'INVALID_INPUT', 'refunds.restockRate');
  });

  it('the short settlement form is the model with refunds before shipping', () => {
    // price 200, fee 5%, goods + shipping 100: settled 190, margin on it 90 / 190; 20% refunded before shipping.
    const full = unitEconomics({ price: 200, unitCost: 92, commissionRate: 0.05, shippingCost: 8, refunds: { beforeShipping: 0.2 } });
    expect(full.contribution.toString()).toBe('72'); // 0.8 × (200 − 10 − 100)
    expect(settlementBreakEvenRoi({ contributionMarginRate: 90 / 190, refundRate: 0.2, feeRate: 0.05 }) as number).toBeCloseTo(full.breakEvenRoi as number, 12);
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
  it('is 1 / (margin × (1 − refund rate) × (1 − fee rate)) (domain reference §5)', () => {
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
