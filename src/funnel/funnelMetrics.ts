import * as z from 'zod/mini';
import { amountRatio, formatMoney, moneyPerUnit, toDecimal, type Decimal } from '../core/decimal.js';
import { messageCatalogSchema, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { ratio } from '../core/ratio.js';
import { parseInput } from '../core/validate.js';
import { funnelCountsSchema, type FunnelCounts, type FunnelFlag } from './counts.js';
import { makeFlag, plausibilityFlags } from './flags.js';
import { funnelMessages } from './messages.js';
import { pure } from '../core/pure.js';

/** Options of {@link funnelMetrics}. */
export interface FunnelMetricsOptions {
  /** Language of the flags' messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code (e.g. from a plugin). */
  messages?: MessageCatalog;
}

/**
 * The metrics of a funnel (生意参谋 definitions). Rates are numbers (0.03 is 3%), money is a
 * `Decimal` in yuan; each is `null` when an input is missing or its denominator is zero.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 */
export interface FunnelMetrics {
  /** 点击率: clicks / impressions. */
  ctr: number | null;
  /** 转化率: payment conversion, or order conversion for a presale item (see `conversionBasis`). */
  conversionRate: number | null;
  /** Which conversion `conversionRate` is: `'payment'` (buyers / visitors) or `'order'` (order buyers / visitors, presale). */
  conversionBasis: 'payment' | 'order';
  /** 支付转化率: buyers / visitors, whatever the basis. */
  paymentConversionRate: number | null;
  /** 下单转化率: order buyers / visitors. */
  orderConversionRate: number | null;
  /** 客单价 AOV: paid amount / buyers, in yuan, rounded to the fen (half-up). */
  aov: Decimal | null;
  /** UV价值 revenue per visitor: paid amount / visitors (= conversion × AOV), in yuan, rounded to the fen. */
  revenuePerVisitor: Decimal | null;
  /** 人均浏览量: pageviews / visitors. */
  pagesPerVisitor: number | null;
  /** 跳失率: single-page visits / visits. */
  bounceRate: number | null;
  /** 加购率: cart adders / visitors. */
  cartRate: number | null;
  /** 收藏率: favouriters / visitors. */
  favoriteRate: number | null;
  /** 询单率: inquirers / visitors. */
  inquiryRate: number | null;
  /** 询单转化率: inquiry buyers / inquirers. */
  inquiryConversionRate: number | null;
  /** 静默转化率: buyers who never asked (buyers − inquiry buyers) / visitors. */
  silentConversionRate: number | null;
  /** 人均订单数: orders / buyers (purchase frequency in the period). */
  ordersPerBuyer: number | null;
  /** 老买家占比: returning buyers / buyers. */
  returningBuyerShare: number | null;
  /** 老访客占比: returning visitors / visitors. */
  returningVisitorShare: number | null;
  /** 访客成本: spend / visitors, in yuan, rounded to the fen. */
  costPerVisitor: Decimal | null;
  /** CPC (PPC): spend / clicks, in yuan, rounded to the fen. */
  cpc: Decimal | null;
  /** CPM: spend / impressions × 1000, in yuan, rounded to the fen. */
  cpm: Decimal | null;
  /** ROI: paid amount / spend. */
  roi: number | null;
  /** 退款率: refunded amount / paid amount. */
  refundRate: number | null;
  /** Implausible but kept inputs (buyers above visitors …) and notes on the basis (presale). */
  flags: FunnelFlag[];
}

const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  locale: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
}));

function perUnit(amount: Decimal | null, units: number | undefined): Decimal | null {
  return amount === null || units === undefined || units === 0 ? null : moneyPerUnit(amount.div(units));
}

