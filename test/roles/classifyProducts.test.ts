import { describe, expect, it } from 'vitest';
import { classifyProducts, defaultRoleRules, type ProductInput } from 'storeops/roles';
import { errorOf } from '../helpers.js';

// A clear-cut catalogue (domain reference §6 signatures): cheap thin-margin socks with most of the
// visitors (traffic), two high-margin mid-price items (profit), the dearest coat selling little
// (flagship) and a hat that fits no signature.
const catalogue: ProductInput[] = [
  { id: 'socks', name: '棉袜', price: 29, unitCost: 25, visitors: 8000, buyers: 400 },
  { id: 'scarf', price: '99.00', unitCost: '40.00', visitors: 1000, buyers: 30 },
  { id: 'gloves', price: 129, unitCost: 50, visitors: 800, buyers: 20 },
  { id: 'coat', price: 599, unitCost: 250, visitors: 300, buyers: 3 },
  { id: 'hat', price: 59, unitCost: 40, visitors: 500, buyers: 10 },
];
// Independent figures: visitors 10,600; buyers 463; sales 11,600 + 2,970 + 2,580 + 1,797 + 590 = 19,537.
const medianMargin = 349 / 599; // margins 4/29, 19/59, 349/599, 59/99, 79/129 — the coat's is the middle one

