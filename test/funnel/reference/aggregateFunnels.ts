import { assertIterable, createAccumulator, type AggregateFunnelsOptions, type FunnelAggregate } from './accumulator.js';

/**
 * Sums funnel rows into groups at agency scale (a thousand stores × a year × many sources):
 * each row goes to the group `keyOf(row, index)` names (e.g. store and month), and each group's
 * counts and money are summed exactly — money in integer fen, turned into a `Decimal` once per
 * group. Rows are read one at a time, so a generator or a streaming parser keeps memory flat.
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
 * @param keyOf - names a row's group; must return a string.
 * @param options - `onError` (`'throw'` by default, `'collect'` or a function), `onFlag`, `locale`.
 * @returns a `Map` from group key to {@link FunnelTotals}, with `errors`, `flags` and `rowCount`.
 * @throws StoreOpsError `INVALID_INPUT` at the first bad row (path `[index].field`) unless
 *   `onError` says otherwise; `INFEASIBLE` if a group's sum exceeds exact integer range.
 * @see domain reference §2
 * @example
 * ```ts
 * import { aggregateFunnels, funnelMetrics } from 'storeops/funnel';
 * const rows = [
 *   { store: 'A', date: '2026-11-10', visitors: 100, buyers: 1, paidAmount: 238 },
 *   { store: 'A', date: '2026-11-11', visitors: 900, buyers: 9, paidAmount: '2142.00' },
 *   { store: 'B', date: '2026-11-11', visitors: 50, buyers: 2, paidAmount: 99.9 },
 * ];
 * const months = aggregateFunnels(rows, (r) => `${r.store} ${r.date.slice(0, 7)}`);
 * months.get('A 2026-11') //=> { visitors: 1000, buyers: 10, paidAmount: 2380 }
 * funnelMetrics(months.get('A 2026-11')).conversionRate //=> 0.01
 * const bad = aggregateFunnels([{ visitors: '3.2%', buyers: 0, paidAmount: 0 }], () => 'all', { onError: 'collect' });
 * bad.errors[0] //=> { row: 0, field: 'visitors', path: '[0].visitors' }
 * aggregateFunnels([{ visitors: -1, buyers: 0, paidAmount: 0 }], () => 'all') //=> throws INVALID_INPUT
 * ```
 */
export function aggregateFunnels<R>(rows: Iterable<R>, keyOf: (row: R, index: number) => string, options: AggregateFunnelsOptions = {}): FunnelAggregate {
  assertIterable(rows, false);
  const acc = createAccumulator(keyOf, options);
  let index = 0;
  for (const row of rows) acc.add(row, index++);
  return acc.result();
}
