import { forEachRowAsync } from '../core/limits.js';
import { assertIterable, createAccumulator, type AggregateFunnelsOptions, type FunnelAggregate } from './accumulator.js';

/**
 * {@link aggregateFunnels} for an `AsyncIterable` of rows — a streaming CSV parser, a database
 * cursor, a Node stream — with the same checks, sums and result. Memory stays flat: only one
 * running sum per group is kept. Each row of an `AsyncIterable` costs an `await` (the bench
 * measures about 2–3× the sync path); a plain `Iterable` is read without one.
 *
 * @param rows - an `AsyncIterable` (or `Iterable`) of funnel rows; money in yuan.
 * @param keyOf - names a row's group; must return a string.
 * @param options - `onError` (`'throw'` by default, `'collect'` or a function), `onFlag`, `locale`.
 * @returns a promise of the groups, with `errors`, `flags` and `rowCount`.
 * @throws StoreOpsError (as a rejected promise) `INVALID_INPUT` at the first bad row unless
 *   `onError` says otherwise.
 * @see DOMAIN.md §2
 * @example
 * ```ts
 * import { aggregateFunnelsAsync } from 'storeops/funnel';
 * async function* rows() {
 *   yield { store: 'A', visitors: 100, buyers: 1, paidAmount: '238' };
 *   yield { store: 'A', visitors: 900, buyers: 9, paidAmount: '2142' };
 * }
 * const groups = await aggregateFunnelsAsync(rows(), (r) => r.store);
 * groups.get('A') //=> { visitors: 1000, buyers: 10, paidAmount: 2380 }
 * groups.rowCount //=> 2
 * ```
 */
export async function aggregateFunnelsAsync<R>(
  rows: AsyncIterable<R> | Iterable<R>,
  keyOf: (row: R, index: number) => string,
  options: AggregateFunnelsOptions = {},
): Promise<FunnelAggregate> {
  assertIterable(rows, true);
  const acc = createAccumulator(keyOf, options);
  await forEachRowAsync(rows, 'rows', (row, index) => acc.add(row, index));
  return acc.result();
}
