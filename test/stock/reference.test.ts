// stockCover against the implementation it replaced (test/stock/reference/: a hand check, then
// per item a day-number list, a Set of days and its own Decimals, kept verbatim): the same
// result to the last field — rates, plans, money at risk, messages, findings and their order —
// and the same first error (code, path, message) on bad items, duplicates and bad options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreDecimal } from '../../src/core/internal.js';
import { stockCover, type StockItemInput } from 'storeops/stock';
import { outcomeOf } from '../helpers.js';
import { stockCover as referenceStockCover } from './reference/stockCover.js';

const day = (d: number) => new Date(Date.UTC(2026, 2, 1) + d * 86_400_000).toISOString().slice(0, 10);

const historyArb = fc
  .uniqueArray(
    fc.record(
      { d: fc.integer({ min: 0, max: 45 }), units: fc.integer({ min: 0, max: 60 }), inStock: fc.boolean(), onHand: fc.integer({ min: 0, max: 3 }) },
      { requiredKeys: ['d', 'units'] },
    ),
    { selector: (r) => r.d, maxLength: 40 },
  )
  .map((rows) => rows.map(({ d, ...rest }) => ({ date: day(d), ...rest })));

const moneyArb = fc.oneof(
  fc.integer({ min: 0, max: 200_000 }).map((fen) => fen / 100),
  fc.integer({ min: 0, max: 200_000 }).map((fen) => (fen / 100).toFixed(2)),
  fc.integer({ min: 0, max: 200_000 }).map((fen) => new StoreDecimal(fen).div(1000)),
);

const itemArb = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    name: fc.constantFrom('T 恤', 'cap'),
    onHand: fc.integer({ min: 0, max: 3000 }),
    dailySales: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 200, noNaN: true })),
    history: historyArb,
    leadTimeDays: fc.integer({ min: 0, max: 40 }),
    safetyDays: fc.oneof(fc.integer({ min: 0, max: 15 }), fc.double({ min: 0, max: 15, noNaN: true })),
    price: moneyArb,
    unitCost: moneyArb,
  },
  { requiredKeys: ['id', 'onHand', 'leadTimeDays', 'safetyDays'] },
);

/** A valid list, or one with a bad field somewhere (a negative count, a bad date, a missing rate). */
const junkArb = fc.constantFrom<Record<string, unknown>>(
  { onHand: -1 },
  { history: [{ date: '2026-02-30', units: 1 }] },
  { history: [{ date: day(1), units: 1.5 }] },
  { history: [{ date: day(1), units: 1, inStock: 'no' }] },
  { history: [null] },
  { history: [[]] },
  { leadTimeDays: 4000 },
  { price: -1 },
  { unitCost: '1e999' },
  { id: '' },
  { dailySales: undefined, history: undefined },
  { dailySales: undefined, history: [{ date: day(1), units: 1 }, { date: day(2), units: 1 }, { date: day(1), units: 2 }] },
);
const listArb = fc
  .tuple(fc.array(itemArb, { minLength: 1, maxLength: 8 }), fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(fc.nat(7), junkArb) }), fc.boolean())
  .map(([items, junk, unique]) => {
    // Mostly distinct ids (the ok path), sometimes the drawn ones (duplicates likely).
    const list = items.map((x, i) => ({ ...x, id: unique ? `p${i}` : x.id, history: x.history ?? (x.dailySales === undefined ? [] : undefined) })) as unknown[] as Record<string, unknown>[];
    if (junk !== undefined) {
      const i = junk[0] % list.length;
      // A junk item itself now and then (null, an array), else a bad field.
      list[i] = (junk[0] === 5 ? null : junk[0] === 6 ? [] : { ...list[i], ...junk[1] }) as Record<string, unknown>;
    }
    return list as unknown as StockItemInput[];
  });

const optionsArb = fc.record(
  {
    asOf: fc.integer({ min: 10, max: 50 }).map(day),
    windowDays: fc.integer({ min: 1, max: 40 }),
    orderCoverDays: fc.integer({ min: 0, max: 60 }),
    locale: fc.constantFrom<'en' | 'zh-CN'>('en', 'zh-CN'),
    thresholds: fc.record({ overstockDays: fc.integer({ min: 10, max: 120 }), reorderSoonDays: fc.integer({ min: 0, max: 14 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe('stockCover against the implementation it replaced', () => {
  it('gives the same result or the same first error, field for field', () => {
    let oks = 0;
    fc.assert(
      fc.property(listArb, optionsArb, (items, options) => {
        const want = outcomeOf(() => referenceStockCover(items, options));
        expect(outcomeOf(() => stockCover(items, options))).toEqual(want);
        oks += 'ok' in (want as object) ? 1 : 0;
      }),
      { numRuns: 400 },
    );
    // Both paths are exercised: results (most runs) and errors.
    expect(oks).toBeGreaterThan(100);
    expect(oks).toBeLessThan(390);
  });

  it('reports a bad item before bad options, and a duplicate after them, as before', () => {
    const good = { id: 'a', onHand: 5, leadTimeDays: 7, safetyDays: 3, history: [{ date: day(0), units: 1 }, { date: day(0), units: 2 }] };
    for (const [items, options] of [
      [[{ ...good, onHand: -1 }], { windowDays: 0 }],
      [[good], { windowDays: 0 }],
      [[good, { ...good, history: [] }], {}],
      [[{ ...good, history: [] }, { ...good, id: 'b' }, { ...good, id: 'b', history: [] }], {}],
      [[{ ...good, history: [] }, { ...good, id: 'b' }, { ...good, history: [] }], {}],
      [[{ ...good, id: 'b', dailySales: 1 }, { ...good, id: 'b' }], {}],
      [[good], 'options'],
      ['items', {}],
    ] as const) {
      const got = outcomeOf(() => stockCover(items as never, options as never));
      expect(got).toHaveProperty('error');
      expect(got).toEqual(outcomeOf(() => referenceStockCover(items as never, options as never)));
    }
  });

  it('reports a throwing getter on an item as the schema does', () => {
    const item = { id: 'a', onHand: 1, dailySales: 1, leadTimeDays: 1, safetyDays: 1 };
    const hostile = Object.defineProperty({ ...item }, 'onHand', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const got = outcomeOf(() => stockCover([hostile] as never));
    expect(got).toHaveProperty('error');
    expect(got).toEqual(outcomeOf(() => referenceStockCover([hostile] as never)));
  });
});
