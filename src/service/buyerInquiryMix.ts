import * as z from 'zod/mini';
import { ratio } from '../core/ratio.js';
import { countSchema, parseInput } from '../core/validate.js';
import { pure } from '../core/pure.js';

/** A store's buyers over a period, split by whether they asked customer service first. */
export interface BuyerInquiryMixInput {
  /** 支付买家数: paying buyers (count). */
  buyers: number;
  /** 询单成交人数: paying buyers who asked customer service first (count, at most `buyers`). */
  inquiryBuyers: number;
  /** 访客数: visitors (count); gives the inquiry rate and the silent conversion rate. */
  visitors?: number;
  /** 询单人数: visitors who asked customer service (count, at most `visitors`, at least `inquiryBuyers`). */
  inquirers?: number;
}

/** Silent against inquiry buyers (静默 vs 询单). Every ratio is `null` when its denominator is 0 or missing. */
export interface BuyerInquiryMix {
  /** 静默成交人数: buyers who never asked = buyers − inquiry buyers. */
  silentBuyers: number;
  /** Inquiry buyers / buyers. */
  inquiryBuyerShare: number | null;
  /** Silent buyers / buyers; a high share means a strong product and brand. */
  silentBuyerShare: number | null;
  /** 询单率 = inquirers / visitors. */
  inquiryRate: number | null;
  /** 询单转化率 = inquiry buyers / inquirers. */
  inquiryConversionRate: number | null;
  /** 静默转化率 = silent buyers / visitors. */
  silentConversionRate: number | null;
}

/** zod schema of {@link BuyerInquiryMixInput}. Unknown fields are ignored. */
export const buyerInquiryMixInputSchema = /* @__PURE__ */ pure(() => z
  .object({
    buyers: countSchema,
    inquiryBuyers: countSchema,
    visitors: z.optional(countSchema),
    inquirers: z.optional(countSchema),
  })
  .check(
    z.refine((v) => v.inquiryBuyers <= v.buyers, { error: 'inquiryBuyers must not exceed buyers', path: ['inquiryBuyers'] }),
    z.refine((v) => v.inquirers === undefined || v.inquiryBuyers <= v.inquirers, {
      error: 'inquirers must be at least inquiryBuyers',
      path: ['inquirers'],
    }),
    z.refine((v) => v.inquirers === undefined || v.visitors === undefined || v.inquirers <= v.visitors, {
      error: 'inquirers must not exceed visitors',
      path: ['inquirers'],
    }),
    z.refine((v) => v.visitors === undefined || v.buyers <= v.visitors, { error: 'buyers must not exceed visitors', path: ['buyers'] }),
  ));

/**
 * Splits a store's buyers into silent buyers (静默成交, bought without asking) and inquiry
 * buyers (询单成交), with the inquiry rate, inquiry conversion and silent conversion
 * (silent buyers / visitors). A store with many silent orders has a strong product and brand.
 *
 * @param input - counts over one period.
 * @returns shares of buyers and the rates, `null` where a denominator is 0 or missing.
 * @throws StoreOpsError `INVALID_INPUT` for a bad count (path named) or counts that contradict each other.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { buyerInquiryMix } from 'storeops/service';
 * buyerInquiryMix({ buyers: 300, inquiryBuyers: 120, visitors: 10000, inquirers: 400 }) //=> { silentBuyers: 180, inquiryBuyerShare: 0.4, silentBuyerShare: 0.6, inquiryRate: 0.04, inquiryConversionRate: 0.3, silentConversionRate: 0.018 }
 * buyerInquiryMix({ buyers: 0, inquiryBuyers: 0 }).silentBuyerShare //=> null
 * buyerInquiryMix({ buyers: 10, inquiryBuyers: 11 }) //=> throws INVALID_INPUT
 * ```
 */
export function buyerInquiryMix(input: BuyerInquiryMixInput): BuyerInquiryMix {
  const v = parseInput(buyerInquiryMixInputSchema, input);
  const silentBuyers = v.buyers - v.inquiryBuyers;
  return {
    silentBuyers,
    inquiryBuyerShare: ratio(v.inquiryBuyers, v.buyers),
    silentBuyerShare: ratio(silentBuyers, v.buyers),
    inquiryRate: ratio(v.inquirers, v.visitors),
    inquiryConversionRate: ratio(v.inquiryBuyers, v.inquirers),
    silentConversionRate: ratio(silentBuyers, v.visitors),
  };
}
