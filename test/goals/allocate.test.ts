import { describe, expect, it } from 'vitest';
import { StoreDecimal } from '../../src/core/decimal.js';
import { allocate } from 'storeops/goals';
import { expectError } from '../helpers.js';

const nums = (parts: { toNumber(): number }[]) => parts.map((p) => p.toNumber());

describe('allocate', () => {
  it('splits 7 by 3:1:1 into 4, 2, 1 (the issue’s worked example)', () => {
    // Quotas 4.2, 1.4, 1.4 → floors 4, 1, 1; one unit left; remainders .4 tie → lower index.
    expect(nums(allocate(7, [3, 1, 1], { unit: 1 }))).toEqual([4, 2, 1]);
  });

  it('splits 100.00 in thirds to the fen, the extra fen to the first part', () => {
    expect(allocate('100.00', [1, 1, 1]).map((p) => p.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
  });

  it('breaks equal remainders in favour of the larger weight before the lower index', () => {
    // Weights 1:3:2 of 3 units: quotas 0.5, 1.5, 1 → floors 0, 1, 1; remainders tie at .5
    // between part 0 (weight 1) and part 1 (weight 3): the larger weight wins.
    expect(nums(allocate(3, [1, 3, 2], { unit: 1 }))).toEqual([0, 2, 1]);
  });

  it('gives nothing to a zero weight', () => {
    expect(nums(allocate(10, [0, 1, 1], { unit: 1 }))).toEqual([0, 5, 5]);
  });

  it('splits a negative total as the negation of its absolute value', () => {
    expect(nums(allocate(-7, [3, 1, 1], { unit: 1 }))).toEqual([-4, -2, -1]);
  });

  it('reads decimal-string weights exactly (last year’s sales)', () => {
    // 1000 × 812345.67 / 1,000,000 = 812.34567 → 812; 187.65433 → 187; the larger remainder gets the last unit.
    expect(nums(allocate('1000', ['812345.67', '187654.33'], { unit: 1 }))).toEqual([812, 188]);
  });

  it('splits in units of 100', () => {
    expect(nums(allocate(1000, [1, 1, 1], { unit: 100 }))).toEqual([400, 300, 300]);
  });

  it('returns storeops Decimals', () => {
    expect(allocate(1, [1])[0]).toBeInstanceOf(StoreDecimal);
  });

  it('rejects bad input with the path of the field', () => {
    expectError(() => allocate(1, [1, -1]), 'INVALID_INPUT', 'weights[1]');
    expectError(() => allocate(1, [Number.NaN]), 'INVALID_INPUT', 'weights[0]');
    expectError(() => allocate(1, ['70%']), 'INVALID_INPUT', 'weights[0]');
    expectError(() => allocate(1, []), 'INVALID_INPUT', 'weights');
    expectError(() => allocate(1, [0, 0]), 'INVALID_INPUT', 'weights');
    expectError(() => allocate(1, 'abc' as never), 'INVALID_INPUT', 'weights');
    expectError(() => allocate(Number.NaN, [1]), 'INVALID_INPUT', 'total');
    expectError(() => allocate(undefined as never, [1]), 'INVALID_INPUT', 'total');
    expectError(() => allocate('0.005', [1]), 'INFEASIBLE', 'total');
    expectError(() => allocate(7, [1], { unit: 0 }), 'INVALID_OPTIONS', 'unit');
    expectError(() => allocate(7, [1], { unit: '1%' }), 'INVALID_OPTIONS', 'unit');
    expectError(() => allocate(7, [1], null as never), 'INVALID_OPTIONS', '');
  });
});
