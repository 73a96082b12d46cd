import { describe, expect, it } from 'vitest';
import { trafficNormPresets, trafficStructure, type TrafficSource } from 'storeops/funnel';
import { errorOf } from '../helpers.js';

// A healthy mix by the seed's rule of thumb (domain reference §2): natural 72%, paid 8%, activity 10%, member 10%.
const healthy: TrafficSource[] = [
  { category: 'natural', source: '手淘搜索', visitors: 5000, buyers: 150, paidAmount: '35700' },
  { category: 'natural', source: '手淘推荐', visitors: 2200, buyers: 66, paidAmount: '13200' },
  { category: 'paid', source: '直通车', visitors: 800, buyers: 40, paidAmount: '9520' },
  { category: 'activity', source: '聚划算', visitors: 1000, buyers: 10, paidAmount: '1990' },
  { category: 'member', source: '购物车', visitors: 1000, buyers: 60, paidAmount: '14280' },
];

describe('trafficStructure', () => {
  it('gives each category’s share of visitors', () => {
    const t = trafficStructure(healthy);
    expect(t.totalVisitors).toBe(10000);
    expect(t.categories.map((c) => [c.category, c.visitors, c.share])).toEqual([
      ['natural', 7200, 0.72],
      ['paid', 800, 0.08],
      ['activity', 1000, 0.1],
      ['member', 1000, 0.1],
      ['external', 0, 0],
      ['other', 0, 0],
    ]);
  });

  it('holds the shares against the seed preset: natural ≥ 70%, paid 5–10%, activity and member 10–20%, other < 5%', () => {
    const t = trafficStructure(healthy, { locale: 'en' });
    expect(t.checks.map((c) => [c.metric, c.status])).toEqual([
      ['share.natural', 'pass'],
      ['share.paid', 'pass'],
      ['share.activity', 'pass'],
      ['share.member', 'pass'],
      ['share.other', 'pass'],
    ]);
    // The seed names no norm for external traffic.
    expect(t.categories[4]?.check).toBeNull();
    expect(t.checks[1]?.message).toBe('Paid traffic is 8% of visitors, within 5%–10%');
    expect(t.checks[0]?.message).toBe('Natural traffic is 72% of visitors, within ≥ 70%');

    const skewed = trafficStructure(
      [
        { category: 'natural', visitors: 600 },
        { category: 'paid', visitors: 250 },
        { category: 'member', visitors: 100 },
        { category: 'other', visitors: 50 },
      ],
      { locale: 'en' },
    );
    const byMetric = Object.fromEntries(skewed.checks.map((c) => [c.metric, c]));
    expect(byMetric['share.natural']).toMatchObject({ status: 'fail', code: 'TRAFFIC_SHARE_LOW', value: 0.6, thresholds: { direction: 'above', pass: 0.7, inclusive: true } });
    expect(byMetric['share.paid']).toMatchObject({ status: 'fail', code: 'TRAFFIC_SHARE_HIGH', thresholds: { direction: 'below', pass: 0.1, inclusive: true } });
    expect(byMetric['share.activity']?.status).toBe('fail');
    expect(byMetric['share.member']?.status).toBe('pass');
    // One failing norm fails the structure as a whole (natural 60% < 70%, paid 25% > 10%).
    expect(skewed.status).toBe('fail');
    expect(skewed.metrics.shares).toMatchObject({ natural: 0.6, paid: 0.25, member: 0.1, other: 0.05 });
    // other < 5% is strict: exactly 5% fails.
    expect(byMetric['share.other']).toMatchObject({ status: 'fail', value: 0.05, thresholds: { direction: 'below', pass: 0.05, inclusive: false } });
    expect(byMetric['share.other']?.message).toBe('Other traffic is 5% of visitors, above the reference range < 5%');
    expect(skewed.advice.map((a) => a.code)).toEqual(['RAISE_CONVERSION_BEFORE_BUYING_TRAFFIC', 'GROW_FREE_TRAFFIC']);
    expect(skewed.advice[0]?.message).toBe('Paid traffic is 25% of visitors, too high: raise conversion before buying visitors');
  });

  it('holds the shares against the practitioner preset: paid ≤ 35%, own/member ≥ 20%', () => {
    const ok = trafficStructure(
      [
        { category: 'natural', visitors: 45 },
        { category: 'paid', visitors: 35 },
        { category: 'member', visitors: 20 },
      ],
      { norms: 'practitioner' },
    );
    expect(ok.checks.map((c) => [c.metric, c.status])).toEqual([
      ['share.paid', 'pass'],
      ['share.member', 'pass'],
    ]);
    const bad = trafficStructure(
      [
        { category: 'natural', visitors: 45 },
        { category: 'paid', visitors: 36 },
        { category: 'member', visitors: 19 },
      ],
      { norms: 'practitioner' },
    );
    expect(bad.checks.map((c) => c.status)).toEqual(['fail', 'fail']);
    expect(trafficNormPresets.practitioner).toEqual({ paid: { max: 0.35 }, member: { min: 0.2 } });
  });

  it('accepts custom norms', () => {
    const t = trafficStructure([{ category: 'external', visitors: 30 }, { category: 'natural', visitors: 70 }], {
      norms: { external: { max: 0.2 }, natural: { min: 0.6, minInclusive: false } },
      locale: 'en',
    });
    expect(t.checks.map((c) => [c.metric, c.status])).toEqual([
      ['share.natural', 'pass'],
      ['share.external', 'fail'],
    ]);
    expect(t.checks[0]?.message).toBe('Natural traffic is 70% of visitors, within > 60%');
    expect(t.checks[1]?.message).toBe('External traffic is 30% of visitors, above the reference range ≤ 20%');
  });

  it('ranks sources by conversion, then revenue per visitor, with the advice to grow those that convert', () => {
    const t = trafficStructure(healthy, { locale: 'en' });
    expect(t.conversionRate).toBe(326 / 10000);
    expect(t.sources.map((s) => [s.source, s.conversionRate])).toEqual([
      ['购物车', 0.06],
      ['直通车', 0.05],
      ['手淘搜索', 0.03],
      ['手淘推荐', 0.03],
      ['聚划算', 0.01],
    ]);
    // Equal conversion: 手淘搜索 earns 7.14 per visitor, 手淘推荐 6.
    expect(t.sources[2]?.revenuePerVisitor?.toString()).toBe('7.14');
    expect(t.sources[3]?.revenuePerVisitor?.toString()).toBe('6');
    expect(t.advice.map((a) => [a.code, a.params['source']])).toEqual([
      ['GROW_CONVERTING_SOURCE', '购物车'],
      ['GROW_CONVERTING_SOURCE', '直通车'],
      ['REVIEW_WEAK_SOURCE', '聚划算'],
    ]);
    expect(t.advice[2]?.message).toBe(
      'Source “聚划算” brings 10% of visitors but converts at only 1% (store 3.3%): check who it brings and where they land, or move the budget to sources that convert',
    );
    const zh = trafficStructure(healthy);
    expect(zh.advice[0]?.message).toBe('来源“购物车”转化率 6%，高于全店 3.3%：加大这个来源的流量');
    expect(zh.checks[1]?.message).toBe('付费流量占比 8%，符合 5%–10%');
  });

  it('sums rows of the same source, keeps unknown conversion last, and skips advice for tiny sources', () => {
    const t = trafficStructure(
      [
        { category: 'natural', source: 'search', visitors: 500, buyers: 10 },
        { category: 'natural', source: 'search', visitors: 500, buyers: 20 },
        { category: 'external', source: 'weibo', visitors: 300 },
        { category: 'paid', source: 'tiny', visitors: 50, buyers: 5 },
        { category: 'paid', visitors: 0, buyers: 0 },
      ],
      { thresholds: { maxGrow: 1 } },
    );
    expect(t.sources.map((s) => [s.source, s.visitors, s.buyers, s.conversionRate])).toEqual([
      ['tiny', 50, 5, 0.1],
      ['search', 1000, 30, 0.03],
      ['weibo', 300, null, null],
      ['paid', 0, 0, null],
    ]);
    expect(t.sources[1]?.paidAmount).toBeNull();
    expect(t.sources[1]?.revenuePerVisitor).toBeNull();
    // tiny converts best but has under 100 visitors; search is at the store's rate, not above it.
    expect(t.conversionRate).toBe(35 / 1050);
    expect(t.advice.filter((a) => a.code === 'GROW_CONVERTING_SOURCE')).toEqual([]);
  });

  it('gives unknown checks and no advice when there are no visitors', () => {
    const t = trafficStructure([]);
    expect(t.categories.every((c) => c.share === null)).toBe(true);
    expect(t.checks.every((c) => c.status === 'unknown' && c.code === 'TRAFFIC_SHARE_UNKNOWN')).toBe(true);
    expect(t.status).toBe('unknown');
    expect(t.advice).toEqual([]);
    expect(t.checks[0]?.message).toBe('没有访客数据，无法判断自然流量占比');
    expect(t.conversionRate).toBeNull();
    expect(t.advice).toEqual([]);
  });

  it('rejects bad sources and bad norms with paths', () => {
    expect(errorOf(() => trafficStructure([{ category: 'search' as never, visitors: 1 }])).issues[0]?.path).toBe('[0].category');
    expect(errorOf(() => trafficStructure([{ category: 'paid', visitors: -1 }])).issues[0]?.path).toBe('[0].visitors');
    expect(errorOf(() => trafficStructure([{ category: 'paid', visitors: '70%' as never }])).issues[0]?.path).toBe('[0].visitors');
    expect(errorOf(() => trafficStructure([{ category: 'paid', visitors: 1, paidAmount: Number.NaN }])).issues[0]?.path).toBe('[0].paidAmount');
    const norms = errorOf(() => trafficStructure([], { norms: { paid: { min: 0.2, max: 0.1 } } }));
    expect(norms.code).toBe('INVALID_OPTIONS');
    expect(norms.issues[0]?.path).toBe('norms.paid.max');
    expect(errorOf(() => trafficStructure([], { norms: { paid: { max: 35 } } })).issues[0]?.path).toBe('norms.paid.max');
    expect(errorOf(() => trafficStructure([], { norms: { paid: {} } })).issues[0]?.path).toBe('norms.paid');
    expect(errorOf(() => trafficStructure([], { norms: 'aggressive' as never })).code).toBe('INVALID_OPTIONS');
    expect(errorOf(() => trafficStructure([], { thresholds: { reviewShare: 2 } })).issues[0]?.path).toBe('thresholds.reviewShare');
  });

  it('rejects a __proto__ norm (JSON.parse makes one) instead of dropping it without a word', () => {
    const norms = JSON.parse('{"__proto__": {"min": 0.5}, "paid": {"max": 0.1}}') as never;
    expect(errorOf(() => trafficStructure([{ category: 'paid', visitors: 1 }], { norms }))).toMatchObject({ code: 'INVALID_OPTIONS', issues: [{ path: 'norms.__proto__' }] });
  });
});

