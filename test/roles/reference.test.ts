// classifyProducts against the implementation it replaced (test/roles/reference/: a zod parse
// per product, Decimal measures, a condition code, params and message built per check, kept
// verbatim): the same result to the last field — measures to the last bit (the whole-fen
// number path and the Decimal path), roles, tags, checks and messages, the portfolio — and the
// same first error on bad products. Also what the fast version stands on: a measure's text is
// made once per printed value (formatKey).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreDecimal } from '../../src/core/internal.js';
import { outcomeOf } from '../helpers.js';
import { classifyProducts, type ProductInput } from 'storeops/roles';
import { classifyProducts as referenceClassify } from './reference/classifyProducts.js';
import { FORMATS, formatKey, formatMeasure } from '../../src/roles/classifyProducts.js';

/** Money in whole fen as numbers (the number path) mostly; sometimes strings, Decimals, tiny or huge amounts (the Decimal path). */
const fenArb = (min: number) => fc.integer({ min, max: 5_000_000 });
const moneyArb = (min: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fenArb(min).map((fen) => fen / 100) },
    { weight: 1, arbitrary: fenArb(min).map((fen) => (fen / 100).toFixed(2)) },
    { weight: 1, arbitrary: fenArb(min).map((fen) => new StoreDecimal(fen).div(1000)) },
    { weight: 1, arbitrary: fc.constantFrom(0.005, 1e-7, 12.345, 2e13 + 0.01, 9e15, 123456789012.34) },
  );

const productArb = fc
  .record(
    {
      name: fc.constantFrom('袜子', 'coat'),
      price: moneyArb(1),
      unitCost: moneyArb(0),
      visitors: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 20_000, max: 100_000 })),
      buyerShare: fc.double({ min: 0, max: 0.2, noNaN: true }),
      revenue: moneyArb(0),
      custom: fc.record({ rival: fc.integer({ min: 1, max: 500 }) }),
    },
    { requiredKeys: ['price', 'unitCost', 'visitors', 'buyerShare'] },
  )
  .map(({ buyerShare, ...p }) => ({ ...p, buyers: Math.floor(p.visitors * buyerShare) }));

const junkArb = fc.constantFrom<Record<string, unknown>>(
  { price: 0 },
  { price: -1 },
  { unitCost: '1e999' },
  { visitors: -1 },
  { buyers: 1e9 },
  { id: '' },
  { id: Number.NaN },
  { revenue: 'x' },
  { custom: { rival: 'high' } },
  { name: 7 },
);

const catalogueArb = fc
  .tuple(fc.array(productArb, { minLength: 0, maxLength: 12 }), fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.tuple(fc.nat(11), junkArb) }), fc.constantFrom('string', 'number', 'dup'))
  .map(([products, junk, ids]) => {
    const list = products.map((p, i) => ({ id: ids === 'number' ? i : ids === 'dup' ? `p${i % 3}` : `p${i}`, ...p })) as unknown[] as Record<string, unknown>[];
    if (junk !== undefined && list.length > 0) {
      const i = junk[0] % list.length;
      // A junk product itself now and then (null, an array), else a bad field.
      list[i] = (junk[0] === 9 ? null : junk[0] === 10 ? [] : { ...list[i], ...junk[1] }) as Record<string, unknown>;
    }
    return list as unknown as ProductInput[];
  });

