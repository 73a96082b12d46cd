// The sample data of the examples, as tables of cells (header first), written the way the
// 生意参谋 exports write them ('11,532', '3.08%', '-'): a month (2026-05-01 .. 2026-05-31) of a
// fictional women's clothing store, 山岚女装. Deterministic (one seeded generator, always drawn
// in the same order), so the files written from it by examples/generate-data.ts and the clean
// tables a test builds from it hold the same numbers.
//
// What the data holds, so the morning brief has something to find:
// - 2026-05-31 (a Sunday, the last day): the 直通车 budget ran out at noon, so paid traffic
//   (直通车 + 引力魔方 + 淘宝客) is down by a third against the Sunday before.
// - Item 纯棉连衣裙 converts better over the last week; 针织开衫 converts worse.
// - Visit depth sits just under 2.5 and the store AOV is under 1.3× the hero item's AOV.
// - DSR shipping (物流服务) lags the category.
// - The plan covers May and June, so a missed day re-plans the days ahead.
// - The 4th item row of 2026-05-01 has a misread cell ('1,23' visitors): the brief must report
//   it and carry on.
// Simplifications: sources add up to the store's visitors and buyers (a real export's daily
// source UVs overlap a little); items add up to the store's paid amount.
import { mulberry32 } from './lib/random.js';

/** A table: the header row, then rows of cells. */
export type Table = (string | number)[][];

/** Every table of the sample month. */
export interface SampleData {
  /** One row per day: the store's daily numbers (统计日期, 访客数, 浏览量, …). */
  store: Table;
  /** One row per item and day. */
  items: Table;
  /** One row per traffic source and day (统计日期, 流量来源, 来源明细, …). */
  sources: Table;
  /** One row per keyword and day (直通车 / 万相台 keyword promotion). */
  keywords: Table;
  /** The daily plan for May and June. */
  plan: Table;
  /** Price and costs per item. */
  products: Table;
  /** One DSR rating per line. */
  dsrRatings: Table;
  /** The category's average, best and worst DSR. */
  dsrCategory: Table;
}

