import * as z from 'zod/mini';
import { isoDateSchema, type IsoDate } from '../core/dates.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import type { BriefDsrInput } from './areas/dsr.js';
import type { BriefMembersInput, BriefServiceInput } from './areas/modules.js';
import type { StockItemInput } from '../stock/stockCover.js';
import type { DailyChecksInput } from '../checks/dailyChecks.js';
import type { SalesCurveItem } from '../roles/salesCurve.js';
import type { RivalSnapshot } from '../rivals/snapshots.js';
import { countSchema, nonNegativeSchema, parseInput, positiveSchema, rateSchema } from '../core/validate.js';
import type { UnitEconomicsInput } from '../profit/unitEconomics.js';
import { pure } from '../core/pure.js';

/**
 * One day of the store (店铺整体): a `SycmRow` of a store export fits as it is. A missing count
 * or amount (an export's `'-'`) counts as 0.
 */
export interface BriefStoreDay {
  date: IsoDate;
  /** 访客数. */
  visitors?: number;
  /** 支付买家数. */
  buyers?: number;
  /** 支付金额, yuan. */
  paidAmount?: MoneyInput;
  /** 浏览量 (for page health). */
  pageviews?: number;
  /** 跳失率, 0–1 (for page health). */
  bounceRate?: number;
  /** 成功退款金额, yuan (refunds against their 7-day norm). */
  refundAmount?: MoneyInput;
  /** 商品收藏人数. */
  favoriters?: number;
  /** 商品加购人数. */
  cartAdders?: number;
  /** 询单人数: visitors who asked customer service (for the owner of a conversion change). */
  inquirers?: number;
  /** 询单成交人数: buyers among those who asked. */
  inquiryBuyers?: number;
}

/** One traffic source on one day (流量来源): a `SycmRow` of a source export fits as it is. */
export interface BriefSourceDay {
  date: IsoDate;
  /** The source name, e.g. `直通车`. */
  source: string;
  /** `natural`, `paid`, `activity`, `member`, `external` or `other` (see `sycmSourceCategory`). */
  category?: string;
  /** 1 for a first-level total, 2 or 3 for details; without `sourcePath` the brief uses the deepest level given. */
  sourceLevel?: number;
  /**
   * The source's names from level 1 down (`parseSycmRows` gives it). With paths, the brief uses
   * each branch at its own deepest level: a row whose path another row of the day extends is a
   * subtotal and is not added.
   */
  sourcePath?: readonly string[];
  /** True when the adapter could not place the source in a category (it counts as `other`): the data area names it. */
  unplaced?: boolean;
  /** 访客数 (missing counts as 0). */
  visitors?: number;
  /** 支付买家数. */
  buyers?: number;
  /** 支付金额, yuan (missing counts as 0). */
  paidAmount?: MoneyInput;
}

/** One item on one day (商品): a `SycmRow` of an item export fits as it is. */
export interface BriefItemDay {
  date: IsoDate;
  /** 商品ID. */
  itemId: string;
  /** 商品名称. */
  itemName?: string;
  /** 访客数 (missing counts as 0). */
  visitors?: number;
  /** 支付买家数 (missing counts as 0). */
  buyers?: number;
  /** 支付金额, yuan (missing counts as 0). */
  paidAmount?: MoneyInput;
  /** 商品收藏人数 (a leading indicator for the hero item). */
  favoriters?: number;
  /** 商品加购人数 (a leading indicator for the hero item). */
  cartAdders?: number;
}

/** One paid keyword on one day (直通车 keyword report): a `SycmRow` of a keyword export with its date fits as it is. */
export interface BriefKeywordDay {
  date: IsoDate;
  /** 关键词. */
  keyword: string;
  /** The promoted item (its break-even ROI judges the keyword). */
  itemId?: string;
  /** 计划名称: the campaign (plan) the keyword runs in, for its daily cap. */
  campaign?: string;
  /** 展现量 (missing counts as 0). */
  impressions?: number;
  /** 点击量 (missing counts as 0). */
  clicks?: number;
  /** 花费, yuan (missing counts as 0). */
  spend?: MoneyInput;
  /** 总成交金额, yuan (missing counts as 0). */
  sales?: MoneyInput;
  /** 总成交笔数 (missing counts as 0). */
  orders?: number;
}

