import { describe, expect, it } from 'vitest';
import { attributeChange } from 'storeops/goals';
import { lmdiEffects, logMean, shapleyEffects } from '../../src/goals/attributeChange.js';
import { StoreDecimal } from '../../src/core/decimal.js';
import { expectError } from '../helpers.js';

const D = (xs: number[]) => xs.map((x) => new StoreDecimal(x));

const values = (r: Record<string, { toNumber(): number }>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toNumber()]));

/** Three-factor Shapley value in closed form: Δx · [(y₀z₀ + y₁z₁)/3 + (y₀z₁ + y₁z₀)/6]. */
function shapley3(x0: number[], x1: number[]): number[] {
  return [0, 1, 2].map((i) => {
    const [j, k] = [0, 1, 2].filter((t) => t !== i) as [number, number];
    const d = (x1[i] as number) - (x0[i] as number);
    const [y0, y1, z0, z1] = [x0[j], x1[j], x0[k], x1[k]] as [number, number, number, number];
    return d * ((y0 * z0 + y1 * z1) / 3 + (y0 * z1 + y1 * z0) / 6);
  });
}

describe('attributeChange (which driver fell short, domain reference §1)', () => {
  const target = { visitors: 4200, conversionRate: 0.03, aov: 238 };
  const actual = { visitors: 3500, conversionRate: 0.032, aov: 236 };

  it('splits yesterday’s miss over traffic, conversion and AOV (Shapley, the default)', () => {
    const a = attributeChange(target, actual, { locale: 'en' });
    // 4200 × 0.03 × 238 = 29,988; 3500 × 0.032 × 236 = 26,432; change −3,556.
    expect(a.method).toBe('shapley');
    expect(a.base.toNumber()).toBe(29988);
    expect(a.current.toNumber()).toBe(26432);
    expect(a.total.toNumber()).toBe(-3556);
    // Closed form: −5,142.666…, +1,825.133…, −238.466… fen-floors −5,142.67, 1,825.13, −238.47 sum to
    // −3,556.01; the missing fen goes to the largest fraction (all ⅓: the first factor).
    expect(values(a.effects)).toEqual({ visitors: -5142.66, conversionRate: 1825.13, aov: -238.47 });
    const exact = shapley3([4200, 0.03, 238], [3500, 0.032, 236]);
    Object.values(a.effects).forEach((e, i) => expect(Math.abs(e.toNumber() - (exact[i] as number))).toBeLessThan(0.01));
    expect(a.shares.visitors).toBeCloseTo(-5142.66 / -3556, 12);
    expect(a.message).toBe('Change -3,556.00: traffic -5,142.66, conversion +1,825.13, AOV -238.47');
  });

  it('renders the summary in Chinese, with labels for named factors and the name otherwise', () => {
    const a = attributeChange({ impressions: 1000, ctr: 0.1, other: 2 }, { impressions: 2000, ctr: 0.1, other: 2 }, { unit: 1 });
    expect(a.message).toBe('变化 +200：展现量 +200，点击率 0，other 0');
    const custom = attributeChange({ other: 2 }, { other: 3 }, { unit: 1, locale: 'en', messages: { FACTOR_other: { 'zh-CN': '其他', en: 'other things' } } });
    expect(custom.message).toBe('Change +1: other things +1');
  });

  it('gives both methods the same answer for two factors growing by the same ratio', () => {
    // 100 × 50 → 120 × 60: Shapley 20 × (50+60)/2 = 1,100 and 10 × (100+120)/2 = 1,100;
    // LMDI L(7200, 5000) · ln 1.2 = 2,200 · ln 1.2 / ln 1.44 = 1,100 each.
    const base = { visitors: 100, aov: 50 };
    const current = { visitors: 120, aov: 60 };
    expect(values(attributeChange(base, current).effects)).toEqual({ visitors: 1100, aov: 1100 });
    expect(values(attributeChange(base, current, { method: 'lmdi' }).effects)).toEqual({ visitors: 1100, aov: 1100 });
  });

  it('differs between methods when factors grow unevenly', () => {
    // 1 × 1 → 2 × 4: LMDI (7/ln 8)·ln 2 = 7/3, (7/ln 8)·ln 4 = 14/3; Shapley 1·(1+4)/2 = 2.5, 3·(1+2)/2 = 4.5.
    expect(values(attributeChange({ a: 1, b: 1 }, { a: 2, b: 4 }, { method: 'lmdi' }).effects)).toEqual({ a: 2.33, b: 4.67 });
    expect(values(attributeChange({ a: 1, b: 1 }, { a: 2, b: 4 }).effects)).toEqual({ a: 2.5, b: 4.5 });
  });

  it('handles zeros with Shapley: a store that had no visitors, and one that lost them all', () => {
    const fromZero = attributeChange({ visitors: 0, conversionRate: 0.03, aov: 238 }, { visitors: 1000, conversionRate: 0.03, aov: 238 });
    expect(values(fromZero.effects)).toEqual({ visitors: 7140, conversionRate: 0, aov: 0 });
    // 1000 → 0 visitors while AOV 238 → 250 at 3%: visitors −1000 × 0.03 × (238+250)/2 = −7,320, AOV 12 × 0.03 × 1000/2 = +180.
    const toZero = attributeChange({ visitors: 1000, conversionRate: 0.03, aov: 238 }, { visitors: 0, conversionRate: 0.03, aov: 250 });
    expect(values(toZero.effects)).toEqual({ visitors: -7320, conversionRate: 0, aov: 180 });
    expect(toZero.total.toNumber()).toBe(-7140);
  });

  it('LMDI refuses zeros (documented: use Shapley)', () => {
    expectError(() => attributeChange({ visitors: 0, aov: 50 }, { visitors: 10, aov: 50 }, { method: 'lmdi' }), 'INFEASIBLE', 'base.visitors');
    expectError(() => attributeChange({ visitors: 10, aov: 50 }, { visitors: 10, aov: 0 }, { method: 'lmdi' }), 'INFEASIBLE', 'current.aov');
  });

  it('attributes the fuller form impressions × CTR × conversion × AOV', () => {
    const base = { impressions: 100000, ctr: 0.04, conversionRate: 0.03, aov: 238 };
    const current = { impressions: 90000, ctr: 0.045, conversionRate: 0.03, aov: 238 };
    const a = attributeChange(base, current, { unit: 1 });
    // 100,000 × 4% = 4,000 visitors → 28,560; 90,000 × 4.5% = 4,050 → 28,917.
    expect(a.total.toNumber()).toBe(357);
    // Two factors move: impressions −10,000 × (0.04 + 0.045)/2 × 7.14 = −3,034.5; CTR 0.005 × 190,000/2 × 7.14 = +3,391.5.
    const e = values(a.effects);
    expect(e.conversionRate).toBe(0);
    expect(e.aov).toBe(0);
    expect([e.impressions, e.ctr]).toEqual([-3034, 3391]);
  });

  it('stays exact for products far beyond floating point', () => {
    // 1e13 × 1e13 → 2e13 × 1e13: the whole change (1e26) is the first factor's, to the fen.
    const a = attributeChange({ a: 1e13, b: 1e13 }, { a: 2e13, b: 1e13 });
    expect(a.effects.a?.toFixed(2)).toBe('100000000000000000000000000.00');
    expect(a.effects.b?.isZero()).toBe(true);
  });

  it('has no change to explain when nothing moved', () => {
    const a = attributeChange(target, target);
    expect(a.total.toNumber()).toBe(0);
    expect(a.shares.visitors).toBeNull();
  });

  it('rounds a change to the unit half away from zero', () => {
    expect(attributeChange({ a: 1 }, { a: '1.005' }).total.toFixed(2)).toBe('0.01');
    expect(attributeChange({ a: '1.005' }, { a: 1 }).total.toFixed(2)).toBe('-0.01');
  });

  it('rejects bad input with the path of the field', () => {
    expectError(() => attributeChange(target, { visitors: 1, conversionRate: 0.1 }), 'INVALID_INPUT', 'current.aov');
    expectError(() => attributeChange(target, { ...actual, extra: 1 }), 'INVALID_INPUT', 'current.extra');
    expectError(() => attributeChange({}, {}), 'INVALID_INPUT', 'base');
    const many = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`f${i}`, 1]));
    expectError(() => attributeChange(many, many), 'INVALID_INPUT', 'base');
    expectError(() => attributeChange({ ...target, visitors: -1 }, actual), 'INVALID_INPUT', 'base.visitors');
    expectError(() => attributeChange(target, { ...actual, conversionRate: '3%' }), 'INVALID_INPUT', 'current.conversionRate');
    expectError(() => attributeChange(target, { ...actual, aov: Number.NaN }), 'INVALID_INPUT', 'current.aov');
    expectError(() => attributeChange(target, actual, { method: 'ols' as never }), 'INVALID_OPTIONS', 'method');
    expectError(() => attributeChange(target, actual, { unit: 0 }), 'INVALID_OPTIONS', 'unit');
  });
});

