import * as z from 'zod/mini';
import { StoreDecimal, toDecimal } from '../core/decimal.js';
import { parseInput, rateSchema } from '../core/validate.js';
import { inverseRatio, unitEconomics, type UnitEconomicsInput } from './unitEconomics.js';
import { pure } from '../core/pure.js';

/** What {@link settlementBreakEvenRoi} needs in its short form. */
export interface SettlementBreakEvenRoiInput {
  /**
   * Contribution margin of a kept order as a share of what is settled to the store (the price
   * after fees): (price × (1 − fee rate) − goods − shipping − packaging − insurance) ÷ (price ×
   * (1 − fee rate)); at most 1.
   */
  contributionMarginRate: number;
  /** Share of paid orders refunded before they ship (they earn and cost nothing), in [0, 1]. */
  refundRate?: number;
  /** Fees taken from the price of a kept order (commission, points, payment), in [0, 1]. */
  feeRate?: number;
}

/** zod schema of {@link SettlementBreakEvenRoiInput}. */
export const settlementBreakEvenRoiInputSchema = /* @__PURE__ */ pure(() => z.object({
  contributionMarginRate: z.number().check(z.lte(1)),
  refundRate: z.optional(rateSchema),
  feeRate: z.optional(rateSchema),
}));

/**
 * Break-even ROI in settlement form (结算保本ROI), on the ad report's basis (sales counted when
 * paid), under the one refund model of {@link unitEconomics}.
 *
 * Given an item's price, costs and order mix (a {@link UnitEconomicsInput}), it is
 * `unitEconomics(input).breakEvenRoi`: price ÷ the expected contribution of a paid order, with
 * refunds before shipping, returns (restock rate) and refunds without a return, fees only on the
 * kept orders and shipping insurance on the shipped ones.
 *
 * The short form `{ contributionMarginRate, refundRate, feeRate }` is the same model for an item
 * whose refunds all happen before shipping: a kept order leaves price × (1 − fee) × margin, a
 * refunded one nothing, so break-even ROI = 1 ÷ (margin × (1 − refund rate) × (1 − fee rate))
 * with the margin taken on the settled amount ([domain reference §5](../../docs/domain.en.md#5-profit-and-cost)). For returns and refunds after
 * shipping, which cost goods and shipping, give the full input instead. `null` when the item
 * loses money before any ad.
 *
 * @param input - the short form (rates as ratios, 0.1 is 10%), or an item's price, costs and order mix.
 * @returns the ROI that breaks even, or `null`.
 * @throws StoreOpsError `INVALID_INPUT` for a rate above 1 (`10` meaning 10%) or a bad cost, with its path.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 * @example
 * ```ts
 * import { settlementBreakEvenRoi } from 'storeops/profit';
 * settlementBreakEvenRoi({ contributionMarginRate: 0.5, refundRate: 0.2, feeRate: 0.05 }) //=> 1 / 0.38
 * settlementBreakEvenRoi({ contributionMarginRate: 0.5 }) //=> 2
 * settlementBreakEvenRoi({ contributionMarginRate: 0.5, refundRate: 1 }) //=> null
 * const roi = settlementBreakEvenRoi({ price: 219, unitCost: 82, commissionRate: 0.05, shippingCost: 8, packagingCost: 2, shippingInsurance: 1.5, refunds: { returned: 0.3, restockRate: 0.9, beforeShipping: 0.05 } });
 * Math.round(roi * 100) / 100 //=> 3.19
 * ```
 */
export function settlementBreakEvenRoi(input: SettlementBreakEvenRoiInput | UnitEconomicsInput): number | null {
  let unitForm = false;
  try {
    unitForm = typeof input === 'object' && input !== null && 'price' in input;
  } catch {
    // A proxy whose `has` trap throws: let the schema refuse it with a StoreOpsError.
  }
  if (unitForm) return unitEconomics(input as UnitEconomicsInput).breakEvenRoi;
  const v = parseInput(settlementBreakEvenRoiInputSchema, input);
  const one = toDecimal(1);
  const kept = new StoreDecimal(v.contributionMarginRate) // a rate, not money: any finite number in range
    .times(one.minus(v.refundRate ?? 0))
    .times(one.minus(v.feeRate ?? 0));
  return inverseRatio(kept, one);
}
