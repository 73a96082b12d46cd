import { describe, expect, it } from 'vitest';
import { profitStatement, promotionBudget, standardCostKinds } from 'storeops/profit';
import { expectError } from '../helpers.js';

const input = {
  revenue: '120000.00',
  refunds: '6000.00',
  costs: {
    productCost: '45600.00',
    production: '2000.00',
    platformFees: '6840.00',
    shipping: '7200.00',
    packaging: '1200.00',
    tax: '1140.00',
    risk: '2280.00',
    salaries: '15000.00',
    rent: '3000.00',
    promotion: '17100.00',
  },
};

describe('profitStatement', () => {
  it('splits costs into unavoidable and elastic (domain reference §5) and adds up exactly', () => {
    const p = profitStatement(input);
    expect(p.netRevenue.toString()).toBe('114000');
    // unavoidable: 45600 + 2000 + 6840 + 7200 + 1200 + 1140 + 2280 = 66260; elastic: 35100
    expect(p.unavoidableCosts.toString()).toBe('66260');
    expect(p.elasticCosts.toString()).toBe('35100');
    expect(p.totalCosts.toString()).toBe('101360');
    expect(p.grossProfit.toString()).toBe('68400');
    expect(p.contribution.toString()).toBe('47740');
    expect(p.operatingProfit.toString()).toBe('12640');
    expect(p.grossMarginRate).toBe(0.6);
    expect(p.contributionMarginRate).toBeCloseTo(47740 / 114000, 15);
    expect(p.operatingMarginRate).toBeCloseTo(12640 / 114000, 15);
    expect(p.promotionShare).toBe(0.15);
    expect(p.salaryShare).toBeCloseTo(15000 / 114000, 15);
    expect(p.riskShare).toBe(0.02);
    expect(p.lines.map((l) => [l.name, l.kind])).toEqual(Object.entries(standardCostKinds));
    expect(p.lines[0]).toMatchObject({ name: 'productCost', label: '产品成本', share: 0.4 });
  });

  it('is exact to the cent where floats are not', () => {
    const p = profitStatement({ revenue: 0.3, costs: { productCost: 0.1, shipping: 0.1, promotion: 0.1 } });
    expect(p.totalCosts.toString()).toBe('0.3');
    expect(p.operatingProfit.toString()).toBe('0');
    expect(p.operatingMarginRate).toBe(0);
  });

  it('takes custom lines with their kind and reclassified standard lines, and labels in both locales', () => {
    const p = profitStatement(
      { revenue: 10000, costs: { productCost: 4000, rent: { amount: 1000, kind: 'unavoidable' }, software: { amount: 300, kind: 'elastic' }, 'after sales': { amount: 200, kind: 'unavoidable' } } },
      { locale: 'en' },
    );
    expect(p.lines.map((l) => [l.label, l.kind, l.amount.toNumber()])).toEqual([
      ['Product cost', 'unavoidable', 4000],
      ['Rent', 'unavoidable', 1000],
      ['software', 'elastic', 300],
      ['after sales', 'unavoidable', 200],
    ]);
    expect(p.contribution.toString()).toBe('4800');
    expect(p.operatingProfit.toString()).toBe('4500');
    expect(p.promotionShare).toBeNull();
  });

  it('keeps custom lines whose names are Object.prototype members (were dropped silently)', () => {
    // 'constructor' and 'toString' are inherited by every object: `name in standardCostKinds` took
    // them for standard lines, so they vanished from the lines and the totals.
    const costs = JSON.parse('{"productCost":100,"constructor":{"amount":50,"kind":"elastic"},"toString":{"amount":20,"kind":"unavoidable"}}');
    const p = profitStatement({ revenue: 1000, costs }, { locale: 'en' });
    expect(p.lines.map((l) => [l.name, l.label, l.kind, l.amount.toNumber()])).toEqual([
      ['productCost', 'Product cost', 'unavoidable', 100],
      ['constructor', 'constructor', 'elastic', 50],
      ['toString', 'toString', 'unavoidable', 20],
    ]);
    // 1000 − 100 − 20 = 880 contribution; − 50 elastic = 830.
    expect(p.totalCosts.toString()).toBe('170');
    expect(p.contribution.toString()).toBe('880');
    expect(p.operatingProfit.toString()).toBe('830');
    // zod drops a `__proto__` key while parsing: refused by name rather than lost from the totals.
    const proto = JSON.parse('{"productCost":100,"__proto__":{"amount":7,"kind":"elastic"}}');
    expectError(() => profitStatement({ revenue: 1000, costs: proto }), 'INVALID_INPUT', 'costs.__proto__');
    expectError(() => profitStatement({ revenue: 100, costs: { productCost: 10, constructor: 5 } as never }), 'INVALID_INPUT', 'costs.constructor');
  });

  it('gives null shares when net revenue is 0 or less', () => {
    const p = profitStatement({ revenue: 1000, refunds: 1200, costs: { productCost: 0, promotion: 100 } });
    expect(p.netRevenue.toString()).toBe('-200');
    expect(p.operatingProfit.toString()).toBe('-300');
    expect([p.grossMarginRate, p.promotionShare, p.lines[0]?.share]).toEqual([null, null, null]);
    expect(profitStatement({ revenue: 0, costs: { productCost: 0 } }).contributionMarginRate).toBeNull();
  });

  it('takes plugin labels', () => {
    const p = profitStatement({ revenue: 1, costs: { productCost: 0 } }, { messages: { PROFIT_LINE_PRODUCT_COST: { 'zh-CN': '进货成本', en: 'COGS' } } });
    expect(p.lines[0]?.label).toBe('进货成本');
  });

  it('rejects bad input with the path', () => {
    expectError(() => profitStatement({ revenue: 100, costs: { productCost: 10, shipping: -1 } }), 'INVALID_INPUT', 'costs.shipping');
    expectError(() => profitStatement({ revenue: -100, costs: { productCost: 10 } }), 'INVALID_INPUT', 'revenue');
    expectError(() => profitStatement({ revenue: 100, refunds: 'NaN', costs: { productCost: 10 } }), 'INVALID_INPUT', 'refunds');
    expectError(() => profitStatement({ revenue: 100, costs: { shipping: 10 } }), 'INVALID_INPUT', 'costs.productCost');
    expectError(() => profitStatement({ revenue: 100, costs: { productCost: 10, samples: 50 } }), 'INVALID_INPUT', 'costs.samples');
    expectError(() => profitStatement({ revenue: 100, costs: { productCost: 10, samples: { amount: 50, kind: 'fixed' as never } } }), 'INVALID_INPUT', 'costs.samples');
    expectError(() => profitStatement({ revenue: 100 } as never), 'INVALID_INPUT', 'costs');
    expectError(() => profitStatement({ revenue: 100, costs: { productCost: 1 } }, { locale: 'ja' as never }), 'INVALID_OPTIONS', 'locale');
  });
});

