// rfmSegments scores sums held in whole fen as integers and other sums as Decimals
// (src/members/rfmSegments.ts): both give the same scores and segments for the same amounts.
// Amounts given as Decimals take the Decimal path, the same amounts as numbers the fen path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDecimal } from 'storeops/core';
import { rfmSegments } from 'storeops/members';

const order = fc.record({
  buyerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'),
  date: fc.integer({ min: 1, max: 28 }).map((d) => `2026-05-${String(d).padStart(2, '0')}`),
  fen: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0, 100, 199, 200, 201, 10_000)),
});

describe('rfmSegments scores fen sums as the Decimal sums they stand for', () => {
  it('gives the same scores and segments for amounts as numbers (fen) and as Decimals', () => {
    fc.assert(
      fc.property(fc.array(order, { minLength: 1, maxLength: 60 }), fc.integer({ min: 2, max: 10 }), fc.boolean(), (rows, k, equalCount) => {
        const options = { asOf: '2026-05-31', bands: { monetary: k }, ...(equalCount ? { bandMethod: 'equalCount' as const } : {}) };
        const asNumbers = rfmSegments(rows.map((r) => ({ buyerId: r.buyerId, date: r.date, amount: r.fen / 100 })), options);
        const asDecimals = rfmSegments(rows.map((r) => ({ buyerId: r.buyerId, date: r.date, amount: toDecimal(r.fen).div(100) })), options);
        const view = (x: typeof asNumbers) => x.buyers.map((b) => [b.buyerId, b.score, b.segment, b.monetary.toFixed(2)]);
        expect(view(asNumbers)).toEqual(view(asDecimals));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts at the type-7 quantile plus one yuan: ¥10, ¥20, ¥30, ¥40 in two bands score 1, 1, 2, 2 (Q(1/2) = 25, cut 26)', () => {
    const orders = [10, 20, 30, 40].map((amount, i) => ({ buyerId: `b${i}`, date: '2026-05-01', amount }));
    const scores = rfmSegments(orders, { asOf: '2026-05-31', bands: { monetary: 2 } }).buyers.map((b) => [b.buyerId, b.monetaryScore]);
    expect(scores).toEqual([['b0', 1], ['b1', 1], ['b2', 2], ['b3', 2]]);
    const near = [10, 20, 26, 40].map((amount, i) => ({ buyerId: `b${i}`, date: '2026-05-01', amount }));
    // Q(1/2) = (20 + 26) / 2 = 23, cut 24: ¥26 and ¥40 reach it.
    expect(rfmSegments(near, { asOf: '2026-05-31', bands: { monetary: 2 } }).buyers.map((b) => b.monetaryScore)).toEqual([1, 1, 2, 2]);
    const under = [10, 20, 20.99, 21.99].map((amount, i) => ({ buyerId: `b${i}`, date: '2026-05-01', amount }));
    // Q(1/2) = (20 + 20.99) / 2 = 20.495, cut 21.495: only ¥21.99 reaches it.
    expect(rfmSegments(under, { asOf: '2026-05-31', bands: { monetary: 2 } }).buyers.map((b) => b.monetaryScore)).toEqual([1, 1, 1, 2]);
  });
  it('scores sums beyond 2^49 fen (¥5.6 × 10^12) as Decimals, with the same cut points', () => {
    // ¥6 × 10^12 and ¥7 × 10^12 beside ¥10 and ¥20: Q(1/2) = (20 + 6e12) / 2, so only the two large buyers reach the cut.
    const orders = [10, 20, 6e12, 7e12].map((amount, i) => ({ buyerId: `b${i}`, date: '2026-05-01', amount }));
    expect(rfmSegments(orders, { asOf: '2026-05-31', bands: { monetary: 2 } }).buyers.map((b) => b.monetaryScore)).toEqual([1, 1, 2, 2]);
  });
});
