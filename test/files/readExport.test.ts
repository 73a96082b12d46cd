import { describe, expect, it } from 'vitest';
import { readExport, type ExportReadResult } from 'storeops/files';
import { errorOf, expectError } from '../helpers.js';
import {
  csvBytes,
  encodeGbk,
  htmlXlsBytes,
  itemDay,
  itemSheet,
  keywordWeek,
  sourceDay,
  sourceThreeLevelSheet,
  sourceTwoLevelSheet,
  storeDailySheet,
  storeWeek,
  wanxiangItemSheet,
  wanxiangKeywordSheet,
  xlsBytes,
  xlsxBytes,
  type FixtureSheet,
} from '../fixtures/exports.js';

const yuan = (fen: number): string => (fen / 100).toFixed(2);

/** Every data row below the header is a row read, named by an error (row, column, line) or named by a note (a subtotal row taken out). */
function accountsForEveryRow(r: ExportReadResult, dataRows: number): void {
  const named = new Set(r.errors.map((e) => e.row));
  const noted = new Set(r.notes.flatMap((n) => (n.row === undefined ? [] : [n.row])));
  const read = new Set(r.rows.map((row) => row.index));
  for (let i = 0; i < dataRows; i++) expect(read.has(i) || named.has(i) || noted.has(i), `data row ${i}`).toBe(true);
  expect(r.rows.length + r.leftOut + [...noted].filter((i) => !read.has(i) && !named.has(i)).length).toBe(dataRows);
  for (const e of r.errors) expect(e.line).toBeGreaterThan(r.file.headerLine);
  for (const n of r.notes) if (n.row !== undefined) expect(n.line).toBeGreaterThan(r.file.headerLine);
}

/** The level-1 source of a row: 来源 is read as sourceLevel1 by the adapters that know it, else kept in extra. */
const level1 = (row: ExportReadResult['rows'][number]): unknown => row.sourceLevel1 ?? row.extra['来源'];

const layouts = {
  xls: (s: FixtureSheet) => xlsBytes(s),
  xlsx: (s: FixtureSheet) => xlsxBytes(s),
  'html-as-xls': (s: FixtureSheet) => htmlXlsBytes(s),
  'csv utf-8': (s: FixtureSheet) => csvBytes(s),
  'csv utf-8 bom': (s: FixtureSheet) => csvBytes(s, { encoding: 'utf-8-bom', eol: '\r\n' }),
  'csv gbk': (s: FixtureSheet) => csvBytes(s, { encoding: 'gbk' }),
} as const;
const formats = { xls: 'xls', xlsx: 'xlsx', 'html-as-xls': 'html', 'csv utf-8': 'csv', 'csv utf-8 bom': 'csv', 'csv gbk': 'csv' } as const;

describe('readExport: the 取数 store-daily export in every layout', () => {
  const days = storeWeek();
  for (const [layout, build] of Object.entries(layouts)) {
    it(`${layout}: title lines are notes, the header is line 4, every day is read`, () => {
      const r = readExport(build(storeDailySheet(days)), { fileName: '【生意参谋平台】取数-店铺整体_2026-05-25_2026-05-31.xls', locale: 'en' });
      expect(r.file.format).toBe(formats[layout as keyof typeof formats]);
      expect(r.file.headerLine).toBe(4);
      expect(r.kind).toBe('store');
      expect(r.period).toEqual({ start: '2026-05-25', end: '2026-05-31', from: 'title' });
      expect(r.errors).toEqual([]);
      accountsForEveryRow(r, days.length);
      expect(r.rows.map((row) => row.date)).toEqual(days.map((d) => d.date));
      expect(r.rows.map((row) => row.visitors)).toEqual(days.map((d) => d.visitors));
      expect(r.rows.map((row) => row.paidAmount)).toEqual(days.map((d) => yuan(d.paidFen)));
      expect(r.rows.map((row) => row.buyers)).toEqual(days.map((d) => d.buyers));
      expect(r.rows[0]?.bounceRate).toBe(0.6511);
      const titles = r.notes.filter((n) => n.code === 'FILE_TITLE_LINE');
      expect(titles.map((n) => n.line)).toEqual([1, 2]);
      expect(titles[1]?.params['text']).toBe('统计日期：2026-05-25~2026-05-31');
      expect(r.file.reportName).toBe('【生意参谋平台】取数-店铺整体');
    });
  }

  it('the encoding found is reported: GBK and UTF-8 with BOM', () => {
    expect(readExport(layouts['csv gbk'](storeDailySheet(days))).file.encoding).toBe('gb18030');
    const bom = readExport(layouts['csv utf-8 bom'](storeDailySheet(days)));
    expect(bom.file.encoding).toBe('utf-8');
    expect(bom.notes[0]).toMatchObject({ code: 'FILE_FORMAT', params: { encoding: 'UTF-8' } });
  });
});

