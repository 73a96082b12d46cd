// Issue 16 for goals: silent drops of "__proto__" (class 6), wrong blame (class 9), and the
// actuals contract of trackProgress (rows as well as a record).
import { describe, expect, it } from 'vitest';
import { attributeChange, planTargets, trackProgress } from 'storeops/goals';
import { errorAt, errorOf } from '../helpers.js';

describe('attributeChange', () => {
  it('refuses a "__proto__" factor from JSON.parse at its path (it was dropped without a word)', () => {
    const base = JSON.parse('{"visitors": 100, "__proto__": 2}') as Record<string, number>;
    const current = JSON.parse('{"visitors": 120, "__proto__": 2}') as Record<string, number>;
    expect(errorAt(() => attributeChange(base, current))).toEqual({ code: 'INVALID_INPUT', path: 'base.__proto__' });
    expect(errorAt(() => attributeChange({ visitors: 100 }, JSON.parse('{"visitors": 120, "__proto__": 1}')))).toEqual({ code: 'INVALID_INPUT', path: 'current.__proto__' });
  });

  it('blames the factors the caller passed, not an internal "value" (1e600 factors)', () => {
    const e = errorOf(() => attributeChange({ a: '1e600', b: '1e600' }, { a: '2e600', b: '1e600' }));
    expect(e.issues.map((i) => i.path)).toEqual(['base.a', 'base.b', 'current.a', 'current.b'].slice(0, e.issues.length));
    expect(e.issues[0]?.message).toMatch(/MAX_MONEY_INTEGER_DIGITS/);
    // In range, a product too large for exact effects in the unit names the limit and the factors.
    const big = errorOf(() => attributeChange({ a: '9e15', b: '9e15' }, { a: '1e15', b: '9e15' }));
    expect([big.code, big.issues[0]?.path]).toEqual(['INVALID_INPUT', 'base']);
    expect(big.issues[0]?.message).toMatch(/a × b .*MAX_PRODUCT_UNITS_DIGITS = 30/);
  });

  it('refuses more than 12 factors before walking them', () => {
    const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`f${i}`, 1]));
    const e = errorOf(() => attributeChange(many, many));
    expect([e.code, e.issues[0]?.path]).toEqual(['INVALID_INPUT', 'base']);
    expect(e.issues[0]?.message).toMatch(/MAX_FACTORS = 12/);
  });

  it('settles the rounding in whole units at the finest unit the range allows, adding up exactly', () => {
    // 3 × 7 = 21 → 4 × 9 = 36; Shapley: a = ((4−3)·7 + (4−3)·9) / 2 = 8, b = ((9−7)·3 + (9−7)·4) / 2 = 7.
    const r = attributeChange({ a: 3, b: 7 }, { a: 4, b: 9 }, { unit: '1e-17' });
    expect(r.effects.a?.toString()).toBe('8');
    expect(r.effects.b?.toString()).toBe('7');
    // Thirds at 1e-17: 1 × 1 × 1 → 2 × 2 × 2: each factor 7/3; the remainder unit goes to one factor.
    const t = attributeChange({ a: 1, b: 1, c: 1 }, { a: 2, b: 2, c: 2 }, { unit: '1e-17' });
    const sum = Object.values(t.effects).reduce((s, d) => s.plus(d), t.total.minus(t.total));
    expect(sum.eq(t.total)).toBe(true);
    expect(t.total.toString()).toBe('7');
    expect(t.effects.a?.toFixed(17)).toBe('2.33333333333333334');
    expect(t.effects.c?.toFixed(17)).toBe('2.33333333333333333');
  });
});

describe('trackProgress actuals', () => {
  const plan = planTargets({ total: 70000, start: '2026-11-09', end: '2026-11-15' });

  it('accepts rows { date, sales } as well as a record, with the same result', () => {
    const record = trackProgress(plan, { '2026-11-09': 10000, '2026-11-10': 6000 }, { asOf: '2026-11-10', locale: 'en' });
    const rows = trackProgress(plan, [{ date: '2026-11-09', sales: 10000 }, { date: '2026-11-10', sales: '6000.00' }], { asOf: '2026-11-10', locale: 'en' });
    expect(rows.gap.toNumber()).toBe(-4000);
    expect(rows.actualToDate.toNumber()).toBe(16000);
    expect(rows.message).toBe(record.message);
    expect(rows.replan.map((d) => d.target.toNumber())).toEqual([10800, 10800, 10800, 10800, 10800]);
  });

  it('reports a bad row at its path, and a day given twice', () => {
    expect(errorAt(() => trackProgress(plan, [{ date: '2026-11-09', sales: -1 }], { asOf: '2026-11-10' }))).toEqual({ code: 'INVALID_INPUT', path: 'actuals[0].sales' });
    expect(errorAt(() => trackProgress(plan, [{ date: '2026-12-01', sales: 1 }], { asOf: '2026-11-10' }))).toEqual({ code: 'INVALID_INPUT', path: 'actuals[0].date' });
    expect(errorAt(() => trackProgress(plan, [{ date: '2026-11-09', sales: 1 }, { date: '2026-11-09', sales: 2 }], { asOf: '2026-11-10' }))).toEqual({ code: 'INVALID_INPUT', path: 'actuals[1].date' });
  });

  it('refuses a "__proto__" day from JSON.parse at its path (it was dropped without a word)', () => {
    const actuals = JSON.parse('{"2026-11-09": 10000, "__proto__": 5}') as Record<string, number>;
    expect(errorAt(() => trackProgress(plan, actuals, { asOf: '2026-11-10' }))).toEqual({ code: 'INVALID_INPUT', path: 'actuals.__proto__' });
  });
});