/** An item's price and costs, for its break-even ROI (as `unitEconomics` takes them) and its id. */
export interface BriefProduct extends UnitEconomicsInput {
  /** 商品ID, as in the item and keyword exports. */
  id: string;
}

/** One day of the plan: the sales target and, if planned, the drivers behind it. */
export interface BriefPlanDay {
  date: IsoDate;
  /** 目标销售额, yuan. */
  target: MoneyInput;
  /** 目标访客数. */
  visitors?: number;
  /** 目标转化率, 0–1. */
  conversionRate?: number;
  /** 目标客单价, yuan (default: target ÷ (visitors × conversion)). */
  aov?: MoneyInput;
  /** Names of the events on the day (as `planTargets` gives them): the day is a campaign day. */
  events?: readonly string[];
}

/** A plan as `planTargets` returns it (only its days are read), or the days alone. */
export type BriefPlan = readonly BriefPlanDay[] | { readonly days: readonly BriefPlanDay[] };

/** An ad campaign's (推广计划) daily cap, to hold its spend against. */
export interface BriefCampaign {
  /** 计划名称, as in the keyword export. */
  name: string;
  /** 日限额, yuan. */
  dailyBudget: MoneyInput;
  /** When the cap was hit on the brief's date (`'HH:MM'`), if the ads platform says. */
  exhaustedAt?: string;
}

/** A promotion event ahead (618, 双11, a store anniversary): its run-up (预热) is flagged. */
export interface BriefEvent {
  /** The event's main day. */
  date: IsoDate;
  /** Its name, e.g. `618`. */
  name: string;
  /** Days before `date` the 预热 starts (default `thresholds.eventWarmupDays`). */
  warmupDays?: number;
}

/** What {@link dailyBrief} reads. Rows from `parseSycmRows` fit the row fields as they are. */
export interface DailyBriefInput {
  /**
   * The day to judge (yesterday for the operator reading it this morning). A `Date` is read as
   * its calendar day by its UTC fields, or in the option `timeZone` (never the host's).
   */
  date: IsoDate | Date;
  /** The store's name, printed in the title. */
  storeName?: string;
  /** The store's days (at least the judged day; the week before for comparisons). */
  store: readonly BriefStoreDay[];
  /** Traffic sources by day. */
  sources?: readonly BriefSourceDay[];
  /** Items by day. */
  items?: readonly BriefItemDay[];
  /** The plan: a target per day (the days after `date` are re-planned), or the `Plan` that `planTargets` returns. */
  plan?: BriefPlan;
  /** Events ahead (their 预热 is flagged) and campaign days (the activity-traffic norm applies on them); events named in the plan's days count too. */
  events?: readonly BriefEvent[];
  /** Ad campaigns' daily caps, held against the keyword export's spend by 计划名称. */
  campaigns?: readonly BriefCampaign[];
  /** The hero item (主打款), for page health's AOV lift. */
  heroItemId?: string;
  /** Paid keywords by day (直通车), judged over the last 7 days. */
  keywords?: readonly BriefKeywordDay[];
  /** Items' prices and costs: each promoted item's break-even ROI judges its keywords. */
  products?: readonly BriefProduct[];
  /** The store's break-even ROI (保本ROI), for keywords whose item has no costs. */
  breakEvenRoi?: number;
  /** DSR ratings and the category's scores. */
  dsr?: BriefDsrInput;
  /** Customer service: the agents' inquiries (area `service`). */
  service?: BriefServiceInput;
  /** Stock on hand per item (area `stock`), as for `stockCover`. */
  stock?: readonly StockItemInput[];
  /** Paid orders for the members area. */
  members?: BriefMembersInput;
  /** The morning check gate (`dailyChecks` input); failed checks are shown first. @see [domain reference §13](../../docs/domain.en.md#13-the-morning-check-gate) */
  checks?: DailyChecksInput;
  /** Each item's units sold in the last month (`salesCurve`), judged on the weekly day. @see [domain reference §6](../../docs/domain.en.md#6-product-roles) */
  catalog?: readonly SalesCurveItem[];
  /** Daily snapshots of the rivals' items (`watchRivals`) and the season to time a launch for. @see [domain reference §14](../../docs/domain.en.md#14-rivals-and-launch-timing) */
  rivals?: { snapshots: readonly RivalSnapshot[]; season?: string };
  /** Rows left out by the adapters (bad cells), by export, so the brief can say so. */
  leftOut?: readonly { export: string; rows: number }[];
}

