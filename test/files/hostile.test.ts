// Hostile files, read in a child process with a heap cap and a time limit, so that a hang or a
// memory blow-up fails the test instead of the test runner: each is refused with a stable code
// in bounded time and memory, and the refusals come before the expensive parse.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FILE_LIMITS } from 'storeops/files';

const script = fileURLToPath(new URL('./fixtures/hostile-case.ts', import.meta.url));
const HEAP_MIB = 768;

describe('readExport on hostile files (child process, heap capped at 768 MiB)', () => {
  it('refuses each with its code, within seconds', () => {
    const cases = ['over-50mb', 'million-rows-csv', 'million-rows-xlsx', 'million-rows-html', 'zip-bomb', 'lying-zip-bomb'];
    const out = execFileSync(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, '--import', 'tsx', script, ...cases], { encoding: 'utf8', timeout: 150_000 });
    const r = JSON.parse(out) as Record<string, { code: string; ms: number; rssMiB: number }>;
    // Over 50 MiB: refused by its size before anything is parsed.
    expect(r['over-50mb']?.code).toBe('FILE_TOO_LARGE');
    expect(r['over-50mb']?.ms).toBeLessThan(1_000);
    // A million rows: refused once the row limit is passed (csv-parse stops at the limit; the
    // .xlsx sheet's rows are counted while its zip is checked; the HTML table's <tr> tags).
    expect(FILE_LIMITS.maxRows).toBeLessThan(1_000_000);
    for (const c of ['million-rows-csv', 'million-rows-xlsx', 'million-rows-html']) {
      expect(r[c]?.code, c).toBe('FILE_TOO_MANY_ROWS');
      expect(r[c]?.ms, c).toBeLessThan(15_000);
    }
    // 64 MiB of spaces in 64 KiB: the ratio in the central directory is refused before unzipping.
    expect(r['zip-bomb']).toMatchObject({ code: 'FILE_EXPANDS_TOO_LARGE' });
    expect(r['zip-bomb']?.ms).toBeLessThan(1_000);
    // The same bomb whose index claims 1,000 bytes (local header 0, data descriptor): the
    // streaming check stops at the first chunk past the declared size.
    expect(r['lying-zip-bomb']).toMatchObject({ code: 'FILE_EXPANDS_TOO_LARGE' });
    expect(r['lying-zip-bomb']?.ms).toBeLessThan(5_000);
    for (const c of cases) expect(r[c]?.rssMiB, c).toBeLessThan(HEAP_MIB + 256);
  }, 180_000);
});
