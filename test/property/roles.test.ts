import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimal } from '../../src/core/internal.js';
import { classifyProducts, type ClassifyProductsResult, type ProductInput } from 'storeops/roles';

// Catalogues of up to 10 products; money as yuan strings with whole fen so every amount is exact.
const yuan = (fen: number) => toDecimal(fen).div(100).toString();
const productArb = fc
  .record({
    price: fc.integer({ min: 1, max: 1_000_000 }),
    cost: fc.integer({ min: 0, max: 1_000_000 }),
    visitors: fc.integer({ min: 0, max: 100_000 }),
    buyerShare: fc.double({ min: 0, max: 1, noNaN: true }),
    revenue: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined }),
  })
  .map(({ price, cost, visitors, buyerShare, revenue }) => ({
    price: yuan(price),
    unitCost: yuan(cost),
    visitors,
    buyers: Math.floor(visitors * buyerShare),
    ...(revenue === undefined ? {} : { revenue: yuan(revenue) }),
  }));
const catalogueArb = fc
  .array(productArb, { maxLength: 12 })
  .map((list): ProductInput[] => list.map((p, i) => ({ id: `p${i}`, ...p })));

// Everything that must not change, keyed by product id.
function summary(result: ClassifyProductsResult) {
  return {
    products: Object.fromEntries(result.products.map((p) => [p.id, { role: p.role, tags: p.tags, measures: p.measures, checks: p.checks.map((r) => [r.metric, r.status]) }])),
    roles: result.portfolio.roles.map((r) => [r.id, r.count, r.revenueShare, r.visitorShare]),
    tags: result.portfolio.tags.map((r) => [r.id, r.count, r.revenueShare]),
    checks: result.checks.map((c) => [c.metric, c.status, c.value]),
  };
}

describe('classifyProducts properties', () => {
  it('does not depend on the order of the products', () => {
    fc.assert(
      fc.property(catalogueArb, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (catalogue, keys) => {
        const shuffled = catalogue
          .map((p, i) => [keys[i] ?? 0, i, p] as const)
          .sort((a, b) => a[0] - b[0] || a[1] - b[1])
          .map(([, , p]) => p);
        const a = classifyProducts(catalogue);
        const b = classifyProducts(shuffled);
        expect(summary(b)).toEqual(summary(a));
        expect(b.checks.map((c) => c.message)).toEqual(a.checks.map((c) => c.message));
      }),
      { numRuns: 100 },
    );
  });

  it('is unchanged when every price, cost and sales amount is scaled by the same factor', () => {
    fc.assert(
      fc.property(catalogueArb, fc.constantFrom('2', '3', '7', '10', '1000', '0.5', '1.25', '0.01'), (catalogue, factor) => {
        const scale = (v: unknown) => toDecimal(v as string).times(factor).toString();
        const scaled = catalogue.map((p) => ({
          ...p,
          price: scale(p.price),
          unitCost: scale(p.unitCost),
          ...(p.revenue === undefined ? {} : { revenue: scale(p.revenue) }),
        }));
        expect(summary(classifyProducts(scaled))).toEqual(summary(classifyProducts(catalogue)));
      }),
      { numRuns: 100 },
    );
  });

  it('partitions the catalogue: counts add up, role sales add up exactly, shares in [0, 1], never NaN', () => {
    fc.assert(
      fc.property(catalogueArb, (catalogue) => {
        const classified = classifyProducts(catalogue);
  const { products, portfolio } = classified;
        expect(portfolio.roles.reduce((n, r) => n + r.count, 0)).toBe(catalogue.length);
        const total = products.reduce((s, p) => s.plus(p.revenue), toDecimal(0));
        expect(portfolio.roles.reduce((s, r) => s.plus(r.revenue), toDecimal(0)).eq(total)).toBe(true);
        for (const r of [...portfolio.roles, ...portfolio.tags]) {
          for (const share of [r.revenueShare, r.visitorShare]) {
            if (share !== null) expect(share >= 0 && share <= 1).toBe(true);
          }
        }
        for (const p of products) {
          for (const v of Object.values(p.measures)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
          for (const key of ['pricePercentile', 'visitorShare', 'revenueShare', 'conversionRate'] as const) {
            const v = p.measures[key];
            if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
          }
          expect(['traffic', 'profit', 'flagship', 'regular']).toContain(p.role);
          expect(p.checks.every((c) => c.value === null || Number.isFinite(c.value))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
