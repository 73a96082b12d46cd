import { describe, expect, it } from 'vitest';
import { dailyBrief, defaultBriefThresholds, renderBrief, type DailyBriefInput } from 'storeops/brief';
import { addDays, isStoreOpsError } from '../../src/core/internal.js';

// A Sunday and the Sunday before; hand-checked numbers.
const D = '2026-05-31';
const B = '2026-05-24';
const base: DailyBriefInput = {
  date: D,
  store: [
    { date: B, visitors: 3000, buyers: 90, paidAmount: '21600.00' },
    { date: D, visitors: 2400, buyers: 72, paidAmount: '17280.00' },
  ],
  sources: [
    { date: B, source: '手淘搜索', category: 'natural', visitors: 2000, paidAmount: '14400.00' },
    { date: B, source: '直通车', category: 'paid', visitors: 1000, paidAmount: '7200.00' },
    { date: D, source: '手淘搜索', category: 'natural', visitors: 2000, paidAmount: '14400.00' },
    { date: D, source: '直通车', category: 'paid', visitors: 400, paidAmount: '2880.00' },
  ],
  plan: [{ date: D, target: '20000' }],
};

function thrown(fn: () => unknown): { code: string; issues: { path: string }[] } {
  try {
    fn();
  } catch (e) {
    expect(isStoreOpsError(e)).toBe(true);
    return e as never;
  }
  throw new Error('did not throw');
}

