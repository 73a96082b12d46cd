import * as z from 'zod/mini';
import { countSchema } from '../core/validate.js';
import type { Fraction } from './exact.js';
import { pure } from '../core/pure.js';

/**
 * A DSR score as its two integers: the sum of the counted stars and how many ratings were
 * counted. Every {@link DsrScore} from `computeDsr` is one.
 */
export interface DsrTally {
  /** Sum of the counted stars (whole number, between `count` and 5 × `count`). */
  sum: number;
  /** Number of counted ratings. */
  count: number;
}

/** zod schema of a {@link DsrTally}: whole numbers with `count ≤ sum ≤ 5 × count`. Other fields are ignored. */
export const dsrTallySchema = /* @__PURE__ */ pure(() => z.object({ sum: countSchema, count: countSchema }).check(
  z.refine((v) => v.sum >= v.count && v.sum <= 5 * v.count, {
    error: 'sum must lie between count and 5 × count (whole stars 1–5)',
    path: ['sum'],
  }),
));

/** A DSR score, 1–5 (a number such as `4.71234`). */
export const dsrScoreNumberSchema = /* @__PURE__ */ pure(() => z.number().check(z.gte(1), z.lte(5)));

/** The exact fraction of a tally. @internal */
export function tallyFraction(t: DsrTally): Fraction {
  return { n: BigInt(t.sum), d: BigInt(t.count) };
}
