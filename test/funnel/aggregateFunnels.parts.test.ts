// Grouping by key parts, and the fused loop held against the implementation it replaced
// (test/funnel/reference/: the row reader with a scratch copy per row and a key string per row,
// kept verbatim as the reference): same groups to the fen, same errors, same flags.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthOf, toDecimal } from 'storeops/core';
import { aggregateFunnels, aggregateFunnelsAsync, mergeFunnels, type FunnelTotals } from 'storeops/funnel';
import { errorOf } from '../helpers.js';
import { aggregateFunnels as referenceAggregate } from './reference/aggregateFunnels.js';

const rows = [
  { store: 'A', date: '2026-10-31', source: 'search', visitors: 100, buyers: 1, paidAmount: 238 },
  { store: 'A', date: '2026-11-01', source: 'search', visitors: 100, buyers: 1, paidAmount: '238.10' },
  { store: 'B', date: '2026-11-02', source: 'search', visitors: 50, buyers: 2, paidAmount: '99.9' },
  { store: 'A', date: '2026-11-02', source: 'paid', visitors: 900, buyers: 9, paidAmount: 2142.9, spend: '300' },
];

/** Totals as plain strings, so Decimals compare by value and a missing field stays missing. */
function plain(t: FunnelTotals | undefined): Record<string, unknown> | undefined {
  if (t === undefined) return undefined;
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, typeof v === 'object' && v !== null ? (v as { toFixed(n: number): string }).toFixed(2) : v]));
}

describe('aggregateFunnels by key parts', () => {
  it('groups by the tuple of parts, in order of first appearance, with no key string to split', () => {
    const r = aggregateFunnels(rows, { by: [(row) => row.store, (row) => monthOf(row.date)] });
    expect(r.groups.map((g) => g.keys)).toEqual([
      ['A', '2026-10'],
      ['A', '2026-11'],
      ['B', '2026-11'],
    ]);
    // A 2026-11: rows 1 and 3 — 1,000 visitors, 10 buyers, 238.10 + 2142.90 = 2381.00.
    const nov = r.groups[1]!.counts;
    expect(nov.visitors).toBe(1000);
    expect(nov.buyers).toBe(10);
    expect(nov.paidAmount.toFixed(2)).toBe('2381.00');
    expect(plain(nov)).toEqual(plain(mergeFunnels([rows[1]!, rows[3]!])));
    expect(r.rowCount).toBe(4);
    expect(r.errors).toEqual([]);
    // Plain data: it survives JSON (money keeps its value and its scale as a string).
    expect(JSON.parse(JSON.stringify(r.groups[2]))).toEqual({ keys: ['B', '2026-11'], counts: { visitors: 50, buyers: 2, paidAmount: '99.90' } });
  });

  it('takes one part, or three and more, and numbers as parts', () => {
    const one = aggregateFunnels(rows, { by: [(row) => row.store] });
    expect(one.groups.map((g) => [g.keys, g.counts.visitors])).toEqual([
      [['A'], 1100],
      [['B'], 50],
    ]);
    const three = aggregateFunnels(rows, { by: [(row) => row.store, (row) => Number(row.date.slice(5, 7)), (row) => row.source] });
    expect(three.groups.map((g) => [g.keys, g.counts.visitors])).toEqual([
      [['A', 10, 'search'], 100],
      [['A', 11, 'search'], 100],
      [['B', 11, 'search'], 50],
      [['A', 11, 'paid'], 900],
    ]);
    // A part of 1 and a part of '1' are different groups, as Map keys are.
    const mixed = aggregateFunnels([{ k: 1 }, { k: '1' }, { k: 1 }].map((x) => ({ ...x, visitors: 1, buyers: 0, paidAmount: 0 })), { by: [(row) => row.k] });
    expect(mixed.groups.map((g) => [g.keys, g.counts.visitors])).toEqual([
      [[1], 2],
      [['1'], 1],
    ]);
  });

  it('reports a bad part as the row’s issue, and a StoreOpsError from a part with its path', () => {
    const bad = [...rows, { ...rows[0]!, date: '2026-02-30' }];
    const e = errorOf(() => aggregateFunnels(bad, { by: [(row) => row.store, (row) => monthOf(row.date)] }));
    expect(e.issues[0]).toMatchObject({ path: '[4].date', row: 4, field: 'date' });
    const collected = aggregateFunnels(rows, { by: [(row) => row.store, (_row, i) => (i === 1 ? (null as never) : i === 2 ? Number.NaN : i === 3 ? ((): never => { throw new Error('boom'); })() : 'm')] }, { onError: 'collect' });
    expect(collected.errors.map((x) => [x.row, x.path, x.message])).toEqual([
      [1, '[1]', 'by[1] must return a string or a finite number, received null'],
      [2, '[2]', 'by[1] must return a string or a finite number, received NaN'],
      [3, '[3]', 'by[1] threw: boom'],
    ]);
    expect(collected.groups).toHaveLength(1);
    const first = aggregateFunnels(rows, { by: [() => ({}) as never, () => 'x'] }, { onError: 'collect' });
    expect(first.errors[0]?.message).toBe('by[0] must return a string or a finite number, received object');
    const deep = aggregateFunnels([rows[0]!], { by: [() => 'a', () => 'b', () => { throw 'nope'; }] }, { onError: 'collect' });
    expect(deep.errors[0]?.message).toBe('by[2] threw: string "nope"');
  });

  it('refuses a malformed grouping', () => {
    expect(errorOf(() => aggregateFunnels(rows, { by: [] } as never)).issues[0]).toMatchObject({ path: 'by' });
    expect(errorOf(() => aggregateFunnels(rows, { by: [(r: { store: string }) => r.store, 'date'] } as never)).issues[0]).toMatchObject({ path: 'by[1]' });
    expect(errorOf(() => aggregateFunnels(rows, { by: 'store' } as never)).issues[0]).toMatchObject({ path: 'by' });
    expect(errorOf(() => aggregateFunnels(rows, 'store' as never)).issues[0]).toMatchObject({ path: 'keyOf' });
  });

  it('names an overflowing group by its parts', () => {
    const big = { s: 'A', visitors: Number.MAX_SAFE_INTEGER, buyers: 0, paidAmount: 0 };
    const e = errorOf(() => aggregateFunnels([big, big], { by: [(r) => r.s, () => 7] }));
    expect(e.code).toBe('INFEASIBLE');
    expect(e.issues[0]?.path).toBe('["A",7].visitors');
  });

  it('reads an async stream of rows and of batches (arrays of rows) alike', async () => {
    async function* stream() {
      yield rows[0]!;
      yield [rows[1]!, rows[2]!];
      yield [];
      yield rows[3]!;
    }
    const by = { by: [(row: (typeof rows)[number]) => row.store, (row: (typeof rows)[number]) => monthOf(row.date)] } as const;
    const a = await aggregateFunnelsAsync(stream(), by);
    const s = aggregateFunnels(rows, by);
    expect(a.groups.map((g) => [g.keys, plain(g.counts)])).toEqual(s.groups.map((g) => [g.keys, plain(g.counts)]));
    expect(a.rowCount).toBe(4);
    async function* badBatch() {
      yield [rows[0]!, { ...rows[0]!, visitors: -1 }];
    }
    await expect(aggregateFunnelsAsync(badBatch(), by)).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: '[1].visitors' }] });
  });
});