describe('dailyBrief', () => {
  it('judges the target: 17,280 against 20,000 is missed by 2,720 (86.4%)', () => {
    const b = dailyBrief(base, { locale: 'en' });
    expect(b.met).toBe(false);
    const t = b.findings.find((f) => f.area === 'target')!;
    expect(t).toMatchObject({ code: 'TARGET_MISSED', severity: 'critical', owner: 'operations', numbers: { gap: '-2720.00', achievement: 0.864 } });
    expect(t.moneyAtStake!.toString()).toBe('2720');
    // Money in messages to the yuan; the exact amounts stay in numbers.
    expect(t.message).toBe('2026-05-31 missed its target: paid ¥17,280 against ¥20,000, ¥2,720 short (86.4%)');
  });

  it('tells the paid source that lost 600 visitors as the ads story: all of the ¥4,320 fall, owned by promotion', () => {
    const b = dailyBrief(base, { locale: 'en' });
    const s = b.findings.find((f) => f.area === 'ads')!;
    // 直通车: 600 fewer visitors × ¥7.20 each = ¥4,320, the whole fall of 21,600 → 17,280.
    expect(s).toMatchObject({ code: 'ADS_PAID_DOWN', owner: 'promotion', severity: 'critical', subject: '直通车', numbers: { visitorEffect: '-4320.00', share: 1, baseline: 'sameWeekdayLastWeek' } });
    expect(s.message).toBe('Paid visitors fell against the same day last week (直通车 400/1,000, day/last week): ¥4,320 of sales lost, 100% of what fell');
    // Without keywords or caps: check delivery; paid is 2,400 of 12,000 visitors over the week? No: only two days of sources, 1,400 of 5,400 = 25.9%, above 5–10%.
    expect(s.advice.map((a) => a.code)).toEqual(['ADS_CHECK_DELIVERY', 'ADS_SHARE_NOTE']);
    expect(s.stance).toEqual({ channel: 'paid', direction: 'grow' });
    expect(b.findings.filter((f) => f.area === 'sources')).toHaveLength(0);
    // The visitors driver is not told again: the plan has no drivers here anyway.
    expect(b.skipped.find((x) => x.area === 'drivers')?.code).toBe('SKIPPED_NO_PLAN_DRIVERS');
    expect(b.skipped.find((x) => x.area === 'drivers')?.message).toBe('Drivers: no planned drivers (visitors and conversion) for the day, so the gap is not split');
  });

  it('splits a source’s change into visitors and visitor value that add up exactly', () => {
    const input = {
      ...base,
      sources: [
        { date: B, source: '手淘搜索', category: 'natural', visitors: 3000, paidAmount: '21600.00' },
        { date: D, source: '手淘搜索', category: 'natural', visitors: 2400, paidAmount: '17280.00' },
      ],
      store: base.store,
    };
    input.sources[1]!.paidAmount = '14400.00';
    input.store = [base.store[0]!, { date: D, visitors: 2400, buyers: 60, paidAmount: '14400.00' }];
    const b = dailyBrief(input, { locale: 'en' });
    const v = b.findings.find((f) => f.code === 'SOURCE_VISITORS_DOWN')!;
    const u = b.findings.find((f) => f.code === 'SOURCE_VALUE_DOWN')!;
    // visitors: −600 × (7.20 + 6.00) / 2 = −3,960; value: −1.20 × (3000 + 2400) / 2 = −3,240; total −7,200.
    expect(v.numbers['visitorEffect']).toBe('-3960.00');
    expect(u.numbers['valueEffect']).toBe('-3240.00');
    expect(v.owner).toBe('operations');
    expect(u.owner).toBe('design');
  });

  it('says a rising source went well and skips sources without last week’s data', () => {
    const up = dailyBrief({ ...base, store: [base.store[1]!, { date: B, visitors: 1800, buyers: 54, paidAmount: '12960.00' }], sources: [base.sources![2]!, base.sources![3]!, { date: B, source: '手淘搜索', category: 'natural', visitors: 1400, paidAmount: '10080.00' }, { date: B, source: '直通车', category: 'paid', visitors: 400, paidAmount: '2880.00' }] }, { locale: 'en' });
    expect(up.findings.find((f) => f.area === 'sources')).toMatchObject({ code: 'SOURCE_VISITORS_UP', severity: 'info', subject: '手淘搜索' });
    const none = dailyBrief({ ...base, sources: base.sources!.filter((s) => s.date === D) });
    expect(none.skipped.map((s) => s.code)).toContain('SKIPPED_NO_BASELINE');
    expect(dailyBrief({ ...base, sources: [] }).skipped.find((s) => s.area === 'sources')?.message).toBe('流量来源：没有数据');
  });

  it('uses the deepest source level only, so totals and details are not added twice', () => {
    const withTotals = { ...base, sources: [...base.sources!.map((s) => ({ ...s, sourceLevel: 2 })), { date: D, source: '付费流量', category: 'paid', sourceLevel: 1, visitors: 400, paidAmount: '2880.00' }] };
    const b = dailyBrief(withTotals);
    // The paid drop is the ads story; the split is over the level-2 rows only: 600 × ¥7.20.
    expect(b.findings.find((f) => f.area === 'ads')?.numbers['visitorEffect']).toBe('-4320.00');
    expect(b.findings.filter((f) => f.area === 'sources')).toHaveLength(0);
  });

  it('is met on the mark and skips the target without a plan', () => {
    expect(dailyBrief({ ...base, plan: [{ date: D, target: '17280.00' }] }).met).toBe(true);
    const b = dailyBrief({ ...base, plan: [] }, { locale: 'en' });
    expect(b.met).toBeNull();
    expect(b.skipped[0]).toMatchObject({ area: 'target', code: 'SKIPPED_NO_PLAN', message: 'Target: no plan for the day' });
  });

  it('judges page health on Sundays only, over the 7 days ending on the date', () => {
    const week = Array.from({ length: 7 }, (_, i) => ({ date: addDays('2026-05-25', i), visitors: 1000, buyers: 30, paidAmount: '7200.00', pageviews: 2400, bounceRate: 0.75 }));
    const b = dailyBrief({ date: D, store: week, heroItemId: 'h', items: week.map((d) => ({ date: d.date, itemId: 'h', visitors: 500, buyers: 20, paidAmount: '4000.00' })) }, { locale: 'en' });
    const codes = b.findings.filter((f) => f.area === 'page-health').map((f) => [f.code, f.owner]);
    // bounce 75% ≥ 70%, depth 2.4 ≤ 2.5, store AOV 240 < 1.3 × 200
    expect(codes).toEqual([
      ['PAGE_AOV_LIFT_FAIL', 'merchandising'],
      ['PAGE_BOUNCE_FAIL', 'design'],
      ['PAGE_DEPTH_FAIL', 'design'],
    ]);
    const saturday = dailyBrief({ date: '2026-05-30', store: week }, { locale: 'en' });
    expect(saturday.skipped.find((s) => s.area === 'page-health')?.message).toBe('Page health: weekly, next on 2026-05-31');
    expect(dailyBrief({ date: '2026-05-30', store: week }, { thresholds: { pageHealthWeekday: 6 } }).findings.some((f) => f.area === 'page-health')).toBe(true);
    expect(dailyBrief({ date: D, store: [{ date: D, visitors: 1, buyers: 0, paidAmount: 0 }] }).skipped.map((s) => s.area)).toContain('page-health');
  });

  it('finds items whose conversion rose or fell by a fifth or more, with enough visitors', () => {
    const rows = [];
    for (let i = 0; i < 14; i++) {
      const date = addDays('2026-05-18', i);
      const late = i >= 7;
      rows.push({ date, itemId: 'up', itemName: '连衣裙', visitors: 100, buyers: late ? 3 : 2, paidAmount: late ? '600.00' : '400.00' });
      rows.push({ date, itemId: 'down', visitors: 100, buyers: late ? 2 : 3, paidAmount: late ? '400.00' : '600.00' });
      rows.push({ date, itemId: 'flat', visitors: 100, buyers: 2, paidAmount: '400.00' });
      rows.push({ date, itemId: 'small', visitors: 10, buyers: late ? 2 : 1, paidAmount: '200.00' });
    }
    const b = dailyBrief({ date: D, store: [{ date: D, visitors: 500, buyers: 10, paidAmount: '2000' }], items: rows }, { locale: 'en' });
    const p = b.findings.filter((f) => f.area === 'products');
    expect(p.map((f) => [f.subject, f.code, f.owner])).toEqual([
      ['down', 'PRODUCT_CONVERSION_DOWN', 'design'],
      ['up', 'PRODUCT_CONVERSION_UP', 'promotion'],
    ]);
    // up: (3% − 2%) × 700 visitors × ¥200 ÷ 7 days = ¥200 a day; down the same, so the
    // warning comes before the info.
    expect(p[1]!.numbers).toMatchObject({ conversionRate: 0.03, baseConversionRate: 0.02, moneyAtStake: '200.00' });
    expect(p[1]!.message).toBe('连衣裙 converted 3% over the last 7 days against 2% before (+50.0%), ¥200 more a day: feed it traffic');
    expect(dailyBrief({ date: D, store: [{ date: D, visitors: 1, buyers: 0, paidAmount: 0 }] }).skipped.map((s) => s.area)).toContain('products');
  });

  it('reports an item whose conversion fell to zero, priced at the earlier week’s AOV', () => {
    const rows = [];
    for (let i = 0; i < 14; i++) {
      const date = addDays('2026-05-18', i);
      const late = i >= 7;
      // Before: 3 buyers of 100 visitors a day at ¥200; last 7 days: 100 visitors, nobody buys.
      rows.push({ date, itemId: 'dead', itemName: '羊毛大衣', visitors: 100, buyers: late ? 0 : 3, paidAmount: late ? '0' : '600.00' });
    }
    const b = dailyBrief({ date: D, store: [{ date: D, visitors: 500, buyers: 10, paidAmount: '2000' }], items: rows }, { locale: 'en' });
    const p = b.findings.filter((f) => f.area === 'products');
    expect(p.map((f) => [f.subject, f.code, f.severity, f.owner])).toEqual([['dead', 'PRODUCT_CONVERSION_DOWN', 'warning', 'design']]);
    // (0% − 3%) × 700 visitors × ¥200 (the AOV before: ¥4,200 ÷ 21 buyers) ÷ 7 days = ¥600 a day.
    expect(p[0]!.moneyAtStake?.toFixed(2)).toBe('600.00');
    expect(p[0]!.numbers).toMatchObject({ conversionRate: 0, baseConversionRate: 0.03, moneyAtStake: '-600.00' });
    expect(p[0]!.message).toBe('羊毛大衣 converted 0% over the last 7 days against 3% before (-100.0%), ¥600 less a day: fix its price, main image and page, or starve it of traffic');
  });

  it('says how many rows the adapters left out', () => {
    const b = dailyBrief({ ...base, leftOut: [{ export: 'items.csv', rows: 2 }, { export: 'store.csv', rows: 0 }] }, { locale: 'en' });
    expect(b.findings.find((f) => f.area === 'data')).toMatchObject({ code: 'DATA_ROWS_LEFT_OUT', owner: 'operations', numbers: { rows: 2 } });
    expect(b.leftOut).toEqual([{ export: 'items.csv', rows: 2 }, { export: 'store.csv', rows: 0 }]);
  });

  it('counts a missing count or amount (an export’s "-") as 0', () => {
    const b = dailyBrief({ date: D, store: [{ date: D }], plan: [{ date: D, target: 100 }] });
    expect(b.findings[0]?.numbers).toMatchObject({ actual: '0.00', gap: '-100.00' });
  });

  it('renders every message in both locales', () => {
    const zh = dailyBrief(base);
    const en = dailyBrief(base, { locale: 'en' });
    expect(zh.findings.map((f) => f.code)).toEqual(en.findings.map((f) => f.code));
    for (const f of zh.findings) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    for (const f of en.findings) expect(f.message).not.toBe(f.code);
  });

  it('judges DSR below the category, below the pass mark and close to a mark, with owners', () => {
    const rating = (i: number, stars: [number, number, number]) => ({ buyerId: `b${i}`, createdAt: '2026-05-01', ratedAt: '2026-05-10', description: stars[0], service: stars[1], shipping: stars[2] });
    // description: 19 fives and one 1 = 96/20 = 4.8 (domain reference §4); service: two 1s, two 4s, 16 fives = 90/20 = 4.5; shipping: all 5.
    const ratings = Array.from({ length: 20 }, (_, i) => rating(i, [i === 0 ? 1 : 5, i < 2 ? 1 : i < 4 ? 4 : 5, 5]));
    const b = dailyBrief({ date: D, store: base.store, dsr: { ratings, category: { description: { average: 4.85, worst: 4.5 } } } }, { locale: 'en' });
    const d = b.findings.filter((f) => f.area === 'dsr');
    expect(d.map((f) => [f.code, f.owner, f.severity])).toEqual([
      ['DSR_DESCRIPTION_BELOW_CATEGORY', 'merchandising', 'warning'],
      ['DSR_SERVICE_BELOW_PASS', 'service', 'warning'],
      ['DSR_SHIPPING_NEAR_MARK', 'operations', 'info'],
    ]);
    expect(d[0]!.numbers).toMatchObject({ score: 4.8, display: '4.8', sum: 96, count: 20, average: 4.85 });
    expect(d[0]!.params['percent']).toBe('14.28%'); // (4.85 − 4.8) / (4.85 − 4.5) = 14.2857…%, cut to 2 decimals by compareDsr
    expect(d[1]!.numbers).toMatchObject({ score: 4.5, sum: 90 });
    // shipping 5.0: one 1-star rating makes 101/21 = 4.81, a second 102/22 = 4.64 < 4.8.
    expect(d[2]!.numbers).toMatchObject({ score: 5, buffer: 1 });
    expect(dailyBrief(base).skipped.find((s) => s.area === 'dsr')?.code).toBe('SKIPPED_NO_DATA');
    expect(dailyBrief({ ...base, dsr: { ratings: [] } }).skipped.find((s) => s.area === 'dsr')?.code).toBe('SKIPPED_NO_RATINGS');
    const e = thrown(() => dailyBrief({ ...base, dsr: { ratings: [rating(1, [6, 5, 5])] } }));
    expect([e.code, e.issues[0]?.path]).toEqual(['INVALID_INPUT', 'dsr.ratings[0].description']);
  });

  it('takes the findings of service, stock and members as those modules give them, with their checks’ numbers', () => {
    const b = dailyBrief(
      {
        ...base,
        plan: [],
        service: { agents: [{ id: 'ann', inquirers: 100, inquiryBuyers: 70, paidAmount: 14000 }, { id: 'bo', inquirers: 100, inquiryBuyers: 30, paidAmount: 6000 }] },
        stock: [{ id: 'hit', onHand: 30, dailySales: 10, leadTimeDays: 7, safetyDays: 3, price: 99 }],
        members: {
          orders: [
            { buyerId: 'li', date: '2026-05-01', amount: '120.00' },
            { buyerId: 'li', date: '2026-05-20', amount: '80.00' },
          ],
          options: { windowDays: 31 },
        },
      },
      { locale: 'en' },
    );
    const byArea = (area: string) => b.findings.filter((f) => f.area === area);
    expect(byArea('service').map((f) => [f.code, f.owner])).toContainEqual(['SERVICE_FINDING_AGENT_WEAK', 'service']);
    expect(byArea('stock')[0]).toMatchObject({ subject: 'hit', severity: 'critical', owner: 'merchandising' });
    expect(byArea('stock')[0]!.numbers['moneyAtStake']).toBe('6930.00'); // the figure of stockCover's own findings example
    expect(byArea('members').length).toBeGreaterThan(0);
    const e = thrown(() => dailyBrief({ ...base, stock: [{ id: 'x', onHand: -1, dailySales: 1, leadTimeDays: 7, safetyDays: 3 }] }));
    expect([e.code, e.issues[0]?.path]).toEqual(['INVALID_INPUT', 'stock[0].onHand']);
  });

  it('takes plugins: the brief’s marks, page-health marks and messages', () => {
    const plugin = {
      name: 'house-rules',
      thresholds: { brief: { minShare: 0.5 }, 'page-health': { pagesPerVisitor: { pass: 2 } } },
      messages: { TARGET_MISSED: { 'zh-CN': '没达标：差 {gap}', en: 'Missed by {gap}' }, HEADLINE_MISSED: { 'zh-CN': '{date} 没达标：差 {gap}', en: '{date}: missed by {gap}' } },
    };
    const b = dailyBrief(base, { locale: 'en', plugins: [plugin] });
    expect(b.findings.find((f) => f.code === 'TARGET_MISSED')?.message).toBe('Missed by ¥2,720');
    expect(renderBrief(b, { plugins: [plugin], locale: 'zh-CN' })).toContain('2026-05-31 没达标：差 ¥2,720');
    // The brief keeps the messages it was built with: rendered later without the plugin, in either
    // locale and after a JSON round trip, it still prints the plugin's wording.
    expect(renderBrief(b, { locale: 'zh-CN' })).toContain('2026-05-31 没达标：差 ¥2,720');
    expect(renderBrief(JSON.parse(JSON.stringify(b)) as typeof b, { locale: 'zh-CN' })).toContain('2026-05-31 没达标：差 ¥2,720');
    expect(b.messages).toEqual(plugin.messages);
    const week = Array.from({ length: 7 }, (_, i) => ({ date: addDays('2026-05-25', i), visitors: 1000, buyers: 30, paidAmount: '7200.00', pageviews: 2400, bounceRate: 0.5 }));
    expect(dailyBrief({ date: D, store: week }).findings.map((f) => f.code)).toContain('PAGE_DEPTH_FAIL');
    expect(dailyBrief({ date: D, store: week }, { plugins: [plugin] }).findings.map((f) => f.code)).not.toContain('PAGE_DEPTH_FAIL');
    const loosePaid = { name: 'loose-paid', thresholds: { 'traffic-structure': { norms: { paid: { max: 0.35 } } } } };
    expect(dailyBrief(base, { plugins: [loosePaid] }).findings.some((f) => f.area === 'traffic' && f.subject === 'paid')).toBe(false);
    const bad = thrown(() => dailyBrief(base, { plugins: [{ name: 'x', thresholds: { brief: { minShare: 5 } } }] }));
    expect([bad.code, bad.issues[0]?.path]).toEqual(['INVALID_PLUGIN', 'plugins[0].thresholds.brief.minShare']);
  });

  it('attributes the gap to the plan’s drivers by Shapley values that add up to the gap', () => {
    // Plan: 2,500 visitors × 4% × AOV 200 (= 20,000 / (2,500 × 0.04)); actual: 2,400 × 3% × 240 = 17,280.
    const b = dailyBrief({ ...base, sources: [], plan: [{ date: D, target: '20000', visitors: 2500, conversionRate: 0.04 }] }, { locale: 'en' });
    const a = [2500, 0.04, 200];
    const c = [2400, 0.03, 240];
    // Shapley value of factor i for a product of three: Δi × ((x·y at base + at current) / 3 + (mixed pairs) / 6).
    const shapley = (i: number) => {
      const [j, k] = [0, 1, 2].filter((n) => n !== i) as [number, number];
      return (c[i]! - a[i]!) * ((a[j]! * a[k]! + c[j]! * c[k]!) / 3 + (a[j]! * c[k]! + c[j]! * a[k]!) / 6);
    };
    const d = b.findings.filter((f) => f.area === 'drivers');
    // Severity first (conversion carries more than half of the gap: critical; visitors short: warning;
    // AOV ahead: info), then money at stake.
    expect(d.map((f) => [f.code, f.owner, f.severity])).toEqual([
      ['DRIVER_CONVERSION_SHORT', 'design', 'critical'],
      ['DRIVER_VISITORS_SHORT', 'promotion', 'warning'],
      ['DRIVER_AOV_AHEAD', 'merchandising', 'info'],
    ]);
    const n = d[0]!.numbers;
    // Effects are whole fen (largest remainder against the gap): each within a fen of the exact value.
    const fenOff = (x: unknown, exact: number) => Math.abs(Number(x) - exact);
    expect(fenOff(n['conversionRateEffect'], shapley(1))).toBeLessThanOrEqual(0.01);
    expect(fenOff(n['aovEffect'], shapley(2))).toBeLessThanOrEqual(0.01);
    expect(fenOff(n['visitorsEffect'], shapley(0))).toBeLessThanOrEqual(0.01);
    expect(Number(n['visitorsEffect']) + Number(n['conversionRateEffect']) + Number(n['aovEffect'])).toBeCloseTo(-2720, 6);
    expect(n['gap']).toBe('-2720.00');
    expect(d[0]!.message).toMatch(/^Conversion 3% against a plan of 4% \(-25\.0%\): ¥[\d,.]+ of sales lost/);
    expect(dailyBrief(base).skipped.map((s) => s.area)).toContain('drivers');
  });

  it('does not split the gap when the day’s visitors, buyers and paid amount do not fit together', () => {
    // 支付买家数 exported as "-" (counted as 0) on a day that sold ¥17,280: conversion × AOV cannot
    // give the sales, so effects would explain a ¥20,000 gap instead of the real ¥2,720.
    const plan = [{ date: D, target: '20000', visitors: 2500, conversionRate: 0.04 }];
    for (const store of [
      [{ date: D, visitors: 2400, paidAmount: '17280.00' }],
      [{ date: D, visitors: 0, buyers: 72, paidAmount: '17280.00' }],
    ]) {
      const b = dailyBrief({ date: D, store, plan }, { locale: 'en' });
      expect(b.findings.filter((f) => f.area === 'drivers')).toEqual([]);
      expect(b.findings.find((f) => f.code === 'TARGET_MISSED')?.numbers['gap']).toBe('-2720.00');
      const skipped = b.skipped.find((s) => s.area === 'drivers');
      expect(skipped?.code).toBe('SKIPPED_DRIVERS_DO_NOT_FIT');
      expect(skipped?.message).toBe('Drivers: the day’s visitors, buyers and paid amount do not fit together (a missing count?), so the gap is not split');
    }
    // A day with no buyers and no sales fits: conversion 0 explains the whole ¥20,000 gap.
    const none = dailyBrief({ date: D, store: [{ date: D, visitors: 2400, buyers: 0, paidAmount: 0 }], plan });
    const n = none.findings.find((f) => f.area === 'drivers')!.numbers;
    expect(n['gap']).toBe('-20000.00');
    expect(Number(n['visitorsEffect']) + Number(n['conversionRateEffect']) + Number(n['aovEffect'])).toBeCloseTo(-20000, 6);
  });

  it('tracks progress to date and re-plans the next days so the total is still reached', () => {
    const plan = [
      { date: '2026-05-30', target: '10000' },
      { date: D, target: '20000' },
      { date: '2026-06-01', target: '10000' },
      { date: '2026-06-02', target: '10000' },
    ];
    const store = [{ date: '2026-05-30', visitors: 1000, buyers: 30, paidAmount: '9000.00' }, ...base.store];
    const b = dailyBrief({ ...base, store, plan }, { locale: 'en' });
    expect(b.findings.find((f) => f.code === 'TARGET_TO_DATE_BEHIND')?.numbers).toMatchObject({ actualToDate: '26280.00', targetToDate: '30000.00', gap: '-3720.00' });
    // 50,000 − 26,280 = 23,720 left, over two days planned 10,000 each: 11,860 each.
    const r = b.findings.find((f) => f.area === 'replan')!;
    expect(r).toMatchObject({ code: 'REPLAN_WEEK', owner: 'operations', severity: 'warning' });
    expect(r.numbers).toMatchObject({ remaining: '23720.00', originalWeek: '20000.00', newWeek: '23720.00', change: '3720.00', '2026-06-01': '11860.00' });
    expect(r.moneyAtStake?.toString()).toBe('1860'); // 3,720 more over 2 days: 1,860 a day
    expect(dailyBrief(base).skipped.find((s) => s.area === 'replan')?.code).toBe('SKIPPED_NO_PLAN');
    const e = thrown(() => dailyBrief({ ...base, plan: [{ date: D, target: '1' }, { date: D, target: '2' }] }));
    expect(e.issues[0]?.path.startsWith('plan')).toBe(true);
  });

  it('does not count plan days without a store row as zero sales', () => {
    // A month's plan of ¥10,000 a day; the store rows cover only the last 7 days, each on target.
    const plan = Array.from({ length: 31 }, (_, i) => ({ date: addDays('2026-05-01', i), target: '10000' }));
    const store = Array.from({ length: 7 }, (_, i) => ({ date: addDays('2026-05-24', i), visitors: 1000, buyers: 30, paidAmount: '10000.00' }));
    const b = dailyBrief({ date: '2026-05-30', store, plan }, { locale: 'en' });
    // Counting 23 days without data as ¥0 would say "¥230,000 behind (23.3%)" and raise every day left.
    expect(b.findings.map((f) => f.code)).toEqual(['TARGET_MET']);
    const skipped = b.skipped.filter((s) => s.area === 'target' || s.area === 'replan');
    expect(skipped.map((s) => [s.area, s.code])).toEqual([
      ['target', 'SKIPPED_PLAN_DAYS_WITHOUT_DATA'],
      ['replan', 'SKIPPED_PLAN_DAYS_WITHOUT_DATA'],
    ]);
    expect(skipped[0]!.message).toBe('Target: 23 days of the plan up to the date have no store data (the first 2026-05-01), so progress to date and the replan are not judged');
    // With every plan day's row, progress to date is judged again.
    const full = Array.from({ length: 30 }, (_, i) => ({ date: addDays('2026-05-01', i), visitors: 1000, buyers: 30, paidAmount: '10000.00' }));
    const codes = dailyBrief({ date: '2026-05-30', store: full, plan }).findings.map((f) => f.code);
    expect(codes).toContain('TARGET_TO_DATE_AHEAD');
    // Exactly on plan: nothing to replan, so no replan finding.
    expect(codes.some((c) => c.startsWith('REPLAN'))).toBe(false);
  });

  it('holds the week’s traffic structure against the seed norms; a high paid share is told in the ads story', () => {
    const b = dailyBrief(base, { locale: 'en' });
    // Over the days of the week with data (05-24 is outside 05-25..05-31): paid 400 of 2,400 = 16.7% > 10%.
    expect(b.findings.filter((f) => f.area === 'traffic').map((f) => f.subject)).toEqual(['member']); // 0% < 10%
    const story = b.findings.find((f) => f.area === 'ads')!;
    expect(story.numbers['paidShareOfWeek']).toBeCloseTo(400 / 2400, 12);
    expect(story.advice.find((a) => a.code === 'ADS_SHARE_NOTE')?.message).toBe('Paid traffic is already 16.7% of the last 7 days’ visitors (reference 5%–10%): add budget only to campaigns above break-even, not across the board');
    // Natural traffic low over the week is a finding of its own, named with the week.
    const week = Array.from({ length: 7 }, (_, i) => addDays('2026-05-25', i));
    const sources = week.flatMap((date) => [
      { date, source: '手淘搜索', category: 'natural', visitors: 600, paidAmount: '100' },
      { date, source: '购物车', category: 'member', visitors: 150, paidAmount: '100' },
      { date, source: '直通车', category: 'paid', visitors: 80, paidAmount: '100' },
      { date, source: '抖音', category: 'external', visitors: 170, paidAmount: '0' },
    ]);
    const low = dailyBrief({ date: D, store: [{ date: D, visitors: 1000, buyers: 10, paidAmount: '200' }], sources }, { locale: 'en' }).findings.filter((f) => f.area === 'traffic');
    // natural 600 of 1,000 a day = 60% < 70%; member 15% and paid 8% are inside their ranges.
    expect(low.map((f) => [f.code, f.subject, f.numbers['days']])).toEqual([['TRAFFIC_WEEK_LOW', 'natural', 7]]);
    expect(low[0]!.message).toBe('Natural traffic was 60% of visitors over the last 7 days (7 with data), below the reference range ≥ 70%');
  });

  it('judges activity traffic only on campaign days', () => {
    const quiet = dailyBrief(base, { locale: 'en' });
    expect(quiet.findings.some((f) => f.subject === 'activity')).toBe(false);
    const campaign = dailyBrief({ ...base, events: [{ date: D, name: '周年庆' }] }, { locale: 'en' });
    expect(campaign.findings.find((f) => f.subject === 'activity')).toMatchObject({ code: 'TRAFFIC_WEEK_LOW', owner: 'promotion' });
    // A plan from planTargets marks its event days the same way.
    const plan = { days: [{ date: D, target: '20000', events: ['周年庆'] }] };
    expect(dailyBrief({ ...base, plan }).findings.some((f) => f.subject === 'activity')).toBe(true);
  });

  it('judges each keyword over 7 days against its item’s break-even ROI', () => {
    const week = Array.from({ length: 7 }, (_, i) => addDays('2026-05-25', i));
    const keywords = [
      ...week.map((date) => ({ date, keyword: 'good', itemId: 'p', impressions: 1000, clicks: 40, spend: '40', sales: '200', orders: 1 })),
      ...week.map((date) => ({ date, keyword: 'poor', itemId: 'p', impressions: 1000, clicks: 40, spend: '100', sales: '100', orders: 1 })),
      ...week.map((date) => ({ date, keyword: 'dead', itemId: 'p', impressions: 130, clicks: 0, spend: '0', sales: '0', orders: 0 })),
      { date: D, keyword: 'new', itemId: 'p', impressions: 100, clicks: 5, spend: '5', sales: '0', orders: 0 },
      { date: '2026-05-01', keyword: 'old', itemId: 'p', impressions: 100, clicks: 5, spend: '5', sales: '0', orders: 0 },
    ];
    // price 100, unit cost 40: contribution 60%, break-even ROI 1 / 0.6 = 1.67 (domain reference §5).
    const products = [{ id: 'p', price: '100', unitCost: '40' }];
    const ads = dailyBrief({ ...base, keywords, products }, { locale: 'en' }).findings.filter((f) => f.area === 'ads');
    // One story for the paid channel (直通车 lost visitors) carrying the keyword to raise; the
    // other actions one finding per kind, with their lists.
    expect(ads.map((f) => [f.subject, f.code])).toEqual([
      ['直通车', 'ADS_PAID_DOWN'],
      ['keywords', 'KEYWORDS_LOWER'],
      ['keywords', 'KEYWORDS_DELETE'],
      ['keywords', 'KEYWORDS_OBSERVE'],
    ]);
    expect(ads[0]!.advice.find((a) => a.code === 'ADS_RAISE_BIDS')?.message).toBe('Keywords to bid up (ROI/break-even ROI, 1 in all): good 5/1.67');
    // lower: (700 spent − 700 sales ÷ 1.67) ÷ 7 days = (700 − 420) ÷ 7 = ¥40 a day
    const lower = ads[1]!;
    expect(lower.moneyAtStake?.toString()).toBe('40');
    expect(lower.numbers).toMatchObject({ count: 1, keywords: 'poor', 'roi:poor': 1, spend: '700.00' });
    expect(lower.numbers['breakEvenRoi:poor']).toBeCloseTo(1 / 0.6, 12);
    expect(lower.message).toBe('Keywords under their break-even ROI (1; ROI/break-even): poor 1/1.67. Lower their bids: about ¥40 a day overspent');
    expect(dailyBrief({ ...base, keywords, products }).findings.find((f) => f.code === 'KEYWORDS_LOWER')?.message).toBe('1 个词 ROI 低于保本（ROI/保本ROI）：poor 1/1.67。降低出价，每天多花约 ¥40');
    // ¥0 spent on the dead keyword: nothing at stake, so it is kept but not material.
    expect(ads[2]!).toMatchObject({ material: false, numbers: { keywords: 'dead' } });
    const fallback = dailyBrief({ ...base, keywords, breakEvenRoi: 2 }).findings.filter((f) => f.area === 'ads');
    expect(fallback.find((f) => f.code === 'KEYWORDS_LOWER')?.numbers['breakEvenRoi:poor']).toBe(2);
    expect(dailyBrief({ ...base, keywords }).skipped.find((s) => s.area === 'ads')?.code).toBe('SKIPPED_NO_BREAK_EVEN');
    expect(dailyBrief(base).skipped.find((s) => s.area === 'ads')?.code).toBe('SKIPPED_NO_DATA');
    const e = thrown(() => dailyBrief({ ...base, keywords, products: [{ id: 'p', price: '-1', unitCost: '40' }] }));
    expect(e.issues[0]?.path).toBe('products[0].price');
  });

  it('has documented defaults', () => {
    expect(defaultBriefThresholds).toEqual({
      minShare: 0.1,
      productConversionChange: 0.2,
      productMinVisitors: 300,
      pageHealthWeekday: 7,
      dsrNearRatings: 5,
      materialMoney: 50,
      materialShare: 0.05,
      actionsPerOwner: 3,
      eventWarmupDays: 20,
      refundRise: 0.5,
      budgetUsedShare: 0.95,
      leadingIndicatorChange: 0.2,
      inquiryConversionChange: 0.1,
    });
  });

  it('throws StoreOpsError with the path of a bad field', () => {
    const cases: [unknown, string][] = [
      [{ ...base, date: '2026-02-30' }, 'date'],
      [{ ...base, store: [{ date: D, visitors: -1 }] }, 'store[0].visitors'],
      [{ ...base, store: [{ date: D, visitors: Number.NaN }] }, 'store[0].visitors'],
      [{ ...base, store: [{ date: D, bounceRate: '70%' }] }, 'store[0].bounceRate'],
      [{ ...base, store: [{ date: D, bounceRate: 1.5 }] }, 'store[0].bounceRate'],
      [{ ...base, store: [{ date: D, paidAmount: '1,234' }] }, 'store[0].paidAmount'],
      [{ ...base, plan: [{ date: D }] }, 'plan[0].target'],
      [{ date: D }, 'store'],
      [{ ...base, store: [{ date: B }] }, 'store'],
    ];
    for (const [input, path] of cases) {
      const e = thrown(() => dailyBrief(input as DailyBriefInput));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path).toBe(path);
    }
    expect(thrown(() => dailyBrief(base, { locale: 'fr' as never })).code).toBe('INVALID_OPTIONS');
    const t = thrown(() => dailyBrief(base, { thresholds: { minShare: 2 } }));
    expect([t.code, t.issues[0]?.path]).toEqual(['INVALID_OPTIONS', 'thresholds.minShare']);
  });
});