describe('classifyProducts: a clear-cut catalogue', () => {
  const classified = classifyProducts(catalogue, { locale: 'en' });
  const { products, portfolio } = classified;

  it('gives traffic, profit, flagship and regular as the signatures say', () => {
    expect(products.map((p) => [p.id, p.role])).toEqual([
      ['socks', 'traffic'],
      ['scarf', 'profit'],
      ['gloves', 'profit'],
      ['coat', 'flagship'],
      ['hat', 'regular'],
    ]);
    expect(products.map((p) => p.label)).toEqual(['traffic item', 'profit item', 'profit item', 'flagship item', 'regular item']);
    expect(classifyProducts(catalogue).products.map((p) => p.label)).toEqual(['引流款', '利润款', '利润款', '形象款', '普通款']);
    expect(products[0]?.name).toBe('棉袜');
    expect('name' in products[1]!).toBe(false);
  });

  it('computes the measures relative to the store', () => {
    const socks = products[0]!.measures;
    expect(socks.pricePercentile).toBe(0);
    expect(socks.marginRate).toBeCloseTo(4 / 29, 14);
    expect(socks.marginVsMedian).toBeCloseTo(4 / 29 - medianMargin, 14);
    expect(socks.visitorShare).toBeCloseTo(8000 / 10600, 14);
    expect(socks.visitorIndex).toBeCloseTo(8000 / 2120, 14);
    expect(socks.conversionRate).toBe(0.05);
    expect(socks.conversionIndex).toBeCloseTo(0.05 / (463 / 10600), 14);
    expect(socks.revenueShare).toBeCloseTo(11600 / 19537, 14);
    expect(socks.revenueIndex).toBeCloseTo((11600 * 5) / 19537, 14);
    expect(products.map((p) => p.measures.pricePercentile)).toEqual([0, 0.5, 0.75, 1, 0.25]);
    expect(products[3]!.measures.buyerIndex).toBeCloseTo(15 / 463, 14);
    expect(products[3]!.measures.marginVsMedian).toBe(0);
    expect(products.map((p) => p.revenue.toNumber())).toEqual([11600, 2970, 2580, 1797, 590]);
  });

  it('names the measures that decided each role', () => {
    const [socks, scarf, , coat, hat] = products;
    expect(socks!.checks.slice(0, 4).map((r) => [r.metric, r.status])).toEqual([
      ['pricePercentile', 'pass'],
      ['marginVsMedian', 'pass'],
      ['visitorIndex', 'pass'],
      ['conversionIndex', 'pass'],
    ]);
    expect(socks!.checks[2]).toMatchObject({ code: 'ROLE_MEASURE_VISITOR_INDEX', thresholds: { direction: 'above', pass: 1.5, inclusive: true } });
    expect(socks!.checks[2]!.message).toBe('Visitors 3.77× an average product’s (rule: ≥ 1.5)');
    expect(socks!.checks[1]!.message).toBe('Gross margin -44.5% against the store’s median margin (rule: < 0%)');
    expect(scarf!.checks.map((r) => r.metric)).toEqual(['pricePercentile', 'marginVsMedian', 'revenueShare']);
    expect(coat!.checks.map((r) => [r.metric, r.value])).toEqual([
      ['pricePercentile', 1],
      ['buyerIndex', 15 / 463],
    ]);
    // Regular: the first failing condition of each role rule, in priority order.
    expect(hat!.checks.map((r) => [r.metric, r.status])).toEqual([
      ['pricePercentile', 'fail'],
      ['visitorIndex', 'fail'],
      ['pricePercentile', 'fail'],
    ]);
    const zh = classifyProducts(catalogue).products[3]!.checks[1]!.message;
    expect(zh).toBe('支付买家数是店内商品平均的 0.03 倍（条件 ≤ 0.5）');
  });

  it('tags the hit beside its role', () => {
    expect(products.map((p) => p.tags)).toEqual([['hit'], [], [], [], []]);
    expect(products[0]!.checks.slice(4).map((r) => r.metric)).toEqual(['revenueShare', 'revenueIndex']);
  });

  it('sums the portfolio per role and checks the mix and the warnings', () => {
    expect(portfolio.roles.map((r) => [r.id, r.count, r.revenue.toNumber()])).toEqual([
      ['traffic', 1, 11600],
      ['profit', 2, 5550],
      ['flagship', 1, 1797],
      ['regular', 1, 590],
    ]);
    expect(portfolio.roles[1]!.revenueShare).toBeCloseTo(5550 / 19537, 14);
    expect(portfolio.roles[1]!.visitorShare).toBeCloseTo(1800 / 10600, 14);
    expect(portfolio.roles.map((r) => r.targetRevenueShare)).toEqual([0.2, 0.15, 0.15, null]);
    expect(portfolio.tags.map((t) => [t.id, t.count, t.label])).toEqual([
      ['hit', 1, 'hit'],
      ['slow', 0, 'slow mover'],
    ]);
    expect(classified.checks.map((c) => [c.metric, c.status])).toEqual([
      ['mixDeviation', 'fail'], // traffic 59.4% against 20%
      ['mixDeviation', 'pass'], // flagship 9.2% against 15%
      ['mixDeviation', 'fail'], // profit 28.4% against 15%
      ['trafficItems', 'pass'],
      ['flagshipRevenueShare', 'pass'],
      ['topProductRevenueShare', 'fail'],
    ]);
    expect(classified.checks[1]!.value).toBeCloseTo(0.15 - 1797 / 19537, 12);
    expect(classified.checks[0]!.message).toBe('Share of sales from traffic items is 59.4%, more than 10% away from the target 20%: rebalance the product line');
    expect(classified.status).toBe('fail');
    const zh = classifyProducts(catalogue).checks;
    expect(zh[1]!.message).toBe('形象款销售占比 9.2%，与目标 15% 相差不超过 10%');
    expect(zh[5]!.message).toBe('单品 棉袜 占全店销售额 59.4%，超过 50%：店铺靠一个爆款撑着，要培养更多爆款');
  });
});

