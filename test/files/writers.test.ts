import { read, utils } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { toDecimal } from 'storeops/core';
import { writeCsv, writeXlsx } from 'storeops/files';
import { expectError } from '../helpers.js';

describe('writeCsv', () => {
  it('prefixes and quotes every formula-like text cell, as OWASP recommends', () => {
    // OWASP CSV Injection: cells starting with = + - @ tab or CR get a leading ' inside quotes.
    const csv = writeCsv([{ name: '=HYPERLINK("http://x","y")' }, { name: '+1' }, { name: '-2+3' }, { name: '@SUM(A1)' }, { name: '\tx' }, { name: '\rx' }, { name: 'ok' }]);
    expect(csv.split('\r\n')).toEqual(['name', `"'=HYPERLINK(""http://x"",""y"")"`, `"'+1"`, `"'-2+3"`, `"'@SUM(A1)"`, `"'\tx"`, `"'\rx"`, 'ok', '']);
  });

  it('keeps plain numbers as numbers, Decimals as their digits, empty cells empty', () => {
    expect(writeCsv([{ gap: '-800.00', n: -3, d: toDecimal('7200.50'), b: true, x: null }])).toBe('gap,n,d,b,x\r\n-800.00,-3,7200.50,true,\r\n');
  });

  it('quotes commas, quotes and line breaks, and writes a BOM on request', () => {
    expect(writeCsv([{ a: 'x,y', b: 'say "hi"', c: 'two\nlines' }], { bom: true })).toBe('\uFEFFa,b,c\r\n"x,y","say ""hi""","two\nlines"\r\n');
  });

  it('takes the columns given, in their order', () => {
    expect(writeCsv([{ a: 1, b: 2 }], { columns: ['b', 'z'] })).toBe('b,z\r\n2,\r\n');
  });

  it('refuses NaN, Infinity, objects and bad options', () => {
    expectError(() => writeCsv([{ a: Number.NaN }]), 'INVALID_INPUT', '[0].a');
    expectError(() => writeCsv([{ a: 1 }, { b: Number.POSITIVE_INFINITY }]), 'INVALID_INPUT', '[1].b');
    expectError(() => writeCsv([{ a: {} as never }]), 'INVALID_INPUT', '[0].a');
    expectError(() => writeCsv('rows' as never), 'INVALID_INPUT', '');
    expectError(() => writeCsv([], { bom: 'yes' as never }), 'INVALID_OPTIONS', 'bom');
  });
});

describe('writeXlsx', () => {
  it('writes sheets SheetJS reads back: text as text (never a formula), numbers and Decimals as numbers', () => {
    const bytes = writeXlsx([
      { name: '联赛', rows: [{ 店铺: '=1+2', 达成率: 0.9, 实际: toDecimal('7200.50'), 达标: false }] },
      { name: 'empty', rows: [], columns: ['a'] },
    ]);
    const wb = read(bytes, { type: 'array' });
    expect(wb.SheetNames).toEqual(['联赛', 'empty']);
    const ws = wb.Sheets['联赛'] as NonNullable<(typeof wb.Sheets)[string]>;
    expect(ws['A2']).toMatchObject({ t: 's', v: '=1+2' });
    expect(ws['A2'].f).toBeUndefined();
    expect(ws['B2']).toMatchObject({ t: 'n', v: 0.9 });
    expect(ws['C2']).toMatchObject({ t: 'n', v: 7200.5, w: '7200.50' });
    expect(ws['D2']).toMatchObject({ t: 'b', v: false });
    expect(utils.sheet_to_json(wb.Sheets['empty'] as never, { header: 1 })).toEqual([['a']]);
  });

  it('refuses bad sheet names, a name given twice, no sheets and bad cells', () => {
    expectError(() => writeXlsx([{ name: 'a/b', rows: [] }]), 'INVALID_INPUT', '[0].name');
    expectError(() => writeXlsx([{ name: 'x'.repeat(32), rows: [] }]), 'INVALID_INPUT', '[0].name');
    expectError(() => writeXlsx([{ name: 'A', rows: [] }, { name: 'a', rows: [] }]), 'INVALID_INPUT', '[1].name');
    expectError(() => writeXlsx([]), 'INVALID_INPUT', '');
    expectError(() => writeXlsx([{ name: 's', rows: [{ a: Number.NaN }] }]), 'INVALID_INPUT', '[0].rows[0].a');
  });
});
