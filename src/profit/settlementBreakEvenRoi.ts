import * as z from 'zod/mini';
import { StoreDecimal, toDecimal } from '../core/decimal.js';
import { parseInput, rateSchema } from '../core/validate.js';
import { inverseRatio } from './unitEconomics.js';

/** What {@link settlementBreakEvenRoi} needs. */
export interface SettlementBreakEvenRoiInput {
  /** Contribution margin rate of a sale that is kept and settled, before refunds and fees, at most 1. */
  contributionMarginRate: number;
  /** Share of ad-driven sales refunded, in [0, 1]. */
  refundRate?: number;
  /** Fees taken from the settled amount (commission, points, payment), in [0, 1]. */
  feeRate?: number;
}

/** zod schema of {@link SettlementBreakEvenRoiInput}. */
export const settlementBreakEvenRoiInputSchema = /* @__PURE__ */ z.object({
  contributionMarginRate: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.lte(1)),
  refundRate: /* @__PURE__ */ z.optional(rateSchema),
  feeRate: /* @__PURE__ */ z.optional(rateSchema),
});

/**
 * Break-even ROI in settlement form (结算保本ROI): the ad report counts sales when they are paid,
 * but only `1 − refund rate` of them are kept and `1 − fee rate` of those reach the store, so
 * break-even ROI = 1 ÷ (margin × (1 − refund rate) × (1 − fee rate)). Use it when the margin is
 * taken before refunds and fees (in {@link unitEconomics}, leave `refundRate` and the fee rates
 * out); `null` when the product is ≤ 0.
 *
 * @param input - margin rate, refund rate and fee rate, each a ratio (0.1 is 10%).
 * @returns the ROI that breaks even, or `null`.
 * @throws StoreOpsError `INVALID_INPUT` for a rate above 1 (`10` meaning 10%).
 * @see DOMAIN.md §5
 * @example
 * ```ts
 * import { settlementBreakEvenRoi } from 'storeops/profit';
 * settlementBreakEvenRoi({ contributionMarginRate: 0.5, refundRate: 0.2, feeRate: 0.05 }) //=> 1 / 0.38
 * settlementBreakEvenRoi({ contributionMarginRate: 0.5 }) //=> 2
 * settlementBreakEvenRoi({ contributionMarginRate: 0.5, refundRate: 1 }) //=> null
 * ```
 */
export function settlementBreakEvenRoi(input: SettlementBreakEvenRoiInput): number | null {
  const v = parseInput(settlementBreakEvenRoiInputSchema, input);
  const one = toDecimal(1);
  const kept = new StoreDecimal(v.contributionMarginRate) // a rate, not money: any finite number in range
    .times(one.minus(v.refundRate ?? 0))
    .times(one.minus(v.feeRate ?? 0));
  return inverseRatio(kept, one);
}