describe('classifyProducts: warnings and tags', () => {
  it('warns when no product is a traffic item, and when flagship items bring over 15% of sales', () => {
    const noTraffic = catalogue.filter((p) => p.id !== 'socks');
    const result = classifyProducts(noTraffic, { locale: 'en' });
    expect(result.products.some((p) => p.role === 'traffic')).toBe(false);
    const check = result.checks.find((c) => c.metric === 'trafficItems')!;
    expect(check).toMatchObject({ status: 'fail', code: 'ROLE_TRAFFIC_ITEMS_FAIL', value: 0 });
    expect(classifyProducts(noTraffic).checks.find((c) => c.metric === 'trafficItems')!.message).toBe(
      '没有引流款：没有商品在为店铺争取自然流量、把买家带向利润款',
    );
    // Without socks the coat's 1,797 is 1797 / 7937 = 22.6% of sales: above 15%.
    const flagship = result.checks.find((c) => c.metric === 'flagshipRevenueShare')!;
    expect(flagship.status).toBe('fail');
    expect(flagship.value).toBeCloseTo(1797 / 7937, 14);
    expect(flagship.message).toBe(
      'Flagship items bring 22.6% of sales, above 15%: a flagship shows the brand and anchors prices, it should not carry the sales',
    );
  });

  it('tags a product selling under a tenth of an average product as a slow mover', () => {
    const withSlow = [...catalogue, { id: 'belt', price: 69, unitCost: 30, visitors: 200, buyers: 1, revenue: '69' }];
    const belt = classifyProducts(withSlow).products[5]!;
    // Sales 19,606 over 6 products: an average 3,267.67; 69 is 0.021 of that.
    expect(belt.tags).toEqual(['slow']);
    expect(belt.measures.revenueIndex).toBeCloseTo((69 * 6) / 19606, 14);
  });

  it('uses the revenue given instead of price × buyers', () => {
    const discounted = catalogue.map((p) => (p.id === 'socks' ? { ...p, revenue: '9280.00' } : p));
    expect(classifyProducts(discounted).products[0]!.revenue.toFixed(2)).toBe('9280.00');
  });

  it('keeps unknown measures null and their checks unknown', () => {
    const result = classifyProducts([...catalogue, { id: 'new', price: 19, unitCost: 10, visitors: 0, buyers: 0 }]);
    const fresh = result.products[5]!;
    expect(fresh.measures.conversionRate).toBeNull();
    expect(fresh.measures.conversionIndex).toBeNull();
    expect(fresh.role).toBe('regular');
    expect(fresh.tags).toEqual(['slow']);
  });

  it('leaves a lone product and an empty catalogue without a role, honestly', () => {
    const alone = classifyProducts([catalogue[1]!]);
    expect(alone.products[0]).toMatchObject({ role: 'regular', measures: { pricePercentile: null, visitorIndex: 1 } });
    const empty = classifyProducts([]);
    expect(empty.products).toEqual([]);
    expect(empty.checks.map((c) => c.status)).toEqual(['unknown', 'unknown', 'unknown', 'fail', 'unknown', 'unknown']);
    expect(empty.portfolio.roles.every((r) => r.revenueShare === null && r.visitorShare === null)).toBe(true);
  });
});

