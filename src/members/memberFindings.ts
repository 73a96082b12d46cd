import * as z from 'zod/mini';
import { StoreDecimal, formatMoney, type Decimal } from '../core/decimal.js';
import type { IsoDate } from '../core/dates.js';
import { compareFindings, type FindingSeverity, type ModuleFinding } from '../core/findings.js';
import { formatNumber, formatPercent, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
import { text } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { parseInput, positiveSchema } from '../core/validate.js';
import { acquisitionCost, type AcquisitionCostInput } from './acquisitionCost.js';
import { memberStatsWith, RETURNING_LOOKBACK_DAYS } from './memberStats.js';
import { membersMessages } from './messages.js';
import { parseOrders, type MemberOrder } from './orders.js';
import { parseRfmOptions, rfmSegmentsWith, type RfmBands, type RfmSegmentRule } from './rfmSegments.js';
import { pure } from '../core/pure.js';

/** Options of {@link memberFindings}. */
export interface MemberFindingsOptions {
  /** Last day of the period. */
  asOf: IsoDate;
  /** Calendar days of the period (30). */
  windowDays?: number;
  /** RFM score bands, as for `rfmSegments`. */
  bands?: RfmBands;
  /** RFM segment rules, as for `rfmSegments`. */
  segments?: readonly RfmSegmentRule[];
  /** Segments whose buyers are slipping away and worth winning back; default `['cantLose', 'atRisk']`. */
  slippingSegments?: readonly string[];
  /** The period's promotion spend in yuan: a total, or split by buyer type; adds the acquisition-cost finding. */
  spend?: { spend?: MoneyInput; newBuyerSpend?: MoneyInput; returningBuyerSpend?: MoneyInput };
  /** How many times a new buyer costs a returning one when only a total spend is given (6). @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic) */
  costRatio?: number;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code. */
  messages?: MessageCatalog;
  /** Plugins: their messages apply before `messages`. */
  plugins?: readonly StoreOpsPlugin[];
}

const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  windowDays: z.optional(z.int().check(z.gte(1), z.lte(3660))),
  slippingSegments: z.optional(z.array(z.string())),
  spend: z.optional(
    z
      .strictObject({
        spend: z.optional(nonNegativeMoneySchema),
        newBuyerSpend: z.optional(nonNegativeMoneySchema),
        returningBuyerSpend: z.optional(nonNegativeMoneySchema),
      })
      .check(
        z.refine((v) => v.spend !== undefined || (v.newBuyerSpend !== undefined && v.returningBuyerSpend !== undefined), {
          error: 'required: give spend, or newBuyerSpend and returningBuyerSpend',
          path: ['spend'],
        }),
      ),
  ),
  costRatio: z.optional(positiveSchema),
}));

/**
 * The members findings of the daily brief (area `members`, owner `operations`): the period's
 * returning-buyer share, repurchase rate and frequency (`info`); the valuable buyers slipping
 * away by RFM (`warning`, money at stake: what they spent); and, given the spend, what a new
 * buyer costs against a returning one (`info`).
 *
 * @param orders - paid orders, as for `memberStats`.
 * @param options - `asOf` (required), `windowDays`, RFM `bands` and `segments`, `slippingSegments`,
 *   `spend`, `costRatio`, locale and messages.
 * @returns findings sorted by severity, then money at stake.
 * @throws StoreOpsError `INVALID_INPUT` for a bad order or spend; `INVALID_OPTIONS` for bad options.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 * @example
 * ```ts
 * import { memberFindings } from 'storeops/members';
 * const orders = [
 *   { buyerId: 'li', date: '2026-01-15', amount: '120.00' },
 *   { buyerId: 'li', date: '2026-03-02', amount: '80.00' },
 *   { buyerId: 'wu', date: '2026-03-05', amount: '60.00' },
 * ];
 * const bands = { recency: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: [100, 300, 1000, 3000] };
 * const f = memberFindings(orders, { asOf: '2026-03-31', windowDays: 31, bands, spend: { spend: 700 }, locale: 'en' });
 * f.map((x) => x.code) //=> ['MEMBERS_FINDING_RETURNING', 'MEMBERS_FINDING_ACQUISITION_COST']
 * f[1].message //=> 'A new buyer costs about ¥600.00, a returning one about ¥100.00 (6×): put repurchase first'
 * ```
 */
export function memberFindings(orders: readonly MemberOrder[], options: MemberFindingsOptions): ModuleFinding[] {
  const parsed = parseOrders(orders);
  const { asOfDay, opts, j } = parseRfmOptions({
    asOf: options?.asOf,
    bands: options?.bands,
    segments: options?.segments,
    locale: options?.locale,
    messages: options?.messages,
    plugins: options?.plugins,
  });
  const o = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const stats = memberStatsWith(parsed, asOfDay, o.windowDays ?? 30, RETURNING_LOOKBACK_DAYS);
  const rfm = rfmSegmentsWith(parsed, asOfDay, opts, j);
  const out: ModuleFinding[] = [];
  const add = (code: 'MEMBERS_FINDING_RETURNING' | 'MEMBERS_FINDING_SLIPPING' | 'MEMBERS_FINDING_ACQUISITION_COST', severity: FindingSeverity, params: MessageParams, money: Decimal | null) =>
    out.push({
      area: 'members',
      code,
      severity,
      owner: 'operations',
      subject: null,
      message: text(j, code, params),
      params,
      moneyAtStake: money,
      checks: [],
      advice: [],
    });

  if (stats.buyers > 0) {
    add(
      'MEMBERS_FINDING_RETURNING',
      'info',
      { share: formatPercent(stats.returningBuyerShare, 1), rate: formatPercent(stats.repurchaseRate, 1), frequency: formatNumber(stats.ordersPerBuyer, 2) },
      null,
    );
  }
  const slippingNames = new Set(o.slippingSegments ?? ['cantLose', 'atRisk']);
  const slipping = rfm.segments.filter((s) => slippingNames.has(s.name) && s.buyers > 0);
  if (slipping.length > 0) {
    const count = slipping.reduce((n, s) => n + s.buyers, 0);
    const money = slipping.reduce((m, s) => m.plus(s.monetary), new StoreDecimal(0));
    add('MEMBERS_FINDING_SLIPPING', 'warning', { count, money: formatMoney(money) }, money);
    (out[out.length - 1] as ModuleFinding).advice = slipping.flatMap((s) => s.advice);
  }
  if (o.spend !== undefined) {
    const input: AcquisitionCostInput = { newBuyers: stats.newBuyers, returningBuyers: stats.returningBuyers };
    if (o.spend.spend !== undefined) input.spend = o.spend.spend;
    if (o.spend.newBuyerSpend !== undefined) input.newBuyerSpend = o.spend.newBuyerSpend;
    if (o.spend.returningBuyerSpend !== undefined) input.returningBuyerSpend = o.spend.returningBuyerSpend;
    const cost = acquisitionCost(input, o.costRatio === undefined ? {} : { costRatio: o.costRatio });
    if (cost.costPerNewBuyer !== null && cost.costPerReturningBuyer !== null) {
      add(
        'MEMBERS_FINDING_ACQUISITION_COST',
        'info',
        { costNew: formatMoney(cost.costPerNewBuyer), costReturning: formatMoney(cost.costPerReturningBuyer), ratio: formatNumber(cost.costRatio, 1) },
        null,
      );
    }
  }
  return out.sort(compareFindings);
}
