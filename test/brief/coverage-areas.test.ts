// The brief's smaller areas with the inputs they are mostly run without: DSR without a category,
// a week of page views without buyers or visitors, service against the category, members with
// default options, an unplaced source without a path, an override left undefined, and keyword
// rows with fields missing.
import { describe, expect, it } from 'vitest';
import { dailyBrief } from 'storeops/brief';
import { addDays } from '../../src/core/internal.js';

const D = '2026-05-31'; // a Sunday: page health's weekly day
const store = [{ date: D, visitors: 1000, buyers: 30, paidAmount: '7200.00' }];

describe('areas with less input than usual', () => {
  it('DSR without the category: held against the pass mark alone', () => {
    // service: two 1s, two 4s, 16 fives = 90/20 = 4.5, below the pass mark; no category average.
    const ratings = Array.from({ length: 20 }, (_, i) => ({ buyerId: `b${i}`, createdAt: '2026-05-01', ratedAt: '2026-05-10', description: 5, service: i < 2 ? 1 : i < 4 ? 4 : 5, shipping: 5 }));
    const d = dailyBrief({ date: D, store, dsr: { ratings } }, { locale: 'en' }).findings.filter((f) => f.area === 'dsr');
    const service = d.find((f) => f.subject === 'service')!;
    expect(service).toMatchObject({ code: 'DSR_SERVICE_BELOW_PASS', owner: 'service', severity: 'warning' });
    expect(service.numbers).toMatchObject({ score: 4.5, sum: 90, count: 20, average: null });
  });

  it('page health in a week without buyers has no store AOV; a week without visitors is skipped, not an error', () => {
    // 7 days × 1,000 visitors and 2,000 page views: 2 pages a visitor, under the 2.5 mark.
    const week = Array.from({ length: 7 }, (_, i) => ({ date: addDays(D, -i), visitors: 1000, buyers: 0, paidAmount: '0', pageviews: 2000, bounceRate: 0.4 }));
    const f = dailyBrief({ date: D, store: week }, { locale: 'en' }).findings.find((x) => x.area === 'page-health')!;
    expect(f).toMatchObject({ code: 'PAGE_DEPTH_FAIL', owner: 'design', subject: 'pagesPerVisitor' });
    expect(f.numbers).toMatchObject({ visitors: 7000, pageviews: 14000, pagesPerVisitor: 2, bounceRate: 0.4, storeAov: null, heroAov: null });
    const empty = Array.from({ length: 7 }, (_, i) => ({ date: addDays(D, -i), visitors: 0, buyers: 0, paidAmount: '0', pageviews: 0, bounceRate: 0 }));
    // It used to throw INVALID_INPUT at "bounceRate" (page health's own input): now the area is skipped.
    const b = dailyBrief({ date: D, store: empty }, { locale: 'en' });
    expect(b.findings.some((x) => x.area === 'page-health')).toBe(false);
    expect(b.skipped.find((x) => x.area === 'page-health')).toMatchObject({ code: 'SKIPPED_NO_DATA', message: 'Page health: no data' });
  });

  it('service against the category average; members with the default options', () => {
    // The team converts 100 of 200 inquirers (50%) against the category's 60%.
    const agents = [{ id: 'ann', inquirers: 100, inquiryBuyers: 60, paidAmount: 12000 }, { id: 'bo', inquirers: 100, inquiryBuyers: 40, paidAmount: 8000 }];
    const b = dailyBrief({ date: D, store, service: { agents, categoryAverage: { inquiryConversionRate: 0.6 } }, members: { orders: [{ buyerId: 'li', date: '2026-05-01', amount: '120.00' }] } }, { locale: 'en' });
    expect(b.findings.filter((f) => f.area === 'service').map((f) => f.code)).toContain('SERVICE_FINDING_TEAM_TRAILS_CATEGORY');
    expect(b.skipped.some((s) => s.area === 'members')).toBe(false);
  });

  it('an unplaced source without a path is named by its name', () => {
    const sources = [{ date: D, source: '神秘渠道', unplaced: true, visitors: 10 }];
    const f = dailyBrief({ date: D, store, sources }, { locale: 'en' }).findings.find((x) => x.code === 'DATA_UNPLACED_SOURCES')!;
    expect(f.message).toBe('1 traffic sources could not be placed in a category and count as other for now: 神秘渠道; say which kind of traffic they are');
  });

  it('an override given as undefined leaves the default', () => {
    // As a JavaScript caller may write it (the types do not allow an undefined mark).
    const b = dailyBrief({ date: D, store }, { thresholds: { materialMoney: undefined, materialShare: 0.2 } as never });
    expect(b.materiality).toEqual({ money: 50, share: 0.2 });
  });

  it('keyword rows with their counts and amounts missing count them as 0', () => {
    // 7 days of 900 impressions and nothing else: no click in 6,300 impressions, a keyword to delete, with nothing spent.
    const keywords = Array.from({ length: 7 }, (_, i) => ({ date: addDays(D, -i), keyword: '空词', impressions: 900 }));
    const f = dailyBrief({ date: D, store, keywords, breakEvenRoi: 2 }, { locale: 'en' }).findings.find((x) => x.code === 'KEYWORDS_DELETE')!;
    expect(f.numbers).toMatchObject({ keywords: '空词', count: 1, spend: '0.00', moneyAtStake: '0.00' });
  });
});
