import { describe, expect, it } from 'vitest';
import { salesCurve, salesCurveTierPresets } from 'storeops/roles';
import { errorOf, expectError } from '../helpers.js';

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
    // The form every judging function takes: `thresholds`, here `{ tiers }`; it wins over the plugin.
    const viaThresholds = salesCurve([{ id: 'a', units: 600 }], { thresholds: { tiers }, plugins: [{ name: 'seed', thresholds: { 'sales-curve': { tiers: salesCurveTierPresets.seed } } }] });
    expect(viaThresholds.tiers.map((t) => [t.id, t.count])).toEqual([['top', 1], ['rest', 0]]);
    expect(viaThresholds.checks[0]!.message).toBe(curve.checks[0]!.message);
    expectError(() => salesCurve([], { tiers, thresholds: { tiers } }), 'INVALID_OPTIONS', 'thresholds');
    expectError(() => salesCurve([], { thresholds: { tiers: [{ ...tiers[0]!, minUnits: -1 }] } }), 'INVALID_OPTIONS', 'thresholds.tiers[0].minUnits');
    expect(salesCurveTierPresets.seed.map((t) => t.minUnits)).toEqual([10_000, 3_000, 1_000, 0]);
  });

  it('bad items and tiers are refused at their path', () => {
    expectError(() => salesCurve([{ id: 'a', units: -1 }]), 'INVALID_INPUT', '[0].units');
    expectError(() => salesCurve([{ id: 'a', units: 1 }, { id: 'a', units: 2 }]), 'INVALID_INPUT', '[1].id');
    const gapInTiers = [
      { id: 'top', minUnits: 500, maxUnits: null, count: null, itemShare: null },
      { id: 'rest', minUnits: 0, maxUnits: 400, count: null, itemShare: null },
    ];
    expectError(() => salesCurve([], { tiers: gapInTiers }), 'INVALID_OPTIONS', 'tiers[1].maxUnits');
    expectError(() => salesCurve([], { tiers: [{ id: 'only', minUnits: 5, maxUnits: null, count: null, itemShare: null }] }), 'INVALID_OPTIONS', 'tiers[0].minUnits');
    expect(salesCurve([]).status).toBe('unknown');
  });
});

describe('salesCurve: a bad tier list is refused where the caller wrote it', () => {
  const top = { id: 'top', minUnits: 500, maxUnits: null, count: null, itemShare: null };
  const rest = { id: 'rest', minUnits: 0, maxUnits: 500, count: null, itemShare: null };
  const bad = (tiers: unknown) => () => salesCurve([], { tiers: tiers as never });

  it('the list itself: not a list, empty, or more than 50 tiers', () => {
    expectError(bad({ top }), 'INVALID_OPTIONS', 'tiers');
    expectError(bad([]), 'INVALID_OPTIONS', 'tiers');
    expectError(bad(Array.from({ length: 51 }, (_, i) => ({ ...rest, id: `t${i}` }))), 'INVALID_OPTIONS', 'tiers');
  });

  it('each tier: an object with a unique id and units >= 0', () => {
    expectError(bad([null, rest]), 'INVALID_OPTIONS', 'tiers[0]');
    expectError(bad(['top', rest]), 'INVALID_OPTIONS', 'tiers[0]');
    expectError(bad([{ ...top, id: '' }, rest]), 'INVALID_OPTIONS', 'tiers[0].id');
    expectError(bad([top, { ...rest, id: 'top' }]), 'INVALID_OPTIONS', 'tiers[1].id');
    expectError(bad([{ ...top, minUnits: -1 }, rest]), 'INVALID_OPTIONS', 'tiers[0].minUnits');
    expectError(bad([{ ...top, minUnits: Number.NaN }, rest]), 'INVALID_OPTIONS', 'tiers[0].minUnits');
    expectError(bad([{ ...top, minUnits: '500' }, rest]), 'INVALID_OPTIONS', 'tiers[0].minUnits');
  });

  it('contiguous bounds: the top has no ceiling; a floor under its ceiling', () => {
    expect(errorOf(bad([{ ...top, maxUnits: 1000 }, rest])).issues[0]).toMatchObject({ path: 'tiers[0].maxUnits', message: 'the top tier has no ceiling (null)' });
    // rest's ceiling is top's floor (500), but its own floor is not under it.
    expect(errorOf(bad([top, { ...rest, minUnits: 500 }])).issues[0]).toMatchObject({ path: 'tiers[1].minUnits', message: 'must be under maxUnits' });
  });

  it('count bands and item shares', () => {
    expectError(bad([{ ...top, count: [3, 1] }, rest]), 'INVALID_OPTIONS', 'tiers[0].count');
    expectError(bad([{ ...top, count: [1, 2.5] }, rest]), 'INVALID_OPTIONS', 'tiers[0].count');
    expectError(bad([{ ...top, count: [1] }, rest]), 'INVALID_OPTIONS', 'tiers[0].count');
    expectError(bad([{ ...top, itemShare: '2%' }, rest]), 'INVALID_OPTIONS', 'tiers[0].itemShare');
    expectError(bad([{ ...top, itemShare: -0.1 }, rest]), 'INVALID_OPTIONS', 'tiers[0].itemShare');
    expectError(bad([{ ...top, itemShare: 1.5 }, rest]), 'INVALID_OPTIONS', 'tiers[0].itemShare');
    expectError(bad([{ ...top, name: 7 }, rest]), 'INVALID_OPTIONS', 'tiers[0].name');
  });

  it('a plugin’s bad tiers are named under the plugin and its thresholds section', () => {
    const e = errorOf(() => salesCurve([], { plugins: [{ name: 'p', thresholds: { 'sales-curve': { tiers: [] } } }] }));
    expect(e.code).toBe('INVALID_PLUGIN');
    expect(e.issues[0]!.path).toBe('plugins[0].thresholds["sales-curve"].tiers');
  });

  it('a tier without a name or a catalog message is named by its id; its quoted share is kept', () => {
    const curve = salesCurve([{ id: 'a', units: 600 }, { id: 'b', units: 10 }], { tiers: [{ ...top, itemShare: 0.3, count: [1, 1] }, rest], locale: 'en' });
    expect(curve.tiers.map((t) => t.name)).toEqual(['top', 'rest']);
    expect(curve.checks[0]!.message).toBe('top (monthly units ≥ 500): 1, within the reference band of 1–1');
    // The shares measured are of the two items: 1 of 2 in each tier.
    expect(curve.tiers.map((t) => t.itemShare)).toEqual([0.5, 0.5]);
  });
});
