import { describe, expect, it } from 'vitest';
import { StoreOpsError } from '../../src/core/internal.js';
import { acquisitionCost } from 'storeops/members';

describe('acquisitionCost', () => {
  it('splits a total spend so a new buyer costs 6× a returning one (domain reference §2)', () => {
    // 9,000 / (6 × 50 + 150) = 20 per returning buyer, 120 per new buyer.
    const c = acquisitionCost({ spend: '9000', newBuyers: 50, returningBuyers: 150 });
    expect(c.basis).toBe('assumed');
    expect(c.costPerReturningBuyer?.toString()).toBe('20');
    expect(c.costPerNewBuyer?.toString()).toBe('120');
    expect(c.costRatio).toBe(6);
    expect(c.savingPerRetainedBuyer?.toString()).toBe('100');
    // 120 × 50 + 20 × 150 = 9,000: the split adds up to the spend.
    expect(c.costPerNewBuyer!.times(50).plus(c.costPerReturningBuyer!.times(150)).toString()).toBe('9000');
  });

  it('measures the store’s own ratio when the spend is split by buyer type', () => {
    const c = acquisitionCost({ newBuyerSpend: 3000, returningBuyerSpend: 600, newBuyers: 60, returningBuyers: 120, spend: 1 });
    expect(c).toMatchObject({ basis: 'measured', costRatio: 10 });
    expect(c.costPerNewBuyer?.toString()).toBe('50');
    expect(c.costPerReturningBuyer?.toString()).toBe('5');
  });

  it('accepts another ratio and returns null where a count is 0', () => {
    expect(acquisitionCost({ spend: 500, newBuyers: 10, returningBuyers: 0 }, { costRatio: 5 }).costPerNewBuyer?.toString()).toBe('50');
    const none = acquisitionCost({ spend: 500, newBuyers: 0, returningBuyers: 0 });
    expect(none).toMatchObject({ costPerNewBuyer: null, costPerReturningBuyer: null, costRatio: null, savingPerRetainedBuyer: null });
    const free = acquisitionCost({ newBuyerSpend: 100, returningBuyerSpend: 0, newBuyers: 10, returningBuyers: 10 });
    expect(free.costRatio).toBeNull();
    expect(free.savingPerRetainedBuyer?.toString()).toBe('10');
  });

  it.each([
    [{ newBuyers: 1, returningBuyers: 1 }, 'spend', 'INVALID_INPUT'],
    [{ newBuyers: 1, returningBuyers: 1, newBuyerSpend: 5 }, 'spend', 'INVALID_INPUT'],
    [{ newBuyers: -1, returningBuyers: 1, spend: 1 }, 'newBuyers', 'INVALID_INPUT'],
    [{ newBuyers: 1, returningBuyers: 1, spend: '1,000' }, 'spend', 'INVALID_INPUT'],
  ])('%j → %s', (input, path, code) => {
    try {
      acquisitionCost(input as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StoreOpsError);
      expect((e as StoreOpsError).code).toBe(code);
      expect((e as StoreOpsError).issues[0]?.path).toBe(path);
    }
  });

  it('a spend of -0 costs 0 per buyer, not "-0"', () => {
    const c = acquisitionCost({ spend: -0, newBuyers: 1, returningBuyers: 1 });
    expect(JSON.stringify([c.costPerNewBuyer, c.costPerReturningBuyer, c.savingPerRetainedBuyer])).toBe('["0.00","0.00","0.00"]');
  });

  it('rejects a bad ratio', () => {
    expect(() => acquisitionCost({ newBuyers: 1, returningBuyers: 1, spend: 1 }, { costRatio: 0 })).toThrow(StoreOpsError);
  });
});
