// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { profitStatement, settlementBreakEvenRoi } from 'storeops/profit';

describe('ratios of money never come back as Infinity', () => {
  it('settlementBreakEvenRoi of a margin of 5e-324 is null (was Infinity)', () => {
    expect(settlementBreakEvenRoi({ contributionMarginRate: 5e-324 })).toBeNull();
    expect(settlementBreakEvenRoi({ contributionMarginRate: 0.25 })).toBe(4);
  });
  it('profitStatement shares of a vanishing net revenue are null', () => {
    // productCost / net revenue = 1e600: beyond a number (was Infinity).
    const s = profitStatement({ revenue: '1e-300', costs: { productCost: '1e300' } });
    expect(JSON.stringify(s)).not.toMatch(/Infinity|NaN/);
    expect(s.lines.find((l) => l.name === 'productCost')?.share).toBeNull();
  });
});
