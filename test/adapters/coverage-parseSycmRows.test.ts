// parseSycmRows on rows the export tests do not make: two columns of one field that agree in
// different forms, blank and empty unknown cells, weekly source rows, a group subtotal without
// visitors, and change columns of fields that have no change.
import { describe, expect, it } from 'vitest';
import { parseSycmRows } from 'storeops/adapters';

describe('parseSycmRows: two columns of one field', () => {
  it('money written 10 and 10.00 is one amount; the same week written two ways is one period: no error', () => {
    const r = parseSycmRows([{ 统计日期: '20260525至20260531', 日期: '2026-05-25~2026-05-31', 支付金额: '10', '支付金额(元)': '10.00', 访客数: '5' }]);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ period: { start: '2026-05-25', end: '2026-05-31' }, paidAmount: '10', visitors: 5 });
  });

  it('two different weeks, or two different amounts, are an error at the second column', () => {
    const r = parseSycmRows([
      { 统计日期: '20260525至20260531', 日期: '20260518至20260524', 访客数: '5' },
      { 统计日期: '2026-05-31', 支付金额: '10', '支付金额(元)': '10.01' },
    ]);
    expect(r.errors.map((e) => [e.row, e.column, e.expected])).toEqual([
      [0, '日期', 'the value of column "统计日期"'],
      [1, '支付金额(元)', 'the value of column "支付金额"'],
    ]);
    expect(r.rows).toEqual([]);
    expect(r.leftOut).toBe(2);
  });
});

describe('parseSycmRows: unknown columns', () => {
  it('a key of spaces is no column; an unknown column with an empty (null) cell is listed but holds nothing', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', '  ': 'x', 备注: null, 访客数: '5' }]);
    expect(r.unknownColumns).toEqual(['备注']);
    expect(r.rows[0]?.extra).toEqual({});
    expect(r.rows[0]?.visitors).toBe(5);
  });

  it('a "…变化" column of a field that has no change (an ID, a date) is an unknown column', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 商品ID: '5512', 商品ID变化: '1%', 统计日期变化: 'x', 商品访客数: '8' }]);
    expect(r.kind).toBe('item');
    expect(r.unknownColumns).toEqual(['商品ID变化', '统计日期变化']);
    expect(r.rows[0]?.extra).toEqual({ 商品ID变化: '1%', 统计日期变化: 'x' });
  });
});

describe('parseSycmRows: traffic-source rows of a week', () => {
  it('the subtotal note names the week as its day', () => {
    const r = parseSycmRows(
      [
        { 统计日期: '20260525至20260531', 来源: '淘内免费', 来源明细: '汇总', 访客数: '900' },
        { 统计日期: '20260525至20260531', 来源: '淘内免费', 来源明细: '手淘搜索', 访客数: '900' },
      ],
      { kind: 'source' },
    );
    expect(r.notes).toEqual([expect.objectContaining({ code: 'SUBTOTAL_ROW', row: 0, day: '2026-05-25~2026-05-31', sourcePath: ['淘内免费'], visitors: 900 })]);
    expect(r.rows.map((x) => [x.source, x.period, x.visitors])).toEqual([['手淘搜索', { start: '2026-05-25', end: '2026-05-31' }, 900]]);
  });

  it('a group listed by its subtotal only, without visitors: used as one source, the note has no visitors', () => {
    const r = parseSycmRows(
      [
        { 一级来源: '淘内免费', 二级来源: '手淘搜索', 三级来源: '', 访客数: '100' },
        { 一级来源: '淘外APP', 二级来源: '汇总', 三级来源: '汇总', 支付金额: '30.00' },
      ],
      { date: '2026-05-31' },
    );
    const note = r.notes.find((n) => n.code === 'GROUP_TOTAL_AS_SOURCE');
    expect(note).toMatchObject({ row: 1, sourcePath: ['淘外APP'] });
    expect(note).not.toHaveProperty('visitors');
    expect(r.rows.map((x) => [x.source, x.paidAmount])).toEqual([
      ['手淘搜索', undefined],
      ['淘外APP', '30.00'],
    ]);
  });
});

describe('parseSycmRows: cells at the edges', () => {
  it('a count of 400 digits is beyond any number: an error at its cell, never Infinity', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 访客数: '9'.repeat(400) }]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[0, '访客数']]);
    expect(r.rows).toEqual([]);
  });

  it('a Date cell past year 9999 is an error at 统计日期', () => {
    const r = parseSycmRows([{ 统计日期: new Date(Date.UTC(20000, 0, 1)), 访客数: '5' }]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[0, '统计日期']]);
  });

  it('an ID cell of "-" is missing: the required 商品ID is named', () => {
    const r = parseSycmRows([{ 统计日期: '2026-05-31', 商品ID: '-', 商品访客数: '8' }]);
    expect(r.errors).toEqual([expect.objectContaining({ row: 0, column: '商品ID', message: 'required 商品ID is missing' })]);
  });

  it('more than 4,096 distinct date texts are each read right (the parse cache is bounded)', () => {
    // 2000/1/1 onward, one day per row, written as the export writes them (2000/1/1, no padding).
    const days = Array.from({ length: 4200 }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)));
    const rows = days.map((d) => ({ 统计日期: `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()}`, 访客数: '1' }));
    const r = parseSycmRows(rows);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.date)).toEqual(days.map((d) => d.toISOString().slice(0, 10)));
  });
});
