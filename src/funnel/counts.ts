import * as z from 'zod/mini';
import type { Decimal } from '../core/decimal.js';
import type { MessageParams } from '../core/i18n.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { countSchema } from '../core/validate.js';
import { pure } from '../core/pure.js';

/**
 * The raw numbers of a conversion funnel for one store, item, source or group over a period
 * (生意参谋 definitions, [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)). Counts are non-negative integers; money is in yuan.
 * Only `visitors`, `buyers` and `paidAmount` are required; a metric whose inputs are missing
 * is `null`.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 */
export interface FunnelCounts {
  /** 访客数 UV: distinct visitors. Daily UVs do not add up to a weekly UV (see {@link mergeFunnels}). */
  visitors: number;
  /** 支付买家数: paying buyers. */
  buyers: number;
  /** 支付金额: paid amount, in yuan. */
  paidAmount: MoneyInput;
  /** 展现量: impressions. */
  impressions?: number;
  /** 点击量: clicks on those impressions. */
  clicks?: number;
  /** 浏览量 PV: page views. */
  pageviews?: number;
  /** Visits (sessions). */
  sessions?: number;
  /** Single-page visits, at most `sessions`. */
  bounces?: number;
  /** 加购人数: visitors who added to cart. */
  cartAdders?: number;
  /** 收藏人数: visitors who added to favourites. */
  favoriters?: number;
  /** 下单买家数: buyers who placed an order (paid or not). */
  orderBuyers?: number;
  /** 支付子订单数 / orders. */
  orders?: number;
  /** 询单人数: visitors who asked customer service. */
  inquirers?: number;
  /** 询单成交人数: paying buyers among those who asked, at most `inquirers`. */
  inquiryBuyers?: number;
  /** 老访客数: returning visitors, at most `visitors`. */
  returningVisitors?: number;
  /** 新买家数: first-time buyers, at most `buyers`. */
  newBuyers?: number;
  /** 老买家数: buyers who paid in the 365 days before the period, at most `buyers` (with `newBuyers`: their sum too). */
  returningBuyers?: number;
  /** 推广花费: promotion spend, in yuan. */
  spend?: MoneyInput;
  /** 退款金额: refunded amount, in yuan. */
  refundAmount?: MoneyInput;
  /**
   * A presale item (预售): payment conversion stays 0 until the balance is paid, so the
   * conversion rate is taken from order conversion instead ([domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)).
   */
  presale?: boolean;
}

/**
 * Summed funnel counts, as returned by {@link mergeFunnels} and {@link aggregateFunnels}: counts
 * are exact sums, money is an exact `Decimal`. An optional field is present only when every
 * merged input had it (a partial sum would mislead); `presale` is `true` when any input was.
 */
export interface FunnelTotals extends Omit<FunnelCounts, 'paidAmount' | 'spend' | 'refundAmount'> {
  /** Summed paid amount, in yuan. */
  paidAmount: Decimal;
  /** Summed spend, in yuan. */
  spend?: Decimal;
  /** Summed refunds, in yuan. */
  refundAmount?: Decimal;
}

/**
 * A kept-but-implausible input, or a note on how a metric was computed, with a stable `code`,
 * the `path` of the field concerned, and its message in the requested locale.
 */
export interface FunnelFlag {
  /** Stable code, e.g. `BUYERS_EXCEED_VISITORS`. */
  code: string;
  /** Path of the field concerned, e.g. `buyers` (in a batch: `[12].buyers`). */
  path: string;
  /** The rendered message. */
  message: string;
  /** The values interpolated into the message. */
  params: MessageParams;
}

/** Optional count fields of {@link FunnelCounts}, in a fixed order. @internal */
export const OPTIONAL_COUNT_FIELDS = [
  'impressions',
  'clicks',
  'pageviews',
  'sessions',
  'bounces',
  'cartAdders',
  'favoriters',
  'orderBuyers',
  'orders',
  'inquirers',
  'inquiryBuyers',
  'returningVisitors',
  'newBuyers',
  'returningBuyers',
] as const;

/** Name of an optional count field. @internal */
export type OptionalCountField = (typeof OPTIONAL_COUNT_FIELDS)[number];

/**
 * Counts that are subsets of another count by definition: a row breaking one is rejected.
 * `[child, parent]`. @internal
 */
export const SUBSET_RULES = [
  ['bounces', 'sessions'],
  ['returningVisitors', 'visitors'],
  ['inquiryBuyers', 'inquirers'],
  ['newBuyers', 'buyers'],
  ['returningBuyers', 'buyers'],
] as const;

/**
 * Counts that should not exceed another but can in real exports (buyers above visitors on a
 * presale balance-payment day; clicks above impressions from two reporting windows): a row
 * breaking one is kept and flagged. `[count, base]`. @internal
 */
export const PLAUSIBILITY_RULES = [
  ['buyers', 'visitors'],
  ['orderBuyers', 'visitors'],
  ['cartAdders', 'visitors'],
  ['favoriters', 'visitors'],
  ['inquirers', 'visitors'],
  ['clicks', 'impressions'],
  ['inquiryBuyers', 'buyers'],
] as const;

const optionalCount = /* @__PURE__ */ z.optional(countSchema);

/**
 * zod schema of {@link FunnelCounts}: counts are non-negative integers, money non-negative
 * amounts; subsets may not exceed their whole (bounces ≤ sessions, returning visitors ≤
 * visitors, inquiry buyers ≤ inquirers, new and returning buyers ≤ buyers). Unknown fields
 * (store, date, source …) are ignored.
 */
export const funnelCountsSchema = /* @__PURE__ */ pure(() => z
  .object({
    visitors: countSchema,
    buyers: countSchema,
    paidAmount: nonNegativeMoneySchema,
    impressions: optionalCount,
    clicks: optionalCount,
    pageviews: optionalCount,
    sessions: optionalCount,
    bounces: optionalCount,
    cartAdders: optionalCount,
    favoriters: optionalCount,
    orderBuyers: optionalCount,
    orders: optionalCount,
    inquirers: optionalCount,
    inquiryBuyers: optionalCount,
    returningVisitors: optionalCount,
    newBuyers: optionalCount,
    returningBuyers: optionalCount,
    spend: z.optional(nonNegativeMoneySchema),
    refundAmount: z.optional(nonNegativeMoneySchema),
    presale: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((v, ctx) => {
      const issue = subsetViolation(v);
      if (issue !== null) ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field], input: v[issue.field] });
    }),
  ));

/**
 * The first subset rule a set of counts breaks, or `null`. Shared by the zod schema and the
 * batch validator so both report the same field. @internal
 */
export function subsetViolation(v: { readonly [K in OptionalCountField | 'visitors' | 'buyers']?: number | undefined }): { field: OptionalCountField; message: string } | null {
  for (const [child, parent] of SUBSET_RULES) {
    const c = v[child];
    const p = v[parent];
    if (c !== undefined && p !== undefined && c > p) return { field: child, message: `must not exceed ${parent} (${p}), received ${c}` };
  }
  const { newBuyers, returningBuyers, buyers } = v;
  if (newBuyers !== undefined && returningBuyers !== undefined && buyers !== undefined && newBuyers + returningBuyers > buyers) {
    return { field: 'returningBuyers', message: `newBuyers + returningBuyers must not exceed buyers (${buyers}), received ${newBuyers + returningBuyers}` };
  }
  return null;
}
