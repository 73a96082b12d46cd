import * as z from 'zod/mini';
import { amountRatio, moneyPerUnit, toDecimal, type Decimal } from '../core/decimal.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { ratio } from '../core/ratio.js';
import { countSchema, parseInput } from '../core/validate.js';
import { pure } from '../core/pure.js';

/** A campaign's or keyword's numbers over a period. */
export interface AdInput {
  /** 展现量. */
  impressions: number;
  /** 点击量, at most `impressions`. */
  clicks: number;
  /** 花费, in yuan. */
  spend: MoneyInput;
  /** 成交金额 attributed to the ad, in yuan. */
  sales: MoneyInput;
  /** 成交笔数 attributed to the ad. */
  orders?: number;
}

/**
 * Paid-promotion metrics ([domain reference §7](../../docs/domain.en.md#7-paid-promotion)); each `null` when its denominator is 0 or an input is missing.
 * @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion)
 */
export interface AdMetrics {
  /** 点击率: clicks / impressions. */
  ctr: number | null;
  /** CPC / PPC 平均点击花费: spend / clicks, in yuan, rounded to the fen. */
  cpc: Decimal | null;
  /** CPM 千次展现花费: spend / impressions × 1000, in yuan, rounded to the fen. */
  cpm: Decimal | null;
  /** ROI 投入产出比: sales / spend. */
  roi: number | null;
  /** 点击转化率: orders / clicks. */
  conversionRate: number | null;
  /** 成交成本 cost per order: spend / orders, in yuan, rounded to the fen. */
  costPerOrder: Decimal | null;
}

/** Fields of {@link AdInput}'s schema. @internal */
export const adInputShape = /* @__PURE__ */ pure(() => ({
  impressions: countSchema,
  clicks: countSchema,
  spend: nonNegativeMoneySchema,
  sales: nonNegativeMoneySchema,
  orders: z.optional(countSchema),
}));

/** Clicks may not exceed impressions. @internal */
export const clicksWithinImpressions = /* @__PURE__ */ z.refine<{ clicks: number; impressions: number }>((v) => v.clicks <= v.impressions, {
  error: 'clicks must not exceed impressions',
  path: ['clicks'],
});

/** zod schema of {@link AdInput}: counts non-negative integers, clicks at most impressions, money non-negative. */
export const adInputSchema = /* @__PURE__ */ pure(() => z.object(adInputShape).check(clicksWithinImpressions));

/** Metrics of already validated input. @internal */
export function computeAdMetrics(v: { impressions: number; clicks: number; spend: MoneyInput; sales: MoneyInput; orders?: number | undefined }): AdMetrics {
  const spend = toDecimal(v.spend);
  const sales = toDecimal(v.sales);
  const per = (units: number | undefined, amount: Decimal = spend): Decimal | null => (units === undefined || units === 0 ? null : moneyPerUnit(amount.div(units)));
  return {
    ctr: ratio(v.clicks, v.impressions),
    cpc: per(v.clicks),
    cpm: per(v.impressions, spend.times(1000)),
    roi: amountRatio(sales, spend),
    conversionRate: ratio(v.orders, v.clicks),
    costPerOrder: per(v.orders),
  };
}

/**
 * Computes a campaign's or keyword's CTR, CPC, CPM, ROI, click conversion and cost per order
 * ([domain reference §7](../../docs/domain.en.md#7-paid-promotion): CTR = clicks / impressions, CPC = spend / clicks, ROI = sales / spend,
 * CPM = spend / impressions × 1000). Money results are `Decimal`s, rounded to the fen (half-up); ROI is the exact quotient as a number.
 *
 * @param input - impressions, clicks, spend and sales (yuan), optionally orders.
 * @throws StoreOpsError `INVALID_INPUT` with the path of a bad field (negative counts, NaN
 *   money, clicks above impressions).
 * @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion)
 * @example
 * ```ts
 * import { adMetrics } from 'storeops/ads';
 * const m = adMetrics({ impressions: 20000, clicks: 400, spend: '600', sales: '1800', orders: 8 });
 * m.ctr //=> 0.02
 * m.cpc //=> 1.5
 * m.cpm //=> 30
 * m.roi //=> 3
 * m.costPerOrder //=> 75
 * adMetrics({ impressions: 0, clicks: 0, spend: 0, sales: 0 }).ctr //=> null
 * adMetrics({ impressions: 10, clicks: 20, spend: 1, sales: 0 }) //=> throws INVALID_INPUT
 * ```
 */
export function adMetrics(input: AdInput): AdMetrics {
  return computeAdMetrics(parseInput(adInputSchema, input));
}