describe('readExport: 商品_全部 item export (38 columns, 4 title lines)', () => {
  const items = itemDay('2026-05-31', 6);
  for (const layout of ['xls', 'html-as-xls', 'csv gbk'] as const) {
    it(`${layout}: every item row is read with its id, buyers and paid amount`, () => {
      const r = readExport(layouts[layout](itemSheet(items)), { fileName: '【生意参谋平台】商品_全部_2026-05-31_2026-05-31.xls' });
      expect(r.file.headerLine).toBe(5);
      expect(r.kind).toBe('item');
      accountsForEveryRow(r, items.length);
      expect(r.rows.map((row) => row.itemId)).toEqual(items.map((i) => i.id));
      expect(r.rows.map((row) => row.buyers)).toEqual(items.map((i) => i.buyers));
      expect(r.rows.map((row) => row.paidAmount)).toEqual(items.map((i) => yuan(i.paidFen)));
      expect(r.file.terminal).toBe('所有终端');
      expect(r.period).toEqual({ start: '2026-05-31', end: '2026-05-31', from: 'title' });
    });
  }
});

describe('readExport: traffic sources, where the day is only in the title or the file name', () => {
  const leaves = sourceDay().filter((l) => l.path.length === 2);

  it('two-level xls without a date title line: the day comes from the file name, merged 来源 cells are filled', () => {
    const sheet = sourceTwoLevelSheet(leaves, { titleDate: false });
    const r = readExport(xlsBytes(sheet), { fileName: '【生意参谋平台】无线店铺流量来源-2017-11-12_2017-11-12.xls', locale: 'en' });
    expect(r.kind).toBe('source');
    expect(r.period).toEqual({ start: '2017-11-12', end: '2017-11-12', from: 'fileName' });
    expect(r.errors).toEqual([]);
    accountsForEveryRow(r, leaves.length);
    expect(r.rows.every((row) => row.date === '2017-11-12')).toBe(true);
    expect(r.rows.map((row) => row.source)).toEqual(leaves.map((l) => l.path[1]));
    expect(r.rows.map((row) => row.visitors)).toEqual(leaves.map((l) => l.visitors));
    // The merged level-1 cell is carried to every row of its group.
    expect(r.rows.map(level1)).toEqual(leaves.map((l) => l.path[0]));
    expect(r.notes.find((n) => n.code === 'FILE_DATE_FROM_PERIOD')?.message).toBe('The rows carry no date column: they are taken as 2017-11-12, from the file name');
    expect(r.notes.find((n) => n.code === 'FILE_MERGED_CELLS')?.params['count']).toBe(leaves.length - 4);
    expect(r.file.terminal).toBe('无线端');
  });

  it('HTML-as-xls: rowspan cells are filled as merged cells', () => {
    const r = readExport(htmlXlsBytes(sourceTwoLevelSheet(leaves)), { fileName: 'x.xls' });
    expect(r.rows.map(level1)).toEqual(leaves.map((l) => l.path[0]));
    expect(r.period?.from).toBe('title');
  });

  it('without any date, rows are named in errors with their line and cell', () => {
    const r = readExport(csvBytes(sourceTwoLevelSheet(leaves, { titleDate: false })), { fileName: 'traffic.csv' });
    expect(r.period).toBeNull();
    expect(r.rows).toEqual([]);
    accountsForEveryRow(r, leaves.length);
    expect(r.errors[0]).toMatchObject({ row: 0, column: '统计日期', line: 6 });
  });

  it('the date option overrides the file name', () => {
    const r = readExport(csvBytes(sourceTwoLevelSheet(leaves, { titleDate: false })), { fileName: 'a_2017-11-12_2017-11-12.csv', date: '2017-11-13' });
    expect(r.period).toEqual({ start: '2017-11-13', end: '2017-11-13', from: 'option' });
    expect(r.rows.every((row) => row.date === '2017-11-13')).toBe(true);
  });

  it('a title line and a file name that disagree: the title is used and the mismatch noted', () => {
    const r = readExport(csvBytes(sourceTwoLevelSheet(leaves, { date: '2026-05-31' })), { fileName: '【生意参谋平台】无线店铺流量来源-2026-05-30_2026-05-30.csv', locale: 'en' });
    expect(r.period?.start).toBe('2026-05-31');
    expect(r.notes.find((n) => n.code === 'FILE_PERIOD_MISMATCH')?.message).toContain('2026-05-30~2026-05-30');
  });

  it('one sheet per terminal: the first with a header is read by default, `sheet` picks another, and the note says which', () => {
    const pc = sourceTwoLevelSheet(leaves.map((l) => ({ ...l, visitors: l.visitors + 1 })), { terminal: 'PC端', name: 'PC流量来源' });
    const wireless = sourceTwoLevelSheet(leaves, { name: '无线流量来源' });
    const bytes = xlsxBytes(pc, wireless);
    const first = readExport(bytes, { locale: 'en' });
    expect(first.file).toMatchObject({ sheet: 'PC流量来源', sheets: ['PC流量来源', '无线流量来源'], terminal: 'PC端' });
    expect(first.notes.find((n) => n.code === 'FILE_SHEET_READ')?.message).toBe('Read sheet "PC流量来源" (2 sheets: PC流量来源, 无线流量来源); pass the sheet option to read another');
    const second = readExport(bytes, { sheet: '无线流量来源' });
    expect(second.rows.map((r) => r.visitors)).toEqual(leaves.map((l) => l.visitors));
    expect(readExport(bytes, { sheet: 1 }).file.sheet).toBe('无线流量来源');
    expectError(() => readExport(bytes, { sheet: '店铺' }), 'INVALID_OPTIONS', 'sheet');
    expectError(() => readExport(bytes, { sheet: 2 }), 'INVALID_OPTIONS', 'sheet');
  });

  it('three-level form: the title lines above it are notes, every row below the header is accounted for', () => {
    const sheet = sourceThreeLevelSheet(sourceDay());
    const r = readExport(xlsBytes(sheet), { fileName: '【生意参谋平台】店铺来源_2026-05-31_2026-05-31.xls' });
    expect(r.file.headerLine).toBe(6);
    expect(r.notes.filter((n) => n.code === 'FILE_TITLE_LINE').map((n) => n.line)).toEqual([1, 2, 3, 4]);
    accountsForEveryRow(r, sheet.rows.length - 6);
    expect(r.rows.every((row) => row.date === '2026-05-31')).toBe(true);
  });
});

