import { describe, expect, it } from 'vitest';
import { assessPageHealth } from 'storeops/page-health';
import { alibaba1688Preset, presets, taobaoPreset, tmallFeeRates, tmallPreset } from 'storeops/plugins';
import { classifyProducts, type ProductInput } from 'storeops/roles';

const catalogue: ProductInput[] = [
  { id: 'socks', price: 29, unitCost: 25, visitors: 8000, buyers: 400 },
  { id: 'scarf', price: 99, unitCost: 40, visitors: 1000, buyers: 30 },
  { id: 'coat', price: 599, unitCost: 250, visitors: 300, buyers: 3 },
];
const page = { bounceRate: 0.65, pagesPerVisitor: 3, storeAov: 357, heroAov: 238 };

describe('platform presets', () => {
  it('are keyed by platform', () => {
    expect(Object.keys(presets).sort()).toEqual(['1688', 'taobao', 'tmall']);
    expect(presets['1688']).toBe(alibaba1688Preset);
  });

  it('Taobao and Tmall keep the the domain reference defaults in page health and roles', () => {
    for (const preset of [taobaoPreset, tmallPreset]) {
      expect(assessPageHealth(page, { plugins: [preset] })).toEqual(assessPageHealth(page));
      expect(classifyProducts(catalogue, { plugins: [preset] })).toEqual(classifyProducts(catalogue));
    }
  });

  it('1688 drops the retail target mix and keeps the warnings', () => {
    const classified = classifyProducts(catalogue, { plugins: [alibaba1688Preset] });
    const { portfolio } = classified;
    expect(classified.checks.map((c) => c.metric)).toEqual(['trafficItems', 'flagshipRevenueShare', 'topProductRevenueShare']);
    expect(portfolio.roles.every((r) => r.targetRevenueShare === null)).toBe(true);
    // A caller may still set a wholesale mix of their own over the preset.
    const own = classifyProducts(catalogue, { plugins: [alibaba1688Preset], thresholds: { targetMix: { traffic: 0.5 } } });
    expect(own.checks[0]?.metric).toBe('mixDeviation');
  });

  it('Tmall fee rates are those of domain reference §5', () => {
    expect(tmallFeeRates).toEqual({ apparelTechnicalServiceFeeRate: 0.05, pointsRate: 0.005 });
  });
});
