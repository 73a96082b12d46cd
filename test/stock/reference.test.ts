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

// Issue 17, the second pass at stockCover's speed: money at risk in whole fen from float products
// (Decimal only near a half fen, for strings, Decimals and finer numbers, and for huge amounts),
// the total summed in fen, numbers printed without formatNumber where they are small, messages
// joined from templates split once, findings sorted on keys made in the loop. The reference
// values every amount in Decimal and renders through the judging core: results must not move.
describe('stockCover against the implementation it replaced: money, messages and order at the edges', () => {
  /** Rates on halves and quarters with odd fen prices: exact half fen products, the ties the float path must leave to Decimal. */
  const rateArb = fc.oneof(
    fc.integer({ min: 0, max: 400 }).map((q) => q / 4),
    fc.integer({ min: 1, max: 20_000 }).map((k) => k / 7),
    fc.double({ min: 0, max: 500, noNaN: true }),
    fc.constantFrom(1e-300, 1e5, 1e9),
  );
  const priceArb = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 500_000 }).map((fen) => fen / 100) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }).map((m) => m / 1000) }, // finer than a fen
    { weight: 1, arbitrary: fc.constantFrom(0, 0.01, 0.05, 99.99, 9_999_999_999.99, 9_999_999_999_999.99, '19.99', '0.005', ' 12.5 ') },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 999 }).map((fen) => new StoreDecimal(fen).div(100)) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 999 }).map((fen) => structuredClone(new StoreDecimal(fen).div(100))) },
  );
  const itemArb = fc.record(
    {
      name: fc.constantFrom('T 恤', 'cap'),
      onHand: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.constantFrom(0, 1, 999, 1000, 123_456_789)),
      dailySales: rateArb,
      history: historyArb,
      leadTimeDays: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom(0.5, 2.25, 3650)),
      safetyDays: fc.oneof(fc.integer({ min: 0, max: 15 }), fc.double({ min: 0, max: 15, noNaN: true }), fc.constant(3650)),
      price: priceArb,
      unitCost: priceArb,
    },
    { requiredKeys: ['onHand', 'leadTimeDays', 'safetyDays'] },
  );
  /** Bad prices and costs (and good ones at the limits) the hand check judges as the schema does: numbers are checked without moneyProblem now. */
  const badMoneyArb = fc.constantFrom<unknown>(-0.01, -1e-300, -0, Number.NaN, Number.POSITIVE_INFINITY, 1e16, 9_999_999_999_999_998, 1e-18, 1e-17, 10 ** -17, 1e-10, '-1', '1e999', '12%', null, true, { s: 1, e: 0, d: [1.5] });
  const listArb = fc
    .tuple(fc.array(itemArb, { minLength: 1, maxLength: 10 }), fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(9), fc.constantFrom('price', 'unitCost'), badMoneyArb) }), fc.boolean())
    .map(([items, bad, reversed]) => {
      const list = items.map((x, i) => ({ ...x, id: reversed ? `p${99 - i}` : `p${i}`, history: x.history ?? (x.dailySales === undefined ? [] : undefined) })) as Record<string, unknown>[];
      if (bad !== null) list[bad[0] % list.length] = { ...list[bad[0] % list.length], [bad[1]]: bad[2] };
      // Twins: the same position twice, so findings tie on money and fall back to their ids.
      if (list.length > 1 && !reversed) list[1] = { ...list[0], id: 'p1' };
      return list as unknown as StockItemInput[];
    });
  const optionsArb = fc.record(
    {
      asOf: fc.integer({ min: 10, max: 50 }).map(day),
      windowDays: fc.integer({ min: 1, max: 40 }),
      orderCoverDays: fc.integer({ min: 0, max: 60 }),
      locale: fc.constantFrom<'en' | 'zh-CN'>('en', 'zh-CN'),
      thresholds: fc.record({ overstockDays: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.double({ min: 0, max: 120, noNaN: true })), reorderSoonDays: fc.integer({ min: 0, max: 14 }) }, { requiredKeys: [] }),
      // A caller's texts: a placeholder the module does not know stays as written.
      messages: fc.constant({ STOCK_RUNS_OUT: { 'zh-CN': '{item}：{money}，{unknown}', en: '{item} {money} {cover} {sales} {unknown}' }, STOCK_COVER_OK: { 'zh-CN': '{days}{days}', en: 'ok {quantity}' } }),
    },
    { requiredKeys: [] },
  );

  it('gives the same result or the same first error, field for field', () => {
    let oks = 0;
    const codes = new Set<string>();
    fc.assert(
      fc.property(listArb, optionsArb, (items, options) => {
        const want = outcomeOf(() => referenceStockCover(items, options));
        const got = outcomeOf(() => stockCover(items, options));
        if ('error' in want && want.error.code === 'INVALID_INPUT' && (want.error.issues as { path: string }[])[0]?.path === 'value') {
          // The reference's printer refused an amount of 10^16 yuan or more: now the item says so.
          expect(got).toMatchObject({ error: { code: 'INFEASIBLE', issues: [{ path: expect.stringMatching(/^\[\d+\]$/) }] } });
          return;
        }
        expect(got).toEqual(want);
        if ('ok' in want) {
          oks++;
          for (const c of (want.ok as ReturnType<typeof stockCover>).checks) codes.add(c.code);
        }
      }),
      { numRuns: 400 },
    );
    expect(oks).toBeGreaterThan(150);
    expect(oks).toBeLessThan(390);
    expect(codes).toEqual(new Set(['STOCK_OUT', 'STOCK_RUNS_OUT', 'STOCK_REORDER_NOW', 'STOCK_REORDER_SOON', 'STOCK_COVER_OK', 'STOCK_OVERSTOCK', 'STOCK_NO_SALES', 'STOCK_NO_DEMAND', 'STOCK_VELOCITY_UNKNOWN']));
  });

  it('values exact half fen as Decimal does (half up), and big amounts exactly', () => {
    // 20.5 a day × 17 days = 348.5 units at the reorder point; 48.5 short × ¥12.35 = ¥598.975 → ¥598.98.
    const tie = { id: 'tie', onHand: 300, dailySales: 20.5, leadTimeDays: 14, safetyDays: 3, price: 12.35 };
    // Amounts beyond the fen path (≥ 10^12 fen): 7.3e12 units short at ¥999.99 (about 7.3e15
    // yuan); thirty of them sum past 2^53 fen. At 10^16 yuan and more an item's numbers cannot
    // be right: INFEASIBLE at the item (the reference let the printer refuse it, at 'value').
    const big = (id: string) => ({ id, onHand: 0, dailySales: 1e9, leadTimeDays: 3650, safetyDays: 3650, price: 999.99 });
    const many = Array.from({ length: 30 }, (_, i) => big(`m${i}`));
    const huge = { id: 'huge', onHand: 0, dailySales: 1e15, leadTimeDays: 3650, safetyDays: 3650, price: 9.5e15 };
    // 5,000 amounts of about ¥9,999,000,000 in fen: past 2^52 fen the fen sum moves to the Decimal one.
    const fenMany = Array.from({ length: 5000 }, (_, i) => ({ id: `f${i}`, onHand: 0, dailySales: 999.9, leadTimeDays: 7, safetyDays: 3, price: 999_999.99 }));
    expect(outcomeOf(() => referenceStockCover([tie, huge]))).toMatchObject({ error: { code: 'INVALID_INPUT', issues: [{ path: 'value' }] } });
    expect(outcomeOf(() => stockCover([tie, huge]))).toMatchObject({ error: { code: 'INFEASIBLE', issues: [{ path: '[1]' }] } });
    // 9.5e15 × (1e15 × 7,300 units): just under 10^16 yuan is still money.
    const justUnder = { ...huge, dailySales: 1, leadTimeDays: 0, safetyDays: 0.5, price: 9.5e15 }; // 0.5 unit short → ¥4.75e15
    expect(stockCover([justUnder]).metrics.moneyAtRisk?.toFixed(2)).toBe('4750000000000000.00');
    for (const items of [[tie], [tie, big('b')], many, [...many, tie], [...fenMany, tie, big('b')]]) {
      const got = outcomeOf(() => stockCover(items, { locale: 'en' }));
      const want = outcomeOf(() => referenceStockCover(items, { locale: 'en' }));
      // Compared item by item: a diff of two 5,000-item results would take minutes to print.
      if ('ok' in got && 'ok' in want) {
        const [g, w] = [got.ok, want.ok] as ReturnType<typeof stockCover>[];
        expect(g!.metrics).toEqual(w!.metrics);
        for (let i = 0; i < items.length; i++) {
          expect(g!.items[i]).toEqual(w!.items[i]);
          expect(g!.findings[i]).toEqual(w!.findings[i]);
        }
        expect(g).toEqual(w);
      } else expect(got).toEqual(want);
    }
    expect(stockCover(many).metrics.moneyAtRisk?.toFixed(2)).toBe('218997810000000000.00'); // 30 × 7.3e12 units × ¥999.99
    expect(stockCover(fenMany).metrics.moneyAtRisk?.toFixed(2)).toBe('49994999500050.00'); // 5,000 × 9,999 units × ¥999,999.99
    const [item] = stockCover([tie]).items;
    expect(item?.moneyAtRisk?.toFixed(2)).toBe('598.98');
  });

  it('makes each amount the Decimal decimal.js reads from its text, across the digit words', () => {
    // One unit short at the price: the money at risk is the price itself, written as decimal.js
    // stores it (sign, exponent, base-10^7 words), as the reference's Decimal arithmetic gives it.
    const amounts = ['0.01', '0.05', '0.10', '0.99', '1.00', '1.01', '9999999.99', '10000000.00', '10000000.01', '10000001.00', '12345678.90', '100000000.00', '9999999999.99'];
    const items = amounts.map((a, i) => ({ id: `a${i}`, onHand: 0, dailySales: 1, leadTimeDays: 1, safetyDays: 0, price: Number(a) }));
    const got = stockCover(items);
    expect(got).toEqual(referenceStockCover(items));
    expect(got.items.map((x) => x.moneyAtRisk?.toFixed(2))).toEqual(amounts);
    expect(got.items.map((x) => JSON.stringify(x.moneyAtRisk))).toEqual(amounts.map((a) => JSON.stringify(a)));
    expect(got.items.map((x) => structuredClone(x.moneyAtRisk))).toEqual(items.map((x) => structuredClone(new StoreDecimal(x.price))));
  });

  it('any whole fen amount is the Decimal decimal.js reads from its text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 1e12 - 1 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 999 }).map((k) => k * 1e9 + (k % 2))), (fen) => {
        const [item] = stockCover([{ id: 'p', onHand: 0, dailySales: 1, leadTimeDays: 1, safetyDays: 0, price: fen / 100 }]).items;
        const want = new StoreDecimal(fen / 100);
        expect({ ...item!.moneyAtRisk }).toEqual({ ...want });
        expect(item!.moneyAtRisk!.eq(want)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives JSON and structuredClone as before', () => {
    const items = [
      { id: 'a', onHand: 30, dailySales: 10, leadTimeDays: 7, safetyDays: 3, price: 99 },
      { id: 'b', onHand: 500, dailySales: 1, leadTimeDays: 7, safetyDays: 3, unitCost: '20' },
    ];
    const got = stockCover(items);
    expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify(referenceStockCover(items))));
    expect(structuredClone(got)).toEqual(structuredClone(referenceStockCover(items)));
  });
});
