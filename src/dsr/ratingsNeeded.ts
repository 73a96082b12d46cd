import * as z from 'zod/mini';
import { parseInput } from '../core/validate.js';
import { decimalFraction } from './exact.js';
import { dsrScoreNumberSchema, dsrTallySchema, type DsrTally } from './tally.js';
import { pure } from '../core/pure.js';

/** Options of {@link ratingsNeeded}. */
export interface RatingsNeededOptions {
  /** The stars of each added rating, 1–5: 5 by default. */
  rating?: number;
}

/** @internal */
export const starOptionsSchema = /* @__PURE__ */ pure(() => z.object({
  rating: z.optional(z.int().check(z.gte(1), z.lte(5))),
}));

/**
 * How many more ratings of `rating` stars (5 by default) lift a score to at least `target`:
 * the least `k` with `(sum + k × rating) / (count + k) ≥ target`, computed exactly (the target is
 * read as the decimal it is written as). `0` when the score is already there; `null` when it
 * never gets there (ratings of `rating` stars cannot lift it that high). Since the platform
 * truncates, reaching 4.8 exactly is what makes it display `'4.8'`.
 *
 * @param score - the current `{ sum, count }` (any {@link DsrScore}).
 * @param target - the score to reach, 1–5, e.g. `4.8`.
 * @param options - `rating`: the stars of each added rating (5).
 * @throws StoreOpsError `INVALID_INPUT` for a bad tally or target; `INVALID_OPTIONS` for a rating other than 1–5.
 * @see [domain reference §4](../../docs/domain.en.md#4-dsr)
 * @example
 * ```ts
 * import { ratingsNeeded } from 'storeops/dsr';
 * ratingsNeeded({ sum: 94, count: 20 }, 4.8) //=> 10
 * ratingsNeeded({ sum: 96, count: 20 }, 4.8) //=> 0
 * ratingsNeeded({ sum: 94, count: 20 }, 5) //=> null
 * ratingsNeeded({ sum: 94, count: 20 }, 4.8, { rating: 4 }) //=> null
 * ratingsNeeded({ sum: 94, count: 20 }, 48) //=> null
 * ratingsNeeded({ sum: 94, count: 20 }, '4.8') //=> throws INVALID_INPUT
 * ```
 */
export function ratingsNeeded(score: DsrTally, target: number, options: RatingsNeededOptions = {}): number | null {
  const t = parseInput(dsrTallySchema, score);
  // A finite target above 5 is valid but no rating reaches it: "null if it never can". A target
  // that is not a finite number, or below 1 (no DSR score is), stays an error.
  if (typeof target === 'number' && Number.isFinite(target) && target > 5) {
    parseInput(starOptionsSchema, options, { code: 'INVALID_OPTIONS' });
    return null;
  }
  const goal = decimalFraction(parseInput(dsrScoreNumberSchema, target, { prefix: ['target'] }));
  const rating = BigInt(parseInput(starOptionsSchema, options, { code: 'INVALID_OPTIONS' }).rating ?? 5);
  const sum = BigInt(t.sum);
  const count = BigInt(t.count);
  // sum/count ≥ p/q  ⇔  sum·q ≥ p·count (the denominators are positive).
  const shortfall = goal.n * count - sum * goal.d;
  if (count > 0n && shortfall <= 0n) return 0;
  const gain = rating * goal.d - goal.n;
  // Without ratings, the first one sets the score to `rating`.
  if (count === 0n) return gain >= 0n ? 1 : null;
  if (gain <= 0n) return null;
  return Number((shortfall + gain - 1n) / gain);
}
