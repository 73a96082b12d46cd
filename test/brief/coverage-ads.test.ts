// The paid channel through dailyBrief: keyword lists in money order with their ties, a cap that
// ran out without a visitor drop, campaigns without judged keywords, and a paid source that is
// new this week. Every figure is worked out by hand from the rows built here (domain reference §7).
import { describe, expect, it } from 'vitest';
import { dailyBrief, type DailyBriefInput } from 'storeops/brief';
import { addDays } from '../../src/core/internal.js';

const D = '2026-05-31';
const week = Array.from({ length: 7 }, (_, i) => addDays(D, i - 6)); // 05-25 … 05-31
const store = [{ date: D, visitors: 1000, buyers: 30, paidAmount: '6000.00' }];

type Day = { impressions?: number; clicks?: number; spend?: string; sales?: string; orders?: number };
/** A keyword's rows, the same every day of `dates`. */
function kw(keyword: string, day: Day, dates: readonly string[] = week, extra: { campaign?: string; itemId?: string } = {}): NonNullable<DailyBriefInput['keywords']> {
  return dates.map((date) => ({ date, keyword, impressions: 1000, clicks: 10, orders: 1, ...day, ...extra }));
}

describe('keyword lists: one finding per action, largest money at stake first', () => {
  // Store break-even ROI 2, so the raise mark is 2.4. Per day:
  //   lower: f 200 → 200 (ROI 1, 100 a day over: 200 − 200/2), e 100 → 50 (0.5, 75), b 100 → 100 (1, 50),
  //          a and c 100 → 150 (1.5, 25 each), d 50 → 50 (1, 25);
  //   delete (7 days): g and h 20 clicks, no sale (20 and 10 a day spent), i and j no click in 900 impressions;
  //   observe (one day of data): k ROI 5, l ROI 1;
  //   raise: n ROI 5 (2.5× break-even), m, o and p ROI 3 (1.5×).
  const keywords = [
    ...kw('a', { spend: '100', sales: '150' }),
    ...kw('b', { spend: '100', sales: '100' }),
    ...kw('c', { spend: '100', sales: '150' }),
    ...kw('d', { spend: '50', sales: '50' }),
    ...kw('e', { spend: '100', sales: '50' }),
    ...kw('f', { spend: '200', sales: '200' }),
    ...kw('g', { clicks: 3, spend: '20', sales: '0', orders: 0 }),
    ...kw('h', { clicks: 3, spend: '10', sales: '0', orders: 0 }),
    // j before i, and o before m: ties are put in name order whatever the export's order.
    ...kw('j', { impressions: 130, clicks: 0, spend: '0', sales: '0', orders: 0 }),
    ...kw('i', { impressions: 130, clicks: 0, spend: '0', sales: '0', orders: 0 }),
    ...kw('k', { spend: '10', sales: '50' }, [D]),
    ...kw('l', { spend: '10', sales: '10' }, [D]),
    ...kw('o', { spend: '10', sales: '30' }),
    ...kw('m', { spend: '10', sales: '30' }),
    ...kw('n', { spend: '10', sales: '50' }),
    ...kw('p', { spend: '10', sales: '30' }),
  ];
  const brief = dailyBrief({ date: D, store, keywords, breakEvenRoi: 2 }, { locale: 'en' });
  const finding = (code: string) => brief.findings.find((f) => f.code === code)!;

  it('lower: by money a day, then ROI, then name; five named and the rest counted', () => {
    const f = finding('KEYWORDS_LOWER');
    expect(f.numbers['keywords']).toBe(['f', 'e', 'b', 'a', 'c', 'd'].join('\n'));
    // 100 + 75 + 50 + 25 + 25 + 25 = 300 a day; spend 7 × (200 + 100 + 100 + 100 + 100 + 50) = 4,550.
    expect(f.moneyAtStake!.toString()).toBe('300');
    expect(f.numbers).toMatchObject({ count: 6, spend: '4550.00', moneyAtStake: '300.00', 'roi:a': 1.5, 'breakEvenRoi:a': 2 });
    expect(f.message).toBe('Keywords under their break-even ROI (6; ROI/break-even): f 1/2, e 0.5/2, b 1/2, a 1.5/2, c 1.5/2 (+1). Lower their bids: about ¥300 a day overspent');
    expect(f.params).toMatchObject({ count: 6, more: 1 });
  });

  it('delete: the spend a day first; the keywords with no spend and no ROI by name', () => {
    const f = finding('KEYWORDS_DELETE');
    expect(f.numbers['keywords']).toBe(['g', 'h', 'i', 'j'].join('\n'));
    // 20 + 10 a day; 7 × 30 = 210 spent.
    expect(f.moneyAtStake!.toString()).toBe('30');
    expect(f.message).toBe('Keywords with no sale or no click in 7 days (4): g 0/2, h 0/2, i —/2, j —/2. Delete them: ¥210 spent in 7 days');
  });

  it('observe: no money at stake, so by ROI', () => {
    const f = finding('KEYWORDS_OBSERVE');
    expect(f.numbers['keywords']).toBe('k\nl');
    expect(f.moneyAtStake).toBeNull();
    expect(f.severity).toBe('info');
    expect(f.message).toBe('Keywords with too little data yet (2); keep watching: k 5/2, l 1/2');
  });

  it('raise: by ROI over break-even, then name, as the paid channel’s only story', () => {
    const f = finding('KEYWORDS_RAISE');
    expect(f.numbers['keywords']).toBe('n\nm\no\np');
    expect(f.message).toBe('Keywords above their break-even ROI (4; ROI/break-even): n 5/2, m 3/2, o 3/2, p 3/2. Raise their bids');
    expect(f.stance).toEqual({ channel: 'paid', direction: 'grow' });
  });
});

