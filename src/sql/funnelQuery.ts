import * as z from 'zod/mini';
import { describeValue, fail } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { OPTIONAL_COUNT_FIELDS } from '../funnel/counts.js';
import { pure } from '../core/pure.js';

/** SQL dialects {@link funnelQuery} writes: DuckDB (the embedded default), ANSI SQL, Spark SQL, ClickHouse. */
export type SqlDialect = 'duckdb' | 'ansi' | 'spark' | 'clickhouse';

/** A funnel field that is summed: a count, a money amount, or `presale`. */
export type FunnelSumField =
  | 'visitors'
  | 'buyers'
  | 'paidAmount'
  | 'impressions'
  | 'clicks'
  | 'pageviews'
  | 'sessions'
  | 'bounces'
  | 'cartAdders'
  | 'favoriters'
  | 'orderBuyers'
  | 'orders'
  | 'inquirers'
  | 'inquiryBuyers'
  | 'returningVisitors'
  | 'newBuyers'
  | 'returningBuyers'
  | 'spend'
  | 'refundAmount'
  | 'presale';

/** A value bound as a query parameter. */
export type SqlValue = string | number | boolean;

/** A filter on one column: a value (equality), a list (`IN`), or an inclusive range. */
export type SqlFilter = SqlValue | readonly SqlValue[] | { from?: SqlValue; to?: SqlValue };

/** A group key: a column, or the calendar month (`'YYYY-MM'`) of a date column. */
export type SqlGroupKey = string | { month: string; as?: string };

/** Input of {@link funnelQuery}. */
export interface FunnelQueryInput {
  /**
   * The rows: a table name (`'funnel_rows'`), a qualified name as parts (`['shop', 'funnel_rows']`),
   * or, in DuckDB, files read where they lie: `{ parquet: 'rows/*.parquet' }`, `{ csv: 'rows.csv' }`
   * (the path is bound as a parameter).
   */
  table: string | readonly string[] | { parquet: string | readonly string[] } | { csv: string | readonly string[] };
  /** The group keys, outermost first: column names or `{ month: 'date' }` (at least one). */
  groupBy: readonly SqlGroupKey[];
  /**
   * The funnel fields to sum: a list of fields read from columns of the same name, or a record
   * from field to column name (`{ visitors: '访客数', paidAmount: '支付金额' }`). Default:
   * `visitors`, `buyers`, `paidAmount`. Add every count and money column the table has.
   */
  columns?: readonly FunnelSumField[] | Partial<Record<FunnelSumField, string>>;
  /** Filters by column, each value bound as a parameter: `{ store: ['A', 'B'], date: { from: '2026-11-01', to: '2026-11-30' } }`. */
  where?: Record<string, SqlFilter>;
  /** Default `'duckdb'`. */
  dialect?: SqlDialect;
}

/** A query from {@link funnelQuery}: its text and its parameters, for the dialect's placeholders. */
export interface FunnelQuery {
  /** The SQL text; identifiers quoted, values only as placeholders. */
  sql: string;
  /**
   * The parameter values in placeholder order (`$1, $2 …` in DuckDB, `?` in ANSI SQL / JDBC;
   * Spark and ClickHouse name them `p1, p2 …`: see `namedParams`).
   */
  params: SqlValue[];
  /** The same values by name (`p1`, `p2` …): Spark's `:p1`, ClickHouse's `{p1:String}` (`param_p1`). */
  namedParams: Record<string, SqlValue>;
  /** Output column names of the group keys, in order. */
  keys: string[];
  /** The funnel fields summed, named as in `FunnelTotals` (the output column names). */
  fields: FunnelSumField[];
  dialect: SqlDialect;
}

const COUNT_FIELDS = ['visitors', 'buyers', ...OPTIONAL_COUNT_FIELDS] as const;
const MONEY_FIELDS = ['paidAmount', 'spend', 'refundAmount'] as const;
/** Every summable field, in the order of the output columns. @internal */
export const FUNNEL_SUM_FIELDS: readonly FunnelSumField[] = ['visitors', 'buyers', 'paidAmount', ...OPTIONAL_COUNT_FIELDS, 'spend', 'refundAmount', 'presale'];
const REQUIRED: readonly FunnelSumField[] = ['visitors', 'buyers', 'paidAmount'];
/** Output column of the number of rows in a group. @internal */
export const ROW_COUNT_COLUMN = 'rowCount';
/** Output column of the number of rows in a group whose money has more than 2 decimals (must be 0). @internal */
export const SUB_FEN_COLUMN = 'subFenRows';