const planDaySchema = /* @__PURE__ */ pure(() => z.object({
  date: isoDateSchema,
  target: nonNegativeMoneySchema,
  visitors: z.optional(countSchema),
  conversionRate: z.optional(rateSchema),
  aov: z.optional(nonNegativeMoneySchema),
  events: z.optional(z.array(z.string())),
}));

/** zod schema of {@link DailyBriefInput}. Unknown fields (e.g. the rest of a `SycmRow`) are ignored. */
export const dailyBriefInputSchema = /* @__PURE__ */ pure(() => z.object({
  date: isoDateSchema,
  storeName: z.optional(z.string()),
  store: z.array(
    z.object({
      date: isoDateSchema,
      visitors: z.optional(countSchema),
      buyers: z.optional(countSchema),
      paidAmount: z.optional(nonNegativeMoneySchema),
      pageviews: z.optional(countSchema),
      bounceRate: z.optional(rateSchema),
      refundAmount: z.optional(nonNegativeMoneySchema),
      favoriters: z.optional(countSchema),
      cartAdders: z.optional(countSchema),
      inquirers: z.optional(countSchema),
      inquiryBuyers: z.optional(countSchema),
    }),
  ),
  sources: z.optional(
    z.array(
      z.object({
        date: isoDateSchema,
        source: z.string(),
        category: z.optional(z.string()),
        sourceLevel: z.optional(z.int().check(z.gte(1), z.lte(3))),
        sourcePath: z.optional(z.array(z.string())),
        unplaced: z.optional(z.boolean()),
        visitors: z.optional(countSchema),
        buyers: z.optional(countSchema),
        paidAmount: z.optional(nonNegativeMoneySchema),
      }),
    ),
  ),
  items: z.optional(
    z.array(
      z.object({
        date: isoDateSchema,
        itemId: z.string(),
        itemName: z.optional(z.string()),
        visitors: z.optional(countSchema),
        buyers: z.optional(countSchema),
        paidAmount: z.optional(nonNegativeMoneySchema),
        favoriters: z.optional(countSchema),
        cartAdders: z.optional(countSchema),
      }),
    ),
  ),
  // An array of days, or a Plan from planTargets: read by its form (so issues keep their path).
  plan: z.optional(z.unknown()),
  events: z.optional(
    z.array(
      z.object({
        date: isoDateSchema,
        name: z.string(),
        warmupDays: z.optional(z.int().check(z.gte(0), z.lte(366))),
      }),
    ),
  ),
  campaigns: z.optional(
    z.array(
      z.object({
        name: z.string(),
        dailyBudget: nonNegativeMoneySchema,
        exhaustedAt: z.optional(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day written HH:MM'))),
      }),
    ),
  ),
  heroItemId: z.optional(z.string()),
  keywords: z.optional(
    z.array(
      z.object({
        date: isoDateSchema,
        keyword: z.string(),
        itemId: z.optional(z.string()),
        campaign: z.optional(z.string()),
        impressions: z.optional(countSchema),
        clicks: z.optional(countSchema),
        spend: z.optional(nonNegativeMoneySchema),
        sales: z.optional(nonNegativeMoneySchema),
        orders: z.optional(countSchema),
      }),
    ),
  ),
  // Prices and costs are checked by unitEconomics (its issues are prefixed with `products[i]`).
  products: z.optional(z.array(z.object({ id: z.string() }))),
  breakEvenRoi: z.optional(positiveSchema),
  leftOut: z.optional(
    z.array(z.object({ export: z.string(), rows: countSchema })),
  ),
  // Checked by the modules that read them (their issues are prefixed with `dsr`).
  dsr: z.optional(z.object({ ratings: z.array(z.unknown()), category: z.optional(z.unknown()) })),
  service: z.optional(z.object({ agents: z.array(z.unknown()), categoryAverage: z.optional(z.unknown()) })),
  stock: z.optional(z.array(z.unknown())),
  members: z.optional(z.object({ orders: z.array(z.unknown()), options: z.optional(z.unknown()) })),
  // Validated by their modules (dailyChecks, salesCurve, watchRivals) under these paths.
  checks: z.optional(z.unknown()),
  catalog: z.optional(z.unknown()),
  rivals: z.optional(z.object({ snapshots: z.array(z.unknown()), season: z.optional(z.string()) })),
}));

/** The brief's own marks. */
export interface BriefThresholds {
  /** A driver or a source is named when its effect is at least this share of the change it explains (default 0.1). */
  minShare: number;
  /** An item's conversion change (relative, last 7 days against the 7 before) worth acting on (default 0.2). */
  productConversionChange: number;
  /** Visitors an item needs in each 7-day window before its conversion is judged (default 300). */
  productMinVisitors: number;
  /** ISO weekday (1 Monday … 7 Sunday) on which the week's page health is judged (default 7, closing the ISO week). @see [domain reference §3](../../docs/domain.en.md#3-page-health) */
  pageHealthWeekday: number;
  /** A DSR score is close to its mark when this many 1-star ratings or fewer take it below (default 5). @see [domain reference §4](../../docs/domain.en.md#4-dsr) */
  dsrNearRatings: number;
  /** Materiality: a finding with less money at stake than this (yuan a day) is kept in the result but not shown as an action (default 50). */
  materialMoney: number;
  /** Materiality: a part of a decomposition smaller than this share of the change is kept but not shown as an action (default 0.05). */
  materialShare: number;
  /** Actions shown per owner, by money at stake; the rest are counted (default 3). */
  actionsPerOwner: number;
  /** Days before an event its 预热 starts, unless the event says (default 20: 618 and 双11 pre-sales open about three weeks ahead). @see [domain reference §8](../../docs/domain.en.md#8-calendar) */
  eventWarmupDays: number;
  /** The day's refund rate (refunds ÷ paid) is flagged when it exceeds the 7 days before by this share (default 0.5: 1.5× the norm). */
  refundRise: number;
  /** A campaign has hit its cap when its day's spend reaches this share of the daily budget (default 0.95). */
  budgetUsedShare: number;
  /** Inquiry conversion (询单转化率) has moved when it changed by this share against its baseline (default 0.1); a conversion fall then goes to service. */
  inquiryConversionChange: number;
  /** A hero item's 收藏/加购 rate change (last 7 days against the 7 before) worth flagging (default 0.2). */
  leadingIndicatorChange: number;
}

/**
 * The brief's default marks. Rules of thumb, not platform rules: overridable through
 * `options.thresholds`. Page health is read once a week ([domain reference §3](../../docs/domain.en.md#3-page-health)).
 * @see [domain reference §2, §3](../../docs/domain.en.md#2-funnel-and-traffic)
 */
export const defaultBriefThresholds: Readonly<BriefThresholds> = /* @__PURE__ */ Object.freeze({
  minShare: 0.1,
  productConversionChange: 0.2,
  productMinVisitors: 300,
  pageHealthWeekday: 7,
  dsrNearRatings: 5,
  materialMoney: 50,
  materialShare: 0.05,
  actionsPerOwner: 3,
  eventWarmupDays: 20,
  refundRise: 0.5,
  budgetUsedShare: 0.95,
  leadingIndicatorChange: 0.2,
  inquiryConversionChange: 0.1,
});

/** zod schema of threshold overrides. @internal */
export const briefThresholdsSchema = /* @__PURE__ */ pure(() => z.strictObject({
  minShare: z.optional(rateSchema),
  productConversionChange: z.optional(nonNegativeSchema),
  productMinVisitors: z.optional(countSchema),
  pageHealthWeekday: z.optional(z.int().check(z.gte(1), z.lte(7))),
  dsrNearRatings: z.optional(countSchema),
  materialMoney: z.optional(nonNegativeSchema),
  materialShare: z.optional(rateSchema),
  actionsPerOwner: z.optional(z.int().check(z.gte(1), z.lte(100))),
  eventWarmupDays: z.optional(z.int().check(z.gte(0), z.lte(366))),
  refundRise: z.optional(nonNegativeSchema),
  budgetUsedShare: z.optional(rateSchema),
  leadingIndicatorChange: z.optional(nonNegativeSchema),
  inquiryConversionChange: z.optional(nonNegativeSchema),
}));

type Parsed = z.infer<typeof dailyBriefInputSchema>;
type Filled<T> = Omit<T, 'visitors' | 'buyers' | 'paidAmount'> & { visitors: number; buyers: number; paidAmount: MoneyInput };

/** The parsed input, missing counts and amounts filled with 0. @internal */
export type ParsedBriefInput = Omit<Parsed, 'store' | 'sources' | 'items' | 'keywords' | 'products' | 'plan'> & {
  plan?: z.infer<typeof planDaySchema>[];
  store: Filled<Parsed['store'][number]>[];
  sources: Filled<NonNullable<Parsed['sources']>[number]>[];
  items: Filled<NonNullable<Parsed['items']>[number]>[];
  keywords: { date: IsoDate; keyword: string; itemId?: string | undefined; campaign?: string | undefined; impressions: number; clicks: number; spend: MoneyInput; sales: MoneyInput; orders: number }[];
  products: BriefProduct[];
};

function fill<T extends { visitors?: number | undefined; buyers?: number | undefined; paidAmount?: MoneyInput | undefined }>(row: T): Filled<T> {
  return { ...row, visitors: row.visitors ?? 0, buyers: row.buyers ?? 0, paidAmount: row.paidAmount ?? 0 };
}

const planDaysSchema = /* @__PURE__ */ z.array(planDaySchema);
const planObjectSchema = /* @__PURE__ */ z.object({ days: planDaysSchema });

function readPlan(plan: unknown): z.infer<typeof planDaySchema>[] {
  if (Array.isArray(plan)) return parseInput(planDaysSchema, plan, { prefix: ['plan'] });
  return parseInput(planObjectSchema, plan, { prefix: ['plan'] }).days;
}

/** Validates the input and fills missing counts and amounts (an export's `'-'`) with 0. @internal */
export function readBriefInput(input: unknown): ParsedBriefInput {
  const { plan, ...parsed } = parseInput(dailyBriefInputSchema, input);
  const raw = input as { products?: readonly BriefProduct[] };
  return {
    ...parsed,
    // A Plan from planTargets holds its days (with their events); the days alone fit too.
    ...(plan === undefined ? {} : { plan: readPlan(plan) }),
    store: parsed.store.map(fill),
    sources: (parsed.sources ?? []).map(fill),
    items: (parsed.items ?? []).map(fill),
    keywords: (parsed.keywords ?? []).map((k) => ({ ...k, impressions: k.impressions ?? 0, clicks: k.clicks ?? 0, spend: k.spend ?? 0, sales: k.sales ?? 0, orders: k.orders ?? 0 })),
    products: parsed.products === undefined ? [] : [...(raw.products as readonly BriefProduct[])],
  };
}