describe('readExport: 万相台 reports', () => {
  const kws = keywordWeek();

  it('GBK CSV keyword report, header on line 1: every row is read or named', () => {
    const r = readExport(csvBytes(wanxiangKeywordSheet(kws), { encoding: 'gbk' }), { fileName: '万相台_关键词报表_20260525_20260531.csv' });
    expect(r.file).toMatchObject({ format: 'csv', encoding: 'gb18030', headerLine: 1 });
    expect(r.period).toEqual({ start: '2026-05-25', end: '2026-05-31', from: 'fileName' });
    accountsForEveryRow(r, kws.length);
  });

  it('xlsx item report: typed numbers and date cells', () => {
    const r = readExport(xlsxBytes(wanxiangItemSheet(kws)), { fileName: '万相台_主体报表.xlsx' });
    expect(r.file).toMatchObject({ format: 'xlsx', headerLine: 1 });
    accountsForEveryRow(r, kws.length);
    // 日期 cells are real dates: read by their calendar fields.
    expect(r.rows.map((row) => row.date)).toEqual(kws.map((k) => k.date));
    expect(r.rows.map((row) => row.impressions)).toEqual(kws.map((k) => k.impressions));
    expect(r.rows.map((row) => row.ctr)).toEqual(kws.map((k) => k.clicks / k.impressions));
    expect(r.period).toEqual({ start: '2026-05-25', end: '2026-05-31', from: 'rows' });
  });
});

