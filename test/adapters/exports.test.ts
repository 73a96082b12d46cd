// The real headers of ../shared/EXPORTS.md, as header-keyed records (the files module tests bytes).
// Numbers are our own; expected values are worked out by hand from the cells.
import { describe, expect, it } from 'vitest';
import { parseSycmRows, type SycmRow } from 'storeops/adapters';
import { errorAt } from '../helpers.js';

const zip = (headers: string, cells: readonly unknown[]): Record<string, unknown> => {
  const hs = headers.split(', ');
  expect(hs).toHaveLength(cells.length);
  return Object.fromEntries(hs.map((h, i) => [h, cells[i]]));
};

const STORE_DAILY =
  '统计日期, 访客数, 浏览量, 跳失率, 人均浏览量（访问深度）, 人均停留时长(秒), 新访客数, 老访客数, 下单买家数, 下单金额, 下单转化率, 支付买家数, 支付金额, 支付转化率, 客单价, 支付商品件数, 商品收藏人数, 店铺收藏人数, 售中申请退款金额, 老买家数, 访客数较前一天变化量, 卖家昵称';
const OVERVIEW = '支付金额, 净支付金额, 访客数, 支付买家数, 支付转化率, 浏览量, 平均停留时长, 支付件数, 客单价, 加购人数, 商品收藏人数, 退款金额(完结时间), 关键词推广费, 全站推广花费';
const ITEMS =
  '统计日期, 商品ID, 商品名称, 主商品ID, 商品类型, 货号, 商品状态, 商品标签, 商品访客数, 商品浏览量, 平均停留时长, 商品详情页跳出率, 商品收藏人数, 商品加购件数, 商品加购人数, 下单买家数, 下单件数, 下单金额, 下单转化率, 支付买家数, 支付件数, 支付金额, 商品支付转化率, 支付新买家数, 支付老买家数, 老买家支付金额, 聚划算支付金额, 访客平均价值, 成功退款金额, 竞争力评分, 年累计支付金额, 月累计支付金额, 月累计支付件数, 搜索引导支付转化率, 搜索引导访客数, 搜索引导支付买家数, 结构化详情引导转化率, 结构化详情引导成交占比';
const TWO_LEVEL = '来源, 来源明细, 访客数, 访客数变化, 下单金额, 下单金额变化, UV价值, UV价值变化, 关注店铺买家数, 收藏商品买家数, 加购人数, 新访客, 新访客变化';
const THREE_LEVEL = '一级来源, 二级来源, 三级来源, 访客数, 访客数变化, 下单金额, 直接支付买家数, 收藏商品-支付买家数, 粉丝支付买家数, 加购商品-支付买家数';
const WXT_KEYWORD =
  '日期, 场景ID, 场景名字, 计划ID, 计划名字, 单元ID, 单元名字, 宝贝ID, 宝贝名称, 词类型, 词ID/词包ID, 词名字/词包名字, 展现量, 点击量, 花费, 点击率, 平均点击花费, 千次展现花费, 总成交金额, 总成交笔数, 投入产出比, 平均展现排名';
const WXT_SUBJECT = '日期, 主体ID, 主体名称, 主体类型, 场景ID, 场景名字, 花费, 总成交金额, 投入产出比, 总购物车数';

