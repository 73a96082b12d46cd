// The corners of readExport: title-line and file-name forms, cell types SheetJS gives, other
// layouts (SpreadsheetML, BIFF2, GBK HTML), encodings, and the limits that are cheap to reach.
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, readExport } from 'storeops/files';
import { datesIn, kindOfReportName, periodIn, readFileName, readTitleLine, terminalIn } from '../../src/files/meta.js';
import { columnLetter } from '../../src/files/grid.js';
import { errorOf, expectError } from '../helpers.js';
import { encodeGbk, htmlXlsBytes, storeDailySheet, storeWeek, xlsBytes, xlsxBytes } from '../fixtures/exports.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('title lines and file names', () => {
  it('reads the period in every written form, the earlier day first', () => {
    expect(datesIn('2026年5月3日 至 2026/5/31，20260601，2026-13-01，1999-01-01')).toEqual(['2026-05-03', '2026-05-31', '2026-06-01']);
    expect(periodIn('20260531至20260525')).toEqual({ start: '2026-05-25', end: '2026-05-31' });
    expect(periodIn('no date')).toBeUndefined();
  });

  it('reads labelled title lines and bare ones', () => {
    expect(readTitleLine('统计日期：2026-05-25~2026-05-31')).toEqual({ period: { start: '2026-05-25', end: '2026-05-31' } });
    expect(readTitleLine('统计时间: 不详')).toEqual({});
    expect(readTitleLine('终端：无线端')).toEqual({ terminal: '无线端' });
    expect(readTitleLine('终端：')).toEqual({});
    expect(readTitleLine('报表名称：商品_全部')).toEqual({ reportName: '商品_全部' });
    expect(readTitleLine('报表：')).toEqual({});
    expect(readTitleLine('指标：访客数,下单金额')).toEqual({});
    expect(readTitleLine('2026-05-25 ~ 2026-05-31')).toEqual({ period: { start: '2026-05-25', end: '2026-05-31' } });
    expect(readTitleLine('【生意参谋平台】商品_全部')).toEqual({ reportName: '【生意参谋平台】商品_全部' });
  });

  it('reads file names: report, period, terminal, copies and folders', () => {
    expect(readFileName('C:\\downloads\\【生意参谋平台】商品_全部_2026-05-31_2026-05-31 (1).xls')).toEqual({
      baseName: '【生意参谋平台】商品_全部_2026-05-31_2026-05-31 (1).xls',
      extension: 'xls',
      period: { start: '2026-05-31', end: '2026-05-31' },
      reportName: '【生意参谋平台】商品_全部',
    });
    expect(readFileName('exports/PC店铺来源')).toEqual({ baseName: 'PC店铺来源', extension: '', reportName: 'PC店铺来源', terminal: 'PC端' });
    expect(readFileName('_2026-05-31_.csv')).toEqual({ baseName: '_2026-05-31_.csv', extension: 'csv', period: { start: '2026-05-31', end: '2026-05-31' } });
    expect([terminalIn('无线店铺流量来源'), terminalIn('全部终端'), terminalIn('店铺')]).toEqual(['无线端', '所有终端', undefined]);
    expect(['店铺来源', '关键词报表', '主体报表', '商品_全部', '取数-店铺整体', '其他'].map(kindOfReportName)).toEqual(['source', 'keyword', 'adItem', 'item', 'store', undefined]);
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('workbook cells', () => {
  it('error cells are empty and noted, booleans are text, date formats become days, other numbers stay numbers', () => {
    const ws = utils.aoa_to_sheet([
      ['统计日期', '访客数', '支付金额', '备注', '支付转化率'],
      [46173, 1200, 88.5, true, 0.03],
      [46172, 1100, 77.25, false, 0.02],
    ]);
    ws['A2'] = { t: 'n', v: 46173, z: 'yyyy-mm-dd' };
    ws['A3'] = { t: 'n', v: 46172, z: 'm/d/yy' };
    ws['E3'] = { t: 'e', v: 7, w: '#DIV/0!' };
    ws['C3'] = { t: 'n', v: 77.25, z: '0.00' };
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, 'S');
    const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const r = readExport(bytes, { locale: 'en' });
    expect(r.rows.map((row) => [row.date, row.visitors, row.paidAmount, row.extra['备注'], row.conversionRate])).toEqual([
      ['2026-05-31', 1200, '88.5', 'TRUE', 0.03],
      ['2026-05-30', 1100, '77.25', 'FALSE', undefined],
    ]);
    expect(r.notes.find((n) => n.code === 'FILE_ERROR_CELLS')?.params['count']).toBe(1);
    expect(r.period).toEqual({ start: '2026-05-30', end: '2026-05-31', from: 'rows' });
  });

  it('a date format on a number that is no day keeps the number; an empty merged range fills nothing', () => {
    const ws = utils.aoa_to_sheet([['统计日期', '访客数', '浏览量'], ['2026-05-31', 5, null], ['2026-05-30', null, 3]]);
    ws['B2'] = { t: 'n', v: -5, z: 'yyyy-mm-dd' };
    ws['!merges'] = [{ s: { r: 2, c: 1 }, e: { r: 2, c: 1 } }, { s: { r: 1, c: 2 }, e: { r: 2, c: 2 } }];
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, 'S');
    const r = readExport(new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    // -5 is not a day and not a count: an error at its cell, not a date.
    expect(r.errors[0]).toMatchObject({ column: '访客数', cell: 'B2' });
    expect(r.rows.map((row) => row.pageviews)).toEqual([3]);
  });

  it('other layouts SheetJS reads: Excel 2003 XML, a GBK HTML table; a bare BIFF2 stream is a workbook', () => {
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(storeDailySheet(storeWeek()).rows), '取数');
    const xml = readExport(new Uint8Array(write(wb, { type: 'array', bookType: 'xlml' }) as ArrayBuffer));
    expect(xml.file.format).toBe('xml');
    expect(xml.rows).toHaveLength(7);
    // A bare BIFF2 stream is taken for a workbook; its one-byte codepage strings cannot hold the
    // Chinese headers SheetJS was given, so no header is found in it (no real export is BIFF2).
    const biff2 = errorOf(() => readExport(new Uint8Array(write(wb, { type: 'array', bookType: 'biff2' }) as ArrayBuffer), { fileName: 'a.xls' }));
    expect(biff2.code).toBe('FILE_NO_HEADER');
    expect(biff2.message).toContain('of the workbook');
    const gbk = readExport(htmlXlsBytes(storeDailySheet(storeWeek()), { encoding: 'gbk' }), { fileName: 'a.xlsx', locale: 'en' });
    expect(gbk.file).toMatchObject({ format: 'html', encoding: 'gb18030' });
    expect(gbk.notes.find((n) => n.code === 'FILE_FORMAT_NOT_EXTENSION')?.params['extension']).toBe('xlsx');
  });

  it('an HTML table without a known header, HTML without a table, a workbook named .csv', () => {
    expectError(() => readExport(utf8('<html><table><tr><td>a</td><td>b</td></tr></table></html>')), 'FILE_NO_HEADER', '');
    expectError(() => readExport(utf8('<!doctype html><p>hello</p>')), 'FILE_UNSUPPORTED', '');
    const r = readExport(xlsBytes(storeDailySheet(storeWeek())), { fileName: 'store.csv', locale: 'en' });
    expect(r.notes.find((n) => n.code === 'FILE_FORMAT_NOT_EXTENSION')?.params['extension']).toBe('csv');
  });

  it('the terminal from the sheet name when the titles do not say; a file name that contradicts the headers is noted', () => {
    const sheet = (name: string) => ({ name, rows: [['统计日期', '访客数'], ['2026-05-31', '1']] });
    const r = readExport(xlsxBytes(sheet('无线'), sheet('PC')), { fileName: '【生意参谋平台】商品_全部.xlsx', locale: 'en' });
    expect(r.file.terminal).toBe('无线端');
    expect(r.notes.find((n) => n.code === 'FILE_KIND_MISMATCH')?.message).toBe('The report name "【生意参谋平台】商品_全部" suggests a item export but the headers read as store: pass the kind option if that is wrong');
    expect(readExport(xlsxBytes(sheet('S')), { kind: 'store' }).kind).toBe('store');
  });
});

