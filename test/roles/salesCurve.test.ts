import { describe, expect, it } from 'vitest';
import { salesCurve, salesCurveTierPresets } from 'storeops/roles';
import { expectError } from '../helpers.js';

/** The issue's store: 100 items; one at 12,000 a month; none at 3,000–10,000; nine at 1,000–3,000 (best 2,400); the rest below. */
function issueStore() {
  return [
    { id: 'hit', name: '爆款连衣裙', units: 12_000 },
    ...[2400, 2100, 1900, 1700, 1500, 1400, 1300, 1200, 1000].map((units, i) => ({ id: `a${i}`, units })),
    ...Array.from({ length: 90 }, (_, i) => ({ id: `p${i}`, units: 10 * i })),
  ];
}

describe('salesCurve: the known answer of issue 19 (domain reference §6)', () => {
  it('断层 at the second tier; the best third-tier item needs ×1.25 to reach 3,000', () => {
    const curve = salesCurve(issueStore());
    expect(curve.tiers.map((t) => [t.id, t.count])).toEqual([
      ['flash', 1],
      ['promotion', 0],
      ['activity', 9],
      ['profit', 90],
    ]);
    expect(curve.gaps).toEqual([{ tier: 'promotion', candidate: { id: 'a0', name: 'a0', units: 2400, lift: 3000 / 2400, target: 3000 } }]);
    expect(curve.gaps[0]!.candidate!.lift).toBe(1.25);
    expect(curve.status).toBe('fail');
    expect(curve.checks.filter((c) => c.code === 'CURVE_GAP')).toHaveLength(1);
    expect(curve.advice[0]!.message).toBe('补断层：a0 月销 2,400，再提升 ×1.25 到 3,000 就能补上低价促销款');
  });

  it('shares of items and units are of the whole catalogue', () => {
    const curve = salesCurve(issueStore());
    const units = issueStore().reduce((s, i) => s + i.units, 0);
    expect(curve.metrics).toEqual({ items: 100, units, gaps: 1 });
    expect(curve.tiers[0]!.itemShare).toBe(0.01);
    expect(curve.tiers[0]!.unitShare).toBeCloseTo(12_000 / units, 12);
  });

  it('a floor is inclusive and a ceiling exclusive: 10,000 is flash, 3,000 promotion, 999 profit', () => {
    const curve = salesCurve([
      { id: 'a', units: 10_000 },
      { id: 'b', units: 9_999 },
      { id: 'c', units: 3_000 },
      { id: 'd', units: 999 },
    ]);
    expect(curve.tiers.map((t) => t.itemIds)).toEqual([['a'], ['b', 'c'], [], ['d']]);
    // activity is empty between promotion and profit: a gap, filled by d at 1000/999.
    expect(curve.gaps.map((g) => g.tier)).toEqual(['activity']);
    expect(curve.gaps[0]!.candidate!.lift).toBe(Number((1000 / 999).toPrecision(12)));
  });

  it('a smooth curve inside its bands passes', () => {
    const items = [12_000, ...[9000, 8000, 7000, 5000], ...Array.from({ length: 8 }, (_, i) => 1000 + i * 100), 500, 200].map((units, i) => ({ id: `i${i}`, units }));
    const curve = salesCurve(items, { locale: 'en' });
    expect(curve.status).toBe('pass');
    expect(curve.gaps).toEqual([]);
    expect(curve.advice.map((a) => a.code)).toEqual(['CURVE_SMOOTH']);
  });

  it('a store whose top tier is empty has no gap there (nothing above it)', () => {
    const curve = salesCurve([{ id: 'a', units: 5000 }, { id: 'b', units: 100 }]);
    expect(curve.gaps.map((g) => g.tier)).toEqual(['activity']);
  });

  it('tiers are data: a plugin or the caller replaces them', () => {
    const tiers = [
      { id: 'top', name: '头部', minUnits: 500, maxUnits: null, count: [1, 3] as const, itemShare: null },
      { id: 'rest', name: '其余', minUnits: 0, maxUnits: 500, count: null, itemShare: null },
    ];
    const curve = salesCurve([{ id: 'a', units: 600 }], { tiers });
    expect(curve.checks[0]!.message).toBe('头部（月销 ≥ 500）有 1 个，在参考区间 1–3 个之内');
    const viaPlugin = salesCurve([{ id: 'a', units: 600 }], { plugins: [{ name: 'small-store', thresholds: { 'sales-curve': { tiers } } }] });
    expect(viaPlugin.tiers.map((t) => t.id)).toEqual(['top', 'rest']);
    expect(salesCurveTierPresets.seed.map((t) => t.minUnits)).toEqual([10_000, 3_000, 1_000, 0]);
  });

  it('bad items and tiers are refused at their path', () => {
    expectError(() => salesCurve([{ id: 'a', units: -1 }]), 'INVALID_INPUT', '[0].units');
    expectError(() => salesCurve([{ id: 'a', units: 1 }, { id: 'a', units: 2 }]), 'INVALID_INPUT', '[1].id');
    const gapInTiers = [
      { id: 'top', minUnits: 500, maxUnits: null, count: null, itemShare: null },
      { id: 'rest', minUnits: 0, maxUnits: 400, count: null, itemShare: null },
    ];
    expectError(() => salesCurve([], { tiers: gapInTiers }), 'INVALID_OPTIONS', 'thresholds.tiers[1].maxUnits');
    expectError(() => salesCurve([], { tiers: [{ id: 'only', minUnits: 5, maxUnits: null, count: null, itemShare: null }] }), 'INVALID_OPTIONS', 'thresholds.tiers[0].minUnits');
    expect(salesCurve([]).status).toBe('unknown');
  });
});