describe('a daily cap that ran out with no fall in paid visitors', () => {
  // 主推 spent 96 of its 100 cap on the day (≥ 95%); its keyword's 7-day ROI is 300/96 = 3.125.
  const capped = (sales: string) => ({
    date: D,
    store,
    keywords: kw('连衣裙', { spend: '96', sales }, week, { campaign: '主推' }),
    campaigns: [{ name: '主推', dailyBudget: '100', exhaustedAt: '15:20' }],
  });

  it('above break-even: raise its cap; the story has no money at stake and is told for paid', () => {
    const b = dailyBrief({ ...capped('300'), breakEvenRoi: 2 }, { locale: 'en' });
    const f = b.findings.find((x) => x.area === 'ads' && x.code.startsWith('ADS_'))!;
    expect(f).toMatchObject({ code: 'ADS_BUDGET_CAPPED_ONLY', severity: 'warning', subject: 'paid', moneyAtStake: null, stance: { channel: 'paid', direction: 'grow' } });
    expect(f.message).toBe('The daily cap ran out (主推 ¥100 @15:20)');
    expect(f.numbers).toMatchObject({ share: null, campaignsCapped: '主推', 'spend:主推': '96.00', 'dailyBudget:主推': '100.00', 'roi:主推': 3.125 });
    // Campaign ROI 3.125 against break-even 2 (7 × 300 sales allow 7 × 150 spend, and it spent 7 × 96).
    expect(f.advice.map((a) => a.message)).toEqual(['Raise the daily cap of the campaigns above break-even (campaign ROI/break-even ROI cap): 主推 3.13/2 ¥100', 'Keywords to bid up (ROI/break-even ROI, 1 in all): 连衣裙 3.13/2']);
  });

  it('below break-even: do not raise the cap; the story is to shift money', () => {
    // ROI 150/96 = 1.5625 < 2.
    const b = dailyBrief({ ...capped('150'), breakEvenRoi: 2 }, { locale: 'en' });
    const f = b.findings.find((x) => x.code === 'ADS_BUDGET_CAPPED_ONLY')!;
    expect(f.stance).toEqual({ channel: 'paid', direction: 'shift' });
    expect(f.advice[0]!.message).toBe('These campaigns are below break-even: do not raise their cap; lower bids and delete dead keywords first: 主推 1.56/2 ¥100');
  });

  it('without a break-even ROI no keyword is judged: the capped campaign shows no ROI', () => {
    const b = dailyBrief({ ...capped('300'), campaigns: [{ name: '主推', dailyBudget: '100' }] }, { locale: 'en' });
    expect(b.skipped.find((s) => s.area === 'ads')?.code).toBe('SKIPPED_NO_BREAK_EVEN');
    const f = b.findings.find((x) => x.code === 'ADS_BUDGET_CAPPED_ONLY')!;
    expect(f.advice[0]!.message).toBe('These campaigns are below break-even: do not raise their cap; lower bids and delete dead keywords first: 主推 —/— ¥100');
    expect(f.numbers['roi:主推']).toBeNull();
    // No time the cap was hit: none is printed.
    expect(f.message).toBe('The daily cap ran out (主推 ¥100)');
  });
});

