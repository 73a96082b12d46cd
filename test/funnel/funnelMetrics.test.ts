import { describe, expect, expectTypeOf, it } from 'vitest';
import { toDecimal, type Decimal } from '../../src/core/internal.js';
import { funnelMetrics, funnelMessages, type FunnelMetrics } from 'storeops/funnel';
import { errorAt, errorOf } from '../helpers.js';

describe('funnelMetrics', () => {
  it('gives the worked example: 1,000 visitors, 30 buyers, 7,140 paid (domain reference §2)', () => {
    const m = funnelMetrics({ visitors: 1000, buyers: 30, paidAmount: '7140' });
    expect(m.conversionRate).toBe(0.03);
    expect(m.conversionBasis).toBe('payment');
    expect(m.aov?.toString()).toBe('238');
    expect(m.revenuePerVisitor?.toString()).toBe('7.14');
    // UV价值 = conversion × AOV
    expect(m.revenuePerVisitor?.eq(toDecimal(0.03).times(m.aov as Decimal))).toBe(true);
    expect(m.flags).toEqual([]);
  });

  it('computes every metric from a full set of counts', () => {
    const m = funnelMetrics({
      visitors: 2000,
      buyers: 60,
      paidAmount: '14280.00',
      impressions: 50000,
      clicks: 1000,
      pageviews: 7000,
      sessions: 2500,
      bounces: 1500,
      cartAdders: 200,
      favoriters: 100,
      orderBuyers: 75,
      orders: 66,
      inquirers: 150,
      inquiryBuyers: 45,
      returningVisitors: 400,
      newBuyers: 40,
      returningBuyers: 20,
      spend: '1500',
      refundAmount: '714',
    });
    expect(m.ctr).toBe(0.02);
    expect(m.conversionRate).toBe(0.03);
    expect(m.paymentConversionRate).toBe(0.03);
    expect(m.orderConversionRate).toBe(0.0375);
    expect(m.aov?.toString()).toBe('238');
    expect(m.revenuePerVisitor?.toString()).toBe('7.14');
    expect(m.pagesPerVisitor).toBe(3.5);
    expect(m.bounceRate).toBe(0.6);
    expect(m.cartRate).toBe(0.1);
    expect(m.favoriteRate).toBe(0.05);
    expect(m.inquiryRate).toBe(0.075);
    expect(m.inquiryConversionRate).toBe(0.3);
    expect(m.silentConversionRate).toBe(15 / 2000);
    expect(m.ordersPerBuyer).toBe(1.1);
    expect(m.returningBuyerShare).toBeCloseTo(1 / 3, 15);
    expect(m.returningVisitorShare).toBe(0.2);
    expect(m.costPerVisitor?.toString()).toBe('0.75');
    expect(m.cpc?.toString()).toBe('1.5');
    expect(m.cpm?.toString()).toBe('30');
    expect(m.roi).toBe(9.52);
    expect(m.refundRate).toBe(0.05);
  });

  it('gives null, never NaN or Infinity, for a zero-visitor day', () => {
    const m = funnelMetrics({ visitors: 0, buyers: 0, paidAmount: 0, impressions: 0, clicks: 0, pageviews: 0, sessions: 0, bounces: 0, spend: 0 });
    for (const key of ['ctr', 'conversionRate', 'aov', 'revenuePerVisitor', 'pagesPerVisitor', 'bounceRate', 'costPerVisitor', 'cpc', 'cpm', 'roi', 'refundRate'] as const) {
      expect(m[key], key).toBeNull();
    }
  });

  it('gives no Infinity for money ratios at the edge of the exact range of money, and refuses amounts beyond it', () => {
    expect(errorAt(() => funnelMetrics({ visitors: 10, buyers: 1, paidAmount: '1e999', spend: '1e-999', refundAmount: '1e999' }))).toEqual({ code: 'INVALID_INPUT', path: 'paidAmount' });
    const m = funnelMetrics({ visitors: 10, buyers: 1, paidAmount: '9999999999999999', spend: '1e-17', refundAmount: '9999999999999999' });
    expect(m.roi).toBeCloseTo(9999999999999999e17, -20);
    expect(m.refundRate).toBe(1);
    expect(funnelMetrics({ visitors: 10, buyers: 1, paidAmount: '1e-17', refundAmount: '9999999999999999' }).refundRate).toBeCloseTo(9999999999999999e17, -20);
  });

  it('gives null for metrics whose inputs are missing', () => {
    const m = funnelMetrics({ visitors: 100, buyers: 3, paidAmount: 300 });
    expect(m.ctr).toBeNull();
    expect(m.cartRate).toBeNull();
    expect(m.silentConversionRate).toBeNull();
    expect(m.cpc).toBeNull();
    expect(m.refundRate).toBeNull();
  });

  it('uses order conversion for a presale item, and says so', () => {
    const m = funnelMetrics({ visitors: 500, buyers: 0, orderBuyers: 40, paidAmount: '4000', presale: true }, { locale: 'en' });
    expect(m.conversionRate).toBe(0.08);
    expect(m.conversionBasis).toBe('order');
    expect(m.paymentConversionRate).toBe(0);
    expect(m.flags).toEqual([
      { code: 'PRESALE_CONVERSION_FROM_ORDERS', path: 'presale', params: {}, message: funnelMessages.PRESALE_CONVERSION_FROM_ORDERS.en },
    ]);
    const missing = funnelMetrics({ visitors: 500, buyers: 0, paidAmount: 0, presale: true });
    expect(missing.conversionRate).toBeNull();
    expect(missing.flags[0]?.code).toBe('PRESALE_WITHOUT_ORDER_BUYERS');
    expect(missing.flags[0]?.message).toBe(funnelMessages.PRESALE_WITHOUT_ORDER_BUYERS['zh-CN']);
  });

  it('keeps and flags more buyers than visitors (a presale balance-payment day), in both locales', () => {
    const zh = funnelMetrics({ visitors: 100, buyers: 120, paidAmount: '12000' });
    expect(zh.conversionRate).toBe(1.2);
    expect(zh.flags).toHaveLength(1);
    expect(zh.flags[0]).toMatchObject({ code: 'BUYERS_EXCEED_VISITORS', path: 'buyers', params: { value: '120', baseValue: '100' } });
    expect(zh.flags[0]?.message).toBe('支付买家数 120 多于访客数 100：已保留（预售尾款日等情况可能出现），请核对数据');
    const en = funnelMetrics({ visitors: 100, buyers: 120, paidAmount: '12000' }, { locale: 'en' });
    expect(en.flags[0]?.message).toBe('Buyers (120) exceed visitors (100): kept — possible on a presale balance-payment day; check the data');
  });

  it('flags clicks above impressions, inquiry buyers above buyers and refunds above the paid amount', () => {
    const m = funnelMetrics(
      { visitors: 100, buyers: 2, paidAmount: '100', impressions: 10, clicks: 12, inquirers: 5, inquiryBuyers: 3, refundAmount: '150.5' },
      { locale: 'en' },
    );
    expect(m.flags.map((f) => [f.code, f.path])).toEqual([
      ['COUNT_EXCEEDS_BASE', 'clicks'],
      ['COUNT_EXCEEDS_BASE', 'inquiryBuyers'],
      ['REFUNDS_EXCEED_PAID', 'refundAmount'],
    ]);
    expect(m.flags[0]?.message).toBe('More clicks (12) than impressions (10): kept; check the data');
    expect(m.flags[2]?.message).toBe('Refunds (¥150.50) exceed the paid amount (¥100.00): kept — they may be for earlier orders; check the data');
    // Buyers who never asked cannot be negative: silent conversion is unknown, not −1%.
    expect(m.silentConversionRate).toBeNull();
    const zh = funnelMetrics({ visitors: 10, buyers: 1, paidAmount: 1, cartAdders: 11 });
    expect(zh.flags[0]?.message).toBe('加购人数 11 多于访客数 10：已保留，请核对数据');
  });

  it('accepts money as strings, numbers and Decimals, exactly', () => {
    const a = funnelMetrics({ visitors: 3, buyers: 3, paidAmount: 0.3 });
    const b = funnelMetrics({ visitors: 3, buyers: 3, paidAmount: toDecimal('0.1').plus('0.2') });
    expect(a.aov?.toString()).toBe('0.1');
    expect(b.aov?.toString()).toBe('0.1');
  });

  it('rejects bad input with the path of the field', () => {
    const cases: [unknown, string][] = [
      [{ visitors: -1, buyers: 0, paidAmount: 0 }, 'visitors'],
      [{ visitors: 10.5, buyers: 0, paidAmount: 0 }, 'visitors'],
      [{ visitors: 10, buyers: '3.2%', paidAmount: 0 }, 'buyers'],
      [{ visitors: 10, buyers: Number.NaN, paidAmount: 0 }, 'buyers'],
      [{ visitors: 10, buyers: 1 }, 'paidAmount'],
      [{ visitors: 10, buyers: 1, paidAmount: Number.POSITIVE_INFINITY }, 'paidAmount'],
      [{ visitors: 10, buyers: 1, paidAmount: '1,234' }, 'paidAmount'],
      [{ visitors: 10, buyers: 1, paidAmount: -5 }, 'paidAmount'],
      [{ visitors: 10, buyers: 1, paidAmount: 5, spend: 'NaN' }, 'spend'],
      [{ visitors: 10, buyers: 1, paidAmount: 5, sessions: 10, bounces: 11 }, 'bounces'],
      [{ visitors: 10, buyers: 1, paidAmount: 5, returningVisitors: 11 }, 'returningVisitors'],
      [{ visitors: 10, buyers: 4, paidAmount: 5, inquirers: 2, inquiryBuyers: 3 }, 'inquiryBuyers'],
      [{ visitors: 10, buyers: 4, paidAmount: 5, newBuyers: 3, returningBuyers: 2 }, 'returningBuyers'],
      [{ visitors: 10, buyers: 1, paidAmount: 5, presale: 'yes' }, 'presale'],
    ];
    for (const [input, path] of cases) {
      const e = errorOf(() => funnelMetrics(input as never));
      expect(e.code, JSON.stringify(input)).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path, JSON.stringify(input)).toBe(path);
    }
    expect(errorOf(() => funnelMetrics(null as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => funnelMetrics({ visitors: 1, buyers: 0, paidAmount: 0 }, { locale: 'fr' as never })).code).toBe('INVALID_OPTIONS');
  });

  it('lets a plugin replace a message', () => {
    const m = funnelMetrics({ visitors: 1, buyers: 2, paidAmount: 1 }, { locale: 'en', messages: { BUYERS_EXCEED_VISITORS: { 'zh-CN': '买家多', en: 'More buyers' } } });
    expect(m.flags[0]?.message).toBe('More buyers');
  });

  it('types money metrics as Decimal | null and rates as number | null', () => {
    expectTypeOf<FunnelMetrics['aov']>().toEqualTypeOf<Decimal | null>();
    expectTypeOf<FunnelMetrics['conversionRate']>().toEqualTypeOf<number | null>();
  });

  it('serialises to JSON with money as strings to the fen (issue 12 item 6)', () => {
    const json = JSON.parse(JSON.stringify(funnelMetrics({ visitors: 1000, buyers: 30, paidAmount: '7140' }))) as Record<string, unknown>;
    expect(json['aov']).toBe('238.00');
    // 7140 / 1000 visitors = ¥7.14 UV价值; 7140.05 / 30 buyers = 238.00166…, shown as 238.00.
    expect(json['revenuePerVisitor']).toBe('7.14');
    expect(JSON.parse(JSON.stringify(funnelMetrics({ visitors: 1000, buyers: 30, paidAmount: '7140.05' })))['aov']).toBe('238.00');
    // Half-up at the fen: 100 / 8 = 12.5 per visitor; 0.25 / 10 = 0.025 → 0.03.
    expect(funnelMetrics({ visitors: 10, buyers: 1, paidAmount: '0.25' }).revenuePerVisitor?.toFixed(3)).toBe('0.030');
    expect(json['conversionRate']).toBe(0.03);
  });
});
