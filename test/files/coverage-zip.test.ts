// The zip checks readExport makes before SheetJS opens an .xlsx, on archives damaged in the
// places the other zip tests leave alone, and the row counter on every form of <row tag.
import { deflateRawSync } from 'node:zlib';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, readExport } from 'storeops/files';
import { errorOf } from '../helpers.js';
import { zipOf } from '../fixtures/zip.js';

const SHEET = 'xl/worksheets/sheet1.xml';
/** Where zipOf puts the central directory entry of its one part (before the name and the 22-byte end record). */
const cdOf = (bytes: Uint8Array, name: string): number => bytes.length - 22 - (46 + strToU8(name).length);

describe('readExport: damaged zip indexes', () => {
  it('a central directory entry without its signature is FILE_CORRUPT', () => {
    const bytes = zipOf(SHEET, deflateRawSync(Buffer.from('<x/>')), { cdExpanded: 4, localExpanded: 4 });
    bytes[cdOf(bytes, SHEET)] = 0;
    const e = errorOf(() => readExport(bytes));
    expect(e.code).toBe('FILE_CORRUPT');
    expect(e.message).toContain('a central directory entry is unreadable');
  });

  it('an index pointing at a part that is not there is FILE_CORRUPT naming the part', () => {
    const bytes = zipOf(SHEET, deflateRawSync(Buffer.from('<x/>')), { cdExpanded: 4, localExpanded: 4 });
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(cdOf(bytes, SHEET) + 42, 7, true);
    const e = errorOf(() => readExport(bytes));
    expect(e.code).toBe('FILE_CORRUPT');
    expect(e.message).toContain(`the part ${SHEET} is not where its index says`);
  });

  it('a deflated part of 0 compressed bytes is inflated as an empty stream: the zip is read on, to its names', () => {
    const e = errorOf(() => readExport(zipOf(SHEET, new Uint8Array(0), { cdExpanded: 0, localExpanded: 0 })));
    expect(e.code).toBe('FILE_UNSUPPORTED');
    expect(e.message).toContain('not a workbook');
  });
});

describe('readExport: the row counter of a zipped sheet', () => {
  /** A zip of one sheet part (no workbook.xml) of `rows` cell-less rows in the five tag forms, deflated as stored blocks. */
  function sheetOfRows(rows: number): Uint8Array {
    const forms = ['<row></row>', '<row/>', '<row\t/>', '<row\n/>', '<row\r/>'];
    const xml = `<worksheet><sheetData>${Array.from({ length: rows }, (_, i) => forms[i % forms.length]).join('')}</sheetData></worksheet>`;
    // Level 0: the ratio is 1, far below the zip-bomb mark, and the inflater hands over empty
    // and odd-sized chunks, so that tags fall across chunk ends (about 25 of them here).
    return zipOf(SHEET, deflateRawSync(Buffer.from(xml), { level: 0 }), { cdExpanded: xml.length, localExpanded: xml.length });
  }

  it('counts <row>, <row/>, and <row followed by a tab, LF or CR, also across chunk ends: one row over the limit is refused', () => {
    // A fifth of the rows in each form: the limit is passed only if every form is counted.
    const e = errorOf(() => readExport(sheetOfRows(FILE_LIMITS.maxRows + 1)));
    expect(e.code).toBe('FILE_TOO_MANY_ROWS');
    expect(e.issues[0]?.path).toBe('sheet');
    // The counter's message names the zip part (SheetJS's limit would name the sheet).
    expect(e.message).toContain(`the sheet ${SHEET} has more than 200,000 rows`);
  });

  it('exactly the limit passes the counter (the archive is then refused for having no workbook)', () => {
    // Before the fix, a tag split around an empty chunk was not counted (25 of these rows), so 200,001 rows passed.
    const e = errorOf(() => readExport(sheetOfRows(FILE_LIMITS.maxRows)));
    expect(e.code).toBe('FILE_UNSUPPORTED');
    expect(e.message).toContain('not a workbook');
  });
});