describe('classifyProducts: thresholds and rules', () => {
  it('takes threshold overrides', () => {
    const picky = classifyProducts(catalogue, { thresholds: { trafficMinVisitorIndex: 4 } });
    expect(picky.products[0]!.role).toBe('regular');
    const noMix = classifyProducts(catalogue, { thresholds: { targetMix: {} } });
    expect(noMix.checks.map((c) => c.metric)).toEqual(['trafficItems', 'flagshipRevenueShare', 'topProductRevenueShare']);
    const mix = classifyProducts(catalogue, { thresholds: { targetMix: { traffic: 0.6 }, mixTolerance: 0.05 } });
    expect(mix.checks[0]).toMatchObject({ status: 'pass', thresholds: { pass: 0.05 } });
  });

  it('runs the rules given instead of the defaults, lowest priority first', () => {
    const rules = [
      { assign: 'profit', priority: 2, when: [{ metric: 'marginRate', op: '>=', value: 0.5 }] },
      { assign: 'flagship', priority: 1, when: [{ metric: 'price', op: '>=', value: 500 }] },
    ] as const;
    const roles = classifyProducts(catalogue, { rules }).products.map((p) => p.role);
    expect(roles).toEqual(['regular', 'profit', 'profit', 'flagship', 'regular']);
    const extended = classifyProducts(catalogue, { rules: [...defaultRoleRules(), { assign: 'slow', priority: 0, when: [{ metric: 'buyers', op: '<', value: 5 }] }] });
    expect(extended.products[3]!.tags).toEqual(['slow']);
  });

  it('tests raw inputs too, with their own messages', () => {
    const rules = [
      {
        assign: 'profit',
        priority: 1,
        when: [
          { metric: 'unitCost', op: '>=', value: 250 },
          { metric: 'visitors', op: '<', value: 1000 },
          { metric: 'buyers', op: '<=', value: 3 },
          { metric: 'revenue', op: '>', value: 1000 },
        ],
      },
    ] as const;
    const coat = classifyProducts(catalogue, { rules, locale: 'en' }).products[3]!;
    expect(coat.role).toBe('profit');
    expect(coat.checks.map((r) => r.message)).toEqual([
      'Unit cost 250 (rule: ≥ 250)',
      'Visitors 300 (rule: < 1,000)',
      'Paying buyers 3 (rule: ≤ 3)',
      'Sales 1,797 (rule: > 1,000)',
    ]);
  });

  it('rejects bad rules and thresholds with INVALID_OPTIONS and the path', () => {
    const unknownRole = errorOf(() => classifyProducts(catalogue, { rules: [{ assign: 'blocker', priority: 1, when: [{ metric: 'price', op: '<', value: 1 }] }] }));
    expect(unknownRole.code).toBe('INVALID_OPTIONS');
    expect(unknownRole.issues[0]?.path).toBe('rules[0].assign');
    const badMetric = errorOf(() => classifyProducts(catalogue, { rules: [{ assign: 'profit', priority: 1, when: [{ metric: 'margin' as never, op: '>', value: 0 }] }] }));
    expect(badMetric.issues[0]?.path).toBe('rules[0].when[0].metric');
    const badOp = errorOf(() => classifyProducts(catalogue, { rules: [{ assign: 'profit', priority: 1, when: [{ metric: 'price', op: '=>' as never, value: 0 }] }] }));
    expect(badOp.issues[0]?.path).toBe('rules[0].when[0].op');
    const noMessage = errorOf(() => classifyProducts(catalogue, { rules: [{ assign: 'profit', priority: 1, when: [{ metric: 'price', op: '>', value: 0, code: 'NOPE' }] }] }));
    expect(noMessage.issues[0]?.path).toBe('rules[0].when[0].code');
    const percent = errorOf(() => classifyProducts(catalogue, { thresholds: { hitMinRevenueShare: 20 } }));
    expect(percent).toMatchObject({ code: 'INVALID_OPTIONS' });
    expect(percent.issues[0]?.path).toBe('thresholds.hitMinRevenueShare');
    expect(errorOf(() => classifyProducts(catalogue, { thresholds: { targetMix: { traffic: 0.7, profit: 0.5 } } })).issues[0]?.path).toBe('thresholds.targetMix');
    expect(errorOf(() => classifyProducts(catalogue, { thresholds: { targetMix: { hit: 0.4 } } })).issues[0]?.path).toBe('thresholds.targetMix.hit');
    // JSON.parse makes an own __proto__ key; zod's copy of a record drops it, so it used to vanish without a word.
    const proto = errorOf(() => classifyProducts(catalogue, { thresholds: { targetMix: JSON.parse('{"__proto__": 0.5, "traffic": 0.2}') } }));
    expect(proto).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: 'thresholds.targetMix.__proto__' }] });
    expect(errorOf(() => classifyProducts(catalogue, { thresholds: { trafficMinVisitors: 3 } as never })).issues[0]?.path).toBe('thresholds.trafficMinVisitors');
    expect(errorOf(() => classifyProducts(catalogue, { locale: 'fr' as never })).issues[0]?.path).toBe('locale');
  });
});

