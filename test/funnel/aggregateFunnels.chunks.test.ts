// aggregateFunnels reads a long plain array in chunks (src/funnel/aggregateFunnels.ts): the same
// groups, errors (with their row numbers) and flags as reading the same rows one by one.
import { describe, expect, it } from 'vitest';
import { aggregateFunnels } from 'storeops/funnel';

function* each<T>(rows: readonly T[]): Generator<T> {
  yield* rows;
}

const rows = Array.from({ length: 20_000 }, (_, i) => ({
  store: `s${i % 7}`,
  month: i < 10_000 ? '2026-05' : '2026-06',
  visitors: 100 + (i % 13),
  buyers: i % 5,
  paidAmount: ((i % 997) * 1.01).toFixed(2),
}));
const by = { by: [(r: (typeof rows)[number]) => r.store, (r: (typeof rows)[number]) => r.month] } as const;

describe('aggregateFunnels over a long array, read in chunks', () => {
  it('gives the groups of the same rows read one by one, to the fen', () => {
    const chunked = aggregateFunnels(rows, by);
    const single = aggregateFunnels(each(rows), by);
    expect(JSON.stringify(chunked)).toBe(JSON.stringify(single));
    expect(chunked.rowCount).toBe(20_000);
    // Store s0, May: rows 0, 7, 14, … below 10,000 — 1,429 of them.
    const s0 = chunked.groups.find((g) => g.keys[0] === 's0' && g.keys[1] === '2026-05')!;
    expect(s0.counts.visitors).toBe(Array.from({ length: 1429 }, (_, k) => 100 + ((7 * k) % 13)).reduce((a, b) => a + b, 0));
  });

  it('names a bad row by its index in the whole array, past the first chunk', () => {
    const bad = rows.map((r, i) => (i === 12_345 ? { ...r, visitors: -1 } : r));
    const chunked = aggregateFunnels(bad, by, { onError: 'collect' });
    expect(chunked.errors.map((e) => [e.row, e.field])).toEqual([[12_345, 'visitors']]);
    expect(chunked.errors).toEqual(aggregateFunnels(each(bad), by, { onError: 'collect' }).errors);
  });

  it('reads a long array behind a proxy as it reads any array', () => {
    const proxied = new Proxy(rows, {});
    expect(JSON.stringify(aggregateFunnels(proxied, by))).toBe(JSON.stringify(aggregateFunnels(rows, by)));
    // A proxy that will not say its prototype is read row by row, with the same groups.
    const secretive = new Proxy(rows, { getPrototypeOf: () => { throw new Error('no'); } });
    expect(JSON.stringify(aggregateFunnels(secretive, by))).toBe(JSON.stringify(aggregateFunnels(rows, by)));
  });
});