describe('trafficStructure, ranking ties', () => {
  it('breaks equal conversion by revenue per visitor (known first), then visitors, then name', () => {
    const t = trafficStructure(
      [
        { category: 'natural', source: 'd', visitors: 100, buyers: 5 },
        { category: 'natural', source: 'c', visitors: 100, buyers: 5, paidAmount: '500' },
        { category: 'natural', source: 'b', visitors: 200, buyers: 10, paidAmount: '1000' },
        { category: 'natural', source: 'a', visitors: 100, buyers: 5, paidAmount: '500' },
        { category: 'natural', source: 'e', visitors: 100, buyers: 5, paidAmount: '600' },
        { category: 'natural', source: 'f', visitors: 100, buyers: 5 },
      ],
      { thresholds: { minVisitors: undefined as never }, messages: { GROW_CONVERTING_SOURCE: { 'zh-CN': '加大 {source}', en: 'Grow {source}' } } },
    );
    expect(t.sources.map((s) => s.source)).toEqual(['e', 'b', 'a', 'c', 'd', 'f']);
  });

  it('gives UV价值 to the fen but ranks sources by the exact value (issue 12 item 6)', () => {
    // Both convert at 1%; A's UV价值 is 7.14001 and B's 7.14: A ranks first although B has more
    // visitors, and both are shown as ¥7.14.
    const t = trafficStructure([
      { category: 'natural', source: 'B', visitors: 2000, buyers: 20, paidAmount: '14280.00' },
      { category: 'natural', source: 'A', visitors: 1000, buyers: 10, paidAmount: '7140.01' },
    ]);
    expect(t.sources.map((x) => [x.source, x.revenuePerVisitor?.toString()])).toEqual([
      ['A', '7.14'],
      ['B', '7.14'],
    ]);
  });
});
