// `npx tsx bench/index.ts funnel-peers`: the store-month rollup of bench/funnel.bench.ts
// (2,000,000 daily source rows → 14,000 groups) by its peers, through the shared harness
// (interleaved rotated rounds, GC between runs, median of per-round ratios with min–max), all
// against the hand-written string-key loop in the same rounds:
// - storeops aggregateFunnels by key parts, over the rows in memory;
// - arquero 7.2.1 (a JS data-frame library) from the row objects, and from columns (typed
//   arrays, as a columnar loader would hand them over; building the table is timed);
// - DuckDB (@duckdb/node-api) running funnelQuery over a Parquet and a CSV file written by
//   DuckDB before timing (reading the file and the result rows back is timed).
// Every contender must agree with the hand loop to the fen on every group before anything is
// timed: this is also the larger variant of the DuckDB equality test (test/sql/duckdb.test.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import * as aq from 'arquero';
import Decimal from 'decimal.js';
import { aggregateFunnels, type FunnelGroups } from '../src/funnel/index.js';
import { funnelQuery, funnelSumsFromRow } from '../src/sql/index.js';
import { agree, DEFAULT_SHAPE, generateRows, handWrittenLoop, rowCount, type BenchRow, type BenchSums } from './funnel-helpers.js';
import { compare, printComparison, printTarget } from './timing.js';

const op = aq.op;
const rollup = {
  visitors: op.sum('visitors'),
  buyers: op.sum('buyers'),
  orderBuyers: op.sum('orderBuyers'),
  pageviews: op.sum('pageviews'),
  cartAdders: op.sum('cartAdders'),
  // Money as integer fen, as the hand-written loop and storeops do.
  paidFen: (d: { paidAmount: number }) => op.sum(op.round(d.paidAmount * 100)),
  spendFen: (d: { spend: number }) => op.sum(op.round(d.spend * 100)),
};

/** The store-month rollup in arquero, turned into the Map the other contenders are compared in. */
function arqueroRollup(table: aq.ColumnTable): BenchSums {
  const out: BenchSums = new Map();
  const grouped = table
    .derive({ month: (d: { date: string }) => op.substring(d.date, 0, 7) })
    .groupby('store', 'month')
    .rollup(rollup);
  for (const g of grouped.objects() as { store: string; month: string; visitors: number; buyers: number; paidFen: number; spendFen: number }[]) {
    out.set(`${g.store} ${g.month}`, { visitors: g.visitors, buyers: g.buyers, paidAmount: new Decimal(g.paidFen).div(100), spend: new Decimal(g.spendFen).div(100) });
  }
  return out;
}

function columnsOf(rows: readonly BenchRow[]) {
  const n = rows.length;
  const cols = {
    store: new Array<string>(n),
    date: new Array<string>(n),
    visitors: new Int32Array(n),
    buyers: new Int32Array(n),
    orderBuyers: new Int32Array(n),
    pageviews: new Int32Array(n),
    cartAdders: new Int32Array(n),
    paidAmount: new Float64Array(n),
    spend: new Float64Array(n),
  };
  rows.forEach((r, i) => {
    cols.store[i] = r.store;
    cols.date[i] = r.date;
    cols.visitors[i] = r.visitors;
    cols.buyers[i] = r.buyers;
    cols.orderBuyers[i] = r.orderBuyers;
    cols.pageviews[i] = r.pageviews;
    cols.cartAdders[i] = r.cartAdders;
    cols.paidAmount[i] = r.paidAmount;
    cols.spend[i] = r.spend;
  });
  return cols;
}

function partsAsSums(r: FunnelGroups<[string, string]>): BenchSums {
  return new Map(r.groups.map((g) => [`${g.keys[0]} ${g.keys[1]}`, { visitors: g.counts.visitors, buyers: g.counts.buyers, paidAmount: new Decimal(g.counts.paidAmount.toString()), spend: new Decimal((g.counts.spend ?? 0).toString()) }]));
}

