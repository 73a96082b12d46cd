// Property tests of the seed practices (issue 19): the sales curve's tiers partition the items,
// and rival events do not depend on the order of the snapshots.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { salesCurve } from 'storeops/roles';
import { launchTiming, watchRivals } from 'storeops/rivals';

const units = fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.constantFrom(0, 999, 1000, 2999, 3000, 9999, 10_000));

describe('salesCurve properties', () => {
  it('every item is in exactly one tier, counts and units add up, and a gap is an empty tier between filled ones', () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 200 }), (list) => {
        const items = list.map((u, i) => ({ id: `i${i}`, units: u }));
        const curve = salesCurve(items);
        const ids = curve.tiers.flatMap((t) => t.itemIds);
        expect(ids.slice().sort()).toEqual(items.map((i) => i.id).sort());
        expect(curve.tiers.reduce((s, t) => s + t.count, 0)).toBe(items.length);
        expect(curve.tiers.reduce((s, t) => s + t.units, 0)).toBe(list.reduce((s, u) => s + u, 0));
        for (const t of curve.tiers) for (const id of t.itemIds) {
          const u = items.find((i) => i.id === id)!.units;
          expect(u >= t.minUnits && (t.maxUnits === null || u < t.maxUnits)).toBe(true);
        }
        for (const g of curve.gaps) {
          const i = curve.tiers.findIndex((t) => t.id === g.tier);
          expect(curve.tiers[i]!.count).toBe(0);
          expect(curve.tiers.slice(0, i).some((t) => t.count > 0) && curve.tiers.slice(i + 1).some((t) => t.count > 0)).toBe(true);
          if (g.candidate?.lift != null) expect(g.candidate.units * g.candidate.lift).toBeCloseTo(g.candidate.target, 6);
        }
      }),
      { numRuns: 150 },
    );
  });
});

const snapshot = fc.record({
  rival: fc.constantFrom('A', 'B', 'C'),
  itemId: fc.constantFrom('1', '2', '3'),
  day: fc.integer({ min: 20, max: 31 }),
  price: fc.integer({ min: 1, max: 500 }),
  unitsSold: fc.integer({ min: 0, max: 200 }),
  season: fc.option(fc.constantFrom('summer', 'autumn'), { nil: undefined }),
  promotion: fc.option(fc.constantFrom('满300减40', '聚划算'), { nil: undefined }),
});

describe('rivals properties', () => {
  it('events and the launch decision are the same for any order of the snapshots', () => {
    fc.assert(
      fc.property(fc.uniqueArray(snapshot, { selector: (s) => `${s.rival}/${s.itemId}/${s.day}`, maxLength: 60 }), fc.integer(), (raw, seed) => {
        const list = raw.map(({ day, season, promotion, ...s }) => ({
          ...s,
          date: `2026-05-${String(day).padStart(2, '0')}`,
          ...(season === undefined ? {} : { season }),
          ...(promotion === undefined ? {} : { promotion }),
        }));
        const shuffled = list.map((s, i) => ({ s, k: Math.sin(seed + i) })).sort((a, b) => a.k - b.k).map((x) => x.s);
        const options = { asOf: '2026-05-31' };
        expect(watchRivals(shuffled, options)).toEqual(watchRivals(list, options));
        expect(launchTiming(shuffled, { ...options, season: 'summer' })).toEqual(launchTiming(list, { ...options, season: 'summer' }));
        for (const e of watchRivals(list, options).events) expect(Number.isFinite(e.check.value ?? 0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