describe('readExport: encodings', () => {
  const sheet = storeDailySheet(storeWeek());

  it('a GBK file forced as UTF-8 is refused, never read as garbled data', () => {
    const e = () => readExport(csvBytes(sheet, { encoding: 'gbk' }), { encoding: 'utf-8' });
    expectError(e, 'FILE_ENCODING', 'encoding');
    expect(errorOf(e).message).toContain('looks like GBK, decoded as UTF-8');
  });

  it('encoding gbk reads a GBK file; a UTF-8 file that is not valid GBK, forced as GBK, is refused', () => {
    expect(readExport(csvBytes(sheet, { encoding: 'gbk' }), { encoding: 'gbk' }).rows.length).toBe(7);
    // The UTF-8 store export is not valid GB18030 (its trailing bytes do not pair up).
    const e = () => readExport(csvBytes(sheet), { encoding: 'gbk' });
    expectError(e, 'FILE_ENCODING', 'encoding');
    expect(errorOf(e).message).toContain('looks like UTF-8, decoded as GBK');
  });

  it('bytes neither UTF-8 nor GBK are refused', () => {
    expectError(() => readExport(Uint8Array.from([0x41, 0x2c, 0xff, 0xff, 0xff, 0x0a])), 'FILE_ENCODING', '');
  });

  it('GBK headers written in UTF-8 are found; mojibake of a real GBK header is not a header', () => {
    const gbk = encodeGbk('统计日期,访客数,支付金额\n2026-05-31,"1,234",88.00\n');
    expect(readExport(gbk).rows[0]).toMatchObject({ date: '2026-05-31', visitors: 1234, paidAmount: '88.00' });
    // The same bytes decoded as Latin-1 and re-encoded as UTF-8: the header is garbled.
    const mojibake = new TextEncoder().encode(Array.from(gbk, (b) => String.fromCharCode(b)).join(''));
    expectError(() => readExport(mojibake), 'FILE_NO_HEADER', '');
  });
});

describe('readExport: cells and rows', () => {
  it('exact duplicate headers: agreeing cells read once, disagreeing ones are errors at their cell', () => {
    const csv = '统计日期,访客数,访客数,支付金额\n2026-05-30,100,100,1.00\n2026-05-31,100,101,2.00\n';
    const r = readExport(new TextEncoder().encode(csv), { locale: 'en' });
    expect(r.rows.map((row) => row.date)).toEqual(['2026-05-30']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ row: 1, column: '访客数', line: 3, cell: 'C3' });
    expect(r.leftOut).toBe(1);
    expect(r.notes.find((n) => n.code === 'FILE_DUPLICATE_COLUMN')?.params).toEqual({ column: '访客数', count: 2, cells: 'B1, C1' });
  });

  it('a bad cell is named by line and cell address', () => {
    const csv = '【生意参谋平台】取数\n统计日期,访客数\n2026-05-30,100\n2026-05-31,"1,23"\n';
    const r = readExport(new TextEncoder().encode(csv));
    expect(r.errors[0]).toMatchObject({ row: 1, column: '访客数', line: 4, cell: 'B4' });
  });

  it('blank rows are skipped and counted; a column with data but no header is kept, not dropped', () => {
    const csv = '统计日期,访客数,\n2026-05-30,100,x\n,,\n2026-05-31,90,\n';
    const r = readExport(new TextEncoder().encode(csv), { locale: 'en' });
    expect(r.rows.map((row) => row.visitors)).toEqual([100, 90]);
    expect(r.notes.find((n) => n.code === 'FILE_BLANK_ROWS')?.params['count']).toBe(1);
    expect(r.rows[0]?.extra['(C)']).toBe('x');
    expect(r.unknownColumns).toEqual(['(C)']);
  });

  it('a header named __proto__ is a column like any other', () => {
    const r = readExport(new TextEncoder().encode('统计日期,访客数,__proto__\n2026-05-31,1,x\n'));
    expect(r.rows[0]?.extra['__proto__']).toBe('x');
  });

  it('tab-separated text (Excel "Unicode text", UTF-16 LE with BOM)', () => {
    const text = '统计日期\t访客数\t支付金额\r\n2026-05-31\t1,234\t88.00\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = readExport(bytes);
    expect(r.file.encoding).toBe('utf-16le');
    expect(r.rows[0]).toMatchObject({ date: '2026-05-31', visitors: 1234, paidAmount: '88.00' });
  });

  it('notes are rendered in both locales', () => {
    const bytes = csvBytes(storeDailySheet(storeWeek()));
    expect(readExport(bytes).notes.find((n) => n.code === 'FILE_HEADER_LINE')?.message).toBe('表头在第 4 行');
    expect(readExport(bytes, { locale: 'en' }).notes.find((n) => n.code === 'FILE_HEADER_LINE')?.message).toBe('The header is on line 4');
  });

  it('a file named .xls that holds CSV is read by its content, and the note says so', () => {
    const r = readExport(csvBytes(storeDailySheet(storeWeek())), { fileName: 'store.xls', locale: 'en' });
    expect(r.file.format).toBe('csv');
    expect(r.notes.find((n) => n.code === 'FILE_FORMAT_NOT_EXTENSION')?.message).toBe('The file is named .xls but holds CSV text: read by its content');
  });

  it('accepts an ArrayBuffer and a Uint8Array view into a larger buffer', () => {
    const bytes = csvBytes(storeDailySheet(storeWeek()));
    const big = new Uint8Array(bytes.length + 10);
    big.set(bytes, 5);
    expect(readExport(big.subarray(5, 5 + bytes.length)).rows.length).toBe(7);
    expect(readExport(bytes.slice().buffer).rows.length).toBe(7);
  });
});

