import { describe, expect, it } from 'vitest';
import { computeDsr } from 'storeops/dsr';
import { expectError } from '../helpers.js';
import { rating } from './helpers.js';

const asOf = '2026-06-30';

describe('computeDsr', () => {
  it('nineteen 5s and one 1 give 96 / 20 = 4.8 (domain reference §4)', () => {
    const ratings = Array.from({ length: 19 }, (_, i) => rating({ buyerId: `b${i}` }));
    ratings.push(rating({ buyerId: 'x', description: 1, service: 1, shipping: 1 }));
    const dsr = computeDsr(ratings, { asOf });
    for (const s of [dsr.description, dsr.service, dsr.shipping]) expect(s).toEqual({ score: 4.8, display: '4.8', sum: 96, count: 20 });
    expect(dsr.counted).toBe(20);
    expect(dsr.ignored).toEqual({ total: 0, ratedAfterAsOf: 0, beforeWindow: 0, overBuyerMonthLimit: 0 });
  });

  it('truncates the display: 4.77616 shows 4.7, 4.79999 shows 4.7, never rounded', () => {
    // 77,616 fives and 22,384 fours: (5 × 77616 + 4 × 22384) / 100000 = 4.77616.
    const ratings = Array.from({ length: 100_000 }, (_, i) => rating({ buyerId: `b${i}`, description: i < 77_616 ? 5 : 4, service: i < 79_999 ? 5 : 4 }));
    const dsr = computeDsr(ratings, { asOf });
    expect(dsr.description).toEqual({ score: 4.77616, display: '4.7', sum: 477_616, count: 100_000 });
    expect(dsr.service).toMatchObject({ score: 4.79999, display: '4.7' });
    expect(dsr.shipping.display).toBe('5.0');
  });

  it('counts only the first 3 ratings per buyer and order month; the fourth is ignored', () => {
    // Input order is shuffled: "first" is by createdAt, then ratedAt, then input order.
    const ratings = [
      rating({ buyerId: 'b', createdAt: '2026-05-20', ratedAt: '2026-05-25', description: 1 }),
      rating({ buyerId: 'b', createdAt: '2026-05-03' }),
      rating({ buyerId: 'b', createdAt: '2026-05-01' }),
      rating({ buyerId: 'b', createdAt: '2026-05-09', ratedAt: '2026-05-29' }),
      rating({ buyerId: 'b', createdAt: '2026-06-01', ratedAt: '2026-06-05', description: 2 }), // another month: counts
      rating({ buyerId: 'c', createdAt: '2026-05-20', ratedAt: '2026-05-25', description: 3 }), // another buyer: counts
    ];
    const dsr = computeDsr(ratings, { asOf, explain: true });
    expect(dsr.counted).toBe(5);
    expect(dsr.description).toMatchObject({ sum: 5 + 5 + 5 + 2 + 3, count: 5 });
    expect(dsr.ignored).toEqual({ total: 1, ratedAfterAsOf: 0, beforeWindow: 0, overBuyerMonthLimit: 1 });
    expect(dsr.ignoredRatings).toEqual([{ index: 0, reason: 'OVER_BUYER_MONTH_LIMIT' }]);
  });

  it('breaks ties on createdAt by ratedAt, then by input order', () => {
    const ratings = [
      rating({ buyerId: 'b', ratedAt: '2026-05-12', description: 1 }),
      rating({ buyerId: 'b', ratedAt: '2026-05-11', description: 2 }),
      rating({ buyerId: 'b', ratedAt: '2026-05-11', description: 3 }),
      rating({ buyerId: 'b', ratedAt: '2026-05-11', description: 4 }),
    ];
    const dsr = computeDsr(ratings, { asOf, explain: true });
    expect(dsr.description.sum).toBe(2 + 3 + 4);
    expect(dsr.ignoredRatings).toEqual([{ index: 0, reason: 'OVER_BUYER_MONTH_LIMIT' }]);
    expect(computeDsr(ratings, { asOf, maxPerBuyerPerMonth: 1 }).description.sum).toBe(2);
  });

  it('a rating that left the window still holds its place in its buyer-month', () => {
    // asOf 2026-11-05: the window starts 2026-05-10, so the order rated 2026-05-09 is out of it.
    const ratings = [
      rating({ buyerId: 'b', createdAt: '2026-05-01', ratedAt: '2026-05-09' }),
      rating({ buyerId: 'b', createdAt: '2026-05-02', ratedAt: '2026-05-10', description: 4 }),
      rating({ buyerId: 'b', createdAt: '2026-05-03', ratedAt: '2026-05-12', description: 3 }),
      rating({ buyerId: 'b', createdAt: '2026-05-04', ratedAt: '2026-05-12', description: 2 }),
    ];
    const dsr = computeDsr(ratings, { asOf: '2026-11-05', explain: true });
    expect(dsr.window).toEqual({ start: '2026-05-10', end: '2026-11-05' });
    expect(dsr.description).toMatchObject({ sum: 7, count: 2 });
    expect(dsr.ignoredRatings).toEqual([
      { index: 0, reason: 'BEFORE_WINDOW' },
      { index: 3, reason: 'OVER_BUYER_MONTH_LIMIT' },
    ]);
  });

  it('a rating given after asOf takes no place: it did not exist yet', () => {
    const ratings = [
      rating({ buyerId: 'b', createdAt: '2026-06-01', ratedAt: '2026-07-02', description: 1 }),
      rating({ buyerId: 'b', createdAt: '2026-06-02', ratedAt: '2026-06-10', description: 4 }),
      rating({ buyerId: 'b', createdAt: '2026-06-03', ratedAt: '2026-06-10', description: 4 }),
      rating({ buyerId: 'b', createdAt: '2026-06-04', ratedAt: '2026-06-10', description: 4 }),
    ];
    const dsr = computeDsr(ratings, { asOf, explain: true });
    expect(dsr.description).toMatchObject({ sum: 12, count: 3 });
    expect(dsr.ignoredRatings).toEqual([{ index: 0, reason: 'RATED_AFTER_AS_OF' }]);
    // A week later the late rating exists and, created first, takes the first place.
    const later = computeDsr(ratings, { asOf: '2026-07-07', explain: true });
    expect(later.description).toMatchObject({ sum: 9, count: 3 });
    expect(later.ignoredRatings).toEqual([{ index: 3, reason: 'OVER_BUYER_MONTH_LIMIT' }]);
  });

  it('the window is the 180 calendar days ending on asOf, both ends included', () => {
    // 2026-06-30 − 179 days = 2026-01-02.
    const ratings = [
      rating({ buyerId: 'a', createdAt: '2026-01-01', ratedAt: '2026-01-01', description: 1 }),
      rating({ buyerId: 'b', createdAt: '2026-01-01', ratedAt: '2026-01-02', description: 2 }),
      rating({ buyerId: 'c', createdAt: '2026-06-30', ratedAt: '2026-06-30', description: 3 }),
      rating({ buyerId: 'd', createdAt: '2026-06-30', ratedAt: '2026-07-01', description: 4 }),
    ];
    const dsr = computeDsr(ratings, { asOf });
    expect(dsr.window).toEqual({ start: '2026-01-02', end: '2026-06-30' });
    expect(dsr.description).toMatchObject({ sum: 5, count: 2 });
    expect(dsr.ignored).toEqual({ total: 2, ratedAfterAsOf: 1, beforeWindow: 1, overBuyerMonthLimit: 0 });
    expect(dsr.ignoredRatings).toBeUndefined();
    expect(computeDsr(ratings, { asOf, windowDays: 1 }).description).toMatchObject({ sum: 3, count: 1 });
  });

  it('months are calendar months of createdAt, across year ends and leap days', () => {
    const ratings = [
      ...['2027-12-31', '2027-12-30', '2027-12-29'].map((createdAt) => rating({ buyerId: 'b', createdAt, ratedAt: '2028-01-05' })),
      rating({ buyerId: 'b', createdAt: '2028-01-01', ratedAt: '2028-01-05', description: 1 }),
      ...['2028-02-29', '2028-02-28', '2028-02-01', '2028-02-02'].map((createdAt) => rating({ buyerId: 'b', createdAt, ratedAt: '2028-03-01', description: 2 })),
    ];
    const dsr = computeDsr(ratings, { asOf: '2028-03-01' });
    expect(dsr.counted).toBe(7);
    expect(dsr.description.sum).toBe(15 + 1 + 6);
  });

  it('handles an order from long ago rated in the window (buyer-months spread over decades)', () => {
    const ratings = [
      rating({ buyerId: 'old', createdAt: '1990-01-15', ratedAt: '2026-06-01', description: 1 }),
      ...Array.from({ length: 800 }, (_, i) => rating({ buyerId: `b${i % 200}`, createdAt: '2026-05-01', ratedAt: '2026-05-20', description: 4 })),
    ];
    const dsr = computeDsr(ratings, { asOf });
    // 200 buyers × 4 ratings in May: 3 count each; plus the old order.
    expect(dsr.description).toMatchObject({ sum: 1 + 600 * 4, count: 601 });
    expect(dsr.ignored.overBuyerMonthLimit).toBe(200);
  });

  it('gives no score without counted ratings', () => {
    const empty = computeDsr([], { asOf });
    expect(empty.description).toEqual({ score: null, display: null, sum: 0, count: 0 });
    expect(empty.counted).toBe(0);
    expect(empty.window.start).toBe('2026-01-02');
  });

  it('ignores extra fields of a rating', () => {
    const dsr = computeDsr([{ ...rating({ buyerId: 'b' }), orderId: 'T1' } as never], { asOf });
    expect(dsr.counted).toBe(1);
  });

  it('rejects bad ratings with the path of the bad field', () => {
    const bad = (over: Record<string, unknown>) => () => computeDsr([rating({ buyerId: 'ok' }), { ...rating({ buyerId: 'b' }), ...over } as never], { asOf });
    expectError(bad({ description: 0 }), 'INVALID_INPUT', '[1].description');
    expectError(bad({ service: 6 }), 'INVALID_INPUT', '[1].service');
    expectError(bad({ shipping: 4.5 }), 'INVALID_INPUT', '[1].shipping');
    expectError(bad({ shipping: '5' }), 'INVALID_INPUT', '[1].shipping');
    expectError(bad({ shipping: Number.NaN }), 'INVALID_INPUT', '[1].shipping');
    expectError(bad({ buyerId: undefined }), 'INVALID_INPUT', '[1].buyerId');
    expectError(bad({ buyerId: '' }), 'INVALID_INPUT', '[1].buyerId');
    expectError(bad({ createdAt: '2026-13-01' }), 'INVALID_INPUT', '[1].createdAt');
    expectError(bad({ ratedAt: '2026-02-30' }), 'INVALID_INPUT', '[1].ratedAt');
    expectError(bad({ ratedAt: 20260510 }), 'INVALID_INPUT', '[1].ratedAt');
    expectError(bad({ createdAt: '2026-05-11' }), 'INVALID_INPUT', '[1].ratedAt');
    expectError(() => computeDsr([null as never], { asOf }), 'INVALID_INPUT', '[0]');
    expectError(() => computeDsr('ratings' as never, { asOf }), 'INVALID_INPUT', '');
  });

  it('reports every bad field, capped at 100 issues', () => {
    let error: { issues: { path: string; received?: string }[] } | undefined;
    try {
      computeDsr([rating({ buyerId: '', description: 0 })], { asOf });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.issues).toEqual([
      expect.objectContaining({ path: '[0].buyerId', received: 'string ""' }),
      expect.objectContaining({ path: '[0].description', received: 'number 0' }),
    ]);
    try {
      computeDsr(Array.from({ length: 500 }, () => rating({ buyerId: 'b', service: 0 })), { asOf });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error?.issues).toHaveLength(100);
  });

  it('rejects bad options', () => {
    const ok = [rating({ buyerId: 'b' })];
    expectError(() => computeDsr(ok, {} as never), 'INVALID_OPTIONS', 'asOf');
    expectError(() => computeDsr(ok, { asOf: '2026-13-01' }), 'INVALID_OPTIONS', 'asOf');
    expectError(() => computeDsr(ok, { asOf, windowDays: 0 }), 'INVALID_OPTIONS', 'windowDays');
    expectError(() => computeDsr(ok, { asOf, windowDays: 1e9 }), 'INVALID_OPTIONS', 'windowDays');
    expectError(() => computeDsr(ok, { asOf, maxPerBuyerPerMonth: 1.5 }), 'INVALID_OPTIONS', 'maxPerBuyerPerMonth');
    expectError(() => computeDsr(ok, { asOf, explain: 'yes' as never }), 'INVALID_OPTIONS', 'explain');
    expectError(() => computeDsr(ok, undefined as never), 'INVALID_OPTIONS', '');
  });
});
