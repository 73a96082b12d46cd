// readExport on a 100,000-row 商品_全部 item export (38 columns, 4 title lines), as .xlsx and as
// UTF-8 CSV, against the libraries it is built on doing their part alone in the same run:
//   xlsx: SheetJS read (with readExport's options) + sheet_to_json (arrays of cells), the least any caller does;
//   CSV:  csv-parse on the same bytes (its Node build, as readExport uses in Node).
// readExport does that plus finding the header, the title notes and parseSycmRows (every cell
// typed, every bad cell named). Target: ≤ 1.5× their time. Throughput in data rows per second.
// BENCH_ROWS sets the size (default 100,000).
import { read, utils } from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { readExport } from '../src/files/index.js';
import { csvBytes, itemSheet, xlsxBytes, type ItemDay } from '../test/fixtures/exports.js';
import { compare, printComparison, printTarget, resultOf } from './timing.js';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 100_000);

function items(n: number): ItemDay[] {
  const names = ['高腰阔腿裤', '羊毛混纺大衣', '真丝衬衫', '基础款T恤', '针织开衫', '牛仔半身裙'];
  return Array.from({ length: n }, (_, i) => {
    const visitors = 900 + ((i * 7919) % 4000);
    const buyers = 10 + ((i * 31) % 120);
    return { date: `2026-05-${String(1 + (i % 31)).padStart(2, '0')}`, id: String(650100000001 + i), name: names[i % names.length] as string, visitors, pageviews: Math.round(visitors * 1.6), buyers, paidFen: buyers * (6_900 + ((i * 1_301) % 50_000)) };
  });
}

function rowsPerSecond(ms: number): string {
  return `${Math.round(ROWS / (ms / 1000)).toLocaleString('en')} rows/s`;
}

export default async function run(): Promise<void> {
  const list = items(ROWS);
  const sheet = itemSheet(list);
  const xlsx = xlsxBytes(sheet);
  const csv = csvBytes(sheet);
  console.log(`${ROWS.toLocaleString('en')} rows × 38 columns: xlsx ${(xlsx.length / 1024 / 1024).toFixed(1)} MiB, CSV ${(csv.length / 1024 / 1024).toFixed(1)} MiB`);

  const x = await compare({
    baseline: 'SheetJS alone',
    rounds: Number(process.env['BENCH_ROUNDS'] ?? 5),
    contenders: {
      'SheetJS alone': () => {
        // The read options readExport uses (no cell text formatting, no styles, no formulas).
        const wb = read(xlsx, { type: 'array', dense: true, raw: true, cellNF: true, cellText: false, cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false });
        return utils.sheet_to_json(wb.Sheets[wb.SheetNames[0] as string] as never, { header: 1, raw: true }).length;
      },
      readExport: () => readExport(xlsx, { fileName: '【生意参谋平台】商品_全部_2026-05-01_2026-05-31.xlsx' }).rows.length,
    },
    check: (r) => {
      if (r['readExport'] !== ROWS) throw new Error(`readExport read ${String(r['readExport'])} rows of ${ROWS}`);
    },
  });
  printComparison(x, '\n### .xlsx');
  console.log(`throughput: readExport ${rowsPerSecond(resultOf(x, 'readExport').medianMs)}, SheetJS alone ${rowsPerSecond(resultOf(x, 'SheetJS alone').medianMs)}`);
  printTarget(x, 'readExport', 1.5);

  const c = await compare({
    baseline: 'csv-parse alone',
    rounds: Number(process.env['BENCH_ROUNDS'] ?? 5),
    contenders: {
      'csv-parse alone': () => (parse(Buffer.from(csv.buffer, csv.byteOffset, csv.byteLength), { relax_column_count: true }) as unknown[]).length,
      readExport: () => readExport(csv, { fileName: '【生意参谋平台】商品_全部_2026-05-01_2026-05-31.csv' }).rows.length,
    },
    check: (r) => {
      if (r['readExport'] !== ROWS) throw new Error(`readExport read ${String(r['readExport'])} rows of ${ROWS}`);
    },
  });
  printComparison(c, '\n### UTF-8 CSV');
  console.log(`throughput: readExport ${rowsPerSecond(resultOf(c, 'readExport').medianMs)}, csv-parse alone ${rowsPerSecond(resultOf(c, 'csv-parse alone').medianMs)}`);
  printTarget(c, 'readExport', 1.5);
}