function arqueroVersion(): string {
  try {
    const main = createRequire(import.meta.url).resolve('arquero');
    return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export default async function funnelPeersBench(): Promise<void> {
  const n = Number(process.env['BENCH_ROWS'] ?? rowCount(DEFAULT_SHAPE));
  const rows = [...generateRows(DEFAULT_SHAPE, n)];
  const cols = columnsOf(rows);
  const byParts = { by: [(r: BenchRow) => r.store, (r: BenchRow) => r.date.slice(0, 7)] } as const;

  // DuckDB: load the rows once, write Parquet and CSV before anything is timed.
  const dir = mkdtempSync(join(tmpdir(), 'storeops-bench-'));
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run('CREATE TABLE rows (store VARCHAR, date VARCHAR, source VARCHAR, visitors INTEGER, buyers INTEGER, orderBuyers INTEGER, pageviews INTEGER, cartAdders INTEGER, paidAmount DOUBLE, spend DOUBLE)');
  const appender = await db.createAppender('rows');
  for (const r of rows) {
    appender.appendVarchar(r.store);
    appender.appendVarchar(r.date);
    appender.appendVarchar(r.source);
    appender.appendInteger(r.visitors);
    appender.appendInteger(r.buyers);
    appender.appendInteger(r.orderBuyers);
    appender.appendInteger(r.pageviews);
    appender.appendInteger(r.cartAdders);
    appender.appendDouble(r.paidAmount);
    appender.appendDouble(r.spend);
    appender.endRow();
  }
  appender.closeSync();
  const parquet = join(dir, 'rows.parquet');
  const csv = join(dir, 'rows.csv');
  await db.run(`COPY rows TO '${parquet}' (FORMAT parquet)`);
  await db.run(`COPY rows TO '${csv}' (FORMAT csv, HEADER)`);
  await db.run('DROP TABLE rows');
  const columns = ['visitors', 'buyers', 'paidAmount', 'orderBuyers', 'pageviews', 'cartAdders', 'spend'] as const;
  const duck = async (table: { parquet: string } | { csv: string }): Promise<BenchSums> => {
    const q = funnelQuery({ table, groupBy: ['store', { month: 'date' }], columns });
    const result = (await db.runAndReadAll(q.sql, q.params)).getRowObjects();
    const out: BenchSums = new Map();
    for (const row of result) {
      const t = funnelSumsFromRow(row as Record<string, unknown>);
      out.set(`${String(row['store'])} ${String(row['month'])}`, { visitors: t.visitors, buyers: t.buyers, paidAmount: new Decimal(t.paidAmount.toString()), spend: new Decimal((t.spend ?? 0).toString()) });
    }
    return out;
  };

  console.log(`store-month rollup of ${n.toLocaleString('en')} daily source rows in memory (files written before timing); arquero ${arqueroVersion()}, DuckDB through @duckdb/node-api (threads: ${String((await db.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjects()[0]?.['t'])})`);
  try {
    const c = await compare({
      baseline: 'hand loop, string key',
      rounds: Number(process.env['BENCH_ROUNDS'] ?? 5),
      contenders: {
        'hand loop, string key': () => handWrittenLoop(rows),
        'storeops, key parts': () => aggregateFunnels(rows, byParts),
        'arquero, from row objects': () => arqueroRollup(aq.from(rows)),
        'arquero, from columns': () => arqueroRollup(aq.table(cols)),
        'DuckDB, Parquet file': () => duck({ parquet }),
        'DuckDB, CSV file': () => duck({ csv }),
      },
      check: (r) => {
        const ref = r['hand loop, string key'] as BenchSums;
        agree('storeops', partsAsSums(r['storeops, key parts'] as FunnelGroups<[string, string]>), ref);
        agree('arquero (rows)', r['arquero, from row objects'] as BenchSums, ref);
        agree('arquero (columns)', r['arquero, from columns'] as BenchSums, ref);
        agree('DuckDB Parquet', r['DuckDB, Parquet file'] as BenchSums, ref);
        agree('DuckDB CSV', r['DuckDB, CSV file'] as BenchSums, ref);
        console.log(`${ref.size.toLocaleString('en')} groups: storeops, arquero and DuckDB (Parquet, CSV) agree with the hand loop to the fen`);
      },
    });
    printComparison(c);
    printTarget(c, 'storeops, key parts', 0.8);
  } finally {
    db.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
