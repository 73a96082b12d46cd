// Refunds against their 7-day norm, the hero item's 收藏/加购 and an event's run-up, through
// dailyBrief; every expected figure is worked out by hand from the rows built here.
import { describe, expect, it } from 'vitest';
import { dailyBrief, type DailyBriefInput } from 'storeops/brief';
import { addDays } from '../../src/core/internal.js';

const D = '2026-05-31'; // a Sunday
/** The 14 days up to D, oldest first. */
const days = Array.from({ length: 14 }, (_, i) => addDays(D, i - 13));

function store(paid: (date: string) => string, refund?: (date: string) => string | undefined): DailyBriefInput['store'] {
  return days.map((date) => {
    const r = refund?.(date);
    return { date, visitors: 1000, buyers: 40, paidAmount: paid(date), ...(r === undefined ? {} : { refundAmount: r }) };
  });
}

describe('refunds against the 7 days before (ratio of sums)', () => {
  it('flags a day refunding 10% of sales against a 5% norm: ¥500 more than usual', () => {
    // 7 days before: 7 × 500 refunded of 7 × 10,000 paid = 5%. The day: 1,000 of 10,000 = 10% > 5% × 1.5.
    // Excess: 1,000 − 5% × 10,000 = 500.
    const b = dailyBrief({ date: D, store: store(() => '10000.00', (d) => (d === D ? '1000.00' : '500.00')) }, { locale: 'en' });
    const f = b.findings.find((x) => x.code === 'REFUNDS_UP')!;
    expect(f).toMatchObject({ area: 'refunds', severity: 'warning', owner: 'service', numbers: { baseline: 'previous7Days', refunds: '1000.00', paid: '10000.00', rate: 0.1, norm: 0.05, baseRefunds: '3500.00', basePaid: '70000.00', excess: '500.00' } });
    expect(f.moneyAtStake!.toString()).toBe('500');
    expect(f.message).toBe('Refunds ¥1,000, 10% of sales against 5% over the 7 days before: ¥500 more than usual. After-sales: find the reasons, and whether one item stands out');
    const zh = dailyBrief({ date: D, store: store(() => '10000.00', (d) => (d === D ? '1000.00' : '500.00')) });
    expect(zh.findings.find((x) => x.code === 'REFUNDS_UP')!.message).toBe('退款 ¥1,000，退款率 10%，前 7 天 5%：比平时多退 ¥500。售后查退款原因，商品看是否集中在某款');
  });

  it('keeps quiet at the mark (7.5% = 5% × 1.5 is not above it) and on a day without sales', () => {
    const atMark = dailyBrief({ date: D, store: store(() => '10000.00', (d) => (d === D ? '750.00' : '500.00')) });
    expect(atMark.findings.some((x) => x.area === 'refunds')).toBe(false);
    // A refund on a day that sold nothing has no rate to hold against the norm.
    const noSales = dailyBrief({ date: D, store: store((d) => (d === D ? '0' : '10000.00'), (d) => (d === D ? '300.00' : '500.00')) });
    expect(noSales.findings.some((x) => x.area === 'refunds')).toBe(false);
    // Nor is a week that sold nothing a norm.
    const noBase = dailyBrief({ date: D, store: store((d) => (d === D ? '10000.00' : '0'), () => '0') });
    expect(noBase.findings.some((x) => x.area === 'refunds')).toBe(false);
  });
});

describe("the hero item's cart and favourite rates, last 7 days against the 7 before", () => {
  // 100 visitors a day. Before (05-18..05-24): 10 carts (10%) and 5 favourites (5%) a day.
  // Last 7 (05-25..05-31): 7 carts (7%: −30%) and 7 favourites (7%: +40%) a day.
  const last = (d: string) => d >= addDays(D, -6);
  const items = (name?: string) =>
    days.map((date) => ({ date, itemId: 'h', ...(name === undefined ? {} : { itemName: name }), visitors: 100, buyers: 4, paidAmount: '800.00', cartAdders: last(date) ? 7 : 10, favoriters: last(date) ? 7 : 5 }));

  it('a cart rate down 30% is design’s warning; a favourite rate up 40% is operations’ note', () => {
    const b = dailyBrief({ date: D, store: store(() => '10000.00'), heroItemId: 'h', items: items('Hero Dress') }, { locale: 'en' });
    const cart = b.findings.find((f) => f.code === 'HERO_CART_DOWN')!;
    expect(cart).toMatchObject({ area: 'products', severity: 'warning', owner: 'design', subject: 'h' });
    expect(cart.numbers).toEqual({ baseline: 'previous7Days', itemId: 'h', from: '2026-05-25', to: D, visitors: 700, baseVisitors: 700, cartAdders: 49, baseCartAdders: 70, rate: 0.07, baseRate: 0.1 });
    expect(cart.message).toBe('Hero item Hero Dress: cart rate 7% over the last 7 days against 10% before (-30.0%); sales will follow, so check the main image, price and reviews');
    const fav = b.findings.find((f) => f.code === 'HERO_FAVORITE_UP')!;
    expect(fav).toMatchObject({ area: 'products', severity: 'info', owner: 'operations', numbers: { favoriters: 49, baseFavoriters: 35, rate: 0.07, baseRate: 0.05 } });
    expect(fav.message).toBe('Hero item Hero Dress: favourite rate 7% over the last 7 days against 5% before (+40.0%): interest is rising, get stock ready');
  });

  it('names the item by its id when the export has no name', () => {
    const b = dailyBrief({ date: D, store: store(() => '10000.00'), heroItemId: 'h', items: items() });
    expect(b.findings.find((f) => f.code === 'HERO_CART_DOWN')!.message).toBe('主打款h近 7 天加购率 7%，前 7 天 10%（-30.0%）：销量会跟着掉，先查主图、价格和评价');
  });

  it('says nothing without visitors in the week before (no base rate), or under the 20% mark', () => {
    const noBase = items().map((r) => (last(r.date) ? r : { ...r, visitors: 0 }));
    const b = dailyBrief({ date: D, store: store(() => '10000.00'), heroItemId: 'h', items: noBase });
    expect(b.findings.filter((f) => f.code.startsWith('HERO_'))).toEqual([]);
    // Carts 10% → 9% is −10%, favourites 5% → 5.5% is +10%: both under the 20% mark.
    const small = days.map((date) => ({ date, itemId: 'h', visitors: 200, cartAdders: last(date) ? 18 : 20, favoriters: last(date) ? 11 : 10 }));
    expect(dailyBrief({ date: D, store: store(() => '10000.00'), heroItemId: 'h', items: small }).findings.filter((f) => f.code.startsWith('HERO_'))).toEqual([]);
  });
});