// Rows that are good, implausible or bad in every way the reader distinguishes.
const count = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(-1, 2.5, '3', Number.NaN, null, 2 ** 53, Number.POSITIVE_INFINITY) },
);
const money = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((fen) => fen / 100) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000 }).map((fen) => toDecimal(fen).div(100)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(-2, '7.145', 0.001, Number.NaN, '1,234', 'abc', 1e14, '1e3', ' 12.5 ', 5100485596.1, 2.5e13, 8.9e13) },
);
const optionalKeys = ['impressions', 'clicks', 'pageviews', 'sessions', 'bounces', 'cartAdders', 'favoriters', 'orderBuyers', 'orders', 'inquirers', 'inquiryBuyers', 'returningVisitors', 'newBuyers', 'returningBuyers'] as const;
const rowArb = fc
  .record(
    {
      store: fc.constantFrom('A', 'B', 'C'),
      month: fc.constantFrom('2026-10', '2026-11'),
      visitors: count,
      buyers: count,
      paidAmount: money,
      ...Object.fromEntries(optionalKeys.map((k) => [k, count])),
      spend: money,
      refundAmount: money,
      presale: fc.constantFrom<unknown>(true, false, 'yes'),
    },
    { requiredKeys: ['store', 'month'] },
  )
  .map((r) => r as Record<string, unknown>);
const rowOrJunk = fc.oneof({ weight: 20, arbitrary: rowArb }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 42, 'row') });

type Result = { keys: unknown; counts: Record<string, unknown> | undefined }[];