describe('attribution cores', () => {
  it('logMean: L(a, a) = a, L(e, 1) = e − 1', () => {
    expect(logMean(new StoreDecimal(5), new StoreDecimal(5)).toNumber()).toBe(5);
    expect(logMean(new StoreDecimal(Math.E), new StoreDecimal(1)).toNumber()).toBeCloseTo(Math.E - 1, 12);
  });

  it('shapleyEffects matches the average over all orders for 4 factors', () => {
    const x0 = [3, 0, 2.5, 7];
    const x1 = [4, 1.5, 2, 0];
    const perms: number[][] = [];
    const permute = (rest: number[], acc: number[]) => (rest.length === 0 ? perms.push(acc) : rest.forEach((r, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, r])));
    permute([0, 1, 2, 3], []);
    const avg = [0, 0, 0, 0];
    for (const order of perms) {
      const x = [...x0];
      for (const i of order) {
        const before = x.reduce((p, v) => p * v, 1);
        x[i] = x1[i] as number;
        avg[i] = (avg[i] as number) + (x.reduce((p, v) => p * v, 1) - before) / perms.length;
      }
    }
    shapleyEffects(D(x0), D(x1)).forEach((e, i) => expect(e.toNumber()).toBeCloseTo(avg[i] as number, 12));
    expect(lmdiEffects(D([2, 3]), D([2, 6]))[0]?.isZero()).toBe(true);
  });
});
