// The DuckDB round trip shared by test/sql/duckdb.test.ts (small data, in npm test) and
// bench/sql.bench.ts (larger): generate daily source rows, load them into DuckDB with its
// appender, write them from DuckDB as Parquet and CSV, run funnelQuery over each file, and turn
// the result rows back into funnel totals.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { funnelQuery, funnelSumsFromRow, type FunnelQueryInput } from 'storeops/sql';
import type { FunnelTotals } from 'storeops/funnel';

/** One generated row; `null` is a missing value (a column the export left empty). */
export interface GenRow {
  store: string;
  date: string;
  source: string;
  visitors: number;
  buyers: number;
  paidAmount: number;
  cartAdders: number | null;
  orders: number;
  spend: number | null;
  refundAmount: string;
  presale: boolean;
}

/**
 * Deterministic rows: `stores` × `days` × 3 sources from 2026-10-20 (three calendar months),
 * with zero-visitor days (zero denominators), a store whose cart adders are sometimes missing
 * (a partial optional sum, left out), spend only on the paid source (NULL elsewhere: spend
 * left out of the groups that mix sources), refunds as 2-decimal strings and presale days.
 */
export function generate(stores: number, days: number, seed = 7): GenRow[] {
  let s = seed >>> 0 || 1;
  const rand = (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
  const t0 = Date.UTC(2026, 9, 20);
  const out: GenRow[] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(t0 + d * 86_400_000).toISOString().slice(0, 10);
    for (let k = 0; k < stores; k++) {
      ['search', 'paid', 'own'].forEach((source, j) => {
        const visitors = rand(11) === 0 ? 0 : rand(3000);
        const buyers = visitors === 0 ? 0 : rand(Math.floor(visitors / 20) + 1);
        const paidFen = buyers * (990 + rand(40_000));
        out.push({
          store: `S${k}`,
          date,
          source,
          visitors,
          buyers,
          paidAmount: paidFen / 100,
          cartAdders: k === 1 && rand(5) === 0 ? null : rand(visitors + 1),
          orders: buyers + rand(3),
          spend: j === 1 ? rand(500_000) / 100 : null,
          refundAmount: (rand(Math.floor(paidFen / 10) + 1) / 100).toFixed(2),
          presale: k === 2 && rand(9) === 0,
        });
      });
    }
  }
  return out;
}

/** The rows as aggregateFunnels reads them: a missing value is an absent field. */
export function asFunnelRows(rows: readonly GenRow[]): Record<string, unknown>[] {
  return rows.map((r) => {
    const o: Record<string, unknown> = { ...r };
    for (const k of Object.keys(o)) if (o[k] === null) delete o[k];
    return o;
  });
}

export const COLUMNS = ['visitors', 'buyers', 'paidAmount', 'cartAdders', 'orders', 'spend', 'refundAmount', 'presale'] as const;

/** A DuckDB in memory holding `rows` as table `rows`, and the Parquet and CSV files written from it. */
export interface Loaded {
  connection: DuckDBConnection;
  parquet: string;
  csv: string;
  close(): void;
}

export async function load(rows: readonly GenRow[]): Promise<Loaded> {
  const dir = mkdtempSync(join(tmpdir(), 'storeops-duckdb-'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE rows (store VARCHAR, date VARCHAR, source VARCHAR, visitors INTEGER, buyers INTEGER, paidAmount DOUBLE, cartAdders INTEGER, orders INTEGER, spend DOUBLE, refundAmount DECIMAL(14,2), presale BOOLEAN)`);
  // refundAmount goes in as text and is cast by DuckDB on insert (an exact DECIMAL column).
  await connection.run(`CREATE TABLE staging (store VARCHAR, date VARCHAR, source VARCHAR, visitors INTEGER, buyers INTEGER, paidAmount DOUBLE, cartAdders INTEGER, orders INTEGER, spend DOUBLE, refundAmount VARCHAR, presale BOOLEAN)`);
  const appender = await connection.createAppender('staging');
  for (const r of rows) {
    appender.appendVarchar(r.store);
    appender.appendVarchar(r.date);
    appender.appendVarchar(r.source);
    appender.appendInteger(r.visitors);
    appender.appendInteger(r.buyers);
    appender.appendDouble(r.paidAmount);
    if (r.cartAdders === null) appender.appendNull();
    else appender.appendInteger(r.cartAdders);
    appender.appendInteger(r.orders);
    if (r.spend === null) appender.appendNull();
    else appender.appendDouble(r.spend);
    appender.appendVarchar(r.refundAmount);
    appender.appendBoolean(r.presale);
    appender.endRow();
  }
  appender.closeSync();
  await connection.run('INSERT INTO rows SELECT * FROM staging; DROP TABLE staging');
  const parquet = join(dir, 'rows.parquet');
  const csv = join(dir, 'rows.csv');
  await connection.run(`COPY rows TO '${parquet}' (FORMAT parquet)`);
  await connection.run(`COPY rows TO '${csv}' (FORMAT csv, HEADER)`);
  return {
    connection,
    parquet,
    csv,
    close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs funnelQuery in DuckDB; each result row → [its keys, its totals]. */
export async function runFunnelQuery(connection: DuckDBConnection, input: FunnelQueryInput): Promise<[unknown[], FunnelTotals][]> {
  const q = funnelQuery(input);
  const reader = await connection.runAndReadAll(q.sql, q.params);
  return reader.getRowObjects().map((row) => [q.keys.map((k) => row[k]), funnelSumsFromRow(row as Record<string, unknown>)]);
}
