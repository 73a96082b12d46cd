// planTargets' bounds on weights and events (LIMITS.MAX_DAY_MULTIPLIER = 1,000,000: a day weighs
// at most a million times another, so that no day's weight overflows).
import { describe, expect, it } from 'vitest';
import { planTargets } from 'storeops/goals';
import { errorOf, expectError } from '../helpers.js';

const week = { total: 7000, start: '2026-11-09', end: '2026-11-15' } as const;

describe('planTargets: weights and events out of bounds', () => {
  it('a weekday weight over 1,000,000 is refused at its index', () => {
    const e = errorOf(() => planTargets({ ...week, weekdayWeights: [1, 1, 1, 1, 1, 1, 2_000_000] }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toBe('weekdayWeights[6]');
    expect(e.message).toContain('MAX_DAY_MULTIPLIER');
  });

  it('an event outside the plan is refused at its date', () => {
    expectError(() => planTargets({ ...week, events: [{ date: '2026-11-11', multiplier: 3 }, { date: '2026-11-20', multiplier: 2 }] }), 'INVALID_INPUT', 'events[1].date');
  });

  it('a multiplier under one millionth (other than 0) is refused; 0 closes the day', () => {
    expectError(() => planTargets({ ...week, events: [{ date: '2026-11-11', multiplier: 1e-7 }] }), 'INVALID_INPUT', 'events[0].multiplier');
    // The 11th closed: 7000 over the six other days of weight 1 each.
    const closed = planTargets({ ...week, events: [{ date: '2026-11-11', multiplier: 0 }] });
    expect(closed.days.map((d) => d.target.toNumber())).toEqual([1166.67, 1166.67, 0, 1166.67, 1166.67, 1166.66, 1166.66]);
  });
});