describe('parseSycmRows on the real headers of each export (EXPORTS.md)', () => {
  it('取数 store daily: every column known; 人均浏览量（访问深度） is pages per visitor', () => {
    const r = parseSycmRows([
      zip(STORE_DAILY, ['2026-05-31', '11,269', '32,118', '78.15%', '2.85', '41', '8,012', '3,257', '402', '19,880.00', '3.57%', '355', '17,191.00', '3.15%', '48.43', '398', '512', '88', '1,203.50', '120', '-1,031', 'demo店']),
    ]);
    expect(r.kind).toBe('store');
    expect(r.errors).toEqual([]);
    expect(r.unknownColumns).toEqual([]);
    expect(r.rows[0]).toEqual({
      kind: 'store',
      index: 0,
      date: '2026-05-31',
      visitors: 11269,
      pageviews: 32118,
      bounceRate: 0.7815,
      pagesPerVisitor: 2.85,
      avgStaySeconds: 41,
      newVisitors: 8012,
      returningVisitors: 3257,
      orderBuyers: 402,
      orderAmount: '19880.00',
      orderConversionRate: 0.0357,
      buyers: 355,
      paidAmount: '17191.00',
      conversionRate: 0.0315,
      aov: '48.43',
      paidUnits: 398,
      favoriters: 512,
      storeFavoriters: 88,
      refundRequestAmount: '1203.50',
      returningBuyers: 120,
      visitorsDayChange: -1031,
      sellerNick: 'demo店',
      extra: {},
    });
  });

  it('首页 overview labels: a store row; the day comes from options.date', () => {
    const r = parseSycmRows([zip(OVERVIEW, ['17,191.00', '15,987.50', '11,269', '355', '3.15%', '32,118', '41', '398', '48.43', '1,020', '512', '1,203.50', '2,100.00', '860.00'])], { date: '2026-05-31' });
    expect(r.kind).toBe('store');
    expect(r.unknownColumns).toEqual([]);
    expect(r.rows[0]).toMatchObject({ date: '2026-05-31', paidAmount: '17191.00', netPaidAmount: '15987.50', visitors: 11269, cartAdders: 1020, refundAmount: '1203.50', keywordAdSpend: '2100.00', siteAdSpend: '860.00', paidUnits: 398 });
  });

  it('商品_全部 (38 columns): 商品访客数 is the visitors; detail bounce kept apart from 跳失率', () => {
    const cells = ['2026-05-31', '612345678901', '羊毛大衣', '612345678900', '普通', 'A-01', '当前在线', '新品', '1,850', '4,102', '52', '61.20%', '96', '140', '118', '70', '75', '17,850.00', '3.78%', '62', '66', '15,708.00', '3.35%', '40', '22', '5,544.00', '0.00', '8.49', '238.00', '86', '350,000.00', '60,120.00', '251', '4.10%', '900', '37', '2.90%', '12.50%'];
    const r = parseSycmRows([zip(ITEMS, cells)]);
    expect(r.kind).toBe('item');
    expect(r.errors).toEqual([]);
    expect(r.unknownColumns).toEqual([]);
    const row = r.rows[0] as SycmRow;
    expect(row).toMatchObject({ itemId: '612345678901', mainItemId: '612345678900', visitors: 1850, pageviews: 4102, detailBounceRate: 0.612, conversionRate: 0.0335, revenuePerVisitor: '8.49', buyers: 62, paidAmount: '15708.00', cartUnits: 140, cartAdders: 118, searchVisitors: 900, structuredDetailShare: 0.125, competitivenessScore: 86 });
    expect(row.bounceRate).toBeUndefined();
    // 访客平均价值 ≈ 支付金额 / 商品访客数: 15,708 / 1,850 = 8.49.
    expect((15708 / 1850).toFixed(2)).toBe(row.revenuePerVisitor);
  });

  it('an item export with unit-labelled headers reads the same: 支付金额(元)', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 商品ID: '1', '商品访客数': '100', '支付金额(元)': '1,234.50', '平均停留时长（秒）': '38' }]);
    expect(r.rows[0]).toMatchObject({ paidAmount: '1234.50', visitors: 100, avgStaySeconds: 38 });
    expect(r.unknownColumns).toEqual([]);
  });

  it('two-level 店铺流量来源 with its …变化 change columns', () => {
    const r = parseSycmRows(
      [
        zip(TWO_LEVEL, ['淘内免费', '手淘搜索', '5,200', '-12.50%', '9,100.00', '+3.20%', '1.75', '0.00%', '40', '150', '210', '3,100', '-8.00%']),
        zip(TWO_LEVEL, ['付费流量', '直通车', '1,300', '25.00%', '2,600.00', '-', '2.00', '-', '5', '20', '44', '900', '4.00%']),
      ],
      { date: '2026-05-31' },
    );
    expect(r.kind).toBe('source');
    expect(r.unknownColumns).toEqual([]);
    expect(r.rows[0]).toMatchObject({ source: '手淘搜索', category: 'natural', visitors: 5200, revenuePerVisitor: '1.75', storeFavoriters: 40, favoriters: 150, newVisitors: 3100, changes: { visitors: -0.125, orderAmount: 0.032, revenuePerVisitor: 0, newVisitors: -0.08 } });
    expect(r.rows[1]).toMatchObject({ source: '直通车', category: 'paid', changes: { visitors: 0.25, newVisitors: 0.04 } });
  });

  it('three-level 店铺来源: the buyers-by-path columns are known', () => {
    const r = parseSycmRows([zip(THREE_LEVEL, ['付费流量', '万相台', '关键词推广', '800', '-40.00%', '1,600.00', '12', '3', '2', '5'])], { date: '2026-05-31' });
    expect(r.unknownColumns).toEqual([]);
    expect(r.rows[0]).toMatchObject({ sourcePath: ['付费流量', '万相台', '关键词推广'], sourceLevel: 3, category: 'paid', directBuyers: 12, favoriteBuyers: 3, fanBuyers: 2, cartBuyers: 5, changes: { visitors: -0.4 } });
  });

  it('万相台 keyword report (no 关键词 column) is a keyword export, not an item export', () => {
    const cells = [46173, '1001', '关键词推广', '2002', '日常推广', '3003', '单元1', '612345678901', '羊毛大衣', '关键词', '4004', '羊毛大衣女', 10000, 250, 375, 0.025, 1.5, 37.5, 1200, 4, 3.2, 5.5];
    const r = parseSycmRows([zip(WXT_KEYWORD, cells)]);
    expect(r.kind).toBe('keyword');
    expect(r.unknownColumns).toEqual([]);
    // Typed xlsx cells: the date is an Excel serial (46173 = 2026-05-31), rates are fractions.
    expect(r.rows[0]).toMatchObject({ date: '2026-05-31', scene: '关键词推广', campaign: '日常推广', unit: '单元1', itemId: '612345678901', keywordType: '关键词', keywordId: '4004', keyword: '羊毛大衣女', impressions: 10000, clicks: 250, spend: '375', ctr: 0.025, cpc: '1.5', cpm: '37.5', sales: '1200', orders: 4, roi: 3.2, avgRank: 5.5 });
  });

  it('万相台 主体 report is its own kind', () => {
    const r = parseSycmRows([zip(WXT_SUBJECT, ['2026-05-31', '612345678901', '羊毛大衣', '商品', '1001', '货品全站推广', '860.00', '3,010.00', '3.5', '41'])]);
    expect(r.kind).toBe('adItem');
    expect(r.rows[0]).toMatchObject({ subjectId: '612345678901', subjectName: '羊毛大衣', subjectType: '商品', scene: '货品全站推广', spend: '860.00', sales: '3010.00', roi: 3.5, cartAdds: 41 });
  });

  it('the old 直通车 keyword download', () => {
    const r = parseSycmRows([{ 日期: '2026/5/31', 推广计划: '日常', 推广单元: '单元A', 关键词: '大衣', 展现量: '2,000', 点击量: '40', 花费: '60.00', 平均点击花费: '1.50', 成交金额: '300.00', 成交笔数: '1', 投入产出比: '5.00' }]);
    expect(r.kind).toBe('keyword');
    expect(r.rows[0]).toMatchObject({ date: '2026-05-31', campaign: '日常', unit: '单元A', keyword: '大衣', spend: '60.00', sales: '300.00', orders: 1, roi: 5 });
  });
});