/** Generates the sample month (always the same numbers). */
export function generateSampleData(): SampleData {
  const rand = mulberry32(20260531);
  const jitter = (spread: number) => 1 + (rand() * 2 - 1) * spread;

  const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const yuan = (fen: number) => `${group(Math.floor(fen / 100))}.${String(fen % 100).padStart(2, '0')}`;
  const pct = (num: number, den: number) => (den === 0 ? '-' : `${((num / den) * 100).toFixed(2)}%`);

  function days(start: string, count: number): string[] {
    const [y, m, d] = start.split('-').map(Number) as [number, number, number];
    return Array.from({ length: count }, (_, i) => {
      const t = new Date(Date.UTC(y, m - 1, d + i));
      return t.toISOString().slice(0, 10);
    });
  }
  const weekday = (date: string) => {
    const w = new Date(`${date}T00:00:00Z`).getUTCDay();
    return w === 0 ? 7 : w;
  };

  const DATES = days('2026-05-01', 31);
  const LAST = DATES[DATES.length - 1] as string;
  const dayFactor = (date: string) => (weekday(date) >= 6 ? 1.25 : 1) * (date <= '2026-05-03' ? 1.35 : 1);

  // --- traffic sources: first level, second level, base visitors, conversion, AOV (yuan)
  const SOURCES = [
    ['淘内免费', '手淘搜索', 4200, 0.03, 236],
    ['淘内免费', '手淘推荐', 2600, 0.014, 205],
    ['淘内免费', '淘内免费其他', 500, 0.018, 220],
    ['付费流量', '直通车', 1500, 0.032, 248],
    ['付费流量', '引力魔方', 600, 0.012, 230],
    ['付费流量', '淘宝客', 400, 0.045, 199],
    ['自主访问', '购物车', 700, 0.1, 262],
    ['自主访问', '我的淘宝', 450, 0.07, 255],
    ['自主访问', '直接访问', 250, 0.04, 240],
    ['淘外流量', '抖音', 200, 0.008, 210],
    ['其他', '其他来源', 100, 0.01, 200],
  ] as const;

  interface Agg {
    visitors: number;
    orderBuyers: number;
    buyers: number;
    fen: number;
  }
  const storeByDay = new Map<string, Agg>();
  const sourceRows: (string | number)[][] = [['统计日期', '流量来源', '来源明细', '访客数', '下单买家数', '支付买家数', '支付金额', '支付转化率']];
  for (const date of DATES) {
    const agg: Agg = { visitors: 0, orderBuyers: 0, buyers: 0, fen: 0 };
    for (const [l1, l2, base, conv, aov] of SOURCES) {
      let visitors = Math.round(base * dayFactor(date) * jitter(0.06));
      // The budget of 直通车 ran out at noon on the last day: paid traffic down by a third.
      if (date === LAST && l2 === '直通车') visitors = Math.round(visitors * 0.42);
      const buyers = Math.round(visitors * conv * jitter(0.08));
      const orderBuyers = Math.round(buyers * 1.12 * jitter(0.03));
      const fen = Math.round(buyers * aov * jitter(0.05) * 100);
      agg.visitors += visitors;
      agg.orderBuyers += orderBuyers;
      agg.buyers += buyers;
      agg.fen += fen;
      sourceRows.push([date, l1, l2, group(visitors), group(orderBuyers), group(buyers), yuan(fen), pct(buyers, visitors)]);
    }
    storeByDay.set(date, agg);
  }

  // --- store-level daily export (older 买家数 headers)
  const storeRows: (string | number)[][] = [
    ['统计日期', '访客数', '浏览量', '跳失率', '人均浏览量', '平均停留时长', '下单买家数', '支付买家数', '支付金额', '支付转化率', '客单价', '访客平均价值', '商品收藏人数', '商品加购人数', '成功退款金额'],
  ];
  for (const date of DATES) {
    const a = storeByDay.get(date) as Agg;
    const pageviews = Math.round(a.visitors * 2.42 * jitter(0.04));
    const bounce = 0.655 * jitter(0.03);
    storeRows.push([
      date,
      group(a.visitors),
      group(pageviews),
      `${(bounce * 100).toFixed(2)}%`,
      (pageviews / a.visitors).toFixed(2),
      (41 * jitter(0.1)).toFixed(1),
      group(a.orderBuyers),
      group(a.buyers),
      yuan(a.fen),
      pct(a.buyers, a.visitors),
      yuan(Math.round(a.fen / a.buyers)),
      yuan(Math.round(a.fen / a.visitors)),
      group(Math.round(a.visitors * 0.06 * jitter(0.1))),
      group(Math.round(a.visitors * 0.11 * jitter(0.1))),
      date === '2026-05-02' ? '-' : yuan(Math.round(a.fen * 0.05 * jitter(0.3))),
    ]);
  }

  // --- items (newer 用户数 headers): id, name, price, unit cost, share of sales, conversion, trend
  const ITEMS = [
    ['650100000001', '高腰阔腿裤', 219, 82, 0.3, 0.035, 0],
    ['650100000002', '羊毛混纺大衣', 599, 270, 0.1, 0.012, 0],
    ['650100000003', '真丝衬衫', 329, 118, 0.13, 0.025, 0],
    ['650100000004', '基础款T恤', 69, 31, 0.08, 0.05, 0],
    ['650100000005', '针织开衫', 259, 96, 0.11, 0.03, -1],
    ['650100000006', '百褶半身裙', 179, 64, 0.1, 0.028, 0],
    ['650100000007', '纯棉连衣裙', 239, 85, 0.12, 0.022, 1],
    ['650100000008', '打底背心', 39, 15, 0.06, 0.06, 0],
  ] as const;
  const itemRows: (string | number)[][] = [
    ['统计日期', '商品ID', '商品名称', '访客数', '浏览量', '商品详情页跳出率', '平均停留时长', '下单用户数', '支付用户数', '支付件数', '支付金额', '支付转化率', '客单价', '商品收藏人数', '商品加购人数', '成功退款金额'],
  ];
  for (const [d, date] of DATES.entries()) {
    const a = storeByDay.get(date) as Agg;
    let left = a.fen;
    for (const [k, [id, name, price, , share, conv, trend]] of ITEMS.entries()) {
      const fen = k === ITEMS.length - 1 ? left : Math.round(a.fen * share * jitter(0.08));
      left -= fen;
      const units = Math.max(1, Math.round(fen / (price * 100)));
      const buyers = Math.max(1, Math.round(units / 1.08));
      // conversion trend over the last week (days 24..30): +35% or −35%
      const c = conv * (d >= 24 ? 1 + 0.35 * trend : 1) * jitter(0.05);
      const visitors = Math.round(buyers / c);
      const visitorsCell = k === 3 && date === '2026-05-01' ? '1,23' : group(visitors);
      itemRows.push([
        date,
        id,
        name,
        visitorsCell,
        group(Math.round(visitors * 1.6)),
        `${(58 * jitter(0.08)).toFixed(2)}%`,
        (52 * jitter(0.1)).toFixed(1),
        group(Math.round(buyers * 1.1)),
        group(buyers),
        group(units),
        yuan(fen),
        pct(buyers, visitors),
        yuan(Math.round(fen / buyers)),
        group(Math.round(visitors * 0.07)),
        group(Math.round(visitors * 0.12)),
        yuan(Math.round(fen * 0.04)),
      ]);
    }
  }

  // --- 直通车 keyword report, per keyword and day
  const KEYWORDS = [
    // keyword, item, impressions/day, ctr, cpc (yuan), conversion, first day
    ['阔腿裤女', '650100000001', 9000, 0.045, 1.1, 0.05, '2026-05-01'],
    ['高腰阔腿裤', '650100000001', 6000, 0.05, 0.9, 0.06, '2026-05-01'],
    ['羊毛大衣女', '650100000002', 8000, 0.02, 2.8, 0.008, '2026-05-01'],
    ['真丝衬衫女', '650100000003', 5000, 0.03, 1.6, 0.025, '2026-05-01'],
    ['连衣裙 纯棉', '650100000007', 5500, 0.035, 1.3, 0.03, '2026-05-01'],
    ['女装 春夏', '650100000006', 130, 0, 0.8, 0, '2026-05-01'],
    ['针织开衫 薄款', '650100000005', 900, 0.004, 1.2, 0, '2026-05-01'],
    ['半身裙 百褶', '650100000006', 1200, 0.03, 1, 0.04, '2026-05-30'],
  ] as const;
  const keywordRows: (string | number)[][] = [['统计日期', '计划名称', '关键词', '商品ID', '展现量', '点击量', '点击率', '花费', '平均点击花费', '总成交金额', '总成交笔数', '投入产出比']];
  const priceOf = new Map<string, number>(ITEMS.map((i) => [i[0], i[2]]));
  for (const date of DATES) {
    for (const [kw, item, imp, ctr, cpc, conv, first] of KEYWORDS) {
      if (date < first) continue;
      const cut = date === LAST ? 0.42 : 1; // budget ran out
      const impressions = Math.round(imp * dayFactor(date) * cut * jitter(0.1));
      const clicks = Math.round(impressions * ctr * jitter(0.1));
      const spendFen = Math.round(clicks * cpc * jitter(0.08) * 100);
      const orders = Math.round(clicks * conv * jitter(0.3));
      const salesFen = Math.round(orders * (priceOf.get(item) as number) * jitter(0.05) * 100);
      keywordRows.push([
        date,
        '日常推广',
        kw,
        item,
        group(impressions),
        group(clicks),
        pct(clicks, impressions),
        yuan(spendFen),
        clicks === 0 ? '-' : yuan(Math.round(spendFen / clicks)),
        yuan(salesFen),
        group(orders),
        spendFen === 0 ? '-' : (salesFen / spendFen).toFixed(2),
      ]);
    }
  }

  // --- plan: May's target (2,950,000) and June's (2,850,000, with 618 at 2.5×), each month split
  // over its days by weekday weights (weekend 1.25) and events (劳动节 1.35×), in whole yuan by
  // largest remainder; the drivers implied at conversion 3.1% and AOV 240.
  function allocateMonth(total: number, dates: readonly string[], weightOf: (date: string) => number): number[] {
    const weights = dates.map(weightOf);
    const wsum = weights.reduce((s, w) => s + w, 0);
    const raw = weights.map((w) => (total * w) / wsum);
    const parts = raw.map(Math.floor);
    let rest = total - parts.reduce((s, p) => s + p, 0);
    for (const i of raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map((x) => x[1])) {
      if (rest-- <= 0) break;
      parts[i] = (parts[i] as number) + 1;
    }
    return parts;
  }
  const JUNE = days('2026-06-01', 30);
  const planRows: (string | number)[][] = [['日期', '目标销售额', '目标访客数', '目标转化率', '目标客单价']];
  const planTargets = [
    ...allocateMonth(2_950_000, DATES, dayFactor),
    ...allocateMonth(2_850_000, JUNE, (d) => (weekday(d) >= 6 ? 1.25 : 1) * (d === '2026-06-18' ? 2.5 : 1)),
  ];
  for (const [i, date] of [...DATES, ...JUNE].entries()) {
    const target = planTargets[i] as number;
    planRows.push([date, target, Math.round(target / (0.031 * 240)), '3.10%', '240.00']);
  }

  // --- products: price and costs, for break-even ROI and product roles
  const productRows: (string | number)[][] = [['商品ID', '商品名称', '售价', '单位成本', '平台佣金率', '运费', '主打款']];
  for (const [id, name, price, cost] of ITEMS) productRows.push([id, name, price.toFixed(2), cost.toFixed(2), '5.00%', '8.00', id === '650100000001' ? '是' : '否']);

  // --- DSR: ratings over the 180 days ending on the last day, and the category marks
  const dsrRows: (string | number)[][] = [['买家ID', '下单日期', '评价日期', '宝贝与描述相符', '卖家服务态度', '物流服务']];
  const star = (p5: number, p4: number) => {
    const r = rand();
    return r < p5 ? 5 : r < p5 + p4 ? 4 : r < p5 + p4 + 0.02 ? 3 : r < p5 + p4 + 0.03 ? 2 : 1;
  };
  for (const date of days('2025-11-24', 189)) {
    const n = 6 + Math.floor(rand() * 5);
    for (let k = 0; k < n; k++) {
      const buyer = `b${String(Math.floor(rand() * 1500)).padStart(4, '0')}`;
      const rated = days(date, 10)[1 + Math.floor(rand() * 9)] as string;
      const stars = [star(0.86, 0.1), star(0.88, 0.09), star(0.82, 0.14)];
      if (rated <= LAST) dsrRows.push([buyer, date, rated, ...stars]);
    }
  }
  const dsrCategoryRows = [
    ['评分项', '行业均值', '行业最高', '行业最低'],
    ['宝贝与描述相符', '4.78', '4.95', '4.45'],
    ['卖家服务态度', '4.80', '4.96', '4.50'],
    ['物流服务', '4.79', '4.95', '4.48'],
  ];

  return { store: storeRows, items: itemRows, sources: sourceRows, keywords: keywordRows, plan: planRows, products: productRows, dsrRatings: dsrRows, dsrCategory: dsrCategoryRows };
}
