import * as z from 'zod/mini';
import { StoreDecimal, toDecimal, type Decimal } from '../core/decimal.js';
import { fail } from '../core/errors.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { parseInput, rateSchema } from '../core/validate.js';
import { pure } from '../core/pure.js';

/** What one order (or unit) sells for and costs. Rates are shares of `price` in [0, 1] (`0.05` is 5%). */
export interface UnitEconomicsInput {
  /** 售价: what the buyer pays, in yuan. */
  price: MoneyInput;
  /** 产品成本: cost of the goods, in yuan. */
  unitCost: MoneyInput;
  /** 平台佣金 / 技术服务费: platform commission, e.g. 0.05 for Tmall apparel. @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost) */
  commissionRate?: number;
  /** 天猫积分: points the store pays for, e.g. 0.005. @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost) */
  pointsRate?: number;
  /** 支付手续费: payment fee (Alipay, credit card). */
  paymentFeeRate?: number;
  /** 淘宝客佣金: affiliate commission. */
  affiliateRate?: number;
  /** 快递费: courier cost per order, in yuan. */
  shippingCost?: MoneyInput;
  /** 包装: packaging per order, in yuan. */
  packagingCost?: MoneyInput;
  /** Any other cost per order (gifts, inserts), in yuan. */
  otherCost?: MoneyInput;
  /** 运费险 / 退货宝: shipping insurance per shipped order, in yuan. */
  shippingInsurance?: MoneyInput;
  /**
   * What happens to the orders after payment (the refund model, {@link RefundMix}): shares of
   * paid orders refunded before shipping, returned (with the share of returned goods restocked),
   * and refunded without a return. The rest are kept.
   */
  refunds?: RefundMix;
  /** Shorthand for `refunds.refundOnly` (仅退款: refunded after shipping, goods not recovered); not together with `refunds.refundOnly`. */
  refundRate?: number;
  /** 税费: tax as a share of the price (charged on kept orders). */
  taxRate?: number;
}

/**
 * The order mix of the refund model: shares of paid orders, each in [0, 1], adding up to at most
 * 1; the rest are kept. Per order:
 * - **kept**: the price is earned; goods, every rate-based fee (commission, points, payment fee,
 *   affiliate commission, tax), shipping, packaging, other costs and shipping insurance are paid;
 * - **refunded before shipping** (未发货退款): nothing is earned and nothing is spent (fees are not
 *   charged on a refunded order, nothing was packed or shipped);
 * - **returned** (退货退款): the price is refunded, the fees are not charged; shipping, packaging,
 *   other costs, insurance and `returnShippingCost` are spent, and the goods are lost except the
 *   restocked share;
 * - **refund only** (仅退款): the price is refunded, the fees are not charged, the goods are not
 *   recovered and the shipping, packaging, other costs and insurance are spent.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 */
export interface RefundMix {
  /** Share of paid orders refunded before they ship. */
  beforeShipping?: number;
  /** Share of paid orders returned for a refund (退货退款). */
  returned?: number;
  /** Share of the returned goods that can be sold again (default 1: all of them). */
  restockRate?: number;
  /** Share of paid orders refunded without a return (仅退款). */
  refundOnly?: number;
  /** What a return costs the store beyond shipping insurance (return courier it pays), yuan per returned order (default 0). */
  returnShippingCost?: MoneyInput;
}

/** The cost lines of one order, in yuan. */
export interface UnitCosts {
  productCost: Decimal;
  commission: Decimal;
  points: Decimal;
  paymentFee: Decimal;
  affiliateCommission: Decimal;
  shipping: Decimal;
  packaging: Decimal;
  other: Decimal;
  tax: Decimal;
  /** 运费险 on the shipped orders. */
  shippingInsurance: Decimal;
  /** Return courier on the returned orders. */
  returnShipping: Decimal;
  /** The price refunded on the orders that are not kept. */
  expectedRefunds: Decimal;
}

/** The shares of paid orders per outcome (adding up to 1). */
export interface OrderMix {
  kept: number;
  beforeShipping: number;
  returned: number;
  refundOnly: number;
  /** Shipped orders: kept + returned + refund only. */
  shipped: number;
}