describe('kind detection never silently picks a wrong kind', () => {
  it('ad measures alone fit the keyword and the 主体 report: AMBIGUOUS_KIND names both and asks for kind', () => {
    const headersOnly = { 日期: '2026-05-31', 计划名字: '日常', 展现量: '10', 花费: '1.00' };
    expect(errorAt(() => parseSycmRows([headersOnly]))).toEqual({ code: 'AMBIGUOUS_KIND', path: 'kind' });
    let message = '';
    try {
      parseSycmRows([headersOnly]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('keyword');
    expect(message).toContain('adItem');
    expect(message).toContain('options.kind');
    expect(parseSycmRows([headersOnly], { kind: 'adItem' }).errors[0]).toMatchObject({ column: '主体ID' });
  });
  it('item and source columns together are ambiguous; headers storeops does not know are too', () => {
    expect(errorAt(() => parseSycmRows([{ 统计日期: '2026-05-31', 商品ID: '1', 一级来源: '淘内免费', 访客数: '1' }]))).toEqual({ code: 'AMBIGUOUS_KIND', path: 'kind' });
    expect(errorAt(() => parseSycmRows([{ 'Column A': '1', 备注: 'x' }]))).toEqual({ code: 'AMBIGUOUS_KIND', path: 'kind' });
  });
});

describe('one field in two columns', () => {
  it('支付买家数 and 支付用户数 with different values: an error at the second column', () => {
    const r = parseSycmRows([
      { 统计日期: '2026-05-31', 支付买家数: '355', 支付用户数: '356' },
      { 统计日期: '2026-06-01', 支付买家数: '300', 支付用户数: '300' },
    ]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 0, column: '支付用户数', path: '[0]["支付用户数"]' })]);
    expect(r.errors[0]?.message).toContain('支付买家数');
    expect(r.rows.map((x) => [x.index, x.buyers])).toEqual([[1, 300]]);
  });
  it('访客数 and " 访客数" (a stray space) with different values: an error naming the raw column', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 访客数: '1,000', ' 访客数': '1,001' }]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 0, column: ' 访客数' })]);
    expect(r.leftOut).toBe(1);
  });
  it('equal values (1,000 and 1000), or one of them empty, are no conflict', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 访客数: '1,000', ' 访客数': 1000, 支付金额: '12.50', '支付金额(元)': '12.5', 支付买家数: '-', 支付用户数: '3' }]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ visitors: 1000, paidAmount: '12.50', buyers: 3 });
  });
});

