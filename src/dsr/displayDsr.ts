import { fail } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { decimalFraction, truncateFraction } from './exact.js';
import { dsrTallySchema, dsrScoreNumberSchema, type DsrTally } from './tally.js';
import { dsrScoreOf } from './computeDsr.js';

/**
 * The score as the platform shows it: truncated, never rounded, to one decimal. A number is read
 * as the decimal it is written as (`4.8` is 4.8, not the double just below it); a tally is
 * divided exactly. `null` for a tally with no ratings (no score is shown).
 *
 * @param score - a score 1–5, or a `{ sum, count }` tally (any {@link DsrScore}).
 * @returns e.g. `'4.7'`; `'5.0'` for 5.
 * @throws StoreOpsError `INVALID_INPUT` for a number outside 1–5 or a bad tally.
 * @see [domain reference §4](../../docs/domain.en.md#4-dsr)
 * @example
 * ```ts
 * import { displayDsr } from 'storeops/dsr';
 * displayDsr(4.77616) //=> '4.7'
 * displayDsr(4.79999) //=> '4.7'
 * displayDsr({ sum: 96, count: 20 }) //=> '4.8'
 * displayDsr(5) //=> '5.0'
 * displayDsr({ sum: 0, count: 0 }) //=> null
 * displayDsr(5.2) //=> throws INVALID_INPUT
 * ```
 */
export function displayDsr(score: number | DsrTally): string | null {
  if (typeof score === 'number') return truncateFraction(decimalFraction(parseInput(dsrScoreNumberSchema, score)), 1);
  if (typeof score !== 'object' || score === null) fail('INVALID_INPUT', '', 'expected a score 1–5 or a { sum, count } tally');
  const t = parseInput(dsrTallySchema, score);
  return dsrScoreOf(t.sum, t.count).display;
}
