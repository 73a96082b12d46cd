import { describe, expect, it } from 'vitest';
import { ratingsBuffer, ratingsNeeded } from 'storeops/dsr';
import { expectError } from '../helpers.js';

describe('ratingsNeeded', () => {
  it('counts the 5-star ratings that lift 4.7 to 4.8', () => {
    // 470 / 100 = 4.7; (470 + 5k) / (100 + k) ≥ 4.8 ⇔ 0.2k ≥ 10 ⇔ k ≥ 50.
    expect(ratingsNeeded({ sum: 470, count: 100 }, 4.8)).toBe(50);
    expect((470 + 5 * 50) / 150).toBe(4.8);
    // 4.75 → 4.8: 0.2k ≥ 5 ⇔ k ≥ 25.
    expect(ratingsNeeded({ sum: 475, count: 100 }, 4.8)).toBe(25);
    // 4-star ratings cannot reach 4.8 … but they can reach 4.0 from below.
    expect(ratingsNeeded({ sum: 350, count: 100 }, 4, { rating: 4 })).toBeNull();
    expect(ratingsNeeded({ sum: 350, count: 100 }, 3.6, { rating: 4 })).toBe(25);
  });

  it('is 0 when the target is already reached, and 1 for a shop without ratings', () => {
    expect(ratingsNeeded({ sum: 96, count: 20 }, 4.8)).toBe(0);
    expect(ratingsNeeded({ sum: 0, count: 0 }, 4.8)).toBe(1);
    expect(ratingsNeeded({ sum: 0, count: 0 }, 5)).toBe(1);
    expect(ratingsNeeded({ sum: 0, count: 0 }, 4.8, { rating: 4 })).toBeNull();
    expect(ratingsNeeded({ sum: 499, count: 100 }, 5)).toBeNull();
  });

  it('returns null for a target no rating can reach: above 5, or 5 with any rating below 5 (the contract: "null if it never can")', () => {
    expect(ratingsNeeded({ sum: 470, count: 100 }, 48)).toBeNull();
    expect(ratingsNeeded({ sum: 470, count: 100 }, 5.01)).toBeNull();
    expect(ratingsNeeded({ sum: 0, count: 0 }, 5.5)).toBeNull();
    // 499 over 100: one rating below 5; (499 + 5k) / (100 + k) < 5 for every k.
    expect(ratingsNeeded({ sum: 499, count: 100 }, 5)).toBeNull();
    expect(ratingsNeeded({ sum: 500, count: 100 }, 5)).toBe(0);
  });

  it('rejects bad input', () => {
    expectError(() => ratingsNeeded({ sum: 470, count: 100 }, '4.8' as never), 'INVALID_INPUT', 'target');
    expectError(() => ratingsNeeded({ sum: 470, count: 100 }, Number.NaN), 'INVALID_INPUT', 'target');
    expectError(() => ratingsNeeded({ sum: 470, count: 100 }, Infinity), 'INVALID_INPUT', 'target');
    expectError(() => ratingsNeeded({ sum: 470, count: 100 }, 0.5), 'INVALID_INPUT', 'target');
    expectError(() => ratingsNeeded({ sum: 470, count: -1 }, 48), 'INVALID_INPUT', 'count');
    expectError(() => ratingsNeeded({ sum: 470, count: -1 }, 4.8), 'INVALID_INPUT', 'count');
    expectError(() => ratingsNeeded({ sum: 50, count: 100 }, 4.8), 'INVALID_INPUT', 'sum');
    expectError(() => ratingsNeeded({ count: 100 } as never, 4.8), 'INVALID_INPUT', 'sum');
    expectError(() => ratingsNeeded({ sum: 470, count: 100 }, 4.8, { rating: 6 }), 'INVALID_OPTIONS', 'rating');
    expectError(() => ratingsNeeded({ sum: 470, count: 100 }, 4.8, { rating: 4.5 }), 'INVALID_OPTIONS', 'rating');
  });
});

describe('ratingsBuffer', () => {
  it('counts the 1-star ratings a score absorbs before it falls below a mark (抵挡X单1分后飘绿)', () => {
    // 4.9 over 100 ratings against 4.8: (490 + k) / (100 + k) ≥ 4.8 ⇔ 3.8k ≤ 10 ⇔ k ≤ 2.
    expect(ratingsBuffer({ sum: 490, count: 100 }, 4.8)).toBe(2);
    expect((490 + 2) / 102).toBeGreaterThanOrEqual(4.8);
    expect((490 + 3) / 103).toBeLessThan(4.8);
    // Against a category average of 4.61234: (490 + k)·100000 ≥ 461234·(100 + k) ⇔ k ≤ 2876600 / 361234 = 7.96.
    expect(ratingsBuffer({ sum: 490, count: 100 }, 4.61234)).toBe(7);
    // Exactly at the mark it absorbs nothing; 2-star ratings take less each.
    expect(ratingsBuffer({ sum: 96, count: 20 }, 4.8)).toBe(0);
    expect(ratingsBuffer({ sum: 490, count: 100 }, 4.8, { rating: 2 })).toBe(3);
  });

  it('is 0 below the mark or without ratings, null when the rating is not below the mark', () => {
    expect(ratingsBuffer({ sum: 470, count: 100 }, 4.8)).toBe(0);
    expect(ratingsBuffer({ sum: 0, count: 0 }, 4.8)).toBe(0);
    expect(ratingsBuffer({ sum: 490, count: 100 }, 4.8, { rating: 5 })).toBeNull();
    expect(ratingsBuffer({ sum: 490, count: 100 }, 1)).toBeNull();
  });

  it('rejects bad input', () => {
    expectError(() => ratingsBuffer({ sum: 470, count: 100 }, 0), 'INVALID_INPUT', 'mark');
    expectError(() => ratingsBuffer({ sum: 470.5, count: 100 }, 4.8), 'INVALID_INPUT', 'sum');
    expectError(() => ratingsBuffer({ sum: 470, count: 100 }, 4.8, { rating: 0 }), 'INVALID_OPTIONS', 'rating');
  });
});
