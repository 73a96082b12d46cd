// The three-level 店铺来源 export read from its file: 汇总 subtotal rows are taken out (named in
// notes on their lines, never a source), the level-1 name merged down its group (or left blank
// in CSV) is carried to its rows, and the sources read add up to the store's visitors once each.
import { describe, expect, it } from 'vitest';
import { readExport } from 'storeops/files';
import { adaptersMessages } from 'storeops/adapters';
import { renderMessage, type MessageParams } from 'storeops/core';
import { csvBytes, htmlXlsBytes, sourceDay, sourceThreeLevelSheet, xlsBytes, xlsxBytes } from '../fixtures/exports.js';

const leaves = sourceDay();
const storeVisitors = leaves.reduce((n, l) => n + l.visitors, 0);
const layouts = {
  xls: () => xlsBytes(sourceThreeLevelSheet(leaves)),
  xlsx: () => xlsxBytes(sourceThreeLevelSheet(leaves)),
  'html-as-xls': () => htmlXlsBytes(sourceThreeLevelSheet(leaves)),
  'csv gbk, level 1 blank below its first row': () => csvBytes(sourceThreeLevelSheet(leaves, { merged: false }), { encoding: 'gbk' }),
};

describe('readExport: three-level traffic sources with 汇总 rows', () => {
  for (const [layout, build] of Object.entries(layouts)) {
    it(`${layout}: the leaves are the sources, 汇总 never is, and they add up to the store`, () => {
      const r = readExport(build(), { fileName: '【生意参谋平台】店铺来源_2026-05-31_2026-05-31.xls', locale: 'en' });
      expect(r.kind).toBe('source');
      expect(r.errors).toEqual([]);
      expect(r.rows.map((row) => row.source)).toEqual(leaves.map((l) => l.path[l.path.length - 1]));
      expect(r.rows.some((row) => [row.source, row.sourceLevel1, row.sourceLevel2, row.sourceLevel3].includes('汇总'))).toBe(false);
      expect(r.rows.map((row) => row.sourceLevel1)).toEqual(leaves.map((l) => l.path[0]));
      expect(r.rows.reduce((n, row) => n + (row.visitors ?? 0), 0)).toBe(storeVisitors);
      expect(r.rows.every((row) => row.date === '2026-05-31')).toBe(true);
      // One subtotal row per group and node with children, plus the store's: each named on its line.
      const subtotals = r.notes.filter((n) => n.code === 'SUBTOTAL_ROW');
      expect(subtotals).toHaveLength(1 + 4 + 1);
      expect(subtotals[0]).toMatchObject({ row: 0, line: 7 });
      expect(r.notes.some((n) => n.code === 'SUBTOTAL_MISMATCH')).toBe(false);
      expect(r.unplacedSources).toEqual([]);
    });
  }

  it('a subtotal its children do not add up to is noted, and an unknown channel is listed', () => {
    const sheet = sourceThreeLevelSheet([...leaves, { path: ['新渠道X', '子渠道Y'], visitors: 10, orderFen: 0, buyers: 0, paidFen: 0 }]);
    // Spoil the 淘内免费 group's subtotal: 10,025 visitors written, children add up to 10,025 − 100.
    const group = sheet.rows.findIndex((row) => row[0] === '淘内免费' && row[1] === '汇总');
    (sheet.rows[group] as unknown[])[3] = (10_025 + 100).toLocaleString('en');
    const r = readExport(csvBytes(sheet), { fileName: '店铺来源_2026-05-31_2026-05-31.csv' });
    const mismatches = r.notes.filter((n) => n.code === 'SUBTOTAL_MISMATCH');
    // The group's own subtotal, and the store's, whose children now add up to 100 more than it says.
    expect(mismatches.map((n) => n.line)).toEqual([7, group + 1]);
    expect(mismatches[1]).toMatchObject({ params: { visitors: 10_125, childrenVisitors: 10_025, sourcePath: '淘内免费', path: '淘内免费' } });
    // The adapters' notes speak readExport's locale, and render again from their params.
    expect(mismatches[1]?.message).toBe('淘内免费下各来源的访客合计 10025，汇总行为 10125（同一访客经两个来源进店会重复计数，或有行缺失）');
    expect(renderMessage('SUBTOTAL_MISMATCH', 'zh-CN', mismatches[1]!.params as MessageParams, [adaptersMessages])).toBe(mismatches[1]?.message);
    const en = readExport(csvBytes(sheet), { fileName: '店铺来源_2026-05-31_2026-05-31.csv', locale: 'en' }).notes.filter((n) => n.code === 'SUBTOTAL_MISMATCH');
    expect(en[0]).toMatchObject({ params: { path: 'the store' }, message: `the sources under the store add up to ${storeVisitors + 10 + 100} visitors, its subtotal says ${storeVisitors + 10} (visitors who came by two sources count in both, or rows are missing)` });
    expect(mismatches[0]).toMatchObject({ params: { visitors: storeVisitors + 10, childrenVisitors: storeVisitors + 10 + 100 } });
    expect(r.unplacedSources).toEqual(['新渠道X/子渠道Y']);
  });
});
