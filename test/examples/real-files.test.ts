// The demo reads the downloads themselves (examples/data: xls with title lines, an HTML table
// saved as .xls, a GBK keyword CSV, one traffic file per day dated only by its name). Its brief
// must be the brief of the same numbers given as clean rows (the generator's tables through
// parseSycmRows): reading the files changes nothing the brief says.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSycmRows } from 'storeops/adapters';
import { readExport } from 'storeops/files';
import { readSampleExports, sampleBrief, type SampleExports } from '../../examples/brief.js';
import { DATA_DIR, FILES, sampleFiles } from '../../examples/generate-data.js';
import { generateSampleData, type Table } from '../../examples/sample-data.js';

const data = generateSampleData();
const records = (table: Table): Record<string, string>[] => {
  const [head, ...rows] = table;
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [String(h), String(r[i] ?? '')])));
};

/** The same reports from the generator's tables, as clean rows with a date column each. */
function cleanExports(): SampleExports {
  return {
    store: parseSycmRows(records(data.store), { kind: 'store' }),
    items: parseSycmRows(records(data.items), { kind: 'item' }),
    sources: parseSycmRows(records(data.sources), { kind: 'source' }),
    keywords: parseSycmRows(records(data.keywords), { kind: 'keyword' }),
  };
}

describe('the demo on real-format downloads', () => {
  it('examples/data holds what the generator writes (regenerate with `npx tsx examples/generate-data.ts`)', () => {
    for (const [name, bytes] of sampleFiles()) {
      if (name.endsWith('.csv')) expect(readFileSync(`${DATA_DIR}/${name}`).equals(Buffer.from(bytes)), name).toBe(true);
      // Workbooks are compared by what they hold (SheetJS stamps no dates, but keep the test about content).
      else expect(readExport(readFileSync(`${DATA_DIR}/${name}`), { fileName: name }).rows).toEqual(readExport(bytes, { fileName: name }).rows);
    }
  });

  it('reads each layout: the day of a traffic file from its name, GBK keywords, title lines as notes', () => {
    const traffic = readdirSync(`${DATA_DIR}/${FILES.trafficDir}`);
    expect(traffic).toHaveLength(31);
    const day = readExport(readFileSync(`${DATA_DIR}/${FILES.trafficDir}/${FILES.traffic('2026-05-31')}`), { fileName: FILES.traffic('2026-05-31') });
    expect(day.file.format).toBe('xls');
    expect(day.period).toEqual({ start: '2026-05-31', end: '2026-05-31', from: 'fileName' });
    expect(day.notes.some((n) => n.code === 'FILE_DATE_FROM_PERIOD')).toBe(true);
    // Three-level form: the store's 汇总 row and one per level-1 group are taken out, never sources.
    expect(day.notes.filter((n) => n.code === 'SUBTOTAL_ROW')).toHaveLength(1 + 5);
    expect(day.rows.some((r) => r.source === '汇总')).toBe(false);
    expect(day.notes.some((n) => n.code === 'SUBTOTAL_MISMATCH')).toBe(false);
    const kw = readExport(readFileSync(`${DATA_DIR}/${FILES.keywords}`), { fileName: FILES.keywords });
    expect(kw.file).toMatchObject({ format: 'csv', encoding: 'gb18030', headerLine: 1 });
    const items = readExport(readFileSync(`${DATA_DIR}/${FILES.items}`), { fileName: FILES.items });
    expect(items.file).toMatchObject({ format: 'html', headerLine: 5, terminal: '所有终端' });
    expect(items.period).toEqual({ start: '2026-05-01', end: '2026-05-31', from: 'title' });
  });

  it('gives the same rows and the same brief as the clean tables, in both locales and on another day', () => {
    const files = readSampleExports();
    const clean = cleanExports();
    for (const name of ['store', 'items', 'sources', 'keywords'] as const) {
      expect(files[name].rows.length, name).toBe(clean[name].rows.length);
      expect(files[name].leftOut, name).toBe(clean[name].leftOut);
    }
    for (const options of [{}, { locale: 'en' as const }, { date: '2026-05-24' }]) {
      expect(sampleBrief({ ...options, exports: files })).toEqual(sampleBrief({ ...options, exports: clean }));
    }
  });
});
