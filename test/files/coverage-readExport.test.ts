// readExport paths the layout tests do not reach: files without a header (with the sample and
// the encoding the message names), sheet options, SpreadsheetML, the HTML row limit, header
// cells that are blank or numbers, headers that fit several kinds, error cells found by a
// trimmed header, and the period read from week rows. Every file is built as bytes here.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, readExport } from 'storeops/files';
import { errorOf, expectError } from '../helpers.js';
import { encodeGbk, xlsxBytes, type FixtureCell } from '../fixtures/exports.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
}

/** A SpreadsheetML 2003 workbook (Excel's "XML spreadsheet") with one sheet of string cells. */
function spreadsheetMl(rows: string[][]): Uint8Array {
  const body = rows.map((r) => `<Row>${r.map((c) => `<Cell><Data ss:Type="String">${c}</Data></Cell>`).join('')}</Row>`).join('');
  return utf8(
    `<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">` +
      `<Worksheet ss:Name="数据"><Table>${body}</Table></Worksheet></Workbook>`,
  );
}

/** An xlsx whose first sheet's XML is rewritten by `edit` (cells and tags SheetJS's writer does not make). */
function editedXlsx(rows: FixtureCell[][], edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(xlsxBytes({ name: '数据', rows }));
  files['xl/worksheets/sheet1.xml'] = strToU8(edit(strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array)));
  return zipSync(files);
}

describe('readExport: a file without a header row names what it read', () => {
  it('the sample skips blank top rows: "the top reads" the first row with text', () => {
    const e = errorOf(() => readExport(utf8('\n,,\n甲,乙\n1,2\n')));
    expect(e.code).toBe('FILE_NO_HEADER');
    expect(e.message).toContain('the top reads "甲,乙"');
    expect(e.issues[0]).toMatchObject({ path: '', received: 'string "甲,乙"' });
    expect(e.message).toContain('(decoded as UTF-8)');
  });

  it('GBK text is named GBK, UTF-16 text UTF-16LE', () => {
    expect(errorOf(() => readExport(encodeGbk('店铺,备注\n甲,乙\n'))).message).toContain('(decoded as GBK)');
    const e = errorOf(() => readExport(utf16le('店铺,备注\n甲,乙\n')));
    expect(e.code).toBe('FILE_NO_HEADER');
    expect(e.message).toContain('(decoded as UTF-16LE)');
  });

  it('a workbook whose top rows hold only spaces: no sample, received "no text"', () => {
    const e = errorOf(() => readExport(xlsxBytes({ name: 'Sheet1', rows: [['  ', ' '], [' ']] })));
    expect(e.code).toBe('FILE_NO_HEADER');
    expect(e.issues[0]?.received).toBe('no text');
    expect(e.message).not.toContain('the top reads');
    expect(e.message).toContain('of the workbook:');
  });

  it('an XML spreadsheet without a header', () => {
    const e = errorOf(() => readExport(spreadsheetMl([['说明'], ['本表仅供参考']])));
    expect(e.code).toBe('FILE_NO_HEADER');
    expect(e.message).toContain('of the XML spreadsheet (decoded as UTF-8)');
    expect(e.message).toContain('the top reads "说明"');
  });

  it('an XML spreadsheet with no sheet at all holds nothing: FILE_EMPTY', () => {
    const xml = '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
    expectError(() => readExport(utf8(xml)), 'FILE_EMPTY', '');
  });
});

