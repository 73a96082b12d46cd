import { describe, expect, it } from 'vitest';
import { attributeChange } from 'storeops/goals';
import { errorOf } from '../helpers.js';

describe('attributeChange: the factor limit (LIMITS.MAX_FACTORS = 12: Shapley values use all 2^n subsets)', () => {
  it('13 factors are refused at base; 12 are attributed, their parts adding up to the change', () => {
    const names = Array.from({ length: 13 }, (_, i) => `f${i}`);
    const base = Object.fromEntries(names.map((n) => [n, 1]));
    const current = Object.fromEntries(names.map((n) => [n, 1.1]));
    const e = errorOf(() => attributeChange(base, current));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toBe('base');
    expect(e.message).toContain('exceeds the limit MAX_FACTORS = 12, received 13');
    const twelve = names.slice(0, 12);
    const a = attributeChange(Object.fromEntries(twelve.map((n) => [n, 1])), Object.fromEntries(twelve.map((n) => [n, 1.1])), { unit: 0.0001 });
    // 1.1^12 − 1 = 2.138428376721: equal factors share it equally.
    expect(a.total.toNumber()).toBeCloseTo(2.1384, 4);
    const effects = Object.values(a.effects);
    expect(effects).toHaveLength(12);
    // Each an equal part, 2.138428376721 / 12 = 0.1782…, to the unit; together exactly the total.
    for (const d of effects) expect(Math.abs(d.toNumber() - 2.138428376721 / 12)).toBeLessThanOrEqual(0.0001);
    expect(effects.reduce((s, d) => s.plus(d)).toString()).toBe(a.total.toString());
  });
});
