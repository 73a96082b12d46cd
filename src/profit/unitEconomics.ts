import * as z from 'zod/mini';
import { toDecimal, type Decimal } from '../core/decimal.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { parseInput, rateSchema } from '../core/validate.js';

/** What one order (or unit) sells for and costs. Rates are shares of `price` in [0, 1] (`0.05` is 5%). */
export interface UnitEconomicsInput {
  /** 售价: what the buyer pays, in yuan. */
  price: MoneyInput;
  /** 产品成本: cost of the goods, in yuan. */
  unitCost: MoneyInput;
  /** 平台佣金 / 技术服务费: platform commission, e.g. 0.05 for Tmall apparel. @see DOMAIN.md §5 */
  commissionRate?: number;
  /** 天猫积分: points the store pays for, e.g. 0.005. @see DOMAIN.md §5 */
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
  /** Expected refunds: share of sales refunded, counted as lost revenue (the goods and fees are assumed not recovered; give refunds net of recovery to model it). */
  refundRate?: number;
  /** 税费: tax as a share of the price. */
  taxRate?: number;
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
  expectedRefunds: Decimal;
}

/** The result of {@link unitEconomics}. */
export interface UnitEconomics {
  /** The price, in yuan. */
  revenue: Decimal;
  /** Every cost line, exact (not rounded to the fen: round where you display). */
  costs: UnitCosts;
  /** Sum of the cost lines. */
  totalCost: Decimal;
  /** 毛利 / 边际贡献: revenue − total cost, before any ad spend. */
  contribution: Decimal;
  /** Contribution ÷ revenue; `null` when the price is 0. */
  contributionMarginRate: number | null;
  /** 保本ROI: ad-driven sales per yuan of ad spend that just breaks even, 1 ÷ margin; `null` when the margin is ≤ 0 (the item loses money before any ad is bought). */
  breakEvenRoi: number | null;
}

/** zod schema of {@link UnitEconomicsInput}. Unknown fields are ignored. */
export const unitEconomicsInputSchema = /* @__PURE__ */ z.object({
  price: nonNegativeMoneySchema,
  unitCost: nonNegativeMoneySchema,
  commissionRate: /* @__PURE__ */ z.optional(rateSchema),
  pointsRate: /* @__PURE__ */ z.optional(rateSchema),
  paymentFeeRate: /* @__PURE__ */ z.optional(rateSchema),
  affiliateRate: /* @__PURE__ */ z.optional(rateSchema),
  shippingCost: /* @__PURE__ */ z.optional(nonNegativeMoneySchema),
  packagingCost: /* @__PURE__ */ z.optional(nonNegativeMoneySchema),
  otherCost: /* @__PURE__ */ z.optional(nonNegativeMoneySchema),
  refundRate: /* @__PURE__ */ z.optional(rateSchema),
  taxRate: /* @__PURE__ */ z.optional(rateSchema),
});

/** `b ÷ a` as a number, `null` unless `a > 0`. @internal */
export function inverseRatio(a: Decimal, b: Decimal): number | null {
  return a.isPositive() && !a.isZero() ? b.div(a).toNumber() : null;
}

/**
 * The economics of one order (or unit): revenue, every cost line, the contribution it leaves
 * before any ad spend, its margin and the break-even ROI (保本ROI = 1 ÷ contribution margin
 * rate). Rate-based lines are shares of the price; money is exact.
 *
 * @param input - price and costs in yuan; rates in [0, 1].
 * @returns revenue, cost lines, contribution, margin and break-even ROI.
 * @throws StoreOpsError `INVALID_INPUT` with the path of the bad field: a negative cost, a rate
 *   above 1 (`5` meaning 5% — write `0.05`), a missing price.
 * @see DOMAIN.md §5
 * @example
 * ```ts
 * import { unitEconomics } from 'storeops/profit';
 * const unit = unitEconomics({ price: 100, unitCost: 40, commissionRate: 0.05, shippingCost: 8, packagingCost: 2 });
 * unit.contribution //=> 45
 * unit.contributionMarginRate //=> 0.45
 * unit.breakEvenRoi //=> 100 / 45
 * unit.costs.commission //=> 5
 * unitEconomics({ price: 50, unitCost: 48, shippingCost: 5 }).breakEvenRoi //=> null
 * unitEconomics({ price: 100, unitCost: 40, commissionRate: 5 }) //=> throws INVALID_INPUT
 * ```
 */
export function unitEconomics(input: UnitEconomicsInput): UnitEconomics {
  const v = parseInput(unitEconomicsInputSchema, input);
  const price = toDecimal(v.price);
  const share = (rate: number | undefined) => price.times(rate ?? 0);
  const money = (value: MoneyInput | undefined) => toDecimal(value ?? 0);
  const costs: UnitCosts = {
    productCost: toDecimal(v.unitCost),
    commission: share(v.commissionRate),
    points: share(v.pointsRate),
    paymentFee: share(v.paymentFeeRate),
    affiliateCommission: share(v.affiliateRate),
    shipping: money(v.shippingCost),
    packaging: money(v.packagingCost),
    other: money(v.otherCost),
    tax: share(v.taxRate),
    expectedRefunds: share(v.refundRate),
  };
  let totalCost = toDecimal(0);
  for (const line of Object.values(costs)) totalCost = totalCost.plus(line);
  const contribution = price.minus(totalCost);
  return {
    revenue: price,
    costs,
    totalCost,
    contribution,
    contributionMarginRate: price.isZero() ? null : contribution.div(price).toNumber(),
    breakEvenRoi: inverseRatio(contribution, price),
  };
}