describe('encodings and odd bytes', () => {
  it('byte-order marks that lie, UTF-16 BE, a DataView', () => {
    expectError(() => readExport(Uint8Array.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41])), 'FILE_ENCODING', '');
    expectError(() => readExport(Uint8Array.from([0xfe, 0xff, 0xd8, 0x00])), 'FILE_ENCODING', '');
    const text = '统计日期,访客数\n2026-05-31,7\n';
    const be = new Uint8Array(2 + text.length * 2);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      be[2 + i * 2] = text.charCodeAt(i) >> 8;
      be[3 + i * 2] = text.charCodeAt(i) & 0xff;
    }
    expect(readExport(be).rows[0]?.visitors).toBe(7);
    const bytes = utf8(text);
    expect(readExport(new DataView(bytes.buffer) as unknown as Uint8Array).rows[0]?.visitors).toBe(7);
  });

  it('text that is valid UTF-8 but no header, valid GBK with one: the GBK reading is used', () => {
    // These GBK bytes happen to be valid UTF-8 too (each pair decodes to one character there).
    const r = readExport(encodeGbk('统计日期,访客数\n2026-05-31,7\n'));
    expect(r.rows[0]?.visitors).toBe(7);
    expect(r.file.encoding).toBe('gb18030');
  });

  it('a CSV whose quote never closes, a sheet option on a CSV', () => {
    expect(errorOf(() => readExport(utf8('统计日期,访客数\n2026-05-31,"7\n'))).code).toBe('FILE_CORRUPT');
    expectError(() => readExport(utf8('统计日期,访客数\n2026-05-31,7\n'), { sheet: 0 }), 'INVALID_OPTIONS', 'sheet');
  });
});

describe('limits that are cheap to reach', () => {
  it('a CSV or an HTML table one row over the limit', () => {
    expectError(() => readExport(utf8(`统计日期,访客数\n${'2026-05-31,1\n'.repeat(FILE_LIMITS.maxRows)}`)), 'FILE_TOO_MANY_ROWS', '');
    expectError(() => readExport(utf8(`<table>${'<tr><td>1</td></tr>\n'.repeat(FILE_LIMITS.maxRows + 1)}</table>`)), 'FILE_TOO_MANY_ROWS', '');
  }, 60_000);
});