const optionsArb = fc.record(
  {
    locale: fc.constantFrom<'en' | 'zh-CN'>('en', 'zh-CN'),
    rules: fc.constant([
      { assign: 'profit', priority: 1, when: [{ metric: 'price', per: 'custom.rival', op: '>=', value: 1.1 }] },
      { assign: 'hit', priority: 1, when: [{ metric: 'buyers', op: '>', value: 100 }, { metric: 'conversionRate', op: '>=', value: 0.05 }] },
      { assign: 'slow', priority: 2, when: [{ metric: 'revenue', op: '<', value: 500 }] },
      { assign: 'traffic', priority: 3, when: [{ metric: 'visitorShare', op: '>', value: 0.2 }, { metric: 'unitCost', op: '<=', value: 100 }] },
    ]),
    thresholds: fc.record({ slowMaxRevenueIndex: fc.double({ min: 0, max: 1, noNaN: true }), hitMinRevenueShare: fc.double({ min: 0, max: 0.5, noNaN: true }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe('classifyProducts against the implementation it replaced', () => {
  it('gives the same result or the same first error, field for field', () => {
    let oks = 0;
    fc.assert(
      fc.property(catalogueArb, optionsArb, (products, options) => {
        const want = outcomeOf(() => referenceClassify(products, options));
        expect(outcomeOf(() => classifyProducts(products, options))).toEqual(want);
        oks += 'ok' in (want as object) ? 1 : 0;
      }),
      { numRuns: 400 },
    );
    // Both paths are exercised: results (most runs) and errors.
    expect(oks).toBeGreaterThan(150);
    expect(oks).toBeLessThan(390);
  });

  it('leaves the number path where a sum of fen could be inexact or a margin is beyond a number', () => {
    const products = [
      // 5e12 yuan × 30 buyers: 1.5e16 fen, more than the number path takes.
      { id: 'a', price: 5e12, unitCost: 1e12, visitors: 100, buyers: 30 },
      { id: 'b', price: 20, unitCost: 5, visitors: 10, buyers: 2 },
      // A tiny Decimal price under a large cost: a margin of −1e310, unknown.
      { id: 'c', price: new StoreDecimal('1e-300'), unitCost: 1e10, visitors: 10, buyers: 1 },
    ];
    const got = classifyProducts(products);
    expect(got).toEqual(referenceClassify(products));
    expect(got.products[2]?.measures.marginRate).toBeNull();
    expect(got.products[0]?.revenue.toString()).toBe('150000000000000');
  });

  it('keeps a −0 cost or revenue as 0, as its Decimal is', () => {
    const products = [
      { id: 'a', price: 10, unitCost: -0, visitors: 10, buyers: 1, revenue: -0 },
      { id: 'b', price: 20, unitCost: 5, visitors: 10, buyers: 2 },
    ];
    const got = classifyProducts(products);
    expect(got).toEqual(referenceClassify(products));
    expect(Object.is(got.products[0]?.measures.marginRate, 1)).toBe(true);
    expect(Object.is(got.products[0]?.revenue.toNumber(), 0)).toBe(true);
  });

  it('reports a throwing getter on a product as the schema does', () => {
    const hostile = Object.defineProperty({ id: 'a', price: 1, unitCost: 1, visitors: 1 }, 'buyers', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const got = outcomeOf(() => classifyProducts([hostile] as never));
    expect(got).toHaveProperty('error');
    expect(got).toEqual(outcomeOf(() => referenceClassify([hostile] as never)));
    expect(outcomeOf(() => classifyProducts('products' as never))).toEqual(outcomeOf(() => referenceClassify('products' as never)));
  });
});

// Catalogues a store really has: prices repeated (ties share a mid-rank), products nobody
// visited or bought, sales up to 10^13 yuan; rules and thresholds from plugins too, with their
// own role, messages (a {value} twice, a placeholder no check fills) and a custom measure.
const tiedProductArb = fc
  .record(
    {
      name: fc.constantFrom('袜子', 'coat'),
      price: fc.oneof(fc.constantFrom(9.9, 19.9, 99, 129), fenArb(1).map((fen) => fen / 100), fc.constantFrom('19.90', new StoreDecimal('99'))),
      unitCost: fc.oneof(fc.constantFrom(0, 5, 9.9, 60), fenArb(0).map((fen) => fen / 100)),
      visitors: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 100_000 })),
      buyerShare: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
      revenue: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1e15 }).map((fen) => fen / 100), fc.constantFrom(1e7, 12345678.9, 10_000_000.05)),
      custom: fc.record({ rival: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constant(1e12)) }),
    },
    { requiredKeys: ['price', 'unitCost', 'visitors', 'buyerShare'] },
  )
  .map(({ buyerShare, ...p }) => ({ ...p, buyers: Math.floor(p.visitors * buyerShare) }));

const storeArb = fc
  .tuple(fc.array(tiedProductArb, { minLength: 0, maxLength: 25 }), fc.constantFrom('string', 'number'))
  .map(([products, ids]) => products.map((p, i) => ({ id: ids === 'number' ? i * 7 : `p${i}`, ...p })) as ProductInput[]);

const plugin = {
  name: 'blocker',
  roles: { blocker: { kind: 'role', label: 'ROLE_BLOCKER' }, rivalled: { kind: 'tag', label: 'ROLE_RIVALLED' } },
  rules: [
    { assign: 'blocker', priority: 150, when: [{ metric: 'price', per: 'custom.rival', op: '<', value: 0.9, code: 'BLOCKER_PRICE' }, { metric: 'visitors', op: '>=', value: 10 }] },
    { assign: 'rivalled', priority: 1, when: [{ metric: 'custom.rival', op: '>', value: 100 }] },
    { assign: 'hit', priority: 5, when: [{ metric: 'revenue', op: '>=', value: 1000 }, { metric: 'marginRate', op: '>', value: 0.3 }] },
  ],
  thresholds: { roles: { hitMinRevenueShare: 0.3, flagshipMaxBuyerIndex: 0.8 } },
  messages: {
    ROLE_BLOCKER: { 'zh-CN': '阻击款', en: 'blocker' },
    ROLE_RIVALLED: { 'zh-CN': '有对手', en: 'rivalled' },
    BLOCKER_PRICE: { 'zh-CN': '比对手价 {value}（{value}；条件 {op} {target}，{role}，{nobody}）', en: 'Price {value} of the rival’s ({value}; rule {op} {target}, {role}, {nobody})' },
    ROLE_MEASURE_VISITORS: { 'zh-CN': '访客 {value}', en: '{metric}: {value} visitors' },
  },
} as const;