describe('readExport: the sheet option', () => {
  const info = { name: '说明', rows: [['本报表由生意参谋导出']] };
  const data = { name: '数据', rows: [['统计日期', '访客数', '支付金额'], ['2026-05-31', '1,200', '3,456.70']] };

  it('a sheet asked for (by name or index) without a header is FILE_NO_HEADER naming the sheet', () => {
    const bytes = xlsxBytes(info, data);
    for (const sheet of ['说明', 0]) {
      const e = errorOf(() => readExport(bytes, { sheet }));
      expect(e.code).toBe('FILE_NO_HEADER');
      expect(e.message).toContain('of the sheet "说明"');
    }
    const r = readExport(bytes, { sheet: 1 });
    expect(r.rows[0]).toMatchObject({ date: '2026-05-31', visitors: 1200, paidAmount: '3456.70' });
  });

  it('by default the first sheet with a header is read; a sheet name that names no terminal gives none', () => {
    const r = readExport(xlsxBytes(info, data), { locale: 'en' });
    expect(r.file).toMatchObject({ sheet: '数据', sheets: ['说明', '数据'], headerLine: 1 });
    expect(r.file.terminal).toBeUndefined();
    expect(r.notes.find((n) => n.code === 'FILE_SHEET_READ')?.params).toEqual({ sheet: '数据', count: 2, sheets: '说明, 数据' });
  });

  it('an HTML table has one sheet: another name is INVALID_OPTIONS at sheet (not a missing header)', () => {
    const html = utf8('<html><body><table><tr><td>统计日期</td><td>访客数</td></tr><tr><td>2026-05-31</td><td>9</td></tr></table></body></html>');
    expect(readExport(html).rows[0]).toMatchObject({ date: '2026-05-31', visitors: 9 });
    expectError(() => readExport(html, { sheet: '无线' }), 'INVALID_OPTIONS', 'sheet');
  });
});

describe('readExport: limits', () => {
  it('a file over 50 MiB is refused before it is parsed', () => {
    const e = errorOf(() => readExport(new Uint8Array(FILE_LIMITS.maxFileBytes + 1)));
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.issues[0]).toMatchObject({ path: '', received: `${FILE_LIMITS.maxFileBytes + 1} bytes` });
  });

  it('an HTML table over the row limit is refused from its <tr tags, whatever white space follows them', () => {
    // A quarter of the rows of each form: the limit is passed only when every form is counted.
    const forms = ['<tr\t>', '<tr\n>', '<tr\r\n>', '<TR >'];
    const rows = Array.from({ length: FILE_LIMITS.maxRows + 1 }, (_, i) => `${forms[i % 4]}<td>${i}</td></tr>`);
    const html = utf8(`<html><body><table><tr><td>统计日期</td><td>访客数</td></tr>${rows.join('')}</table></body></html>`);
    const e = errorOf(() => readExport(html));
    expect(e.code).toBe('FILE_TOO_MANY_ROWS');
    expect(e.issues[0]?.path).toBe('');
    expect(e.message).toContain('the HTML table has more than 200,000 rows');
  });

  it('those <tr forms are read as rows of the table', () => {
    const html = utf8('<table><tr\t><td>统计日期</td><td>访客数</td></tr><tr\n><td>2026-05-30</td><td>4</td></tr><tr\r\n><td>2026-05-31</td><td>6</td></tr></table>');
    expect(readExport(html).rows.map((r) => [r.date, r.visitors])).toEqual([
      ['2026-05-30', 4],
      ['2026-05-31', 6],
    ]);
  });
});

