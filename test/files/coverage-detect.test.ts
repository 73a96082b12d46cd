// How readExport tells a file's layout from its first bytes (detect.ts, decode.ts): bare BIFF
// 2–5 streams by their BOF record, markup without a table, text that is neither UTF-8 nor GBK.
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readExport } from 'storeops/files';
import { errorOf, expectError } from '../helpers.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A BIFF2 .xls (SheetJS writes BIFF2 as a bare stream, BOF 0x0009) of a sheet without known headers. */
function biff2(): Uint8Array {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet([['date', 'uv'], ['2026-05-31', 5]]), 'S');
  return new Uint8Array(write(wb, { type: 'array', bookType: 'biff2' }) as ArrayBuffer);
}

describe('readExport: bare BIFF streams are workbooks, found by their BOF record', () => {
  it('BOF 0x0009 (BIFF2), 0x0209 (BIFF3), 0x0409 (BIFF4), 0x0809 (BIFF5): read as .xls, never as CSV text', () => {
    const bytes = biff2();
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x09, 0x00, 0x04, 0x00]);
    for (const version of [0x00, 0x02, 0x04, 0x08]) {
      const b = bytes.slice();
      b[1] = version;
      const e = errorOf(() => readExport(b));
      // Whatever SheetJS makes of the records, the message is about a workbook.
      expect(e.message, `BOF 0x${version.toString(16)}09`).toMatch(/workbook/);
    }
  });
});

describe('readExport: markup', () => {
  it('an HTML or XML document without a table is FILE_UNSUPPORTED', () => {
    expectError(() => readExport(utf8('<!DOCTYPE html><html><body><p>登录已过期</p></body></html>')), 'FILE_UNSUPPORTED', '');
    expectError(() => readExport(utf8('<?xml version="1.0"?><error>session expired</error>')), 'FILE_UNSUPPORTED', '');
    expectError(() => readExport(utf8('<html><body>no table</body></html>')), 'FILE_UNSUPPORTED', '');
  });

  it('text that only starts with a tag is CSV: the tag line is a title line', () => {
    const r = readExport(utf8('<b>说明</b>\n统计日期,访客数\n2026-05-31,5\n'));
    expect(r.file).toMatchObject({ format: 'csv', headerLine: 2 });
    expect(r.rows[0]).toMatchObject({ date: '2026-05-31', visitors: 5 });
  });
});

describe('readExport: a forced encoding the bytes do not fit', () => {
  it('bytes valid in neither UTF-8 nor GBK: FILE_ENCODING at encoding, saying so', () => {
    const bytes = Uint8Array.from([0x41, 0x2c, 0x42, 0x0a, 0xff, 0xfe, 0x0a]);
    const e = errorOf(() => readExport(bytes, { encoding: 'utf-8' }));
    expect(e.code).toBe('FILE_ENCODING');
    expect(e.issues[0]?.path).toBe('encoding');
    expect(e.message).toContain('is not text in either UTF-8 or GBK');
  });
});
