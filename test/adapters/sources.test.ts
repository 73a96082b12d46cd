import { describe, expect, it } from 'vitest';
import { parseSycmRows } from 'storeops/adapters';
import { threeLevelExport } from '../fixtures/sycm-sources.js';

const sum = (xs: readonly { visitors?: number }[]) => xs.reduce((s, x) => s + (x.visitors ?? 0), 0);

describe('traffic sources as a tree', () => {
  it('the three-level export: 汇总 rows out, each branch at its own deepest level, adding up to the store once', () => {
    const r = parseSycmRows(threeLevelExport(1500), { date: '2026-05-24' });
    expect(r.kind).toBe('source');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => [x.sourcePath, x.sourceLevel, x.category])).toEqual([
      [['淘内免费', '手淘搜索'], 2, 'natural'],
      [['淘内免费', '手淘推荐'], 2, 'natural'],
      [['付费流量', '直通车'], 2, 'paid'],
      [['付费流量', '万相台', '关键词推广'], 3, 'paid'],
      [['付费流量', '万相台', '人群推广'], 3, 'paid'],
      [['自主访问', '购物车'], 2, 'member'],
    ]);
    expect(r.rows.some((x) => x.source === '汇总')).toBe(false);
    // The store's 汇总 says 10,000: the sources used add up to it.
    expect(sum(r.rows)).toBe(10000);
    expect(r.notes.filter((n) => n.code === 'SUBTOTAL_ROW').map((n) => [n.row, n.sourcePath, n.visitors])).toEqual([
      [0, [], 10000],
      [1, ['淘内免费'], 6000],
      [4, ['付费流量'], 3000],
      [6, ['付费流量', '万相台'], 2000],
      [9, ['自主访问'], 1000],
    ]);
    expect(r.notes.some((n) => n.code === 'SUBTOTAL_MISMATCH')).toBe(false);
    expect(r.unplacedSources).toEqual([]);
    expect(r.rows[1]).toMatchObject({ sourceLevel1: '淘内免费', sourceLevel2: '手淘推荐', source: '手淘推荐' });
  });

  it('children that do not add up to their subtotal: said in a note with both numbers', () => {
    const rows = threeLevelExport(1500);
    rows[2] = { ...rows[2], 访客数: '3,900' } as Record<string, string>; // 手淘搜索 4,000 → 3,900
    const r = parseSycmRows(rows, { date: '2026-05-24' });
    const m = r.notes.filter((n) => n.code === 'SUBTOTAL_MISMATCH');
    // 淘内免费: 3,900 + 2,000 = 5,900 against 6,000. The store is checked against its direct
    // children's subtotals (6,000 + 3,000 + 1,000 = 10,000), which agree.
    expect(m.map((n) => [n.row, n.sourcePath, n.visitors, n.childrenVisitors])).toEqual([[1, ['淘内免费'], 6000, 5900]]);
    // The note in the requested locale (zh-CN by default), its numbers as the export wrote them.
    expect(m[0]?.message).toBe('淘内免费下各来源的访客合计 5900，汇总行为 6000（同一访客经两个来源进店会重复计数，或有行缺失）');
    const en = parseSycmRows(rows, { date: '2026-05-24', locale: 'en' }).notes.find((n) => n.code === 'SUBTOTAL_MISMATCH');
    expect(en?.message).toBe('the sources under 淘内免费 add up to 5900 visitors, its subtotal says 6000 (visitors who came by two sources count in both, or rows are missing)');
    expect(r.rows).toHaveLength(6);
  });

  it('a name that cannot be placed is other AND listed (and marked on its row); known parents place unknown children', () => {
    const r = parseSycmRows(
      [
        { 一级来源: '淘内免费', 二级来源: '新搜索频道', 三级来源: '', 访客数: '300' },
        { 一级来源: '神秘渠道', 二级来源: '', 三级来源: '', 访客数: '200' },
        { 一级来源: '淘外流量', 二级来源: '某短视频', 三级来源: '', 访客数: '50' },
        { 一级来源: '星际流量', 二级来源: '子频道', 三级来源: '', 访客数: '10' },
        { 一级来源: '其它来源', 二级来源: '', 三级来源: '', 访客数: '5' },
      ],
      { date: '2026-05-31' },
    );
    expect(r.rows.map((x) => [x.source, x.category, x.unplaced])).toEqual([
      ['新搜索频道', 'natural', undefined],
      ['神秘渠道', 'other', true],
      ['某短视频', 'external', undefined],
      ['子频道', 'other', true],
      ['其它来源', 'other', undefined],
    ]);
    expect(r.unplacedSources).toEqual(['神秘渠道', '星际流量/子频道']);
  });

  it('the newer channel names and the older taxonomy map to the categories', () => {
    const names: [string, string, string, string][] = [
      ['经营优势', '搜索', '', 'natural'],
      ['经营优势', '推荐', '', 'natural'],
      ['付费推广', '无界', '关键词推广', 'paid'],
      ['付费推广', '人群推广', '', 'paid'],
      ['付费推广', '全站推广', '', 'paid'],
      ['主动回访', '收藏', '', 'member'],
      ['店内流转', '', '', 'member'],
      ['淘外网站', '百度', '', 'external'],
      ['淘外APP', '今日头条', '', 'external'],
      ['付费流量', '聚划算', '', 'activity'],
      ['其他', '', '', 'other'],
    ];
    const r = parseSycmRows(names.map(([a, b, c]) => ({ 一级来源: a, 二级来源: b, 三级来源: c, 访客数: '1' })), { date: '2026-05-31' });
    expect(r.rows.map((x) => x.category)).toEqual(names.map((n) => n[3]));
    expect(r.unplacedSources).toEqual([]);
  });

  it('a group listed by its subtotal only stands for the group (named by the group, not 汇总)', () => {
    const r = parseSycmRows(
      [
        { 一级来源: '汇总', 二级来源: '汇总', 三级来源: '汇总', 访客数: '150' },
        { 一级来源: '淘内免费', 二级来源: '手淘搜索', 三级来源: '', 访客数: '100' },
        { 一级来源: '淘外APP', 二级来源: '汇总', 三级来源: '汇总', 访客数: '50' },
      ],
      { date: '2026-05-31' },
    );
    expect(r.rows.map((x) => [x.source, x.sourceLevel, x.category])).toEqual([
      ['手淘搜索', 2, 'natural'],
      ['淘外APP', 1, 'external'],
    ]);
    expect(r.notes.map((n) => n.code)).toEqual(['SUBTOTAL_ROW', 'GROUP_TOTAL_AS_SOURCE']);
    expect(r.notes.map((n) => n.message)).toEqual(['全店的汇总行：不计入来源（用其下各来源）', '淘外APP只有汇总行：作为一个来源使用']);
    const en = parseSycmRows([{ 一级来源: '汇总', 二级来源: '', 访客数: '50' }, { 一级来源: '付费流量', 二级来源: '汇总', 访客数: '50' }, { 一级来源: '付费流量', 二级来源: '直通车', 访客数: '50' }], { date: '2026-05-31', locale: 'en' });
    expect(en.notes.map((n) => n.message)).toEqual(['subtotal of the store: taken out of the sources (its children are used)', 'subtotal of 付费流量: taken out of the sources (its children are used)']);
    expect(() => parseSycmRows([], { locale: 'fr' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });

  it('rows of different days are different trees; the day can come from the rows', () => {
    const r = parseSycmRows([
      { 统计日期: '2026-05-30', 来源: '淘内免费', 来源明细: '', 访客数: '10' },
      { 统计日期: '2026-05-31', 来源: '淘内免费', 来源明细: '', 访客数: '12' },
      { 统计日期: '2026-05-31', 来源: '淘内免费', 来源明细: '手淘搜索', 访客数: '12' },
    ]);
    // 05-30 has no details: its 淘内免费 row is the source; on 05-31 it is a subtotal.
    expect(r.rows.map((x) => [x.date, x.source])).toEqual([
      ['2026-05-30', '淘内免费'],
      ['2026-05-31', '手淘搜索'],
    ]);
  });

  it('a blank level with nothing above to carry down, a missing name and a repeated source are errors at their rows', () => {
    const r = parseSycmRows(
      [
        { 一级来源: '', 二级来源: '手淘搜索', 访客数: '1' },
        { 一级来源: '', 二级来源: '', 访客数: '1' },
        { 一级来源: '淘内免费', 二级来源: '手淘搜索', 访客数: '1' },
        { 一级来源: '淘内免费', 二级来源: '手淘搜索', 访客数: '1' },
      ],
      { date: '2026-05-31' },
    );
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [0, '一级来源'],
      [1, '流量来源'],
      [3, '流量来源'],
    ]);
    expect(r.errors[2]?.message).toContain('row 2');
    expect(r.rows.map((x) => x.index)).toEqual([2]);
    expect(r.leftOut).toBe(3);
  });

  it('a subtotal row with a bad cell is an error, and the tree still knows its children are not leaves of it', () => {
    const rows = threeLevelExport(1500);
    rows[4] = { ...rows[4], 访客数: '3千' } as Record<string, string>;
    const r = parseSycmRows(rows, { date: '2026-05-24' });
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[4, '访客数']]);
    expect(sum(r.rows)).toBe(10000);
  });
});