describe('a paid source new this week', () => {
  it('adds its visitors as a rise told in visitors, with no rate against last week', () => {
    // Last Sunday 05-24: 手淘搜索 1,000 visitors, ¥7,000. Today: the same, and 引力魔方 100 visitors, ¥500.
    // All of the ¥500 rise is 引力魔方's visitors (its visitor value ¥5 on both sides); paid is
    // 100 of 1,100 visitors over the week (9.1%), inside its 5–10% norm, so this is no ads story.
    const base = '2026-05-24';
    const b = dailyBrief(
      {
        date: D,
        store: [
          { date: base, visitors: 1000, buyers: 30, paidAmount: '7000.00' },
          { date: D, visitors: 1100, buyers: 31, paidAmount: '7500.00' },
        ],
        sources: [
          { date: base, source: '手淘搜索', category: 'natural', visitors: 1000, paidAmount: '7000.00' },
          { date: D, source: '手淘搜索', category: 'natural', visitors: 1000, paidAmount: '7000.00' },
          { date: D, source: '引力魔方', category: 'paid', visitors: 100, paidAmount: '500.00' },
        ],
      },
      { locale: 'en' },
    );
    const f = b.findings.find((x) => x.code === 'SOURCE_VISITORS_UP')!;
    expect(f).toMatchObject({ area: 'sources', owner: 'promotion', subject: '引力魔方', share: 1, stance: { channel: 'paid', direction: 'grow' } });
    expect(f.moneyAtStake!.toString()).toBe('500');
    // From no visitors a week ago the rise is told in visitors: 100 − 0 (a percentage of 0 is none).
    expect(f.params).toMatchObject({ visitors: '100', baseVisitors: '0', rise: '100', effect: '¥500', share: '100%' });
    expect(f.message).toBe('引力魔方 brought 100 visitors against 0 on the same day last week (+100), adding ¥500: grow it');
    expect(b.findings.some((x) => x.area === 'ads')).toBe(false);
  });
});

describe('sources: a name two branches share, and campaign traffic', () => {
  it('names the branch by its path and gives a fall in activity traffic to promotion', () => {
    // 其他 under 活动 fell 1,000 → 500 visitors at ¥7 each: −¥3,500, all of the store's fall
    // (14,000 → 10,500); 其他 under 淘内免费 held at 1,000.
    const base = '2026-05-24';
    // The 淘内免费 rows have no category (counted as other).
    const src = (date: string, group: string, category: string | undefined, visitors: number) => ({ date, source: '其他', sourcePath: [group, '其他'], ...(category === undefined ? {} : { category }), visitors, paidAmount: (visitors * 7).toFixed(2) });
    const b = dailyBrief(
      {
        date: D,
        store: [
          { date: base, visitors: 2000, buyers: 60, paidAmount: '14000.00' },
          { date: D, visitors: 1500, buyers: 45, paidAmount: '10500.00' },
        ],
        sources: [src(base, '活动', 'activity', 1000), src(base, '淘内免费', undefined, 1000), src(D, '活动', 'activity', 500), src(D, '淘内免费', undefined, 1000)],
      },
      { locale: 'en' },
    );
    const f = b.findings.find((x) => x.code === 'SOURCE_VISITORS_DOWN')!;
    expect(f).toMatchObject({ subject: '活动/其他', owner: 'promotion', severity: 'critical', share: 1, params: { visitors: '500', baseVisitors: '1,000', drop: '50%', effect: '¥3,500' } });
    expect(f.moneyAtStake!.toString()).toBe('3500');
    expect(b.findings.filter((x) => x.area === 'sources')).toHaveLength(1);
  });
});

describe('sources: a natural source with no visitors a week ago', () => {
  it('tells its rise in visitors in both locales, not as a percentage of nothing', () => {
    const D = '2026-05-31';
    const base = '2026-05-24';
    const input = {
      date: D,
      store: [
        { date: base, visitors: 1000, buyers: 30, paidAmount: '7000.00' },
        { date: D, visitors: 1120, buyers: 33, paidAmount: '7840.00' },
      ],
      sources: [
        { date: base, source: '手淘搜索', category: 'natural', visitors: 1000, paidAmount: '7000.00' },
        { date: D, source: '手淘搜索', category: 'natural', visitors: 1000, paidAmount: '7000.00' },
        { date: D, source: '淘宝直播', category: 'content', visitors: 120, paidAmount: '840.00' },
      ],
    };
    const en = dailyBrief(input, { locale: 'en' }).findings.find((x) => x.code === 'SOURCE_VISITORS_UP' && x.subject === '淘宝直播')!;
    // 120 visitors × ¥7 each (840 / 120): ¥840 added, from 0 a week ago.
    expect(en.message).toBe('淘宝直播 brought 120 visitors against 0 on the same day last week (+120), adding ¥840: grow it');
    const zh = dailyBrief(input).findings.find((x) => x.code === 'SOURCE_VISITORS_UP' && x.subject === '淘宝直播')!;
    expect(zh.message).toBe('淘宝直播访客 120，上周同日 0，多了 120，多卖 ¥840：加大投入');
  });
});