/** The result of {@link unitEconomics}. */
export interface UnitEconomics {
  /** The price, in yuan: what the ad report counts as sales for one paid order. */
  revenue: Decimal;
  /** The price on the kept share of orders: `price × kept`. */
  keptRevenue: Decimal;
  /** The shares of paid orders kept, refunded before shipping, returned and refunded only. */
  orderMix: OrderMix;
  /** Every cost line, expected per paid order under the refund model, exact (not rounded to the fen: round where you display). */
  costs: UnitCosts;
  /** Sum of the cost lines. */
  totalCost: Decimal;
  /** 毛利 / 边际贡献: the expected contribution of one paid order, revenue − total cost, before any ad spend. */
  contribution: Decimal;
  /** Contribution ÷ price: per yuan of paid sales, the basis of the ad report's ROI; `null` when the price is 0. */
  contributionMarginRate: number | null;
  /** 保本ROI: paid sales (as the ad report counts them) per yuan of ad spend that just breaks even, price ÷ contribution = 1 ÷ margin; `null` when the margin is ≤ 0 (the item loses money before any ad is bought). */
  breakEvenRoi: number | null;
}

/** zod schema of {@link UnitEconomicsInput}. Unknown fields are ignored. */
export const unitEconomicsInputSchema = /* @__PURE__ */ pure(() => z.object({
  price: nonNegativeMoneySchema,
  unitCost: nonNegativeMoneySchema,
  commissionRate: z.optional(rateSchema),
  pointsRate: z.optional(rateSchema),
  paymentFeeRate: z.optional(rateSchema),
  affiliateRate: z.optional(rateSchema),
  shippingCost: z.optional(nonNegativeMoneySchema),
  packagingCost: z.optional(nonNegativeMoneySchema),
  otherCost: z.optional(nonNegativeMoneySchema),
  shippingInsurance: z.optional(nonNegativeMoneySchema),
  refunds: z.optional(
    z.object({
      beforeShipping: z.optional(rateSchema),
      returned: z.optional(rateSchema),
      restockRate: z.optional(rateSchema),
      refundOnly: z.optional(rateSchema),
      returnShippingCost: z.optional(nonNegativeMoneySchema),
    }),
  ),
  refundRate: z.optional(rateSchema),
  taxRate: z.optional(rateSchema),
}));

/** `b ÷ a` as a number, `null` unless `a > 0` and the quotient is a finite number. @internal */
export function inverseRatio(a: Decimal, b: Decimal): number | null {
  if (!a.isPositive() || a.isZero()) return null;
  // A tiny margin (5e-324) gives a quotient beyond Number.MAX_VALUE: null, never Infinity.
  const n = b.div(a).toNumber();
  return Number.isFinite(n) ? n : null;
}