describe("an event's run-up, with the hero item's stock cover", () => {
  const base = { date: D, store: store(() => '10000.00') };
  // 618 is 18 days after 05-31: inside the default 20-day run-up (warm-up from 05-29).
  const events = [
    { date: '2026-11-11', name: '双11' },
    { date: '2026-06-18', name: '618' },
  ];
  const plan = [{ date: D, target: '10000' }, { date: '2026-06-18', target: '30000', events: ['618', '年中大促'] }];

  it('takes the nearest event once, though both the events and the plan name it', () => {
    const b = dailyBrief({ ...base, events, plan }, { locale: 'en' });
    const e = b.findings.filter((f) => f.area === 'event');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatchObject({ code: 'EVENT_WARMUP', severity: 'info', subject: '618', params: { event: '618', date: '2026-06-18', days: 18, warmupDays: 20, cover: '—' }, numbers: { daysLeft: 18, heroDaysOfCover: null, warmupStart: '2026-05-29' } });
  });

  it('stock covering 10 of the 18 days is a warning to reorder; 20 days is a note', () => {
    const stock = (onHand: number) => [{ id: 'h', onHand, dailySales: 10, leadTimeDays: 7, safetyDays: 3 }];
    const short = dailyBrief({ ...base, events, heroItemId: 'h', stock: stock(100) }, { locale: 'en' }).findings.find((f) => f.area === 'event')!;
    expect(short).toMatchObject({ code: 'EVENT_WARMUP_STOCK_SHORT', severity: 'warning', numbers: { heroDaysOfCover: 10 } });
    expect(short.message).toBe('618 (2026-06-18) is in its run-up, 18 days to go, and the hero item’s stock covers only 10 days: reorder today; sign up and prepare the warm-up pages and coupons');
    const ok = dailyBrief({ ...base, events, heroItemId: 'h', stock: stock(200) }).findings.find((f) => f.area === 'event')!;
    expect(ok).toMatchObject({ code: 'EVENT_WARMUP_STOCK', severity: 'info', numbers: { heroDaysOfCover: 20 } });
    expect(ok.message).toBe('618（2026-06-18）预热期，还有 18 天：主打款库存够卖 20 天；报名活动、做预热页和优惠券，加购收藏人群加推广');
  });

  it('without the hero in the stock list, or with a hero that sells nothing, the cover is unknown', () => {
    const other = dailyBrief({ ...base, events, heroItemId: 'h', stock: [{ id: 'x', onHand: 5, dailySales: 1, leadTimeDays: 7, safetyDays: 3 }] }).findings.find((f) => f.area === 'event')!;
    expect(other).toMatchObject({ code: 'EVENT_WARMUP', numbers: { heroDaysOfCover: null } });
    // No stock list at all; the events listed nearest first this time.
    const none = dailyBrief({ ...base, events: [...events].reverse(), heroItemId: 'h' }).findings.find((f) => f.area === 'event')!;
    expect(none).toMatchObject({ code: 'EVENT_WARMUP', subject: '618', numbers: { heroDaysOfCover: null } });
    // Nothing sells: the stock never runs out, so there is no cover to hold against the days left.
    const idle = dailyBrief({ ...base, events, heroItemId: 'h', stock: [{ id: 'h', onHand: 5, dailySales: 0, leadTimeDays: 7, safetyDays: 3 }] }).findings.find((f) => f.area === 'event')!;
    expect(idle).toMatchObject({ code: 'EVENT_WARMUP', params: { cover: '—' } });
  });

  it('an event beyond its run-up is not told yet', () => {
    expect(dailyBrief({ ...base, events: [{ date: '2026-06-18', name: '618', warmupDays: 10 }] }).findings.some((f) => f.area === 'event')).toBe(false);
  });
});
