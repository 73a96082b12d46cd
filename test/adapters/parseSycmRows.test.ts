import { describe, expect, it } from 'vitest';
import { parseSycmRows, sycmSourceCategory } from 'storeops/adapters';
import { isStoreOpsError } from '../../src/core/internal.js';

const storeRow = {
  统计日期: '2026-10-31',
  访客数: '12,345',
  浏览量: '45,678',
  跳失率: '62.50%',
  人均浏览量: '3.70',
  平均停留时长: '38.5',
  下单买家数: '420',
  支付买家数: '380',
  支付金额: '¥95,000.50',
  支付转化率: '3.08%',
  客单价: '250.00',
  访客平均价值: '7.70',
  商品收藏人数: '1,020',
  商品加购人数: '2,300',
  成功退款金额: '-',
  较前一日: '+3.2%',
};

describe('parseSycmRows', () => {
  it('reads a store-level daily row into typed numbers', () => {
    const r = parseSycmRows([storeRow]);
    expect(r.kind).toBe('store');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        kind: 'store',
        index: 0,
        date: '2026-10-31',
        visitors: 12345,
        pageviews: 45678,
        bounceRate: 0.625,
        pagesPerVisitor: 3.7,
        avgStaySeconds: 38.5,
        orderBuyers: 420,
        buyers: 380,
        paidAmount: '95000.50',
        conversionRate: 0.0308,
        aov: '250.00',
        revenuePerVisitor: '7.70',
        favoriters: 1020,
        cartAdders: 2300,
        extra: { 较前一日: '+3.2%' },
      },
    ]);
    expect(r.unknownColumns).toEqual(['较前一日']);
  });

  it('maps the newer 用户数 headers like the older 买家数 ones', () => {
    const old = parseSycmRows([{ 统计日期: '2026-10-31', 下单买家数: '5', 支付买家数: '4' }]).rows[0];
    const neu = parseSycmRows([{ 统计日期: '2026-10-31', 下单用户数: '5', 支付用户数: '4' }]).rows[0];
    expect(old).toMatchObject({ orderBuyers: 5, buyers: 4 });
    expect(neu).toMatchObject({ orderBuyers: 5, buyers: 4 });
  });

  it('detects item exports and keeps 商品详情页跳出率 apart from the store bounce rate', () => {
    const r = parseSycmRows([{ 统计日期: '2026-10-31', 商品ID: '612345678901', 商品名称: '羊毛大衣', 访客数: '800', 商品详情页跳出率: '55%', 支付买家数: '24' }]);
    expect(r.kind).toBe('item');
    expect(r.rows[0]).toMatchObject({ itemId: '612345678901', itemName: '羊毛大衣', detailBounceRate: 0.55, buyers: 24 });
    expect(r.rows[0]?.bounceRate).toBeUndefined();
  });

  it('detects traffic-source exports and classifies each source at its own deepest level', () => {
    const r = parseSycmRows([
      { 统计日期: '2026-10-31', 流量来源: '付费流量', 来源明细: '直通车', 访客数: '1,200' },
      { 统计日期: '2026-10-31', 流量来源: '淘内免费', 访客数: '8,000' },
      { 统计日期: '2026-10-31', 一级来源: '淘内免费', 二级来源: '手淘搜索', 三级来源: '关键词A', 访客数: '10' },
    ]);
    expect(r.kind).toBe('source');
    // 淘内免费 has a child (手淘搜索 › 关键词A): its own row is its subtotal, taken out.
    expect(r.rows.map((x) => [x.source, x.sourceLevel, x.category])).toEqual([
      ['直通车', 2, 'paid'],
      ['关键词A', 3, 'natural'],
    ]);
    expect(r.notes.filter((n) => n.code === 'SUBTOTAL_ROW').map((n) => [n.row, n.sourcePath])).toEqual([[1, ['淘内免费']]]);
  });

  it('detects keyword reports; their date is optional', () => {
    const r = parseSycmRows([{ 关键词: '羊毛大衣女', 计划名称: '日常', 展现量: '10,000', 点击量: '250', 点击率: '2.50%', 花费: '375.00', 总成交金额: '1,200.00', 总成交笔数: '4', 投入产出比: '3.2' }]);
    expect(r.kind).toBe('keyword');
    expect(r.rows[0]).toMatchObject({ keyword: '羊毛大衣女', campaign: '日常', impressions: 10000, clicks: 250, ctr: 0.025, spend: '375.00', sales: '1200.00', orders: 4, roi: 3.2 });
  });

  it('honours a declared kind and a default date', () => {
    const r = parseSycmRows([{ 访客数: '10' }], { kind: 'item', date: '2026-10-31' });
    expect(r.kind).toBe('item');
    expect(r.errors).toEqual([expect.objectContaining({ row: 0, column: '商品ID' })]);
    const s = parseSycmRows([{ 访客数: '10' }], { date: '2026-10-31' });
    expect(s.rows[0]).toMatchObject({ date: '2026-10-31', visitors: 10 });
  });

  it('names the row and column of every bad cell and leaves the row out', () => {
    const r = parseSycmRows([
      { 统计日期: '2026-10-30', 访客数: '100', 支付转化率: '2%' },
      { 统计日期: '2026-02-30', 访客数: '1,23', 支付转化率: '250%' },
      'a line that is not a row' as never,
      { 统计日期: '2026-10-31', 访客数: '90' },
    ]);
    expect(r.rows.map((x) => x.index)).toEqual([0, 3]);
    expect(r.leftOut).toBe(2);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [1, '统计日期'],
      [1, '访客数'],
      [1, '支付转化率'],
      [2, ''],
    ]);
    expect(r.errors[1]).toMatchObject({ path: '[1]["访客数"]', received: 'string "1,23"' });
    // A bad date is one error, not a second "required 统计日期 is missing".
    expect(r.errors[0]).toMatchObject({ received: 'string "2026-02-30"' });
  });

  it('needs a date on store rows and a source on source rows', () => {
    expect(parseSycmRows([{ 访客数: '1' }]).errors[0]).toMatchObject({ row: 0, column: '统计日期' });
    const s = parseSycmRows([{ 统计日期: '2026-10-31', 访客数: '1' }], { kind: 'source' });
    expect(s.errors[0]).toMatchObject({ row: 0, column: '流量来源' });
  });

  it('throws StoreOpsError for input that is not rows and for bad options', () => {
    for (const [input, options, code] of [
      [null, {}, 'INVALID_INPUT'],
      [{ 访客数: 1 }, {}, 'INVALID_INPUT'],
      [[], { kind: 'weekly' }, 'INVALID_OPTIONS'],
      [[], { date: '2026-02-30' }, 'INVALID_OPTIONS'],
    ] as const) {
      let err: unknown;
      try {
        parseSycmRows(input as never, options as never);
      } catch (e) {
        err = e;
      }
      expect(isStoreOpsError(err)).toBe(true);
      expect((err as { code: string }).code).toBe(code);
    }
    let err: unknown;
    try {
      parseSycmRows([], { date: '2026-02-30' });
    } catch (e) {
      err = e;
    }
    expect((err as { issues: { path: string }[] }).issues[0]?.path).toBe('date');
  });

  it('keeps an unknown __proto__ column in extra like any other (an assignment used to drop it)', () => {
    const row = JSON.parse('{"统计日期": "2026-10-31", "访客数": "1,234", "__proto__": "x", "备注": "y"}') as Record<string, unknown>;
    const out = parseSycmRows([row]);
    expect(out.unknownColumns).toEqual(['__proto__', '备注']);
    expect(Object.keys(out.rows[0]!.extra)).toEqual(['__proto__', '备注']);
    expect(Object.getOwnPropertyDescriptor(out.rows[0]!.extra, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(out.rows[0]!.extra)).toBe(Object.prototype);
  });

  it('reads an empty export as no rows', () => {
    expect(parseSycmRows([])).toEqual({ kind: 'store', rows: [], errors: [], notes: [], leftOut: 0, unknownColumns: [], unplacedSources: [] });
  });
});

describe('sycmSourceCategory', () => {
  it('follows the first-level sources of domain reference §2', () => {
    expect(sycmSourceCategory('淘内免费')).toBe('natural');
    expect(sycmSourceCategory('付费流量')).toBe('paid');
    expect(sycmSourceCategory('自主访问')).toBe('member');
    expect(sycmSourceCategory('淘外流量')).toBe('external');
    expect(sycmSourceCategory('其他')).toBe('other');
    expect(sycmSourceCategory('付费流量', '淘宝客')).toBe('paid');
    expect(sycmSourceCategory('淘内免费', '聚划算')).toBe('activity');
    expect(sycmSourceCategory('toString')).toBe('other');
  });
});