/**
 * The economics of one paid order (or unit) under the refund model ({@link RefundMix}): what it
 * is expected to earn and cost once some orders are refunded before shipping, some returned
 * (part of the goods restocked) and some refunded without a return — fees and tax only on the
 * kept orders, shipping, packaging and shipping insurance on every shipped order — the
 * contribution it leaves before any ad spend, its margin per yuan of paid sales and the
 * break-even ROI (保本ROI = price ÷ contribution), on the basis of the ad report, which counts an
 * order's price when it is paid. Rate-based lines are shares of the price; money is exact.
 *
 * Worked example (the profit guide): price 219, cost 82, 5% commission, shipping 8, packaging 2,
 * shipping insurance 1.5; 65% kept, 30% returned (90% restocked), 5% refunded before shipping.
 * Kept: 219 − 82 − 10.95 − 8 − 2 − 1.5 = 114.55; returned: −(8.2 + 8 + 2 + 1.5) = −19.70;
 * refunded before shipping: 0. Expected: 0.65 × 114.55 − 0.30 × 19.70 = 68.5475, break-even ROI
 * 219 ÷ 68.5475 ≈ 3.19.
 *
 * @param input - price and costs in yuan; rates and order shares in [0, 1].
 * @returns revenue, the order mix, expected cost lines, contribution, margin and break-even ROI.
 * @throws StoreOpsError `INVALID_INPUT` with the path of the bad field: a negative cost, a rate
 *   above 1 (`5` meaning 5% — write `0.05`), a missing price, order shares adding up to more than 1.
 * @see [domain reference §5](../../docs/domain.en.md#5-profit-and-cost)
 * @example
 * ```ts
 * import { unitEconomics } from 'storeops/profit';
 * const unit = unitEconomics({ price: 100, unitCost: 40, commissionRate: 0.05, shippingCost: 8, packagingCost: 2 });
 * unit.contribution //=> 45
 * unit.contributionMarginRate //=> 0.45
 * unit.breakEvenRoi //=> 100 / 45
 * unit.costs.commission //=> 5
 * const mix = unitEconomics({ price: 219, unitCost: 82, commissionRate: 0.05, shippingCost: 8, packagingCost: 2, shippingInsurance: 1.5, refunds: { returned: 0.3, restockRate: 0.9, beforeShipping: 0.05 } });
 * mix.contribution //=> 68.5475
 * Math.round(mix.breakEvenRoi * 100) / 100 //=> 3.19
 * unitEconomics({ price: 50, unitCost: 48, shippingCost: 5 }).breakEvenRoi //=> null
 * unitEconomics({ price: 100, unitCost: 40, commissionRate: 5 }) //=> throws INVALID_INPUT
 * ```
 */
export function unitEconomics(input: UnitEconomicsInput): UnitEconomics {
  const v = parseInput(unitEconomicsInputSchema, input);
  const r = v.refunds ?? {};
  if (v.refundRate !== undefined && r.refundOnly !== undefined) fail('INVALID_INPUT', 'refundRate', 'give refundRate or refunds.refundOnly, not both');
  // Shares of orders are rates in [0, 1] (validated), not money: exact decimals without money's range.
  const share = (x: number | undefined) => new StoreDecimal(x ?? 0);
  const one = share(1);
  const beforeShipping = share(r.beforeShipping);
  const returned = share(r.returned);
  const refundOnly = share(r.refundOnly ?? v.refundRate);
  const notKept = beforeShipping.plus(returned).plus(refundOnly);
  if (notKept.gt(1)) fail('INVALID_INPUT', 'refunds', `order shares add up to ${notKept.toString()}, more than 1`);
  const kept = one.minus(notKept);
  const shipped = one.minus(beforeShipping);
  const lostGoods = kept.plus(refundOnly).plus(returned.times(one.minus(r.restockRate ?? 1)));
  const price = toDecimal(v.price);
  const fee = (rate: number | undefined) => price.times(rate ?? 0).times(kept);
  const perShipped = (value: MoneyInput | undefined) => toDecimal(value ?? 0).times(shipped);
  const costs: UnitCosts = {
    productCost: toDecimal(v.unitCost).times(lostGoods),
    commission: fee(v.commissionRate),
    points: fee(v.pointsRate),
    paymentFee: fee(v.paymentFeeRate),
    affiliateCommission: fee(v.affiliateRate),
    shipping: perShipped(v.shippingCost),
    packaging: perShipped(v.packagingCost),
    other: perShipped(v.otherCost),
    tax: fee(v.taxRate),
    shippingInsurance: perShipped(v.shippingInsurance),
    returnShipping: toDecimal(r.returnShippingCost ?? 0).times(returned),
    expectedRefunds: price.times(notKept),
  };
  let totalCost = toDecimal(0);
  for (const line of Object.values(costs)) totalCost = totalCost.plus(line);
  const contribution = price.minus(totalCost);
  return {
    revenue: price,
    keptRevenue: price.times(kept),
    orderMix: { kept: kept.toNumber(), beforeShipping: beforeShipping.toNumber(), returned: returned.toNumber(), refundOnly: refundOnly.toNumber(), shipped: shipped.toNumber() },
    costs,
    totalCost,
    contribution,
    contributionMarginRate: price.isZero() ? null : contribution.div(price).toNumber(),
    breakEvenRoi: inverseRatio(contribution, price),
  };
}