describe('the fused loop against the implementation it replaced', () => {
  const keyOf = (r: Record<string, unknown>) => `${String(r['store'])}|${String(r['month'])}`;

  it('gives the same groups to the fen, errors and flags, by keyOf and by key parts', () => {
    fc.assert(
      fc.property(fc.array(rowOrJunk, { maxLength: 40 }), fc.constantFrom<'en' | 'zh-CN'>('en', 'zh-CN'), (input, locale) => {
        const rowsIn = input as Record<string, unknown>[];
        const want = referenceAggregate(rowsIn, keyOf, { onError: 'collect', locale });
        const got = aggregateFunnels(rowsIn, keyOf, { onError: 'collect', locale });
        const parts = aggregateFunnels(rowsIn, { by: [(r) => r['store'] as string, (r) => r['month'] as string] }, { onError: 'collect', locale });
        const wantGroups: Result = [...want].map(([k, t]) => ({ keys: k.split('|'), counts: plain(t) }));
        expect([...got].map(([k, t]) => ({ keys: k.split('|'), counts: plain(t) }))).toEqual(wantGroups);
        expect(parts.groups.map((g) => ({ keys: g.keys, counts: plain(g.counts) }))).toEqual(wantGroups);
        expect(got.errors).toEqual(want.errors);
        expect(parts.errors).toEqual(want.errors);
        expect(got.flags).toEqual(want.flags);
        expect(parts.flags).toEqual(want.flags);
        expect(got.rowCount).toBe(want.rowCount);
        expect(parts.rowCount).toBe(want.rowCount);
        // Throw mode: the same first error (or none).
        const thrownWant = errorOrNull(() => referenceAggregate(rowsIn, keyOf));
        expect(errorOrNull(() => aggregateFunnels(rowsIn, keyOf))).toEqual(thrownWant);
        expect(errorOrNull(() => aggregateFunnels(rowsIn, { by: [(r) => r['store'] as string, (r) => r['month'] as string] }))).toEqual(thrownWant);
      }),
      { numRuns: 300 },
    );
  });

  it('sums huge amounts and counts as the reference does: exact below 2^53, INFEASIBLE past it, for rows of mixed shapes', () => {
    // Few groups and big values, so sums often pass 2^53 (fen or count) and must fail as before;
    // each row has its own set of optional fields, so a group's sums skip the fields a row lacks.
    const big = fc.oneof(fc.constantFrom(0, 1, 2 ** 31, 2 ** 32, 2 ** 52, 2 ** 53 - 1), fc.integer({ min: 0, max: 2 ** 40 }));
    const bigMoney = fc.oneof(
      fc.integer({ min: 0, max: 9_000_000_000_000_000 }).map((fen) => fen / 100),
      fc.integer({ min: 0, max: 9_000_000_000_000_000 }).map((fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`),
      fc.constantFrom<unknown>(8.9e13, 2e13, 19_999_999_999_999.99, '89999999999999.99', 0.07, 1.005, 4503599627370.49),
    );
    const hugeRow = fc
      .record(
        {
          store: fc.constantFrom('A', 'B'),
          month: fc.constantFrom(2026, 2027),
          visitors: big,
          buyers: fc.constant(0),
          paidAmount: bigMoney,
          impressions: big,
          clicks: fc.constant(0),
          pageviews: big,
          orders: big,
          spend: bigMoney,
          refundAmount: fc.constantFrom(0, '0.00'),
        },
        { requiredKeys: ['store', 'month', 'visitors', 'buyers', 'paidAmount'] },
      )
      .map((r) => r as Record<string, unknown>);
    fc.assert(
      fc.property(fc.array(hugeRow, { maxLength: 12 }), (rowsIn) => {
        const parts = { by: [(r: Record<string, unknown>) => r['store'] as string, (r: Record<string, unknown>) => r['month'] as number] } as const;
        const want = outcomeOf(() => {
          const r = referenceAggregate(rowsIn, keyOf, { onError: 'collect' });
          return { groups: [...r].map(([k, t]) => ({ keys: k.split('|'), counts: plain(t) })), errors: r.errors };
        });
        const got = outcomeOf(() => {
          const r = aggregateFunnels(rowsIn, parts, { onError: 'collect' });
          return { groups: r.groups.map((g) => ({ keys: g.keys.map(String), counts: plain(g.counts) })), errors: r.errors };
        });
        // The reference names an overflowing group by its key string; key parts by their JSON array.
        if ('error' in want && 'error' in got) {
          expect(got.error.code).toBe(want.error.code);
          expect(got.error.issues[0]?.path.replace(/^\["(\w)",(\d+)\]/, '"$1|$2"')).toBe(want.error.issues[0]?.path);
          expect(got.error.issues[0]?.message).toBe(want.error.issues[0]?.message);
        } else expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('reads batches in the async path as the sync path reads rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowOrJunk, { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), async (input, size) => {
        const rowsIn = input as Record<string, unknown>[];
        async function* batches() {
          for (let i = 0; i < rowsIn.length; i += size) yield size === 1 ? (rowsIn[i] as Record<string, unknown>) : rowsIn.slice(i, i + size);
        }
        const want = aggregateFunnels(rowsIn, keyOf, { onError: 'collect' });
        const got = await aggregateFunnelsAsync(batches(), keyOf, { onError: 'collect' });
        expect([...got].map(([k, t]) => [k, plain(t)])).toEqual([...want].map(([k, t]) => [k, plain(t)]));
        expect(got.errors).toEqual(want.errors);
        expect(got.flags).toEqual(want.flags);
      }),
      { numRuns: 100 },
    );
  });
});

function outcomeOf<T>(fn: () => T): { value: T } | { error: { code: string; issues: { path: string; message: string }[] } } {
  try {
    return { value: fn() };
  } catch (e) {
    const { code, issues } = e as { code: string; issues: { path: string; message: string }[] };
    return { error: { code, issues } };
  }
}

function errorOrNull(fn: () => unknown): { code: string; issues: unknown[] } | null {
  try {
    fn();
    return null;
  } catch (e) {
    const { code, issues } = e as { code: string; issues: unknown[] };
    return { code, issues };
  }
}
