import { describe, expect, it } from 'vitest';
import { definePlugin } from 'storeops/plugins';
import { classifyProducts } from 'storeops/roles';
import { blockerPlugin, loadCatalogue, main } from '../../examples/blocker-plugin.js';
import { errorOf } from '../helpers.js';

describe('examples/blocker-plugin', () => {
  const catalogue = loadCatalogue();

  it('adds the blocker role, with its zh-CN and en messages', () => {
    const en = classifyProducts(catalogue, { plugins: [blockerPlugin], locale: 'en' });
    const zh = classifyProducts(catalogue, { plugins: [blockerPlugin] });
    // The beanie sells at 45 against the rival's 49: 45 / 49 = 0.918… ≤ 1, with a margin of 15 / 45.
    const beanie = en.products.find((p) => p.id === 'beanie')!;
    expect(beanie).toMatchObject({ role: 'blocker', label: 'blocker' });
    expect(beanie.checks.map((r) => [r.metric, r.status])).toEqual([
      ['price/custom.rivalPrice', 'pass'],
      ['marginRate', 'pass'],
    ]);
    expect(beanie.checks[0]!.value).toBeCloseTo(45 / 49, 14);
    expect(beanie.checks[0]!.message).toBe('Price is 0.92× the rival’s (rule: ≤ 1)');
    const zhBeanie = zh.products.find((p) => p.id === 'beanie')!;
    expect(zhBeanie.label).toBe('阻击款');
    expect(zhBeanie.checks[0]!.message).toBe('售价是竞品的 0.92 倍（条件 ≤ 1）');
    // Without the plugin the beanie is just a regular item, and nothing else changes role.
    const plain = classifyProducts(catalogue);
    expect(plain.products.find((p) => p.id === 'beanie')!.role).toBe('regular');
    expect(plain.products.map((p) => p.role)).toEqual(en.products.map((p) => (p.role === 'blocker' ? 'regular' : p.role)));
  });

  it('puts the blocker role in the portfolio with its target share', () => {
    const classified = classifyProducts(catalogue, { plugins: [blockerPlugin], locale: 'en' });
    const { portfolio } = classified;
    const blocker = portfolio.roles.find((r) => r.id === 'blocker')!;
    // Sales: 11,600 + 2,970 + 2,580 + 1,797 + 590 + 45 × 30 = 20,887.
    expect(blocker).toMatchObject({ kind: 'role', label: 'blocker', count: 1, targetRevenueShare: 0.1 });
    expect(blocker.revenueShare).toBeCloseTo(1350 / 20887, 14);
    expect(portfolio.roles.map((r) => r.id)).toEqual(['traffic', 'profit', 'flagship', 'blocker', 'regular']);
    expect(classified.checks[3]!.message).toBe('Share of sales from blockers is 6.5%, within 10% of the target 10%');
  });

  it('runs as a script in both locales', () => {
    expect(main('en')).toContain('加厚毛线帽: blocker');
    expect(main()).toContain('加厚毛线帽: 阻击款');
  });

  it('rejects a plugin with bad thresholds, naming the plugin and the field', () => {
    const bad = definePlugin({ name: 'percent-typo', thresholds: { roles: { flagshipMinPricePercentile: 80 } } });
    const e = errorOf(() => classifyProducts(catalogue, { plugins: [blockerPlugin, bad] }));
    expect(e.code).toBe('INVALID_PLUGIN');
    expect(e.issues[0]?.path).toBe('plugins[1].thresholds.roles.flagshipMinPricePercentile');
    expect(e.issues[0]?.message).toMatch(/^plugin "percent-typo": must be <= 1/);
  });
});