describe('classifyProducts: bad input', () => {
  const base = { id: 'a', price: 10, unitCost: 5, visitors: 100, buyers: 5 };
  const cases: [string, unknown, string][] = [
    ['negative visitors', { ...base, visitors: -1 }, '[0].visitors'],
    ['fractional buyers', { ...base, buyers: 1.5 }, '[0].buyers'],
    ['NaN price', { ...base, price: Number.NaN }, '[0].price'],
    ['a percent string for a price', { ...base, price: '70%' }, '[0].price'],
    ['a zero price', { ...base, price: '0.00' }, '[0].price'],
    ['a negative cost', { ...base, unitCost: -1 }, '[0].unitCost'],
    ['a missing cost', { id: 'a', price: 10, visitors: 100, buyers: 5 }, '[0].unitCost'],
    ['more buyers than visitors', { ...base, buyers: 101 }, '[0].buyers'],
    ['a thousands separator in revenue', { ...base, revenue: '1,234' }, '[0].revenue'],
    ['an empty id', { ...base, id: '' }, '[0].id'],
    ['a non-number custom value', { ...base, custom: { rivalPrice: '99' } }, '[0].custom.rivalPrice'],
  ];
  for (const [what, product, path] of cases) {
    it(`rejects ${what}`, () => {
      const e = errorOf(() => classifyProducts([product as ProductInput]));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path).toBe(path);
    });
  }

  it('rejects a non-array and duplicate ids', () => {
    expect(errorOf(() => classifyProducts({} as never)).code).toBe('INVALID_INPUT');
    const dup = errorOf(() => classifyProducts([base, { ...base }]));
    expect(dup.issues[0]).toMatchObject({ path: '[1].id', message: 'duplicate id "a"' });
    // The number 1 and the string '1' are different ids.
    expect(classifyProducts([{ ...base, id: 1 }, { ...base, id: '1' }]).products).toHaveLength(2);
  });
});

describe('classifyProducts: custom measures, ratios and edge amounts', () => {
  it('a rule on price per a custom number (a rival’s price) reads it; an item without it is unknown', () => {
    // socks 29 against a rival at 32.22…: 29 / 32.5 = 0.892…; scarf 99 / 90 = 1.1; the rest have no rival price.
    const items = catalogue.map((p) => (p.id === 'socks' ? { ...p, custom: { rivalPrice: 32.5 } } : p.id === 'scarf' ? { ...p, custom: { rivalPrice: 90 } } : p));
    const rules = [{ assign: 'traffic', priority: 1, when: [{ metric: 'price', per: 'custom.rivalPrice', op: '<', value: 1 }] }] as const;
    const { products } = classifyProducts(items, { rules, locale: 'en' });
    const [socks, scarf, gloves] = products;
    expect(socks!.role).toBe('traffic');
    expect(socks!.checks[0]).toMatchObject({ code: 'ROLE_MEASURE', metric: 'price/custom.rivalPrice', value: 29 / 32.5, status: 'pass', message: `price/custom.rivalPrice is ${(29 / 32.5).toFixed(2)} (rule: < 1)` });
    expect(scarf!.role).toBe('regular');
    expect(scarf!.checks[0]).toMatchObject({ value: 99 / 90, status: 'fail', message: 'price/custom.rivalPrice is 1.1 (rule: < 1)' });
    expect(gloves!.checks[0]).toMatchObject({ value: null, status: 'unknown', message: 'price/custom.rivalPrice is — (rule: < 1)' });
  });

  it('a custom measure on its own has the generic message', () => {
    const items = [{ ...catalogue[0]!, custom: { rating: 4.8 } }, catalogue[1]!];
    const rules = [{ assign: 'profit', priority: 1, when: [{ metric: 'custom.rating', op: '>=', value: 4.5 }] }] as const;
    const [socks, scarf] = classifyProducts(items, { rules, locale: 'en' }).products;
    expect(socks!.role).toBe('profit');
    expect(socks!.checks[0]!.message).toBe('custom.rating is 4.8 (rule: ≥ 4.5)');
    expect(scarf!.checks[0]).toMatchObject({ value: null, status: 'unknown' });
  });

  it('a price beyond the money range is refused at its path; the widest margin rate is still a number', () => {
    const e = errorOf(() => classifyProducts([{ ...catalogue[0]!, price: '1e999' }]));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toBe('[0].price');
    // The smallest price (10^-17) against a cost just under 10^16: (10^-17 − 9.99·10^15) / 10^-17 = 1 − 9.99·10^32,
    // which is −9.99·10^32 as a number (the 1 is below a double's precision there).
    const [tiny] = classifyProducts([{ id: 'x', price: '0.00000000000000001', unitCost: '9990000000000000', visitors: 10, buyers: 1 }]).products;
    expect(tiny!.measures.marginRate).toBe(-9.99e32);
    expect(tiny!.measures.marginVsMedian).toBe(0);
  });
});
