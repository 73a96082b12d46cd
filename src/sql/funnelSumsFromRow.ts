import { describeValue, fail, isStoreOpsError, StoreOpsError } from '../core/errors.js';
import type { FunnelCounts, FunnelTotals } from '../funnel/counts.js';
import { funnelMetrics, type FunnelMetrics, type FunnelMetricsOptions } from '../funnel/funnelMetrics.js';
import { mergeFunnels } from '../funnel/mergeFunnels.js';
import { FUNNEL_SUM_FIELDS, SUB_FEN_COLUMN, type FunnelSumField } from './funnelQuery.js';

const MONEY = /* @__PURE__ */ new Set<FunnelSumField>(['paidAmount', 'spend', 'refundAmount']);
const REQUIRED = /* @__PURE__ */ new Set<FunnelSumField>(['visitors', 'buyers', 'paidAmount']);
const DIGITS = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** A summed count as an engine returns it (number, bigint, digit string) → number, exactly. */
function countOf(value: unknown, path: string): number {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'bigint') n = Number(value);
  else if (typeof value === 'string' && DIGITS.test(value.trim())) n = Number(value.trim());
  else return fail('INVALID_INPUT', path, `expected a summed count (a whole number), received ${describeValue(value)}`);
  if (!Number.isSafeInteger(n) || (typeof value === 'bigint' && BigInt(n) !== value)) {
    if (n > Number.MAX_SAFE_INTEGER) fail('INFEASIBLE', path, `the sum exceeds ${Number.MAX_SAFE_INTEGER} and cannot be counted exactly`);
    fail('INVALID_INPUT', path, `expected a summed count (a whole number), received ${describeValue(value)}`);
  }
  return n;
}

/** A summed amount as an engine returns it (a DECIMAL as a string or an object printing as one) → decimal string. */
function moneyOf(value: unknown, path: string): string {
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return value.trim();
  if (typeof value === 'bigint') return value.toString();
  // A float would not be exact (the query casts money to DECIMAL): read numbers only as what they print.
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'object' && value !== null && typeof (value as { toString?: unknown }).toString === 'function' && value.toString !== Object.prototype.toString) {
    const text = String(value);
    if (DECIMAL.test(text)) return text;
  }
  return fail('INVALID_INPUT', path, `expected a summed amount (a DECIMAL), received ${describeValue(value)}`);
}

/**
 * The summed counts of one result row of {@link funnelQuery} (or of any query naming its sums
 * `visitors`, `buyers`, `paidAmount` …): counts as the engine returns them (numbers, bigints or
 * digit strings), money as DECIMALs (strings, or objects that print as one, e.g. DuckDB's
 * `DuckDBDecimalValue`) → {@link FunnelTotals}, exactly. A `NULL` optional sum is left out (some
 * row of the group lacked it); a `NULL` required sum, or a group with money finer than a fen
 * (`subFenRows` above 0), is refused. Merge partial rows from shards with `mergeFunnels`.
 *
 * @param row - one result row, by column name.
 * @returns the group's totals, money as `Decimal`.
 * @throws StoreOpsError `INVALID_INPUT` at the bad column; `INFEASIBLE` for a count beyond exact integers.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { funnelSumsFromRow } from 'storeops/sql';
 * funnelSumsFromRow({ store: 'A', visitors: 1000n, buyers: '10', paidAmount: '2380.00', cartAdders: null, rowCount: 2n, subFenRows: 0n })
 * //=> { visitors: 1000, buyers: 10, paidAmount: 2380 }
 * funnelSumsFromRow({ visitors: null, buyers: 0, paidAmount: '0' }) //=> throws INVALID_INPUT
 * ```
 */
export function funnelSumsFromRow(row: Readonly<Record<string, unknown>>): FunnelTotals {
  // Own fields only, read once; a row whose getter or proxy throws (Array.isArray throws on a
  // revoked proxy) is a bad row, not a crash.
  let isArray: boolean;
  try {
    isArray = Array.isArray(row);
  } catch {
    isArray = false;
  }
  if (typeof row !== 'object' || row === null || isArray) fail('INVALID_INPUT', 'row', `expected a result row (an object by column name), received ${describeValue(row)}`);
  const fields: Record<string, unknown> = {};
  try {
    for (const key of [...FUNNEL_SUM_FIELDS, SUB_FEN_COLUMN]) if (Object.prototype.hasOwnProperty.call(row, key)) fields[key] = row[key];
  } catch {
    fail('INVALID_INPUT', 'row', 'could not be read (a getter or proxy threw)');
  }
  const own = (key: string): unknown => fields[key];
  const subFen = own(SUB_FEN_COLUMN);
  if (subFen !== undefined && subFen !== null && countOf(subFen, SUB_FEN_COLUMN) > 0) {
    fail('INVALID_INPUT', SUB_FEN_COLUMN, `${String(subFen)} row(s) of the group have money with more than 2 decimals: sums are kept in whole fen`);
  }
  const counts: Record<string, unknown> = {};
  for (const f of FUNNEL_SUM_FIELDS) {
    const value = own(f);
    if (value === undefined || value === null) {
      if (REQUIRED.has(f)) fail('INVALID_INPUT', f, value === null ? `is NULL: some row of the group has no ${f}` : 'required sum is missing');
      continue;
    }
    if (f === 'presale') counts[f] = value === true || value === 1 || value === 1n || value === '1' || value === 'true';
    else counts[f] = MONEY.has(f) ? moneyOf(value, f) : countOf(value, f);
  }
  try {
    return mergeFunnels([counts as unknown as FunnelCounts]);
  } catch (e) {
    // Name the column, not the position in mergeFunnels' list.
    if (isStoreOpsError(e)) throw new StoreOpsError(e.code, e.issues.map((i) => ({ ...i, path: i.path.replace(/^\[0\]\.?/, '') })));
    throw e;
  }
}

/**
 * The funnel metrics of one result row of {@link funnelQuery}: {@link funnelSumsFromRow} then
 * `funnelMetrics` — the same ratio-of-sums definitions as in memory ([domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)); a zero
 * denominator gives `null`.
 *
 * @param row - one result row, by column name.
 * @param options - `locale`, `messages` (as `funnelMetrics`).
 * @returns the metrics of the group.
 * @throws StoreOpsError `INVALID_INPUT` at the bad column.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { funnelMetricsFromSums } from 'storeops/sql';
 * const m = funnelMetricsFromSums({ visitors: 1000n, buyers: 10n, paidAmount: '2380.00' });
 * m.conversionRate //=> 0.01
 * m.aov.toFixed(2) //=> '238.00'
 * funnelMetricsFromSums({ visitors: 0n, buyers: 0n, paidAmount: '0.00' }).conversionRate //=> null
 * ```
 */
export function funnelMetricsFromSums(row: Readonly<Record<string, unknown>>, options: FunnelMetricsOptions = {}): FunnelMetrics {
  return funnelMetrics(funnelSumsFromRow(row), options);
}
