import { assertIterable, createAccumulator, type AggregateFunnelsOptions, type FunnelAggregate, type FunnelGroups, type GroupBy, type KeysOf } from './accumulator.js';

/**
 * Sums funnel rows into groups at agency scale (a thousand stores × a year × many sources):
 * each row goes to the group its key parts name — `{ by: [(r) => r.store, (r) => monthOf(r.date)] }`
 * — or, in the older form, the group `keyOf(row, index)` names as one string; each group's
 * counts and money are summed exactly — money in integer fen, turned into a `Decimal` once per
 * group. Rows are read one at a time, so a generator or a streaming parser keeps memory flat.
 *
 * With key parts, groups are found through nested Maps (one level per part), so no key string
 * is built per row, and the result is an array of `{ keys, counts }` in order of first
 * appearance: the parts come back as they were (`['A', '2026-11']`, numbers stay numbers), one
 * entry per report line, plain data that survives `JSON.stringify` — no `key.split('|')`.
 * A part must be a string or a finite number. With `keyOf`, the result is a `Map` by key.
 *
 * Each row is checked by a fast hand-written validator that reports the same issues as
 * `funnelCountsSchema` (negative or fractional counts, `'3.2%'` where a count is due, NaN or
 * Infinity money, bounces above sessions …) with the row's index and field; one rule is
 * stricter: money with more than 2 decimals is a bad row (sums are kept in whole fen, and
 * rounding each row would drift). A `StoreOpsError` thrown by `keyOf` (say, from
 * `monthOf('2026-02-30')`) is reported as that row's issue. Rows that are implausible but
 * possible (more buyers than visitors, as on a presale balance-payment day) are kept and
 * flagged. Nothing is dropped silently.
 *
 * The groups are plain sums, so they merge again exactly with {@link mergeFunnels}, and their
 * metrics come from {@link funnelMetrics}. Summed daily visitors are not a month's distinct
 * visitors (see {@link mergeFunnels}).
 *
 * @param rows - any `Iterable` of objects holding {@link FunnelCounts} fields plus whatever
 *   else the caller has (store, date, source); money in yuan.
 * @param keyOf - (or `grouping`, the second form) `{ by: [part, …] }`, each part `(row, index) => string | number`; or a
 *   `keyOf(row, index)` returning the group's key string.
 * @param options - `onError` (`'throw'` by default, `'collect'` or a function), `onFlag`, `locale`.
 * @returns by key parts: `{ groups: { keys, counts }[], errors, flags, rowCount }`; by `keyOf`:
 *   a `Map` from key to {@link FunnelTotals}, with `errors`, `flags` and `rowCount`.
 * @throws StoreOpsError `INVALID_INPUT` at the first bad row (path `[index].field`) unless
 *   `onError` says otherwise; `INFEASIBLE` if a group's sum exceeds exact integer range.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { aggregateFunnels, funnelMetrics } from 'storeops/funnel';
 * const rows = [
 *   { store: 'A', date: '2026-11-10', visitors: 100, buyers: 1, paidAmount: 238 },
 *   { store: 'A', date: '2026-11-11', visitors: 900, buyers: 9, paidAmount: '2142.00' },
 *   { store: 'B', date: '2026-11-11', visitors: 50, buyers: 2, paidAmount: 99.9 },
 * ];
 * const months = aggregateFunnels(rows, { by: [(r) => r.store, (r) => r.date.slice(0, 7)] });
 * months.groups[0] //=> { keys: ['A', '2026-11'], counts: { visitors: 1000, buyers: 10, paidAmount: 2380 } }
 * months.groups[1].keys //=> ['B', '2026-11']
 * funnelMetrics(months.groups[0].counts).conversionRate //=> 0.01
 * const byKey = aggregateFunnels(rows, (r) => `${r.store} ${r.date.slice(0, 7)}`);
 * byKey.get('A 2026-11') //=> { visitors: 1000, buyers: 10, paidAmount: 2380 }
 * const bad = aggregateFunnels([{ visitors: '3.2%', buyers: 0, paidAmount: 0 }], () => 'all', { onError: 'collect' });
 * bad.errors[0] //=> { row: 0, field: 'visitors', path: '[0].visitors' }
 * aggregateFunnels([{ visitors: -1, buyers: 0, paidAmount: 0 }], () => 'all') //=> throws INVALID_INPUT
 * ```
 */
export function aggregateFunnels<R>(rows: Iterable<R>, keyOf: (row: R, index: number) => string, options?: AggregateFunnelsOptions): FunnelAggregate;
/**
 * aggregateFunnels by key parts: `{ by: [part, …] }`, each part `(row, index) => string | number`; the
 * groups come back as `{ keys, counts }[]` in order of first appearance (see the first form).
 * @param rows - the rows, as in the first form.
 * @param grouping - `{ by: [part, …] }`, outermost part first.
 * @param options - as in the first form.
 */
export function aggregateFunnels<R, const B extends GroupBy<R>['by']>(rows: Iterable<R>, grouping: { by: B }, options?: AggregateFunnelsOptions): FunnelGroups<KeysOf<B>>;
export function aggregateFunnels<R>(rows: Iterable<R>, grouping: unknown, options: AggregateFunnelsOptions = {}): FunnelAggregate | FunnelGroups<any> {
  assertIterable(rows, false);
  const acc = createAccumulator(grouping, options);
  consumeInChunks(acc, rows);
  return typeof grouping === 'function' ? acc.resultByKey() : acc.resultByParts();
}

/** Rows of a plain array are read in chunks of this many. */
const CHUNK = 8192;

/**
 * Reads a long plain array in chunks: the fused loop is then entered often enough to be
 * optimised as a whole function, not only on the stack (measured in bench/funnel.bench.ts). An
 * array whose reading throws (a proxy) is read as any iterable is, so its error names the row.
 */
function consumeInChunks(acc: ReturnType<typeof createAccumulator>, rows: Iterable<unknown>): void {
  let n = 0;
  try {
    n = Array.isArray(rows) && Object.getPrototypeOf(rows) === Array.prototype ? rows.length : 0;
  } catch {
    n = 0;
  }
  if (n <= CHUNK) {
    acc.consume(rows);
    return;
  }
  const list = rows as unknown[];
  for (let i = 0; i < n; i += CHUNK) acc.consume(list.slice(i, i + CHUNK));
}
