import { parseInput } from '../core/validate.js';
import { decimalFraction } from './exact.js';
import { starOptionsSchema } from './ratingsNeeded.js';
import { dsrScoreNumberSchema, dsrTallySchema, type DsrTally } from './tally.js';

/** Options of {@link ratingsBuffer}. */
export interface RatingsBufferOptions {
  /** The stars of each added rating, 1–5: 1 by default (the worst case). */
  rating?: number;
}

/**
 * How many more ratings of `rating` stars (1 by default) a score absorbs and stays at or above
 * `mark` — the largest `k` with `(sum + k × rating) / (count + k) ≥ mark`, computed exactly. One
 * more and it drops below: with the category average as the mark this is the operator's
 * 「抵挡 X 单 1 分后飘绿」; with 4.8 it is how many 1-star ratings keep the display at `'4.8'`.
 * `0` when the score is already below the mark (or has no ratings); `null` when ratings of
 * `rating` stars can never take it below (`rating ≥ mark`).
 *
 * @param score - the current `{ sum, count }` (any {@link DsrScore}).
 * @param mark - the score not to fall below, 1–5, e.g. the category average `4.61234`.
 * @param options - `rating`: the stars of each added rating (1).
 * @throws StoreOpsError `INVALID_INPUT` for a bad tally or mark; `INVALID_OPTIONS` for a rating other than 1–5.
 * @see [domain reference §4](../../docs/domain.en.md#4-dsr)
 * @example
 * ```ts
 * import { ratingsBuffer } from 'storeops/dsr';
 * ratingsBuffer({ sum: 490, count: 100 }, 4.8) //=> 2
 * ratingsBuffer({ sum: 490, count: 100 }, 4.8, { rating: 3 }) //=> 5
 * ratingsBuffer({ sum: 470, count: 100 }, 4.8) //=> 0
 * ratingsBuffer({ sum: 490, count: 100 }, 4.8, { rating: 5 }) //=> null
 * ```
 */
export function ratingsBuffer(score: DsrTally, mark: number, options: RatingsBufferOptions = {}): number | null {
  const t = parseInput(dsrTallySchema, score);
  const floor = decimalFraction(parseInput(dsrScoreNumberSchema, mark, { prefix: ['mark'] }));
  const rating = BigInt(parseInput(starOptionsSchema, options, { code: 'INVALID_OPTIONS' }).rating ?? 1);
  const sum = BigInt(t.sum);
  const count = BigInt(t.count);
  // Room above the mark, sum·q − p·count, and what each added rating takes from it, p − rating·q.
  const room = sum * floor.d - floor.n * count;
  if (room < 0n) return 0;
  const loss = floor.n - rating * floor.d;
  if (loss <= 0n) return null;
  return Number(room / loss);
}
