import { describe, expect, it } from 'vitest';
import { comparePeers, funnelMetrics } from 'storeops/funnel';
import { errorOf } from '../helpers.js';

describe('comparePeers', () => {
  it('says above or below the peer average, by how much, and whether that is better', () => {
    const r = comparePeers(
      { conversionRate: 0.03, bounceRate: 0.72, aov: 238, cpc: 1.2 },
      { conversionRate: 0.025, bounceRate: 0.65, aov: 280, cpc: 1.5 },
      { locale: 'en' },
    );
    expect(r.comparisons.map((c) => [c.metric, c.position, c.better])).toEqual([
      ['conversionRate', 'above', true],
      ['aov', 'below', false],
      ['bounceRate', 'above', false],
      ['cpc', 'below', true],
    ]);
    expect(r.checks.map((c) => c.status)).toEqual(['pass', 'fail', 'fail', 'pass']);
    expect(r.comparisons[1]?.relativeDifference).toBeCloseTo(-0.15, 12);
    expect(r.comparisons[1]?.difference).toBe(-42);
    expect(r.checks[1]?.message).toBe('AOV ¥238 is 15% below the peer average ¥280: worse than peers');
    expect(r.checks[2]?.message).toBe('Bounce rate 72% is 10.8% above the peer average 65%: worse than peers');
    expect(r.checks[3]?.message).toBe('CPC ¥1.2 is 20% below the peer average ¥1.5: better than peers');
    expect(r.checks[2]?.thresholds).toEqual({ direction: 'below', pass: 0.65, inclusive: true });
    const zh = comparePeers({ conversionRate: 0.03 }, { conversionRate: 0.025 });
    expect(zh.checks[0]?.message).toBe('支付转化率 3%，比同行同层平均 2.5% 高 20%，优于同行');
  });

  it('takes the result of funnelMetrics, Decimals included', () => {
    const store = funnelMetrics({ visitors: 1000, buyers: 30, paidAmount: '7140' });
    const r = comparePeers(store, { revenuePerVisitor: '7.14', conversionRate: 0.035 });
    expect(r.comparisons.map((c) => [c.metric, c.position])).toEqual([
      ['conversionRate', 'below'],
      ['revenuePerVisitor', 'equal'],
    ]);
    expect(r.checks[1]?.code).toBe('PEER_EQUAL');
    expect(r.checks[1]?.status).toBe('pass');
  });

  it('treats differences within the tolerance as equal', () => {
    const r = comparePeers({ conversionRate: 0.0301 }, { conversionRate: 0.03 }, { tolerance: 0.01, locale: 'en' });
    expect(r.comparisons[0]?.position).toBe('equal');
    expect(r.checks[0]?.message).toBe('Conversion rate 3.01% equals the peer average 3%');
  });

  it('gives unknown when a value is missing, and handles a zero average', () => {
    const r = comparePeers({ conversionRate: null, refundRate: 0.01 }, { conversionRate: 0.03, refundRate: 0 }, { locale: 'en' });
    expect(r.checks[0]).toMatchObject({ status: 'unknown', code: 'PEER_UNKNOWN', message: 'Conversion rate or its peer average is missing: cannot compare' });
    expect(r.comparisons[1]).toMatchObject({ position: 'above', better: false, relativeDifference: null, difference: 0.01 });
    expect(r.checks[1]?.message).toBe('Refund rate 1% is 1% above the peer average 0%: worse than peers');
  });

  it('compares metrics without a better side only when told which side is better', () => {
    expect(comparePeers({ inquiryRate: 0.1 }, { inquiryRate: 0.08 }).checks).toEqual([]);
    const r = comparePeers({ inquiryRate: 0.1, myScore: 5 }, { inquiryRate: 0.08, myScore: 4 }, { better: { inquiryRate: 'above', myScore: 'above' }, metrics: ['inquiryRate', 'myScore'] });
    expect(r.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(errorOf(() => comparePeers({}, {}, { metrics: ['inquiryRate'] })).issues[0]?.path).toBe('metrics[0]');
  });

  it('reads only the caller\'s own keys: names like toString or constructor are metrics like any other', () => {
    // A metric the store lacks is unknown, even when Object.prototype has a member of that name.
    const r = comparePeers({ conversionRate: 0.03 }, { toString: 2 }, { metrics: ['toString'], better: { toString: 'above' as const } });
    expect(r.comparisons[0]).toMatchObject({ metric: 'toString', value: null, average: 2, position: null });
    expect(r.checks[0]?.status).toBe('unknown');
    // No better side named: the caller is told so, not "spec.thresholds".
    expect(errorOf(() => comparePeers({ constructor: 1 }, { constructor: 2 }, { metrics: ['constructor'], better: {} })).issues[0]?.path).toBe('metrics[0]');
    // A __proto__ side (JSON.parse makes one) is refused, not dropped.
    expect(errorOf(() => comparePeers({}, {}, { better: JSON.parse('{"__proto__": "above"}') as never })).issues[0]?.path).toBe('better.__proto__');
  });

  it('rejects values that are not numbers', () => {
    const e = errorOf(() => comparePeers({ conversionRate: '3%' }, { conversionRate: 0.03 }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toBe('store.conversionRate');
    expect(errorOf(() => comparePeers({ aov: 1 }, { aov: Number.NaN })).issues[0]?.path).toBe('peers.aov');
    expect(errorOf(() => comparePeers(null as never, {})).issues[0]?.path).toBe('store');
    expect(errorOf(() => comparePeers({}, {}, { tolerance: -1 })).code).toBe('INVALID_OPTIONS');
  });
});

describe('comparePeers, missing values', () => {
  it('shows missing money as a dash and leaves the marks out when the average is missing', () => {
    const r = comparePeers({ aov: null }, { aov: null, cpc: 1 }, { metrics: ['aov'], locale: 'en', messages: { PEER_UNKNOWN: { 'zh-CN': '无', en: '{metricEn}: {value} vs {average}' } } });
    expect(r.checks[0]).toMatchObject({ status: 'unknown', thresholds: null, message: 'AOV: — vs —' });
  });
});