describe('cells as exports write them', () => {
  it('万/亿 amounts and counts', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 访客数: '2.5万', 支付金额: '1.2亿', 下单金额: '¥3.05万' }]);
    expect(r.rows[0]).toMatchObject({ visitors: 25000, paidAmount: '120000000', orderAmount: '30500' });
    expect(parseSycmRows([{ 统计日期: '2026-05-31', 访客数: '2.53456万' }]).errors[0]).toMatchObject({ column: '访客数' });
  });
  it('-, --, N/A and empty cells are missing, not zero', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 访客数: '-', 浏览量: '--', 跳失率: 'N/A', 客单价: '' }]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toEqual({ kind: 'store', index: 0, date: '2026-05-31', extra: {} });
  });
  it('rates as percentages or as typed fractions', () => {
    const r = parseSycmRows([
      { 统计日期: '2026-05-31', 支付转化率: '7.86%' },
      { 统计日期: '2026-05-31', 支付转化率: 0.0786 },
    ]);
    expect(r.rows.map((x) => x.conversionRate)).toEqual([0.0786, 0.0786]);
  });
  it('the date forms of exports, Excel serials and IsoDate strings give the same day', () => {
    const forms: unknown[] = ['2026/5/31', '20260531', '2026年5月31日', '2026-05-31', '2026-5-31', 46173, 46173.5, '2026-05-31 00:00:00'];
    const r = parseSycmRows(forms.map((d) => ({ 统计日期: d, 访客数: '1' })));
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.date)).toEqual(forms.map(() => '2026-05-31'));
  });
  it('a range in the date column is a period row (a week or month summary), not a bad day', () => {
    const r = parseSycmRows([
      { 统计日期: '20260525至20260531', 访客数: '70,000' },
      { 统计日期: '2026-05-01~2026-05-31', 访客数: '300,000' },
      { 统计日期: '2026-05-31~2026-05-31', 访客数: '11,269' },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.date, x.period])).toEqual([
      [undefined, { start: '2026-05-25', end: '2026-05-31' }],
      [undefined, { start: '2026-05-01', end: '2026-05-31' }],
      ['2026-05-31', undefined],
    ]);
    expect(parseSycmRows([{ 统计日期: '20260531至20260525', 访客数: '1' }]).errors[0]).toMatchObject({ column: '统计日期' });
  });
  it('an ID Excel turned into scientific notation is reported at its cell', () => {
    const r = parseSycmRows([
      { 统计日期: '2026-05-31', 商品ID: '1.03262E+12', 商品访客数: '10' },
      { 统计日期: '2026-05-31', 商品ID: 1032620000000, 商品访客数: '10' },
      { 统计日期: '2026-05-31', 商品ID: 1.5, 商品访客数: '10' },
    ]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [0, '商品ID'],
      [2, '商品ID'],
    ]);
    expect(r.errors[0]?.received).toBe('string "1.03262E+12"');
    expect(r.rows.map((x) => x.itemId)).toEqual(['1032620000000']);
  });
});