const identifier = /* @__PURE__ */ z.string();
const sqlValue = /* @__PURE__ */ pure(() => z.union([z.string(), z.number(), z.boolean()]));
const paths = /* @__PURE__ */ pure(() => z.union([z.string(), z.array(z.string())]));
const fieldSchema = /* @__PURE__ */ z.enum(FUNNEL_SUM_FIELDS as [FunnelSumField, ...FunnelSumField[]]);

/** zod schema of {@link FunnelQueryInput} (shapes; names are checked per dialect afterwards). */
export const funnelQueryInputSchema = /* @__PURE__ */ pure(() => z.object({
  table: z.union([
    identifier,
    z.array(identifier),
    z.strictObject({ parquet: paths }),
    z.strictObject({ csv: paths }),
  ]),
  groupBy: z.array(z.union([identifier, z.strictObject({ month: identifier, as: z.optional(identifier) })])),
  columns: z.optional(
    z.union([z.array(fieldSchema), z.partialRecord(fieldSchema, identifier)]),
  ),
  where: z.optional(
    z.record(
      z.string(),
      z.union([
        sqlValue,
        z.array(sqlValue),
        z.strictObject({ from: z.optional(sqlValue), to: z.optional(sqlValue) }),
      ]),
    ),
  ),
  dialect: z.optional(z.enum(['duckdb', 'ansi', 'spark', 'clickhouse'])),
}));