describe('promotionBudget', () => {
  it('is the elastic headroom left after the other elastic costs and the target profit', () => {
    // 300000 × 0.4 = 120000; − 30000 target = 90000 headroom; − 25000 salaries and rent = 65000.
    const b = promotionBudget({ revenue: 300000, contributionMarginRate: 0.4, otherElasticCosts: 25000, targetProfit: 30000 });
    expect(b.contribution.toString()).toBe('120000');
    expect(b.elasticHeadroom.toString()).toBe('90000');
    expect(b.maxPromotion.toString()).toBe('65000');
    expect(b.maxPromotionShare).toBeCloseTo(65000 / 300000, 15);
    expect(b).toMatchObject({ feasible: true, extraHeadcount: null });
    expect(b.shortfall.toString()).toBe('0');
    expect(b.salaryRoom.toString()).toBe('65000');
  });

  it('takes the contribution itself, exact, instead of a rate', () => {
    // 121250 / 285000 is not a finite decimal: the rate would lose a fen, the amount does not.
    const b = promotionBudget({ revenue: 285000, contribution: '121250', otherElasticCosts: '42800', targetProfit: 30000 });
    expect(b.maxPromotion.toString()).toBe('48450');
    expect(promotionBudget({ revenue: 285000, contribution: '-500' })).toMatchObject({ feasible: false });
  });

  it('rounds the budget down to the fen so spending it still meets the target', () => {
    // 1000.01 × 0.3333 = 333.303333: at most 333.30 of promotion.
    const b = promotionBudget({ revenue: '1000.01', contributionMarginRate: 0.3333 });
    expect(b.contribution.toString()).toBe('333.303333');
    expect(b.maxPromotion.toString()).toBe('333.3');
  });

  it('gives the salary room and headcount after planned promotion', () => {
    const b = promotionBudget({ revenue: 300000, contributionMarginRate: 0.4, otherElasticCosts: 25000, targetProfit: 30000, plannedPromotion: 45000, salaryPerHead: '6500' });
    expect(b.salaryRoom.toString()).toBe('20000');
    expect(b.extraHeadcount).toBe(3);
    expect(promotionBudget({ revenue: 300000, contributionMarginRate: 0.4, plannedPromotion: 200000, salaryPerHead: 6500 })).toMatchObject({ extraHeadcount: 0 });
    expect(promotionBudget({ revenue: 1, contributionMarginRate: 0.4, salaryPerHead: 0 }).extraHeadcount).toBeNull();
  });

  it('breaks even on a zero contribution, whatever the sign of the zero (-0 read as a loss)', () => {
    // 0 × −0.1 and 100 × −0 are −0 in decimal.js: a zero headroom meets a zero target.
    for (const input of [
      { revenue: 0, contributionMarginRate: -0.1 },
      { revenue: 100, contributionMarginRate: -0 },
      { revenue: 100, contribution: '-0' },
    ]) {
      const b = promotionBudget(input);
      expect(b.feasible).toBe(true);
      expect([b.contribution.toString(), b.elasticHeadroom.toString(), b.shortfall.toString(), b.maxPromotion.toString()]).toEqual(['0', '0', '0', '0']);
      expect(Object.is(b.contribution.toNumber(), -0)).toBe(false);
    }
  });

  it('reports the shortfall when the target cannot be met even without promotion', () => {
    const b = promotionBudget({ revenue: 100000, contributionMarginRate: -0.1, targetProfit: 5000 });
    expect(b.feasible).toBe(false);
    expect(b.shortfall.toString()).toBe('15000');
    expect(b.maxPromotion.toString()).toBe('0');
    expect(promotionBudget({ revenue: 0, contributionMarginRate: 0.5, targetProfit: -100 })).toMatchObject({ maxPromotionShare: null, feasible: true });
  });

  it('rejects bad input with the path', () => {
    expectError(() => promotionBudget({ revenue: 100000, contributionMarginRate: 45 }), 'INVALID_INPUT', 'contributionMarginRate');
    expectError(() => promotionBudget({ revenue: 100000 }), 'INVALID_INPUT', 'contributionMarginRate');
    expectError(() => promotionBudget({ revenue: 100000, contributionMarginRate: 0.4, contribution: 40000 }), 'INVALID_INPUT', 'contributionMarginRate');
    expectError(() => promotionBudget({ revenue: 100000, contribution: '4万' }), 'INVALID_INPUT', 'contribution');
    expectError(() => promotionBudget({ revenue: 100000, contributionMarginRate: 0.45, otherElasticCosts: -1 }), 'INVALID_INPUT', 'otherElasticCosts');
    expectError(() => promotionBudget({ revenue: '10%', contributionMarginRate: 0.45 }), 'INVALID_INPUT', 'revenue');
    expectError(() => promotionBudget({ revenue: 1, contributionMarginRate: 0.45, targetProfit: Number.POSITIVE_INFINITY }), 'INVALID_INPUT', 'targetProfit');
  });
});