const storeOptionsArb = fc.record(
  {
    locale: fc.constantFrom<'en' | 'zh-CN'>('en', 'zh-CN'),
    plugins: fc.constant([plugin]),
    thresholds: fc.record({ slowMaxRevenueIndex: fc.double({ min: 0, max: 1, noNaN: true }), trafficMinVisitorIndex: fc.constantFrom(0, 1, 1.5), targetMix: fc.constantFrom({}, { blocker: 0.3, traffic: 0.2 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe('classifyProducts against the implementation it replaced, on catalogues with ties, empty products and plugins', () => {
  it('gives the same result, which survives JSON and structuredClone alike', () => {
    let ok = 0;
    fc.assert(
      fc.property(storeArb, storeOptionsArb, (products, options) => {
        const want = outcomeOf(() => referenceClassify(products, options));
        const got = outcomeOf(() => classifyProducts(products, options));
        expect(got).toStrictEqual(want);
        if ('ok' in got) {
          ok++;
          expect(JSON.stringify(got.ok)).toBe(JSON.stringify((want as { ok: unknown }).ok));
          expect(structuredClone(got.ok)).toStrictEqual(structuredClone((want as { ok: unknown }).ok));
        }
      }),
      { numRuns: 150 },
    );
    expect(ok).toBeGreaterThan(120);
  });

  it('shares a check\'s params between checks that print alike, frozen, so a change to one cannot reach another', () => {
    const products = [
      { id: 'a', price: 10, unitCost: 5, visitors: 0, buyers: 0 },
      { id: 'b', price: 10, unitCost: 5, visitors: 0, buyers: 0 },
      { id: 'c', price: 30, unitCost: 5, visitors: 10, buyers: 1 },
    ];
    const [a, b] = classifyProducts(products, { locale: 'en' }).products;
    expect(a?.checks).toStrictEqual(b?.checks);
    // a and b share the cheapest price: mid-rank 0.5 of 0..2, the 25th percentile.
    expect(a?.checks[0]?.message).toBe('Price percentile 25% in the store (0% cheapest, 100% dearest; rule: > 80%)');
    expect(a?.checks[0]?.params).toBe(b?.checks[0]?.params);
    expect(Object.isFrozen(a?.checks[0]?.params)).toBe(true);
    expect(() => {
      'use strict';
      (a!.checks[0]!.params as Record<string, unknown>)['value'] = 'x';
    }).toThrow(TypeError);
    expect(b?.checks[0]?.params['value']).toBe('25%');
  });
});

describe('a measure\'s text by formatKey', () => {
  it('is one text per key: values with one key print alike, whatever the format', () => {
    const nearby = fc.tuple(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: -4, max: 4 }), fc.constantFrom(1e-3, 1e-5, 1e-2, 0.5)).map(([x, k, step]) => [x, Math.round(x / step) * step + k * Number.EPSILON * Math.max(1, Math.abs(x))] as const);
    fc.assert(
      fc.property(nearby, fc.constantFrom(...FORMATS), ([x, y], f) => {
        const kx = formatKey(f, x);
        if (kx !== -1 && kx === formatKey(f, y)) expect(formatMeasure(f, y)).toBe(formatMeasure(f, x));
      }),
      { numRuns: 3000 },
    );
    // Halves at the last digit, signs and zeros.
    for (const f of FORMATS) {
      for (const x of [0, -0, 0.0005, -0.0005, 0.00049999, -0.00049999, 0.005, 0.125, 1.005, -1.005, 2.5, -2.5, 1e-12, -1e-12]) {
        for (const y of [x, -x, x + 1e-17, x - 1e-17]) {
          if (formatKey(f, x) === formatKey(f, y) && formatKey(f, x) !== -1) expect(formatMeasure(f, y)).toBe(formatMeasure(f, x));
        }
      }
    }
    // Beyond a billion of the last digits: no key (formatted every time).
    expect(formatKey(FORMATS[3]!, 2e7)).toBe(-1);
    expect(formatKey(FORMATS[3]!, Number.NaN)).toBe(-1);
  });
});
