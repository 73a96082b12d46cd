// `npx tsx examples/funnel-sql.ts [duckdb|ansi|spark|clickhouse]`: prints the store-month
// funnel query for a warehouse table `shop.funnel_rows` (columns store, date, source, visitors,
// buyers, paidAmount, cartAdders, orders, spend, refundAmount) and its parameters, to run where
// the data lives. Feed each result row to funnelMetricsFromSums (storeops/sql); merge the
// rows of several shards or queries with mergeFunnels (storeops/funnel).
import { fileURLToPath } from 'node:url';
import { funnelQuery, type FunnelQuery, type SqlDialect } from 'storeops/sql';

/** The query of this example for a dialect. */
export function exampleQuery(dialect: SqlDialect): FunnelQuery {
  return funnelQuery({
    table: ['shop', 'funnel_rows'],
    groupBy: ['store', { month: 'date' }],
    columns: ['visitors', 'buyers', 'paidAmount', 'cartAdders', 'orders', 'spend', 'refundAmount'],
    where: { date: { from: '2026-11-01', to: '2026-11-30' } },
    dialect,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dialects: SqlDialect[] = process.argv[2] === undefined ? ['duckdb', 'ansi', 'spark', 'clickhouse'] : [process.argv[2] as SqlDialect];
  for (const dialect of dialects) {
    const q = exampleQuery(dialect);
    console.log(`-- ${dialect}: parameters ${JSON.stringify(dialect === 'spark' || dialect === 'clickhouse' ? q.namedParams : q.params)}`);
    console.log(`${q.sql};\n`);
  }
}
