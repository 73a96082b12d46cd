/**
 * The funnel's definitions as SQL, so the same ratio-of-sums metrics run where the data lives —
 * DuckDB over Parquet or CSV files (the embedded default), or a warehouse (ANSI SQL, Spark SQL,
 * ClickHouse): a query that sums every count and money column per group (money as DECIMAL),
 * and the way back from its result rows to funnel totals and metrics. Reached by its subpath
 * (`storeops/sql`), not from the package root.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 *
 * @module sql
 */
export {
  funnelQuery,
  funnelQueryInputSchema,
  type FunnelQuery,
  type FunnelQueryInput,
  type FunnelSumField,
  type SqlDialect,
  type SqlFilter,
  type SqlGroupKey,
  type SqlValue,
} from './funnelQuery.js';
export { funnelMetricsFromSums, funnelSumsFromRow } from './funnelSumsFromRow.js';
