import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS, readExport } from 'storeops/files';
import { errorOf, expectError } from '../helpers.js';
import { storeDailySheet, storeWeek, xlsxBytes } from '../fixtures/exports.js';
import { zipOf } from '../fixtures/zip.js';

const MiB = 1024 * 1024;

describe('readExport: the zip checks before SheetJS', () => {
  it('a zip whose parts would expand past the limit is refused from its index alone', () => {
    // 4 MiB of (fake) data claiming 400 MiB: a ratio of 100 passes, the total does not.
    const bytes = zipOf('xl/worksheets/sheet1.xml', new Uint8Array(4 * MiB), { cdExpanded: 400 * MiB, localExpanded: 400 * MiB });
    expect(400 * MiB).toBeGreaterThan(FILE_LIMITS.maxExpandedBytes);
    const e = errorOf(() => readExport(bytes));
    expect(e.code).toBe('FILE_EXPANDS_TOO_LARGE');
    expect(e.message).toContain('320 MiB');
  });

  it('a part compressed more than 200× is refused (a zip bomb)', () => {
    const bytes = zipOf('xl/worksheets/sheet1.xml', new Uint8Array(1000), { cdExpanded: 2 * MiB, localExpanded: 2 * MiB });
    expect(errorOf(() => readExport(bytes)).message).toMatch(/expands 2097×.*zip bomb/);
  });

  it('ZIP64 markers (over 4 GB) are refused as too large', () => {
    expectError(() => readExport(zipOf('xl/worksheets/sheet1.xml', new Uint8Array(10), { cdExpanded: 0xffffffff, localExpanded: 0 })), 'FILE_EXPANDS_TOO_LARGE', '');
    expectError(() => readExport(zipOf('a', new Uint8Array(10), { cdExpanded: 10, localExpanded: 10, entries: 0xffff })), 'FILE_EXPANDS_TOO_LARGE', '');
    expectError(() => readExport(zipOf('a', new Uint8Array(10), { cdExpanded: 10, localExpanded: 10, entries: 20_000 })), 'FILE_EXPANDS_TOO_LARGE', '');
  });

  it('a part that inflates past its declared size is refused without inflating it all', () => {
    const deflated = deflateRawSync(Buffer.alloc(4 * MiB, 0x20));
    const e = errorOf(() => readExport(zipOf('xl/worksheets/sheet1.xml', deflated, { cdExpanded: 100, localExpanded: 0, flags: 8 })));
    expect(e.code).toBe('FILE_EXPANDS_TOO_LARGE');
    expect(e.message).toContain('past the 100 bytes its zip index declares');
  });

  it('damaged zips: no end record, an index pointing outside, a part that does not unzip, a part cut short', () => {
    const good = xlsxBytes(storeDailySheet(storeWeek()));
    expectError(() => readExport(good.subarray(0, good.length - 30)), 'FILE_CORRUPT', '');
    const garbage = zipOf('xl/worksheets/sheet1.xml', Uint8Array.from([0xff, 0xff, 0xff, 0xff]), { cdExpanded: 10, localExpanded: 10 });
    expect(errorOf(() => readExport(garbage)).message).toContain('does not unzip');
    // The index says the part holds more compressed bytes than the file has.
    const bytes = zipOf('xl/worksheets/sheet1.xml', deflateRawSync(Buffer.from('<x/>')), { cdExpanded: 4, localExpanded: 4 });
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const cd = bytes.length - 22 - (46 + 24);
    view.setUint32(cd + 20, 1000, true);
    expectError(() => readExport(bytes), 'FILE_CORRUPT', '');
    // The central directory offset pointing past its end record.
    const moved = zipOf('a', new Uint8Array(4), { cdExpanded: 4, localExpanded: 4, method: 0 });
    new DataView(moved.buffer).setUint32(moved.length - 6, moved.length, true);
    expectError(() => readExport(moved), 'FILE_CORRUPT', '');
  });

  it('a zip that is not a workbook (no xl/workbook.xml)', () => {
    const bytes = zipSync({ 'readme.txt': strToU8('hello') });
    expect(errorOf(() => readExport(bytes)).message).toContain('not a workbook');
  });

  it('a sheet over the row limit is refused while its zip is checked, also when the row tag straddles two chunks', () => {
    // Rows of ~30 bytes against the inflater's output chunks: tags fall across chunk ends.
    const rows = Array.from({ length: FILE_LIMITS.maxRows + 1 }, (_, i) => `<row><c><v>${(i * 7919) % 1_000_003}</v></c></row>`);
    const xml = `<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const bytes = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(xml) }, { level: 1 });
    expectError(() => readExport(bytes), 'FILE_TOO_MANY_ROWS', 'sheet');
  });
});