describe('readExport: header and title cells', () => {
  it('a blank cell in a title line and a number in the header row are read as text', () => {
    const r = readExport(
      xlsxBytes({
        name: 'Sheet1',
        rows: [
          [null, '统计日期：2026-05-31~2026-05-31'],
          ['访客数', '支付金额', 2026],
          ['1,200', '3,456.70', '备注'],
        ],
      }),
    );
    expect(r.notes.find((n) => n.code === 'FILE_TITLE_LINE')?.params).toEqual({ line: 1, text: '统计日期：2026-05-31~2026-05-31' });
    expect(r.period).toEqual({ start: '2026-05-31', end: '2026-05-31', from: 'title' });
    expect(r.unknownColumns).toEqual(['2026']);
    expect(r.rows[0]).toMatchObject({ date: '2026-05-31', visitors: 1200, paidAmount: '3456.70', extra: { 2026: '备注' } });
  });

  it('a header cell left blank over an empty column is no column at all (no unnamed-column note)', () => {
    const r = readExport(utf8('统计日期,,访客数\n2026-05-31,,5\n2026-05-30,,7\n'));
    expect(r.notes.map((n) => n.code)).not.toContain('FILE_UNNAMED_COLUMN');
    expect(r.unknownColumns).toEqual([]);
    expect(r.rows.map((row) => [row.date, row.visitors, row.extra])).toEqual([
      ['2026-05-31', 5, {}],
      ['2026-05-30', 7, {}],
    ]);
  });

  it('a required cell left empty under a header written with spaces: the error names that cell', () => {
    const r = readExport(utf8('统计日期, 商品ID ,商品访客数\n2026-05-31,,10\n2026-05-31,5512,8\n'));
    expect(r.kind).toBe('item');
    expect(r.errors).toEqual([expect.objectContaining({ row: 0, column: '商品ID', line: 2, cell: 'B2' })]);
    expect(r.rows.map((row) => row.itemId)).toEqual(['5512']);
    expect(r.leftOut).toBe(1);
  });

  it('a row whose two 访客数 columns disagree and whose 支付金额 is bad is left out once, with both errors', () => {
    const r = readExport(utf8('统计日期,访客数,支付金额,访客数\n2026-05-31,5,abc,6\n2026-05-30,7,10.00,7\n'));
    expect(r.errors.map((e) => [e.row, e.column, e.cell])).toEqual([
      [0, '支付金额', 'C2'],
      [0, '访客数', 'D2'],
    ]);
    expect(r.leftOut).toBe(1);
    expect(r.rows.map((row) => [row.date, row.visitors])).toEqual([['2026-05-30', 7]]);
  });
});

describe('readExport: headers that fit several kinds', () => {
  // 展现量 / 点击量 / 花费 alone are the measures of both 万相台 keyword and 主体 reports.
  const adOnly = utf8('统计日期,展现量,点击量,花费\n2026-05-31,"1,000",40,88.50\n');

  it('the report name decides: 关键词 → keyword, noted in both locales', () => {
    const r = readExport(adOnly, { fileName: '万相台_关键词报表_2026-05-31_2026-05-31.csv' });
    expect(r.kind).toBe('keyword');
    expect(r.notes.find((n) => n.code === 'FILE_KIND_FROM_NAME')).toMatchObject({ params: { name: '万相台_关键词报表', kind: '关键词' }, message: '表头符合多种报表；按报表名“万相台_关键词报表”读作关键词报表' });
    // A keyword row needs its 关键词: this one is named as an error, not dropped.
    expect(r.errors).toEqual([expect.objectContaining({ row: 0, column: '关键词', line: 2 })]);
    const en = readExport(adOnly, { fileName: '万相台_主体报表_2026-05-31_2026-05-31.csv', locale: 'en' });
    expect(en.kind).toBe('adItem');
    expect(en.notes.find((n) => n.code === 'FILE_KIND_FROM_NAME')?.params['kind']).toBe('万相台 item (主体)');
  });

  it('without a name that says, AMBIGUOUS_KIND at kind; a bad kind option is INVALID_OPTIONS at kind', () => {
    expectError(() => readExport(adOnly), 'AMBIGUOUS_KIND', 'kind');
    expectError(() => readExport(adOnly, { fileName: '导出数据_2026-05-31_2026-05-31.csv' }), 'AMBIGUOUS_KIND', 'kind');
    expectError(() => readExport(adOnly, { kind: 'ads' as never }), 'INVALID_OPTIONS', 'kind');
  });
});

