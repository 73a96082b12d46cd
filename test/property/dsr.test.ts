import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/internal.js';
import { compareDsr, computeDsr, displayDsr, ratingsBuffer, ratingsNeeded, type DsrRating } from 'storeops/dsr';

const RUNS = { numRuns: 200 };

// Ratings over Dec 2025 – Aug 2026 from a handful of buyers, so buyer-months often crowd.
const ratingArb = fc
  .record({
    buyerId: fc.constantFrom('a', 'b', 'c', 'd'),
    created: fc.integer({ min: 0, max: 240 }),
    delay: fc.integer({ min: 0, max: 40 }),
    description: fc.integer({ min: 1, max: 5 }),
    service: fc.integer({ min: 1, max: 5 }),
    shipping: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ created, delay, ...r }): DsrRating => ({ ...r, createdAt: addDays('2025-12-01', created), ratedAt: addDays('2025-12-01', created + delay) }));
const asOfArb = fc.integer({ min: 60, max: 280 }).map((d) => addDays('2025-12-01', d));

/** An independent reading of domain reference §4 on strings: sort, take the first three per buyer-month, then window. */
function reference(ratings: readonly DsrRating[], asOf: string, windowDays = 180, limit = 3) {
  const start = addDays(asOf, 1 - windowDays);
  const existing = ratings.map((r, i) => ({ r, i })).filter(({ r }) => r.ratedAt <= asOf);
  existing.sort((x, y) => x.r.createdAt.localeCompare(y.r.createdAt) || x.r.ratedAt.localeCompare(y.r.ratedAt) || x.i - y.i);
  const seen = new Map<string, number>();
  const sums = { description: 0, service: 0, shipping: 0 };
  let count = 0;
  for (const { r } of existing) {
    const key = `${r.buyerId}|${r.createdAt.slice(0, 7)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > limit || r.ratedAt < start) continue;
    sums.description += r.description;
    sums.service += r.service;
    sums.shipping += r.shipping;
    count++;
  }
  return { sums, count };
}

describe('dsr properties', () => {
  it('computeDsr matches an independent reading of the rules, with any window and limit', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { maxLength: 60 }), asOfArb, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 4 }), (ratings, asOf, windowDays, limit) => {
        const dsr = computeDsr(ratings, { asOf, windowDays, maxPerBuyerPerMonth: limit, explain: true });
        const ref = reference(ratings, asOf, windowDays, limit);
        expect(dsr.counted).toBe(ref.count);
        expect([dsr.description.sum, dsr.service.sum, dsr.shipping.sum]).toEqual([ref.sums.description, ref.sums.service, ref.sums.shipping]);
        expect(dsr.counted + dsr.ignored.total).toBe(ratings.length);
        expect(dsr.ignored.total).toBe(dsr.ignored.ratedAfterAsOf + dsr.ignored.beforeWindow + dsr.ignored.overBuyerMonthLimit);
        expect(dsr.ignoredRatings).toHaveLength(dsr.ignored.total);
      }),
      RUNS,
    );
  });

  it('a score lies in [1, 5] and its display truncates it to one decimal', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { maxLength: 60 }), asOfArb, (ratings, asOf) => {
        for (const s of Object.values(computeDsr(ratings, { asOf })).slice(0, 3) as { score: number | null; display: string | null; sum: number; count: number }[]) {
          if (s.count === 0) {
            expect(s.score).toBeNull();
            continue;
          }
          expect(s.score).toBeGreaterThanOrEqual(1);
          expect(s.score).toBeLessThanOrEqual(5);
          // display d means d ≤ sum / count < d + 0.1, decided on integers.
          const tenths = Number((s.display as string).replace('.', ''));
          expect(tenths * s.count).toBeLessThanOrEqual(10 * s.sum);
          expect((tenths + 1) * s.count).toBeGreaterThan(10 * s.sum);
        }
      }),
      RUNS,
    );
  });

  it('adding a 5-star rating from a new buyer never lowers a score', () => {
    fc.assert(
      fc.property(fc.array(ratingArb, { maxLength: 60 }), asOfArb, (ratings, asOf) => {
        const before = computeDsr(ratings, { asOf });
        const five: DsrRating = { buyerId: 'new', createdAt: asOf, ratedAt: asOf, description: 5, service: 5, shipping: 5 };
        const after = computeDsr([...ratings, five], { asOf });
        for (const k of ['description', 'service', 'shipping'] as const) {
          expect(after[k].score as number).toBeGreaterThanOrEqual(before[k].score ?? 1);
          expect(Number(after[k].display)).toBeGreaterThanOrEqual(Number(before[k].display ?? 0));
        }
      }),
      RUNS,
    );
  });

  const tallyArb = fc.integer({ min: 0, max: 2000 }).chain((count) => fc.record({ count: fc.constant(count), sum: fc.integer({ min: count, max: 5 * count }) }));
  // Targets with up to three decimals, as integer thousandths: exact checks need no floats.
  const markArb = fc.integer({ min: 1000, max: 5000 });
  const reaches = (sum: number, count: number, mark: number) => count > 0 && sum * 1000 >= mark * count;

  it('ratingsNeeded ratings really reach the target and one fewer does not', () => {
    fc.assert(
      fc.property(tallyArb, markArb, fc.integer({ min: 1, max: 5 }), ({ sum, count }, mark, rating) => {
        const k = ratingsNeeded({ sum, count }, mark / 1000, { rating });
        if (k === null) {
          // Never: even many more ratings stay below.
          expect(reaches(sum + 100_000 * rating, count + 100_000, mark)).toBe(false);
          return;
        }
        expect(reaches(sum + k * rating, count + k, mark)).toBe(true);
        if (k > 0) expect(reaches(sum + (k - 1) * rating, count + k - 1, mark)).toBe(false);
      }),
      RUNS,
    );
  });

  it('ratingsBuffer ratings keep the score at the mark and one more drops it', () => {
    fc.assert(
      fc.property(tallyArb, markArb, fc.integer({ min: 1, max: 5 }), ({ sum, count }, mark, rating) => {
        const k = ratingsBuffer({ sum, count }, mark / 1000, { rating });
        if (count > 0 && !reaches(sum, count, mark)) {
          expect(k).toBe(0);
          return;
        }
        if (k === null) {
          expect(rating * 1000).toBeGreaterThanOrEqual(mark);
          return;
        }
        if (k > 0) expect(reaches(sum + k * rating, count + k, mark)).toBe(true);
        expect(reaches(sum + (k + 1) * rating, count + k + 1, mark)).toBe(false);
      }),
      RUNS,
    );
  });

  it('compareDsr: within [worst, best] the percentage lies in [0, 1] and the display truncates it', () => {
    const scores = fc.integer({ min: 10000, max: 50000 });
    fc.assert(
      fc.property(scores, scores, scores, scores, (a, b, c, d) => {
        const [worst, average, best] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const shop = Math.min(best, Math.max(worst, d));
        const r = compareDsr(shop / 10000, { average: average / 10000, best: best / 10000, worst: worst / 10000 });
        expect(r.direction).toBe(shop > average ? 'above' : shop < average ? 'below' : 'equal');
        const span = shop > average ? best - average : average - worst;
        if (r.direction === 'equal') {
          expect(r.percent).toBe(0);
          return;
        }
        const gap = Math.abs(shop - average);
        expect(r.percent).toBeCloseTo(gap / span, 12);
        expect(r.percent as number).toBeGreaterThanOrEqual(0);
        expect(r.percent as number).toBeLessThanOrEqual(1);
        // '33.33%' means 3333 ≤ 10000 × gap / span < 3334, on integers.
        const hundredths = Number((r.display as string).replace(/[.%]/g, ''));
        expect(hundredths * span).toBeLessThanOrEqual(10000 * gap);
        expect((hundredths + 1) * span).toBeGreaterThan(10000 * gap);
      }),
      RUNS,
    );
  });

  it('displayDsr of a number truncates the decimal it is written as', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100000, max: 500000 }), (x) => {
        expect(displayDsr(x / 100000)).toBe(`${Math.floor(x / 100000)}.${Math.floor(x / 10000) % 10}`);
      }),
      RUNS,
    );
  });
});
