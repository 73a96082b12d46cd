// funnelQuery against a real engine: DuckDB (@duckdb/node-api, embedded, no server). The rows
// are written from DuckDB as Parquet and CSV; the query's sums over each file must equal
// aggregateFunnels over the same rows in memory, group by group, to the fen — including
// zero-visitor groups (null ratios), partial optional sums (left out) and presale.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateFunnels, funnelMetrics, mergeFunnels, type FunnelTotals } from 'storeops/funnel';
import { funnelMetricsFromSums, funnelQuery } from 'storeops/sql';
import { errorOf } from '../helpers.js';
import { asFunnelRows, COLUMNS, generate, load, runFunnelQuery, type Loaded } from './duckdb-roundtrip.js';

/** Totals as plain strings: Decimals by value, absent fields absent. */
function plain(t: FunnelTotals): Record<string, unknown> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === 'object' && v !== null ? (v as { toFixed(n: number): string }).toFixed(2) : v]));
}

const rows = generate(4, 45);
let db: Loaded;

beforeAll(async () => {
  db = await load(rows);
}, 30_000);
afterAll(() => db?.close());

describe('funnelQuery in DuckDB', () => {
  const local = asFunnelRows(rows);

  for (const kind of ['parquet', 'csv'] as const) {
    it(`sums every group of a ${kind} file as aggregateFunnels does, to the fen`, async () => {
      const got = await runFunnelQuery(db.connection, { table: { [kind]: kind === 'parquet' ? db.parquet : db.csv } as { parquet: string }, groupBy: ['store', { month: 'date' }], columns: COLUMNS });
      const want = aggregateFunnels(local, { by: [(r) => r['store'] as string, (r) => (r['date'] as string).slice(0, 7)] });
      // ORDER BY store, month; the in-memory groups come in order of first appearance.
      const sorted = [...want.groups].sort((a, b) => (a.keys.join(' ') < b.keys.join(' ') ? -1 : 1));
      expect(got.map(([keys, totals]) => [keys, plain(totals)])).toEqual(sorted.map((g) => [g.keys, plain(g.counts)]));
      expect(got).toHaveLength(12); // 4 stores × Oct, Nov, Dec (45 days from 2026-10-20)
      // What the data holds: a store whose cart adders are sometimes missing has no cart sum; spend is only on the paid source.
      const s1 = got.filter(([k]) => k[0] === 'S1').map(([, t]) => t);
      expect(s1.some((t) => t.cartAdders === undefined)).toBe(true);
      expect(got.every(([, t]) => t.spend === undefined)).toBe(true);
      expect(got.some(([, t]) => t.presale === true)).toBe(true);
    });
  }

  it('gives the same metrics, null where a denominator is zero, by store × day × source', async () => {
    const got = await runFunnelQuery(db.connection, { table: 'rows', groupBy: ['store', 'date', 'source'], columns: COLUMNS });
    const want = aggregateFunnels(local, { by: [(r) => r['store'] as string, (r) => r['date'] as string, (r) => r['source'] as string] });
    expect(got).toHaveLength(want.groups.length);
    const byKey = new Map(want.groups.map((g) => [g.keys.join('|'), g.counts]));
    let zero = 0;
    for (const [keys, totals] of got) {
      const mine = byKey.get(keys.join('|')) as FunnelTotals;
      expect(plain(totals)).toEqual(plain(mine));
      const a = funnelMetrics(totals);
      const b = funnelMetrics(mine);
      expect([a.conversionRate, a.aov?.toFixed(2) ?? null, a.cartRate, a.roi, a.refundRate]).toEqual([b.conversionRate, b.aov?.toFixed(2) ?? null, b.cartRate, b.roi, b.refundRate]);
      if (totals.visitors === 0) {
        zero++;
        expect(a.conversionRate).toBeNull();
        expect(a.aov).toBeNull();
      }
    }
    expect(zero).toBeGreaterThan(0);
  });

  it('merges partial sums of shards exactly (one query per source, then mergeFunnels)', async () => {
    const parts = await Promise.all(['search', 'paid', 'own'].map((source) => runFunnelQuery(db.connection, { table: { parquet: db.parquet }, groupBy: ['store'], columns: COLUMNS, where: { source } })));
    const whole = await runFunnelQuery(db.connection, { table: { parquet: db.parquet }, groupBy: ['store'], columns: COLUMNS });
    for (const [keys, totals] of whole) {
      const shards = parts.map((p) => (p.find(([k]) => k[0] === keys[0]) as [unknown[], FunnelTotals])[1]);
      expect(plain(mergeFunnels(shards))).toEqual(plain(totals));
    }
  });

  it('binds filters and file paths as parameters, and reads metrics from a row', async () => {
    const q = funnelQuery({ table: 'rows', groupBy: ['store'], where: { store: ['S0', 'S3'], date: { from: '2026-11-01', to: '2026-11-30' } } });
    expect(q.params).toEqual(['S0', 'S3', '2026-11-01', '2026-11-30']);
    const result = (await db.connection.runAndReadAll(q.sql, q.params)).getRowObjects();
    expect(result.map((r) => r['store'])).toEqual(['S0', 'S3']);
    const want = aggregateFunnels(
      local.filter((r) => (r['store'] === 'S0' || r['store'] === 'S3') && (r['date'] as string).startsWith('2026-11')),
      { by: [(r) => r['store'] as string] },
    );
    expect(funnelMetricsFromSums(result[0] as Record<string, unknown>).conversionRate).toBe(funnelMetrics(want.groups[0]!.counts).conversionRate);
    expect(Number(result[0]!['rowCount'])).toBe(30 * 3);
  });

  it('runs a hostile column name as a name, and refuses money finer than a fen', async () => {
    const hostile = 'x"; DROP TABLE rows; --';
    await db.connection.run(`CREATE TABLE hostile AS SELECT store AS "${hostile.replaceAll('"', '""')}", visitors, buyers, paidAmount FROM rows`);
    const got = await runFunnelQuery(db.connection, { table: 'hostile', groupBy: [hostile] });
    expect(got.map(([k]) => k[0])).toEqual(['S0', 'S1', 'S2', 'S3']);
    // The table the name tried to drop is still there.
    expect(Number((await db.connection.runAndReadAll('SELECT COUNT(*) AS n FROM rows')).getRowObjects()[0]!['n'])).toBe(rows.length);
    await db.connection.run(`CREATE TABLE finer AS SELECT 'A' AS store, 1 AS visitors, 1 AS buyers, 7.145::DOUBLE AS paidAmount`);
    const q = funnelQuery({ table: 'finer', groupBy: ['store'] });
    const row = (await db.connection.runAndReadAll(q.sql, q.params)).getRowObjects()[0] as Record<string, unknown>;
    expect(errorOf(() => funnelMetricsFromSums(row)).issues[0]?.path).toBe('subFenRows');
  });
});
