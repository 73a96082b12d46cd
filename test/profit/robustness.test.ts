// Regressions found by fuzzing the public surface (test/fuzz).
import { describe, expect, it } from 'vitest';
import { profitStatement, settlementBreakEvenRoi } from 'storeops/profit';

describe('ratios of money never come back as Infinity', () => {
  it('settlementBreakEvenRoi of a margin of 5e-324 is null (was Infinity)', () => {
    expect(settlementBreakEvenRoi({ contributionMarginRate: 5e-324 })).toBeNull();
    expect(settlementBreakEvenRoi({ contributionMarginRate: 0.25 })).toBe(4);
  });
  it('profitStatement shares of a vanishing net revenue are null', () => {
    // productCost / net revenue = 1e33 at the edge of the exact range of money; '1e-300' and
    // '1e300' (a quotient of 1e600, Infinity before) are refused now.
    expect(() => profitStatement({ revenue: '1e-300', costs: { productCost: '1e300' } })).toThrow(/MAX_MONEY_DECIMALS/);
    const s = profitStatement({ revenue: '1e-17', costs: { productCost: '9999999999999999' } });
    expect(JSON.stringify(s)).not.toMatch(/Infinity|NaN/);
    expect(s.lines.find((l) => l.name === 'productCost')?.share).toBeCloseTo(9999999999999999e17, -20);
  });
});