/**
 * Computes the metrics of a conversion funnel from its counts (生意参谋 definitions):
 * conversion 支付转化率, AOV 客单价, revenue per visitor UV价值, CTR, bounce, cart and favourite
 * rates, inquiry and silent conversion, cost per visitor, CPC, CPM, ROI, refund rate. A metric
 * is `null` when an input is missing or its denominator is zero — never NaN or Infinity. For a
 * presale item (`presale: true`) conversion is order conversion, and `conversionBasis` says so.
 * Implausible but possible inputs (more buyers than visitors) are kept and listed in `flags`.
 *
 * @param counts - the funnel's counts; money in yuan. Works on summed counts too ({@link mergeFunnels}).
 * @param options - locale of the flags' messages.
 * @throws StoreOpsError `INVALID_INPUT` with the path of a bad field (negative or fractional
 *   count, `'3.2%'` where a count is due, NaN money, bounces above sessions …).
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { funnelMetrics } from 'storeops/funnel';
 * const m = funnelMetrics({ visitors: 1000, buyers: 30, paidAmount: '7140' });
 * m.conversionRate //=> 0.03
 * m.aov //=> 238
 * m.revenuePerVisitor //=> 7.14
 * funnelMetrics({ visitors: 0, buyers: 0, paidAmount: 0 }).conversionRate //=> null
 * funnelMetrics({ visitors: 500, buyers: 0, orderBuyers: 40, paidAmount: 0, presale: true }) //=> { conversionRate: 0.08, conversionBasis: 'order' }
 * funnelMetrics({ visitors: 100, buyers: -1, paidAmount: 0 }) //=> throws INVALID_INPUT
 * ```
 */
export function funnelMetrics(counts: FunnelCounts, options: FunnelMetricsOptions = {}): FunnelMetrics {
  const v = parseInput(funnelCountsSchema, counts);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [funnelMessages] : [funnelMessages, opts.messages];

  const paid = toDecimal(v.paidAmount, 'paidAmount');
  const spend = v.spend === undefined ? null : toDecimal(v.spend, 'spend');
  const refund = v.refundAmount === undefined ? null : toDecimal(v.refundAmount, 'refundAmount');
  const { visitors, buyers } = v;

  const refunds = refund !== null && refund.gt(paid) ? { value: formatMoney(refund), baseValue: formatMoney(paid) } : null;
  const flags = plausibilityFlags(v, refunds, [], locale, catalogs);

  const paymentConversionRate = ratio(buyers, visitors);
  const orderConversionRate = ratio(v.orderBuyers, visitors);
  const presale = v.presale === true;
  if (presale) {
    const code = v.orderBuyers === undefined ? 'PRESALE_WITHOUT_ORDER_BUYERS' : 'PRESALE_CONVERSION_FROM_ORDERS';
    flags.push(makeFlag(code, ['presale'], {}, locale, catalogs));
  }
  const silentBuyers = v.inquiryBuyers === undefined || v.inquiryBuyers > buyers ? undefined : buyers - v.inquiryBuyers;

  return {
    ctr: ratio(v.clicks, v.impressions),
    conversionRate: presale ? orderConversionRate : paymentConversionRate,
    conversionBasis: presale ? 'order' : 'payment',
    paymentConversionRate,
    orderConversionRate,
    aov: perUnit(paid, buyers),
    revenuePerVisitor: perUnit(paid, visitors),
    pagesPerVisitor: ratio(v.pageviews, visitors),
    bounceRate: ratio(v.bounces, v.sessions),
    cartRate: ratio(v.cartAdders, visitors),
    favoriteRate: ratio(v.favoriters, visitors),
    inquiryRate: ratio(v.inquirers, visitors),
    inquiryConversionRate: ratio(v.inquiryBuyers, v.inquirers),
    silentConversionRate: ratio(silentBuyers, visitors),
    ordersPerBuyer: ratio(v.orders, buyers),
    returningBuyerShare: ratio(v.returningBuyers, buyers),
    returningVisitorShare: ratio(v.returningVisitors, visitors),
    costPerVisitor: perUnit(spend, visitors),
    cpc: perUnit(spend, v.clicks),
    cpm: perUnit(spend === null ? null : spend.times(1000), v.impressions),
    roi: amountRatio(paid, spend),
    refundRate: amountRatio(refund, paid),
    flags,
  };
}
