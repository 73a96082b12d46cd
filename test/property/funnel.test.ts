import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreDecimal, type StoreOpsError } from '../../src/core/internal.js';
import { aggregateFunnels, funnelMetrics, mergeFunnels, trafficStructure, type FunnelCounts, type FunnelTotals, type TrafficCategory } from 'storeops/funnel';

const RUNS = { numRuns: 150 };
const OPTIONAL = ['impressions', 'clicks', 'pageviews', 'sessions', 'bounces', 'cartAdders', 'favoriters', 'orderBuyers', 'orders', 'inquirers', 'inquiryBuyers', 'returningVisitors', 'newBuyers', 'returningBuyers'] as const;

/**
 * Valid funnel counts (subset rules hold). With `plausible`, no count exceeds its base either,
 * so no flag is raised; otherwise buyers may exceed visitors (a presale balance day).
 */
function funnelArb(plausible: boolean): fc.Arbitrary<FunnelCounts & { paidFen: number }> {
  return fc
    .record({
      visitors: fc.nat({ max: 100_000 }),
      f: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 16, maxLength: 16 }),
      present: fc.array(fc.boolean(), { minLength: 17, maxLength: 17 }),
      paidFen: fc.nat({ max: 10_000_000_000 }),
      spendFen: fc.nat({ max: 100_000_000 }),
      asString: fc.boolean(),
      presale: fc.boolean(),
    })
    .map(({ visitors, f, present, paidFen, spendFen, asString, presale }) => {
      const at = (i: number) => f[i] as number;
      const buyers = Math.floor(visitors * at(0) * (plausible ? 1 : 2));
      const inquirers = Math.floor(visitors * at(4));
      const impressions = Math.floor(visitors * 10 * at(7));
      const sessions = Math.floor(visitors * 1.5 * at(9));
      const newBuyers = Math.floor(buyers * at(13));
      const all: Record<(typeof OPTIONAL)[number], number> = {
        impressions,
        clicks: Math.floor(impressions * at(6)),
        pageviews: Math.floor(visitors * 5 * at(8)),
        sessions,
        bounces: Math.floor(sessions * at(10)),
        cartAdders: Math.floor(visitors * at(2)),
        favoriters: Math.floor(visitors * at(3)),
        orderBuyers: Math.floor(visitors * at(1)),
        orders: Math.floor(buyers * 2 * at(11)),
        inquirers,
        inquiryBuyers: Math.floor(Math.min(inquirers, buyers) * at(5)),
        returningVisitors: Math.floor(visitors * at(12)),
        newBuyers,
        returningBuyers: Math.floor((buyers - newBuyers) * at(14)),
      };
      const money = (fen: number) => (asString ? (fen / 100).toFixed(2) : fen / 100);
      const counts: FunnelCounts & { paidFen: number } = { visitors, buyers, paidAmount: money(paidFen), paidFen };
      OPTIONAL.forEach((field, i) => {
        if (present[i]) counts[field] = all[field];
      });
      if (present[14]) counts.spend = money(spendFen);
      if (present[15]) counts.refundAmount = money(Math.floor(paidFen * at(15)));
      if (present[16] && presale) counts.presale = true;
      return counts;
    });
}

function plain(t: FunnelTotals): Record<string, unknown> {
  return JSON.parse(JSON.stringify(t)) as Record<string, unknown>;
}

