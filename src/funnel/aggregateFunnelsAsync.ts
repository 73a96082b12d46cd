import { fail, isStoreOpsError } from '../core/errors.js';
import { UNREADABLE_ROWS } from '../core/limits.js';
import { assertIterable, createAccumulator, type AggregateFunnelsOptions, type FunnelAggregate, type FunnelGroups, type GroupBy, type KeysOf } from './accumulator.js';

/**
 * {@link aggregateFunnels} for an `AsyncIterable` of rows — a streaming CSV parser, a database
 * cursor, a Node stream — with the same checks, sums and result. Memory stays flat: only one
 * running sum per group is kept. Each item of an `AsyncIterable` costs an `await`, so it may be
 * a row or a **batch** — an array of rows (a page of a cursor, a chunk of a parser) — which is
 * summed by the same loop as the sync path, with one `await` for the whole batch; row indexes
 * run on across batches. A plain `Iterable` is read without any `await` (its items are rows).
 *
 * @param rows - an `AsyncIterable` of funnel rows or of arrays of rows (or an `Iterable` of
 *   rows); money in yuan.
 * @param keyOf - (or `grouping`, the second form) `{ by: [part, …] }` or `keyOf`, as in {@link aggregateFunnels}.
 * @param options - `onError` (`'throw'` by default, `'collect'` or a function), `onFlag`, `locale`.
 * @returns a promise of the groups (as {@link aggregateFunnels} returns them), with `errors`,
 *   `flags` and `rowCount`.
 * @throws StoreOpsError (as a rejected promise) `INVALID_INPUT` at the first bad row unless
 *   `onError` says otherwise.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
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
 * async function* pages() {
 *   yield [{ store: 'A', visitors: 100, buyers: 1, paidAmount: '238' }, { store: 'B', visitors: 50, buyers: 2, paidAmount: '99.9' }];
 *   yield [{ store: 'A', visitors: 900, buyers: 9, paidAmount: '2142' }];
 * }
 * const stores = await aggregateFunnelsAsync(pages(), { by: [(r) => r.store] });
 * stores.groups[0] //=> { keys: ['A'], counts: { visitors: 1000, buyers: 10, paidAmount: 2380 } }
 * stores.rowCount //=> 3
 * ```
 */
export async function aggregateFunnelsAsync<R>(
  rows: AsyncIterable<R | readonly R[]> | Iterable<R>,
  keyOf: (row: R, index: number) => string,
  options?: AggregateFunnelsOptions,
): Promise<FunnelAggregate>;
/**
 * aggregateFunnelsAsync by key parts: `{ by: [part, …] }`, each part `(row, index) => string | number`; the
 * groups come back as `{ keys, counts }[]` in order of first appearance (see the first form).
 * @param rows - the rows, as in the first form.
 * @param grouping - `{ by: [part, …] }`, outermost part first.
 * @param options - as in the first form.
 */
export async function aggregateFunnelsAsync<R, const B extends GroupBy<R>['by']>(
  rows: AsyncIterable<R | readonly R[]> | Iterable<R>,
  grouping: { by: B },
  options?: AggregateFunnelsOptions,
): Promise<FunnelGroups<KeysOf<B>>>;
export async function aggregateFunnelsAsync<R>(
  rows: AsyncIterable<R | readonly R[]> | Iterable<R>,
  grouping: unknown,
  options: AggregateFunnelsOptions = {},
): Promise<FunnelAggregate | FunnelGroups<any>> {
  assertIterable(rows, true);
  const acc = createAccumulator(grouping, options);
  try {
    if (typeof (rows as Partial<AsyncIterable<R>>)[Symbol.asyncIterator] === 'function') {
      // One await per item: a batch (an array of rows) is summed by the same loop as the sync path.
      const one: unknown[] = [undefined];
      for await (const item of rows as AsyncIterable<unknown>) {
        if (Array.isArray(item)) acc.consume(item);
        else {
          one[0] = item;
          acc.consume(one);
        }
      }
    } else {
      // A plain Iterable: no await per row.
      acc.consume(rows as Iterable<R>);
    }
  } catch (error) {
    // The rows could not be read (a throwing iterator, a revoked or trapped proxy): StoreOpsError.
    if (isStoreOpsError(error)) throw error;
    fail('INVALID_INPUT', 'rows', UNREADABLE_ROWS);
  }
  return typeof grouping === 'function' ? acc.resultByKey() : acc.resultByParts();
}