describe('readExport: bad input', () => {
  it('not bytes, bad options', () => {
    expectError(() => readExport('统计日期' as unknown as Uint8Array), 'INVALID_INPUT', '');
    expectError(() => readExport(new Uint8Array([65]), { date: '2026-02-30' }), 'INVALID_OPTIONS', 'date');
    expectError(() => readExport(new Uint8Array([65]), { locale: 'fr' as 'en' }), 'INVALID_OPTIONS', 'locale');
    expectError(() => readExport(new Uint8Array([65]), { sheet: -1 }), 'INVALID_OPTIONS', 'sheet');
    expectError(() => readExport(new Uint8Array([65]), { bogus: 1 } as never), 'INVALID_OPTIONS', 'bogus');
  });

  it('an empty file, a blank CSV', () => {
    expectError(() => readExport(new Uint8Array(0)), 'FILE_EMPTY', '');
    expectError(() => readExport(new TextEncoder().encode('\n\n,,\n')), 'FILE_EMPTY', '');
  });

  it('a PNG, a PDF or random binary renamed .xls', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expectError(() => readExport(png, { fileName: 'export.xls' }), 'FILE_UNSUPPORTED', '');
    expectError(() => readExport(new TextEncoder().encode('%PDF-1.7\n'), { fileName: 'export.xls' }), 'FILE_UNSUPPORTED', '');
    expectError(() => readExport(Uint8Array.from([1, 2, 0, 4, 5])), 'FILE_UNSUPPORTED', '');
  });

  it('a truncated xlsx or xls', () => {
    const xlsx = xlsxBytes(storeDailySheet(storeWeek()));
    expectError(() => readExport(xlsx.subarray(0, Math.floor(xlsx.length / 2))), 'FILE_CORRUPT', '');
    const xls = xlsBytes(storeDailySheet(storeWeek()));
    expectError(() => readExport(xls.subarray(0, Math.floor(xls.length / 2))), 'FILE_CORRUPT', '');
  });

  it('a CSV or workbook without a known header', () => {
    expectError(() => readExport(new TextEncoder().encode('a,b\n1,2\n')), 'FILE_NO_HEADER', '');
    expectError(() => readExport(xlsxBytes({ name: 'S', rows: [['a', 'b'], [1, 2]] })), 'FILE_NO_HEADER', '');
  });
});