/** Quotes an identifier for a dialect, refusing what no quoting makes safe (control characters, and in ClickHouse a backtick or backslash). */
function quote(name: string, dialect: SqlDialect, path: string): string {
  if (name.length === 0 || name.length > 255) fail('INVALID_INPUT', path, `expected a column or table name of 1 to 255 characters, received ${describeValue(name)}`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) fail('INVALID_INPUT', path, `a name may not contain control characters, received ${describeValue(name)}`);
  if (dialect === 'clickhouse') {
    // ClickHouse reads backslash escapes inside quoted names: refuse rather than guess.
    if (/[`\\]/.test(name)) fail('INVALID_INPUT', path, `a ClickHouse name may not contain a backtick or a backslash, received ${describeValue(name)}`);
    return `\`${name}\``;
  }
  if (dialect === 'spark') return `\`${name.replaceAll('`', '``')}\``;
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The funnel's sums as SQL, to run where the data lives (DuckDB on Parquet or CSV files, a
 * warehouse): one row per group with every count and money column summed — money as
 * `DECIMAL(38,2)`, never a float — so that {@link funnelSumsFromRow} and `funnelMetrics` give
 * exactly the metrics `aggregateFunnels` gives over the same rows (ratios of sums, [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)).
 * An optional field is summed only when every row of the group has it (as `mergeFunnels` does:
 * `NULL` otherwise); a required field with a `NULL` makes the group's sum `NULL`, which
 * `funnelSumsFromRow` refuses — nothing is dropped silently. Each group also carries its
 * `rowCount` and `subFenRows` (rows whose money has more than 2 decimals; must be 0).
 * Partial sums from several queries or shards merge exactly with `mergeFunnels`.
 *
 * Names are quoted for the dialect (`"…"` in DuckDB and ANSI SQL, backticks in Spark and
 * ClickHouse); values — filters, file paths — are never written into the text but bound as
 * parameters. Dialects differ in quoting, placeholders (`$1`, `?`, `:p1`, `{p1:String}`) and
 * the month of a date.
 *
 * @param input - `table`, `groupBy`, `columns?`, `where?`, `dialect?` (default `'duckdb'`).
 * @returns `{ sql, params, namedParams, keys, fields, dialect }`.
 * @throws StoreOpsError `INVALID_INPUT` for a malformed input or a name no quoting makes safe.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { funnelQuery } from 'storeops/sql';
 * const q = funnelQuery({ table: 'funnel_rows', groupBy: ['store', { month: 'date' }], where: { store: ['A', 'B'] } });
 * q.sql.startsWith('SELECT "store" AS "store", SUBSTR(CAST("date" AS VARCHAR), 1, 7) AS "month"') //=> true
 * q.sql.includes('CAST(SUM(CAST("paidAmount" AS DECIMAL(38,2))) AS DECIMAL(38,2))') //=> true
 * q.sql.endsWith('FROM "funnel_rows" WHERE "store" IN ($1, $2) GROUP BY "store", SUBSTR(CAST("date" AS VARCHAR), 1, 7) ORDER BY 1, 2') //=> true
 * q.params //=> ['A', 'B']
 * funnelQuery({ table: 't', groupBy: ['store'], dialect: 'clickhouse', where: { store: 'A' } }).sql.endsWith('FROM `t` WHERE `store` = {p1:String} GROUP BY `store` ORDER BY 1') //=> true
 * funnelQuery({ table: { parquet: 'rows/*.parquet' }, groupBy: ['store'] }).sql.includes('FROM read_parquet($1)') //=> true
 * funnelQuery({ table: 't', groupBy: ['x"; DROP TABLE t; --'] }).sql.startsWith('SELECT "x""; DROP TABLE t; --" AS') //=> true
 * funnelQuery({ table: 't', groupBy: [] }) //=> throws INVALID_INPUT
 * ```
 */
export function funnelQuery(input: FunnelQueryInput): FunnelQuery {
  const v = parseInput(funnelQueryInputSchema, input);
  const dialect: SqlDialect = v.dialect ?? 'duckdb';
  const q = (name: string, path: string) => quote(name, dialect, path);
  const params: SqlValue[] = [];
  const namedParams: Record<string, SqlValue> = {};
  const bind = (value: SqlValue): string => {
    // sqlValue's z.number() refuses NaN and ±Infinity: every value bound here is finite.
    params.push(value);
    const name = `p${params.length}`;
    namedParams[name] = value;
    if (dialect === 'duckdb') return `$${params.length}`;
    if (dialect === 'spark') return `:${name}`;
    if (dialect === 'clickhouse') return `{${name}:${typeof value === 'string' ? 'String' : typeof value === 'boolean' ? 'Bool' : Number.isInteger(value) ? 'Int64' : 'Float64'}}`;
    return '?';
  };
  const text = dialect === 'spark' ? 'STRING' : dialect === 'clickhouse' ? 'String' : dialect === 'ansi' ? 'VARCHAR(64)' : 'VARCHAR';
  const decimal = dialect === 'clickhouse' ? 'Decimal(38, 2)' : 'DECIMAL(38,2)';
  const integer = dialect === 'clickhouse' ? 'Int64' : 'BIGINT';

  // Where the rows come from.
  let from: string;
  const t = v.table;
  if (typeof t === 'string') from = q(t, 'table');
  else if (Array.isArray(t)) {
    if (t.length === 0) fail('INVALID_INPUT', 'table', 'expected a table name or its parts, received an empty array');
    from = t.map((part, i) => q(part, `table[${i}]`)).join('.');
  } else {
    const files = 'parquet' in t ? t.parquet : (t as { csv: string | string[] }).csv;
    const kind = 'parquet' in t ? 'parquet' : 'csv';
    if (dialect !== 'duckdb') fail('INVALID_INPUT', `table.${kind}`, `reading files in the query is DuckDB's: in ${dialect}, name a table`);
    const list = typeof files === 'string' ? [files] : files;
    if (list.length === 0) fail('INVALID_INPUT', `table.${kind}`, 'expected at least one file');
    const args = list.map((f) => bind(f));
    from = `read_${kind}(${list.length === 1 && typeof files === 'string' ? args[0] : `[${args.join(', ')}]`})`;
  }

  // The group keys.
  if (v.groupBy.length === 0) fail('INVALID_INPUT', 'groupBy', 'expected at least one group key');
  const keys: string[] = [];
  const select: string[] = [];
  const groupExprs: string[] = [];
  v.groupBy.forEach((key, i) => {
    if (typeof key === 'string') {
      groupExprs.push(q(key, `groupBy[${i}]`));
      select.push(`${q(key, `groupBy[${i}]`)} AS ${q(key, `groupBy[${i}]`)}`);
      keys.push(key);
    } else {
      const alias = key.as ?? 'month';
      const col = q(key.month, `groupBy[${i}].month`);
      const month = dialect === 'ansi' ? `SUBSTRING(CAST(${col} AS ${text}) FROM 1 FOR 7)` : `SUBSTR(CAST(${col} AS ${text}), 1, 7)`;
      groupExprs.push(month);
      select.push(`${month} AS ${q(alias, `groupBy[${i}].as`)}`);
      keys.push(alias);
    }
  });

  // The sums, in a fixed order.
  const cols = v.columns ?? REQUIRED;
  const byField = new Map<FunnelSumField, string>();
  if (Array.isArray(cols)) for (const f of cols as FunnelSumField[]) byField.set(f, f);
  else for (const f of FUNNEL_SUM_FIELDS) if ((cols as Record<string, string | undefined>)[f] !== undefined) byField.set(f, (cols as Record<string, string>)[f] as string);
  for (const f of REQUIRED) if (!byField.has(f)) byField.set(f, f);
  const fields = FUNNEL_SUM_FIELDS.filter((f) => byField.has(f));
  const colPath = (f: FunnelSumField) => (Array.isArray(cols) ? 'columns' : `columns.${f}`);
  const money: string[] = [];
  for (const f of fields) {
    const col = q(byField.get(f) as string, colPath(f));
    const alias = q(f, 'columns');
    // NULL unless every row of the group has the field (as mergeFunnels leaves a partial sum out).
    const all = `COUNT(${col}) = COUNT(*)`;
    if ((COUNT_FIELDS as readonly string[]).includes(f)) select.push(`CASE WHEN ${all} THEN SUM(CAST(${col} AS ${integer})) END AS ${alias}`);
    else if ((MONEY_FIELDS as readonly string[]).includes(f)) {
      select.push(`CASE WHEN ${all} THEN CAST(SUM(CAST(${col} AS ${decimal})) AS ${decimal}) END AS ${alias}`);
      money.push(col);
    } else select.push(`MAX(CASE WHEN ${col} THEN 1 ELSE 0 END) AS ${alias}`);
  }
  select.push(`COUNT(*) AS ${q(ROW_COUNT_COLUMN, 'columns')}`);
  // Money with more than 2 decimals would be rounded by the cast: count such rows instead.
  select.push(`SUM(CASE WHEN ${money.map((c) => `ROUND(${c}, 2) <> ${c}`).join(' OR ')} THEN 1 ELSE 0 END) AS ${q(SUB_FEN_COLUMN, 'columns')}`);

  // Filters: values only as parameters.
  const conditions: string[] = [];
  for (const [column, filter] of Object.entries(v.where ?? {})) {
    const col = q(column, `where.${column}`);
    const path = `where.${column}`;
    if (Array.isArray(filter)) {
      if (filter.length === 0) fail('INVALID_INPUT', path, 'expected at least one value');
      conditions.push(`${col} IN (${filter.map((x) => bind(x)).join(', ')})`);
    } else if (typeof filter === 'object' && filter !== null) {
      const range = filter as { from?: SqlValue; to?: SqlValue };
      if (range.from === undefined && range.to === undefined) fail('INVALID_INPUT', path, 'expected from, to or both');
      if (range.from !== undefined) conditions.push(`${col} >= ${bind(range.from)}`);
      if (range.to !== undefined) conditions.push(`${col} <= ${bind(range.to)}`);
    } else conditions.push(`${col} = ${bind(filter as SqlValue)}`);
  }

  const positions = keys.map((_, i) => i + 1).join(', ');
  const sql = `SELECT ${select.join(', ')} FROM ${from}${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''} GROUP BY ${groupExprs.join(', ')} ORDER BY ${positions}`;
  return { sql, params, namedParams, keys, fields, dialect };
}