describe('readExport: the period read from the rows', () => {
  it('a week summary row covers its days: the period spans the range and the day rows', () => {
    const r = readExport(utf8('统计日期,访客数\n20260518至20260524,700\n2026-05-31,120\n'));
    expect(r.rows.map((row) => [row.period, row.date])).toEqual([
      [{ start: '2026-05-18', end: '2026-05-24' }, undefined],
      [undefined, '2026-05-31'],
    ]);
    expect(r.period).toEqual({ start: '2026-05-18', end: '2026-05-31', from: 'rows' });
  });

  it('a file of one week row: the period is that week (not null)', () => {
    expect(readExport(utf8('统计日期,访客数\n20260525至20260531,700\n')).period).toEqual({ start: '2026-05-25', end: '2026-05-31', from: 'rows' });
  });

  it('keyword rows without a date: no period', () => {
    const r = readExport(utf8('关键词,展现量,点击量,花费\n连衣裙,"1,000",40,88.50\n'));
    expect(r.kind).toBe('keyword');
    expect(r.rows[0]).toMatchObject({ keyword: '连衣裙', impressions: 1000, clicks: 40 });
    expect(r.period).toBeNull();
  });
});

describe('readExport: workbook cells SheetJS hands over', () => {
  it('a stub cell (t="z") is blank; a 0 with a date format is the number 0, not a day', () => {
    const bytes = editedXlsx(
      [
        ['统计日期', '访客数', '支付买家数'],
        [new Date(Date.UTC(2026, 4, 31)), 1, 2],
      ],
      (xml) => {
        // C2 takes A2's style (the yyyy-mm-dd date format) and holds 0: Excel shows it as 1900-01-00, no day.
        const style = /<c r="A2" s="(\d+)"/.exec(xml)?.[1] as string;
        expect(style).toBeDefined();
        return xml.replace(/<c r="B2"[^>]*>.*?<\/c>/, '<c r="B2" t="z"/>').replace(/<c r="C2"[^>]*>.*?<\/c>/, `<c r="C2" s="${style}"><v>0</v></c>`);
      },
    );
    const r = readExport(bytes);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({ date: '2026-05-31', buyers: 0 });
    expect(r.rows[0]?.visitors).toBeUndefined();
  });

  it('a sheet whose dimension claims more rows than the limit is refused at sheet', () => {
    const bytes = editedXlsx(
      [
        ['统计日期', '访客数'],
        ['2026-05-31', 1],
      ],
      (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:B250000"/>'),
    );
    const e = errorOf(() => readExport(bytes));
    expect(e.code).toBe('FILE_TOO_MANY_ROWS');
    expect(e.issues[0]?.path).toBe('sheet');
    expect(e.message).toContain('the sheet "数据" has more than 200,000 rows');
  });

  it('merged ranges fill only empty cells: past the end of a row, and not over a cell that holds a value', () => {
    const r = readExport(
      xlsxBytes({
        name: 'Sheet1',
        rows: [
          ['统计日期：2026-05-31~2026-05-31'],
          ['一级来源', '二级来源', '访客数'],
          ['淘内免费', '手淘搜索', '700'],
          [null, '手淘首页', '200'],
          ['付费流量', '万相台', '100'],
        ],
        // A1:C1: the title over the width (row 1 has one cell); A3:A5 spans a cell that holds 付费流量.
        merges: [
          { s: { r: 0, c: 0 }, e: { r: 0, c: 2 } },
          { s: { r: 2, c: 0 }, e: { r: 4, c: 0 } },
        ],
      }),
    );
    expect(r.notes.find((n) => n.code === 'FILE_MERGED_CELLS')?.params).toEqual({ count: 3 });
    expect(r.notes.filter((n) => n.code === 'FILE_TITLE_LINE').map((n) => n.params['text'])).toEqual(['统计日期：2026-05-31~2026-05-31']);
    expect(r.rows.map((row) => [row.sourceLevel1, row.source, row.visitors])).toEqual([
      ['淘内免费', '手淘搜索', 700],
      ['淘内免费', '手淘首页', 200],
      ['付费流量', '万相台', 100],
    ]);
  });
});

describe('readExport: number cells', () => {
  it('a number cell whose text is no number is blank, not NaN', () => {
    const bytes = editedXlsx(
      [
        ['统计日期', '访客数'],
        ['2026-05-31', 1],
      ],
      (xml) => xml.replace(/<c r="B2"([^>]*)><v>1<\/v><\/c>/, '<c r="B2"$1><v>abc</v></c>'),
    );
    const r = readExport(bytes);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.visitors).toBeUndefined();
  });
});
