import { describe, expect, it } from 'vitest';
import { solveDrivers } from 'storeops/goals';
import { expectError } from '../helpers.js';

describe('solveDrivers (sales = visitors × conversion × AOV, domain reference §1)', () => {
  it('needs ≈ 4,201.7 visitors for 30,000 at 3% and 238 (the seed’s day)', () => {
    const d = solveDrivers({ sales: 30000, conversionRate: 0.03, aov: 238 });
    expect(d.solved).toBe('visitors');
    expect(d.visitors).toBeCloseTo(30000 / (0.03 * 238), 9);
    expect(Math.round((d.visitors as number) * 10) / 10).toBe(4201.7);
    expect(d.buyers).toBeCloseTo(30000 / 238, 9); // 126.05 buyers
    expect(d.revenuePerVisitor?.toNumber()).toBe(7.14);
    expect(d.entries).toBeNull();
  });

  it('solves sales, conversion and AOV', () => {
    expect(solveDrivers({ visitors: 4000, conversionRate: 0.03, aov: 238 }).sales?.toNumber()).toBe(28560);
    expect(solveDrivers({ sales: 30000, visitors: 4000, aov: 250 }).conversionRate).toBe(0.03);
    const aov = solveDrivers({ sales: '30000', visitors: 4000, conversionRate: 0.03 });
    expect(aov.aov?.toNumber()).toBe(250);
    expect(aov.buyers).toBe(120);
  });

  it('returns null for 0 / 0 and says when a target cannot be reached', () => {
    expect(solveDrivers({ sales: 0, conversionRate: 0.03, aov: 0 }).visitors).toBeNull();
    const zero = solveDrivers({ sales: 0, visitors: 0, conversionRate: 0.03 });
    expect(zero.aov).toBeNull();
    expect(zero.buyers).toBe(0);
    expectError(() => solveDrivers({ sales: 30000, conversionRate: 0, aov: 238 }), 'INFEASIBLE', 'conversionRate');
    expectError(() => solveDrivers({ sales: 30000, conversionRate: 0.03, aov: 0 }), 'INFEASIBLE', 'aov');
    expectError(() => solveDrivers({ sales: 30000, visitors: 0, aov: 238 }), 'INFEASIBLE', 'visitors');
    expectError(() => solveDrivers({ sales: 30000, visitors: 100, aov: 0 }), 'INFEASIBLE', 'aov');
    expectError(() => solveDrivers({ sales: 30000, visitors: 0, conversionRate: 0.03 }), 'INFEASIBLE', 'visitors');
    expectError(() => solveDrivers({ sales: 30000, visitors: 100, conversionRate: 0 }), 'INFEASIBLE', 'conversionRate');
    // 30,000 from 100 visitors at 238 needs 126% conversion.
    expectError(() => solveDrivers({ sales: 30000, visitors: 100, aov: 238 }), 'INFEASIBLE', 'conversionRate');
  });

  it('gives buyers from sales / AOV when the conversion rate is unknown', () => {
    expect(solveDrivers({ sales: 0, visitors: 0, aov: 100 }).buyers).toBe(0);
  });

  it('splits the visitors needed over traffic entries, with impressions at each CTR', () => {
    // 4,201.68 → 4,202 whole visitors; search 3,000 and feed 50,000 × 2% = 1,000 now (75% / 25%):
    // 3,151.5 and 1,050.5 → the tied last visitor goes to the larger entry.
    const d = solveDrivers({
      sales: 30000,
      conversionRate: 0.03,
      aov: 238,
      entries: [
        { name: 'search', visitors: 3000 },
        { name: 'feed', impressions: 50000, ctr: 0.02 },
      ],
    });
    expect(d.entries).toEqual([
      { name: 'search', currentVisitors: 3000, share: 0.75, visitors: 3152, extraVisitors: 152, ctr: null, impressions: null },
      { name: 'feed', currentVisitors: 1000, share: 0.25, visitors: 1050, extraVisitors: 50, ctr: 0.02, impressions: 52500 },
    ]);
  });

  it('splits given visitors too, and gives no impressions at a zero CTR', () => {
    const d = solveDrivers({ visitors: 100, conversionRate: 0.05, aov: 80, entries: [{ name: 'a', visitors: 10, ctr: 0 }] });
    expect(d.sales?.toNumber()).toBe(400);
    expect(d.entries?.[0]).toMatchObject({ visitors: 100, impressions: null, extraVisitors: 90 });
    expect(solveDrivers({ sales: 0, conversionRate: 0, aov: 1, entries: [{ name: 'a', visitors: 1 }] }).entries).toBeNull();
  });

  it('rejects bad input with the path of the field', () => {
    expectError(() => solveDrivers({ sales: 30000, aov: 238 }), 'INVALID_INPUT', 'visitors');
    expectError(() => solveDrivers({ sales: 1, visitors: 1, conversionRate: 0.1, aov: 1 }), 'INVALID_INPUT', '');
    expectError(() => solveDrivers({ sales: 30000, conversionRate: 1.5, aov: 238 }), 'INVALID_INPUT', 'conversionRate');
    expectError(() => solveDrivers({ sales: 30000, conversionRate: '3%' as never, aov: 238 }), 'INVALID_INPUT', 'conversionRate');
    expectError(() => solveDrivers({ visitors: -1, conversionRate: 0.03, aov: 238 }), 'INVALID_INPUT', 'visitors');
    expectError(() => solveDrivers({ sales: 30000, conversionRate: 0.03, aov: Number.NaN }), 'INVALID_INPUT', 'aov');
    expectError(() => solveDrivers({ sales: '-5', conversionRate: 0.03, aov: 238 }), 'INVALID_INPUT', 'sales');
    const base = { sales: 30000, conversionRate: 0.03, aov: 238 };
    expectError(() => solveDrivers({ ...base, entries: [{ name: 'a' }] }), 'INVALID_INPUT', 'entries[0].visitors');
    expectError(() => solveDrivers({ ...base, entries: [{ name: 'a', visitors: 0 }] }), 'INVALID_INPUT', 'entries');
    expectError(() => solveDrivers({ ...base, entries: [{ name: 'a', visitors: 1.5 }] }), 'INVALID_INPUT', 'entries[0].visitors');
    expectError(() => solveDrivers({ ...base, entries: [{ name: 'a', impressions: 10, ctr: 2 }] }), 'INVALID_INPUT', 'entries[0].ctr');
    expectError(() => solveDrivers({ ...base, entries: [] }), 'INVALID_INPUT', 'entries');
  });
  it('never rounds the visitors needed below the exact need (large targets too)', () => {
    // 1,000,000,000 yuan at 50% conversion and ¥1 AOV needs exactly 2,000,000,000 visitors;
    // 2,000,000,000,000,000 for 10^15 yuan — a relative "dust" margin must not eat thousands.
    const small = solveDrivers({ sales: '1000000000', conversionRate: 0.5, aov: 1, entries: [{ name: 'search', visitors: 1 }] });
    expect(small.entries?.[0]?.visitors).toBe(2_000_000_000);
    const large = solveDrivers({ sales: '1000000000000000', conversionRate: 0.5, aov: 1, entries: [{ name: 'search', visitors: 1 }] });
    expect(large.entries?.[0]?.visitors).toBe(2_000_000_000_000_000);
    // 10,000,001 visitors' worth needs 10,000,001 whole visitors, not 10,000,000.
    const odd = solveDrivers({ sales: '10000001', conversionRate: 0.5, aov: 2, entries: [{ name: 'search', visitors: 1 }] });
    expect(odd.entries?.[0]?.visitors).toBe(10_000_001);
    // A genuine fraction above a whole number still rounds up: 4,000.5 → 4,001.
    const half = solveDrivers({ sales: '4000.5', conversionRate: 0.5, aov: 2, entries: [{ name: 'search', visitors: 1 }] });
    expect(half.entries?.[0]?.visitors).toBe(4001);
  });
});
