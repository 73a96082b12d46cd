// Runs the examples of service, stock and members and checks values computed by hand.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const log = vi.spyOn(console, 'log');
beforeAll(() => log.mockImplementation(() => undefined));
afterAll(() => log.mockRestore());

describe('examples', () => {
  it('service.ts', async () => {
    const ex = await import('../../examples/service.js');
    expect(ex.scored.team.inquiryConversionRate).toBe(187 / 366);
    expect(ex.scored.team.bestAgentId).toBe('xiaomei');
    // 莉莉 to 40%: 0.4 × 90 − 27 = 9 buyers × (36,649 / 187) per buyer = 1,763.856… → 1,763.86
    expect(ex.findings[0]?.subject).toBe('lili');
    expect(ex.findings[0]?.moneyAtStake?.toFixed(2)).toBe('1763.86');
    expect(ex.mix.silentBuyers).toBe(333);
    expect(log).toHaveBeenCalled();
  });

  it('stock.ts', async () => {
    const ex = await import('../../examples/stock.js');
    // 960 units over the 24 days in stock; the 4 sold-out days are skipped.
    expect(ex.cover.items[0]?.dailySales).toBe(40);
    expect(ex.cover.findings.map((a) => a.subject)).toEqual(['hit-tee', 'jacket', 'socks']);
    // (900 − 3 × 90) × 160 = 100,800 tied up in jackets
    expect(ex.cover.findings[1]?.moneyAtStake?.toString()).toBe('100800');
  });

  it('members.ts', async () => {
    const ex = await import('../../examples/members.js');
    expect(ex.march.returningBuyers).toBe(2); // u1 (January) and u3 (November)
    expect(ex.march.buyers).toBe(4);
    expect(ex.rfm.buyers.find((b) => b.buyerId === 'u5')?.segment).toBe('cantLose');
    expect(ex.findings[0]?.moneyAtStake?.toString()).toBe('1500');
  });
});
