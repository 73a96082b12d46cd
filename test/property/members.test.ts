import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, StoreDecimal } from '../../src/core/internal.js';
import { memberStats, rfmSegments, type MemberOrder } from 'storeops/members';

const orderArb: fc.Arbitrary<MemberOrder> = fc.record({
  buyerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  date: fc.integer({ min: 0, max: 900 }).map((n) => addDays('2024-01-01', n)),
  amount: fc.integer({ min: 0, max: 1_000_000 }).map((fen) => (fen / 100).toFixed(2)),
});
const ordersArb = fc.array(orderArb, { maxLength: 60 });
const asOfArb = fc.integer({ min: 300, max: 1000 }).map((n) => addDays('2024-01-01', n));
const bandArb = fc.oneof(
  fc.integer({ min: 2, max: 10 }),
  fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 }).map((a) => [...a].sort((x, y) => x - y)),
);

describe('rfmSegments properties', () => {
  it('segments cover every buyer exactly once; counts and amounts add up', () => {
    fc.assert(
      fc.property(ordersArb, asOfArb, bandArb, bandArb, (orders, asOf, recency, frequency) => {
        const r = rfmSegments(orders, { asOf, bands: { recency, frequency } });
        const expected = new Set(orders.filter((o) => o.date <= asOf).map((o) => o.buyerId));
        const ids = r.buyers.map((b) => b.buyerId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(expected);
        const names = new Set(r.segments.map((s) => s.name));
        for (const b of r.buyers) expect(names.has(b.segment)).toBe(true);
        expect(r.segments.reduce((n, s) => n + s.buyers, 0)).toBe(ids.length);
        for (const s of r.segments) expect(s.buyers).toBe(r.buyers.filter((b) => b.segment === s.name).length);
        const total = r.buyers.reduce((m, b) => m.plus(b.monetary), new StoreDecimal(0));
        expect(r.segments.reduce((m, s) => m.plus(s.monetary), new StoreDecimal(0)).eq(total)).toBe(true);
        const counted = orders.filter((o) => o.date <= asOf).reduce((m, o) => m.plus(o.amount as string), new StoreDecimal(0));
        expect(total.eq(counted)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('scores stay within their bands and better values never score lower', () => {
    fc.assert(
      fc.property(ordersArb, asOfArb, bandArb, (orders, asOf, band) => {
        const r = rfmSegments(orders, { asOf, bands: { recency: band, frequency: band } });
        const max = typeof band === 'number' ? band : band.length + 1;
        for (const b of r.buyers) {
          for (const s of [b.recencyScore, b.frequencyScore]) expect(s >= 1 && s <= max).toBe(true);
          expect(b.recencyDays).toBeGreaterThanOrEqual(0);
        }
        for (const x of r.buyers) {
          for (const y of r.buyers) {
            if (x.recencyDays < y.recencyDays) expect(x.recencyScore).toBeGreaterThanOrEqual(y.recencyScore);
            if (x.frequency > y.frequency) expect(x.frequencyScore).toBeGreaterThanOrEqual(y.frequencyScore);
            if (x.monetary.gt(y.monetary)) expect(x.monetaryScore).toBeGreaterThanOrEqual(y.monetaryScore);
            if (x.frequency === y.frequency) expect(x.frequencyScore).toBe(y.frequencyScore);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('memberStats properties', () => {
  it('new + returning = buyers, every share in [0, 1], period amounts add up', () => {
    fc.assert(
      fc.property(ordersArb, asOfArb, fc.integer({ min: 1, max: 120 }), (orders, asOf, windowDays) => {
        const s = memberStats(orders, { asOf, windowDays });
        expect(s.newBuyers + s.returningBuyers).toBe(s.buyers);
        for (const v of [s.returningBuyerShare, s.repurchaseRate, s.returningRevenueShare]) if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
        if (s.ordersPerBuyer !== null) expect(s.ordersPerBuyer).toBeGreaterThanOrEqual(1);
        const inPeriod = orders.filter((o) => o.date >= s.period.start && o.date <= s.period.end);
        expect(s.orders).toBe(inPeriod.length);
        expect(s.paidAmount.eq(inPeriod.reduce((m, o) => m.plus(o.amount as string), new StoreDecimal(0)))).toBe(true);
        // A buyer is returning iff they paid in the lookback and in the period.
        const returning = new Set(inPeriod.map((o) => o.buyerId).filter((id) => orders.some((o) => o.buyerId === id && o.date >= s.lookback.start && o.date <= s.lookback.end)));
        expect(s.returningBuyers).toBe(returning.size);
      }),
      { numRuns: 200 },
    );
  });
});
