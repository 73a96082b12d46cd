import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusRank } from '../../src/core/internal.js';
import { assessPageHealth } from 'storeops/page-health';

const rate = fc.double({ min: 0, max: 1, noNaN: true });
const depth = fc.double({ min: 0, max: 20, noNaN: true });
const money = fc.integer({ min: 1, max: 10_000_00 }).map((fen) => (fen / 100).toFixed(2));

describe('page health properties', () => {
  it('a lower bounce rate never makes the verdict worse', () => {
    fc.assert(
      fc.property(rate, rate, depth, (a, b, d) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(statusRank(assessPageHealth({ bounceRate: low, pagesPerVisitor: d }).status)).toBeGreaterThanOrEqual(
          statusRank(assessPageHealth({ bounceRate: high, pagesPerVisitor: d }).status),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a deeper visit and a higher store AOV never make the verdict worse', () => {
    fc.assert(
      fc.property(rate, depth, depth, money, money, money, (b, d1, d2, s1, s2, hero) => {
        const [shallow, deep] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const [lowAov, highAov] = Number(s1) <= Number(s2) ? [s1, s2] : [s2, s1];
        const worse = assessPageHealth({ bounceRate: b, pagesPerVisitor: shallow, storeAov: lowAov, heroAov: hero });
        const better = assessPageHealth({ bounceRate: b, pagesPerVisitor: deep, storeAov: highAov, heroAov: hero });
        expect(statusRank(better.status)).toBeGreaterThanOrEqual(statusRank(worse.status));
      }),
      { numRuns: 300 },
    );
  });

  it('status follows the rule: fail if any fails, good if all known are good, else pass', () => {
    fc.assert(
      fc.property(rate, depth, fc.option(money, { nil: undefined }), money, (b, d, store, hero) => {
        const r = assessPageHealth(store === undefined ? { bounceRate: b, pagesPerVisitor: d } : { bounceRate: b, pagesPerVisitor: d, storeAov: store, heroAov: hero });
        const known = r.checks.filter((c) => c.status !== 'unknown');
        const expected = known.some((c) => c.status === 'fail')
          ? 'fail'
          : known.every((c) => c.status === 'good' || (c.status === 'pass' && c.thresholds?.good === undefined))
            ? 'good'
            : 'pass';
        expect(r.status).toBe(expected);
        expect(r.advice.some((a) => a.code === 'FIX_PAGES_BEFORE_PROMOTION')).toBe(r.status === 'fail');
        for (const c of r.checks) if (c.value !== null) expect(Number.isFinite(c.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('rates derived from counts stay in [0, 1] and match the direct rates', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1e8 }), (sessions, share, pageviews) => {
        const bounces = Math.floor(sessions * share);
        const r = assessPageHealth({ bounces, sessions, pageviews, visitors: sessions });
        expect(r.metrics.bounceRate).toBeGreaterThanOrEqual(0);
        expect(r.metrics.bounceRate).toBeLessThanOrEqual(1);
        expect(r.status).toBe(assessPageHealth({ bounceRate: bounces / sessions, pagesPerVisitor: pageviews / sessions }).status);
      }),
      { numRuns: 200 },
    );
  });
});
