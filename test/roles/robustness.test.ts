// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { errorAt } from '../helpers.js';
import { classifyProducts, defaultRoleRules, defaultRoleThresholds } from 'storeops/roles';


describe('defaultRoleRules validates the thresholds it is given', () => {
  it('rejects NaN marks (they used to become rule values) and objects whose getters throw', () => {
    expect(errorAt(() => defaultRoleRules({ ...defaultRoleThresholds, flagshipMinPricePercentile: Number.NaN }))).toEqual({
      code: 'INVALID_OPTIONS',
      path: 'thresholds.flagshipMinPricePercentile',
    });
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    expect(errorAt(() => defaultRoleRules(hostile as never)).code).toBe('INVALID_OPTIONS');
  });
  it('still builds the rules from valid marks', () => {
    const rules = defaultRoleRules({ ...defaultRoleThresholds, flagshipMinPricePercentile: 0.9 });
    expect(rules[0]?.when[0]).toEqual({ metric: 'pricePercentile', op: '>', value: 0.9 });
  });
});

describe('classifyProducts with amounts at the edge of a number', () => {
  it('names the field of an amount beyond the range of a number instead of failing inside a check', () => {
    // '1e999' is valid money, but the measures are numbers: it used to end in "spec.value: … NaN".
    const base = { price: 1, visitors: 100, buyers: 5 };
    expect(errorAt(() => classifyProducts([{ id: 'a', ...base, unitCost: '1e999' }, { id: 'b', ...base, unitCost: 0 }]))).toEqual({ code: 'INVALID_INPUT', path: '[0].unitCost' });
    expect(errorAt(() => classifyProducts([{ id: 'a', ...base, unitCost: 0 }, { id: 'b', ...base, unitCost: 0, revenue: '1e999' }]))).toEqual({ code: 'INVALID_INPUT', path: '[1].revenue' });
  });

  it('gives a finite margin rate, not -Infinity, when the cost dwarfs a tiny price', () => {
    // 1e-300 (which gave -Infinity) is beyond the exact range of money now; the widest inside it:
    expect(errorAt(() => classifyProducts([{ id: 'a', price: 1e-300, unitCost: 1e10, visitors: 100, buyers: 5 }]))).toEqual({ code: 'INVALID_INPUT', path: '[0].price' });
    const r = classifyProducts([
      { id: 'a', price: 1e-17, unitCost: 1e15, visitors: 100, buyers: 5 },
      { id: 'b', price: 10, unitCost: 6, visitors: 100, buyers: 5 },
      { id: 'c', price: 20, unitCost: 8, visitors: 100, buyers: 5 },
    ]);
    // (1e-17 − 1e15) / 1e-17 = −1e32 + 1
    expect(r.products[0]?.measures.marginRate).toBeCloseTo(-1e32, -18);
    expect(JSON.stringify(r)).not.toMatch(/Infinity|NaN/);
    // The median margin of −1e32, 0.4 and 0.6 is 0.4.
    expect(r.products[1]?.measures.marginVsMedian).toBeCloseTo(0, 12);
    expect(r.products[2]?.measures.marginVsMedian).toBeCloseTo(0.2, 12);
  });
});
