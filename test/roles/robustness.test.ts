// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { errorAt } from '../helpers.js';
import { defaultRoleRules, defaultRoleThresholds } from 'storeops/roles';


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
