// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { errorAt } from '../helpers.js';
import { assessPageHealth } from 'storeops/page-health';

const input = { bounceRate: 0.65, pagesPerVisitor: 3 };

describe('assessPageHealth threshold overrides with prototype keys', () => {
  it('rejects a "__proto__" threshold key, as JSON.parse makes it, instead of ignoring it', () => {
    const options = JSON.parse('{"thresholds": {"__proto__": {"bounceRate": {"pass": 0.6}}}}') as object;
    expect(errorAt(() => assessPageHealth(input, options))).toEqual({ code: 'INVALID_OPTIONS', path: 'thresholds.__proto__' });
    expect(({} as Record<string, unknown>)['bounceRate']).toBeUndefined();
  });
  it('rejects "constructor" and "__proto__" inside a threshold', () => {
    expect(() => assessPageHealth(input, JSON.parse('{"thresholds": {"constructor": {"pass": 0.6}}}') as object)).toThrow(/thresholds.constructor: unknown threshold/);
    expect(() => assessPageHealth(input, JSON.parse('{"thresholds": {"bounceRate": {"__proto__": {"pass": 0.6}}}}') as object)).toThrow(/unknown field/);
  });
  it('still applies ordinary overrides (bounce 0.65 fails a 0.6 pass mark)', () => {
    expect(assessPageHealth(input, { thresholds: { bounceRate: { pass: 0.6, good: 0.5 } } }).checks[0]?.status).toBe('fail');
  });
});
