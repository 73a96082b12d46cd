import { describe, expect, it } from 'vitest';
import { adsMessages, defaultKeywordThresholds, keywordAction, type KeywordInput } from 'storeops/ads';
import { errorOf } from '../helpers.js';

// ROI 3 (sales 1,800 / spend 600), CTR 2%, 8 orders over 7 days.
const kw: KeywordInput = { impressions: 20000, clicks: 400, spend: '600', sales: '1800', orders: 8, days: 7 };

describe('keywordAction', () => {
  it('judges nothing before 48 hours', () => {
    const r = keywordAction({ ...kw, days: 1.9 }, { breakEvenRoi: 2, locale: 'en' });
    expect(r.action).toBe('observe');
    expect(r.checks.map((c) => c.code)).toEqual(['KW_TOO_EARLY']);
    expect(r.status).toBe('unknown');
    expect(r.checks[0]?.message).toBe('Data covers only 1.9 of the 2 days needed: observe, judge nothing yet');
    expect(keywordAction({ ...kw, days: 2 }, { breakEvenRoi: 2 }).action).toBe('raise');
  });

  it('deletes after 7 days with more than 800 impressions and no click', () => {
    const base = { clicks: 0, spend: 0, sales: 0, orders: 0 };
    expect(keywordAction({ ...base, impressions: 801, days: 7 }, { breakEvenRoi: 2 }).action).toBe('delete');
    expect(keywordAction({ ...base, impressions: 800, days: 7 }, { breakEvenRoi: 2 }).action).toBe('observe');
    expect(keywordAction({ ...base, impressions: 5000, days: 6 }, { breakEvenRoi: 2 }).action).toBe('observe');
    const r = keywordAction({ ...base, impressions: 900, days: 7 }, { breakEvenRoi: 2, locale: 'en' });
    expect(r.checks[1]?.message).toBe('900 impressions in 7 days and no click: delete the keyword');
    expect(r.advice.map((a) => a.message)).toEqual([adsMessages.KW_ACTION_DELETE.en]);
    // Enough days passes, no click after 800 impressions fails: the keyword fails as a whole.
    expect(r.checks.map((c) => c.status)).toEqual(['pass', 'fail']);
    expect(r.status).toBe('fail');
  });

  it('deletes after 7 days with 20 clicks or more and no sale; lowers before that', () => {
    const noSale = { impressions: 2000, spend: '30', sales: 0, orders: 0 };
    expect(keywordAction({ ...noSale, clicks: 20, days: 7 }, { breakEvenRoi: 2 }).action).toBe('delete');
    expect(keywordAction({ ...noSale, clicks: 19, days: 7 }, { breakEvenRoi: 2 }).action).toBe('observe');
    const early = keywordAction({ ...noSale, clicks: 25, days: 3 }, { breakEvenRoi: 2, locale: 'en' });
    expect(early.action).toBe('lower');
    expect(early.checks[1]?.message).toBe('25 clicks and no sale: lower the bid, and delete if there is still no sale after 7 days');
  });

  it('does not call a keyword with sales "no sale" because its order count is 0', () => {
    // 成交金额 ¥500 with 成交笔数 0 (orders reported apart from the amount): ROI 10 decides, not the no-sale rule.
    const r = keywordAction({ impressions: 2000, clicks: 25, spend: '50', sales: '500', orders: 0, days: 8 }, { breakEvenRoi: 2 });
    expect(r.action).toBe('raise');
    expect(r.checks.map((c) => c.code)).toEqual(['KW_ENOUGH_DAYS', 'KW_ROI_ABOVE_RAISE']);
  });

  it('lowers below break-even ROI, keeps above it, raises with headroom', () => {
    expect(keywordAction(kw, { breakEvenRoi: 3.01 }).action).toBe('lower');
    expect(keywordAction(kw, { breakEvenRoi: 3 }).action).toBe('keep');
    // 2.5 × 1.2 = 3: ROI 3 reaches the raise mark exactly.
    const raise = keywordAction(kw, { breakEvenRoi: 2.5, locale: 'en' });
    expect(raise.action).toBe('raise');
    expect(raise.checks[1]).toMatchObject({ code: 'KW_ROI_ABOVE_RAISE', status: 'good', value: 3, thresholds: { direction: 'above', pass: 2.5, good: 3, inclusive: true } });
    expect(raise.checks[1]?.message).toBe('ROI 3 reaches 3 (break-even 2.5 plus headroom): raise the bid for more traffic');
    expect(raise.metrics.cpc?.toString()).toBe('1.5');
    const lower = keywordAction(kw, { breakEvenRoi: 4 });
    expect(lower.checks[1]?.message).toBe('ROI 3 低于保本 ROI 4：每笔成交都在亏钱，降低出价');
    expect(lower.advice[0]?.message).toBe('降价');
  });

  it('keeps instead of raising when CTR is under the given mark', () => {
    const r = keywordAction(kw, { breakEvenRoi: 2, thresholds: { minCtr: 0.03 }, locale: 'en' });
    expect(r.action).toBe('keep');
    expect(r.checks.map((c) => [c.code, c.status])).toEqual([
      ['KW_ENOUGH_DAYS', 'pass'],
      ['KW_ROI_ABOVE_RAISE', 'good'],
      ['KW_CTR_LOW', 'fail'],
    ]);
    expect(r.checks[2]?.message).toBe('CTR 2% is under 3%: improve the creative and main image before raising the bid');
    const ok = keywordAction(kw, { breakEvenRoi: 2, thresholds: { minCtr: 0.02 } });
    expect(ok.action).toBe('raise');
    expect(ok.checks[2]?.code).toBe('KW_CTR_OK');
  });

  it('observes a keyword with sales but no spend', () => {
    const r = keywordAction({ impressions: 100, clicks: 5, spend: 0, sales: '100', orders: 1, days: 3 }, { breakEvenRoi: 2 });
    expect(r.action).toBe('observe');
    expect(r.checks[1]?.code).toBe('KW_ROI_UNKNOWN');
  });

  it('lets every mark be overridden', () => {
    const t = { minDays: 0, deleteAfterDays: 3, noClickImpressions: 100, noSaleClicks: 10, raiseRoiFactor: 1 };
    expect(keywordAction({ impressions: 101, clicks: 0, spend: 0, sales: 0, orders: 0, days: 3 }, { breakEvenRoi: 2, thresholds: t }).action).toBe('delete');
    expect(keywordAction({ impressions: 500, clicks: 10, spend: 5, sales: 0, orders: 0, days: 3 }, { breakEvenRoi: 2, thresholds: t }).action).toBe('delete');
    expect(keywordAction(kw, { breakEvenRoi: 3, thresholds: t }).action).toBe('raise');
    expect(defaultKeywordThresholds).toEqual({ minDays: 2, deleteAfterDays: 7, noClickImpressions: 800, noSaleClicks: 20, raiseRoiFactor: 1.2, minCtr: null });
  });

  it('renders every reason in both locales', () => {
    const cases: [KeywordInput, number][] = [
      [{ ...kw, days: 1 }, 2],
      [{ impressions: 900, clicks: 0, spend: 0, sales: 0, orders: 0, days: 7 }, 2],
      [{ impressions: 900, clicks: 0, spend: 0, sales: 0, orders: 0, days: 3 }, 2],
      [{ impressions: 900, clicks: 30, spend: 9, sales: 0, orders: 0, days: 8 }, 2],
      [{ impressions: 900, clicks: 3, spend: 9, sales: 0, orders: 0, days: 8 }, 2],
      [kw, 2.9],
      [kw, 9],
    ];
    for (const [input, breakEvenRoi] of cases) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const r = keywordAction(input, { breakEvenRoi, locale });
        for (const c of r.checks) {
          expect(c.message).not.toBe(c.code);
          expect(c.message).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it('rejects bad input and options with paths', () => {
    expect(errorOf(() => keywordAction({ ...kw, days: -1 }, { breakEvenRoi: 2 })).issues[0]?.path).toBe('days');
    expect(errorOf(() => keywordAction({ ...kw, orders: undefined } as never, { breakEvenRoi: 2 })).issues[0]?.path).toBe('orders');
    expect(errorOf(() => keywordAction({ ...kw, clicks: 30000 }, { breakEvenRoi: 2 })).issues[0]?.path).toBe('clicks');
    const missing = errorOf(() => keywordAction(kw, {} as never));
    expect(missing.code).toBe('INVALID_OPTIONS');
    expect(missing.issues[0]?.path).toBe('breakEvenRoi');
    expect(errorOf(() => keywordAction(kw, { breakEvenRoi: 0 })).issues[0]?.path).toBe('breakEvenRoi');
    expect(errorOf(() => keywordAction(kw, { breakEvenRoi: 2, thresholds: { raiseRoiFactor: 0.5 } })).issues[0]?.path).toBe('thresholds.raiseRoiFactor');
    expect(errorOf(() => keywordAction(kw, { breakEvenRoi: 2, thresholds: { minCtr: 2 } })).issues[0]?.path).toBe('thresholds.minCtr');
    expect(errorOf(() => keywordAction(kw, { breakEvenRoi: 2, thresholds: { bogus: 1 } as never })).issues[0]?.path).toBe('thresholds.bogus');
  });
});

describe('keywordAction, options', () => {
  it('takes a plugin’s messages and ignores thresholds given as undefined', () => {
    const r = keywordAction(kw, { breakEvenRoi: 2.5, thresholds: { minDays: undefined as never }, messages: { KW_ACTION_RAISE: { 'zh-CN': '加价！', en: 'Raise!' } } });
    expect(r.advice[0]?.message).toBe('加价！');
  });
});