describe('funnel properties', () => {
  it('merge is associative and commutative', () => {
    fc.assert(
      fc.property(funnelArb(false), funnelArb(false), funnelArb(false), (a, b, c) => {
        const left = mergeFunnels([mergeFunnels([a, b]), c]);
        const right = mergeFunnels([a, mergeFunnels([b, c])]);
        const flat = mergeFunnels([a, b, c]);
        expect(plain(left)).toEqual(plain(right));
        expect(plain(left)).toEqual(plain(flat));
        expect(plain(mergeFunnels([c, a, b]))).toEqual(plain(flat));
        expect(plain(mergeFunnels([b, a]))).toEqual(plain(mergeFunnels([a, b])));
      }),
      RUNS,
    );
  });

  it('metrics of a merge are ratios of summed counts, never means of rates', () => {
    fc.assert(
      fc.property(fc.array(funnelArb(false), { minLength: 1, maxLength: 8 }), (list) => {
        const m = funnelMetrics(mergeFunnels(list));
        const visitors = list.reduce((s, x) => s + x.visitors, 0);
        const buyers = list.reduce((s, x) => s + x.buyers, 0);
        const fen = list.reduce((s, x) => s + x.paidFen, 0);
        expect(m.paymentConversionRate).toBe(visitors === 0 ? null : buyers / visitors);
        // Money per unit to the fen, half-up, in integer arithmetic: ⌊(2·fen + n) / 2n⌋ fen.
        const perUnit = (n: number) => {
          const q = (2n * BigInt(fen) + BigInt(n)) / (2n * BigInt(n));
          return `${q / 100n}.${String(q % 100n).padStart(2, '0')}`;
        };
        expect(m.aov === null ? null : m.aov.toFixed(2)).toBe(buyers === 0 ? null : perUnit(buyers));
        expect(m.revenuePerVisitor === null ? null : m.revenuePerVisitor.toFixed(2)).toBe(visitors === 0 ? null : perUnit(visitors));
        expect(m.revenuePerVisitor?.decimalPlaces() ?? 0).toBeLessThanOrEqual(2);
        if (list.every((x) => x.cartAdders !== undefined)) {
          const cart = list.reduce((s, x) => s + (x.cartAdders as number), 0);
          expect(m.cartRate).toBe(visitors === 0 ? null : cart / visitors);
        } else expect(m.cartRate).toBeNull();
      }),
      RUNS,
    );
  });

  it('every share of valid, unflagged counts lies in [0, 1]; no output is NaN or Infinity', () => {
    const shares = ['ctr', 'conversionRate', 'paymentConversionRate', 'orderConversionRate', 'bounceRate', 'cartRate', 'favoriteRate', 'inquiryRate', 'inquiryConversionRate', 'silentConversionRate', 'returningBuyerShare', 'returningVisitorShare', 'refundRate'] as const;
    fc.assert(
      fc.property(funnelArb(true), (counts) => {
        const m = funnelMetrics(counts);
        expect(m.flags.filter((f) => !f.code.startsWith('PRESALE'))).toEqual([]);
        for (const key of shares) {
          const v = m[key];
          if (v !== null) {
            expect(v, key).toBeGreaterThanOrEqual(0);
            expect(v, key).toBeLessThanOrEqual(1);
          }
        }
        for (const [key, v] of Object.entries(m)) {
          if (typeof v === 'number') expect(Number.isFinite(v), key).toBe(true);
          if (v !== null && typeof v === 'object' && 'isFinite' in v) expect((v as { isFinite(): boolean }).isFinite(), key).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('implausible counts are kept and flagged, never rejected', () => {
    fc.assert(
      fc.property(funnelArb(false), (counts) => {
        const m = funnelMetrics(counts);
        const flagged = m.flags.some((f) => f.code === 'BUYERS_EXCEED_VISITORS');
        expect(flagged).toBe(counts.buyers > counts.visitors);
      }),
      RUNS,
    );
  });

  it('the batch path equals mergeFunnels over each group', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), funnelArb(false)), { maxLength: 20 }), (tagged) => {
        const rows = tagged.map(([key, counts]) => ({ key, ...counts }));
        const groups = aggregateFunnels(rows, (r) => r.key);
        for (const key of ['a', 'b', 'c']) {
          const members = rows.filter((r) => r.key === key);
          if (members.length === 0) expect(groups.has(key)).toBe(false);
          else expect(plain(groups.get(key) as FunnelTotals)).toEqual(plain(mergeFunnels(members)));
        }
      }),
      RUNS,
    );
  });

  it('the batch row check reports the same first issue as funnelCountsSchema', () => {
    let tried = 0;
    let subsetCases = 0;
    // Mostly good values, so rows get past the first fields and reach the subset rules too.
    const pick = <T,>(good: readonly T[], bad: readonly unknown[]) =>
      fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 6 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
    const count = pick([0, 3, 7, 2 ** 40, undefined], [-1, -1.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -(2 ** 60), 2 ** 60, '3', '3.2%', null, true]);
    const money = pick([0, '12.34', 12.34, '1e2', undefined], [-1, '-0.5', 'abc', '1,234', Number.NaN, Number.NEGATIVE_INFINITY, null, {}]);
    const row = fc.record(
      {
        visitors: count,
        buyers: count,
        paidAmount: money,
        sessions: count,
        bounces: count,
        inquirers: count,
        inquiryBuyers: count,
        newBuyers: count,
        returningBuyers: count,
        returningVisitors: count,
        spend: money,
        presale: fc.constantFrom(true, false, undefined, 'yes', null),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(row, (r) => {
        let zod: StoreOpsError | null = null;
        tried++;
        try {
          funnelMetrics(r as never);
        } catch (e) {
          zod = e as StoreOpsError;
        }
        const batch = aggregateFunnels([r], () => 'k', { onError: 'collect' });
        if (zod === null) expect(batch.errors).toEqual([]);
        else {
          expect(batch.errors).toHaveLength(1);
          expect(batch.errors[0]?.path).toBe(`[0].${zod.issues[0]?.path}`);
          expect(batch.errors[0]?.message).toBe(zod.issues[0]?.message);
          if (/must not exceed/.test(zod.issues[0]?.message ?? '')) subsetCases++;
        }
      }),
      { numRuns: 300 },
    );
    // The run must have reached the cross-field rules, not only the first bad field.
    expect(subsetCases).toBeGreaterThan(0);
    expect(tried).toBe(300);
  });

  it('traffic shares add up to 1 and each lies in [0, 1]', () => {
    const categories: TrafficCategory[] = ['natural', 'paid', 'activity', 'member', 'external', 'other'];
    fc.assert(
      fc.property(fc.array(fc.record({ category: fc.constantFrom(...categories), visitors: fc.nat({ max: 1_000_000 }), buyers: fc.nat({ max: 1000 }) }), { minLength: 1, maxLength: 12 }), (sources) => {
        const t = trafficStructure(sources);
        const total = sources.reduce((s, x) => s + x.visitors, 0);
        if (total === 0) {
          expect(t.categories.every((c) => c.share === null)).toBe(true);
          return;
        }
        const sum = t.categories.reduce((s, c) => s + (c.share as number), 0);
        expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
        for (const c of t.categories) {
          expect(c.share).toBeGreaterThanOrEqual(0);
          expect(c.share).toBeLessThanOrEqual(1);
        }
        expect(t.sources.reduce((s, x) => s + x.visitors, 0)).toBe(total);
      }),
      RUNS,
    );
  });
});
