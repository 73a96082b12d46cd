// Runs examples/dsr.ts and examples/profit.ts and checks their figures against hand calculations.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
let dsrExample: typeof import('../../examples/dsr.js');
let profitExample: typeof import('../../examples/profit.js');
beforeAll(async () => {
  dsrExample = await import('../../examples/dsr.js');
  profitExample = await import('../../examples/profit.js');
});
afterAll(() => log.mockRestore());

describe('examples/dsr.ts', () => {
  it('counts 21 ratings: 16 fives, a 4, a 3 and wang’s first three May orders', () => {
    const { dsr } = dsrExample;
    // description: 16 × 5 + 4 + 3 + 3 × 5 = 102 over 21 = 4.857… → '4.8'.
    expect(dsr.description).toMatchObject({ sum: 102, count: 21, display: '4.8' });
    expect(dsr.service).toMatchObject({ sum: 104, display: '4.9' });
    expect(dsr.ignored).toEqual({ total: 3, ratedAfterAsOf: 1, beforeWindow: 1, overBuyerMonthLimit: 1 });
  });

  it('compares with the category and forecasts', () => {
    // (102/21 − 4.78) / (4.95 − 4.78) = 1.62 / 3.57 = 0.45378… → '45.37%'.
    expect(dsrExample.vsCategory).toMatchObject({ direction: 'above', display: '45.37%' });
    // (102 + 5k) / (21 + k) ≥ 4.9 ⇔ 0.1k ≥ 0.9 ⇔ k ≥ 9; (102 + k) / (21 + k) ≥ 4.78 ⇔ 3.78k ≤ 1.62 ⇔ k = 0.
    expect(dsrExample.toReach49).toBe(9);
    expect(dsrExample.beforeGreen).toBe(0);
    expect(dsrExample.health.status).toBe('good');
    expect(log).toHaveBeenCalledWith('Against the category: 45.37% above the category average');
  });
});

describe('examples/profit.ts', () => {
  it('shows the known unit answer and the month', () => {
    const { unit, cpc, month, budget } = profitExample;
    expect(unit.contribution.toString()).toBe('45');
    expect(cpc?.toString()).toBe('1.35');
    // 285000 − (114000 + 14250 + 24000 + 6000 + 3000 + 2500) = 121250; − 84800 elastic = 36450.
    expect(month.contribution.toString()).toBe('121250');
    expect(month.operatingProfit.toString()).toBe('36450');
    // 121250 − 30000 − (84800 − 42000) = 48450; − 40000 planned = 8450 → one hire at 6000.
    expect(budget.maxPromotion.toString()).toBe('48450');
    expect(budget.extraHeadcount).toBe(1);
  });
});
