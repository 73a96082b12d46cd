import * as z from 'zod/mini';
import { makeAdvice, makeCheck, type Advice, type Check, type CheckSpec } from '../core/checks.js';
import { toDecimal } from '../core/decimal.js';
import { formatNumber, formatPercent, messageCatalogSchema, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { countSchema, nonNegativeSchema, parseInput, positiveSchema, rateSchema } from '../core/validate.js';
import { adInputShape, clicksWithinImpressions, computeAdMetrics, type AdInput, type AdMetrics } from './adMetrics.js';
import { adsMessages } from './messages.js';

/** A keyword's (or campaign's) numbers over its days of data. */
export interface KeywordInput extends AdInput {
  /** 成交笔数 attributed to the keyword. */
  orders: number;
  /** Days of data (may be fractional: 36 hours is 1.5). */
  days: number;
}

/** What to do with a keyword this morning. */
export type KeywordActionName = 'raise' | 'lower' | 'keep' | 'delete' | 'observe';

/**
 * The marks of the keyword decision.
 * @see DOMAIN.md §7
 */
export interface KeywordThresholds {
  /** Judge nothing before this many days (48 hours). @see DOMAIN.md §7 */
  minDays: number;
  /** Delete only after this many days. @see DOMAIN.md §7 */
  deleteAfterDays: number;
  /** Delete a keyword with more than this many impressions and no click. @see DOMAIN.md §7 */
  noClickImpressions: number;
  /** Delete a keyword with at least this many clicks and no sale. @see DOMAIN.md §7 */
  noSaleClicks: number;
  /**
   * Raise the bid only when ROI is at least break-even ROI × this factor: a higher bid costs
   * more per click, so it needs headroom. `DOMAIN.md` §7 gives no number; 1.2 is storeops' default.
   */
  raiseRoiFactor: number;
  /** CTR under which the bid is not raised (improve the creative first); `null` (default): CTR not judged — pass the category's CTR. */
  minCtr: number | null;
}

/** The default marks (`DOMAIN.md` §7). */
export const defaultKeywordThresholds: Readonly<KeywordThresholds> = /* @__PURE__ */ Object.freeze({
  minDays: 2,
  deleteAfterDays: 7,
  noClickImpressions: 800,
  noSaleClicks: 20,
  raiseRoiFactor: 1.2,
  minCtr: null,
});

/** Options of {@link keywordAction}. */
export interface KeywordActionOptions {
  /** 保本ROI: the ROI at which ad sales just pay for themselves (1 / contribution margin rate; `unitEconomics` computes it). */
  breakEvenRoi: number;
  /** Overrides of the default marks. */
  thresholds?: Partial<KeywordThresholds>;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code (e.g. from a plugin). */
  messages?: MessageCatalog;
}

/** The decision of {@link keywordAction}. */
export interface KeywordActionResult {
  /** `raise`, `lower`, `keep`, `delete` or `observe`. */
  action: KeywordActionName;
  /** The checks that led to the action, in the order they were made. */
  reasons: Check[];
  /** The action as a message (`KW_ACTION_RAISE` …). */
  advice: Advice;
  /** The keyword's CTR, CPC, CPM, ROI, conversion and cost per order. */
  metrics: AdMetrics;
}

/** zod schema of {@link KeywordInput}. */
export const keywordInputSchema = /* @__PURE__ */ z
  .object({ ...adInputShape, orders: countSchema, days: nonNegativeSchema })
  .check(clicksWithinImpressions);

const optionsSchema = /* @__PURE__ */ z.object({
  breakEvenRoi: positiveSchema,
  thresholds: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      minDays: /* @__PURE__ */ z.optional(nonNegativeSchema),
      deleteAfterDays: /* @__PURE__ */ z.optional(nonNegativeSchema),
      noClickImpressions: /* @__PURE__ */ z.optional(countSchema),
      noSaleClicks: /* @__PURE__ */ z.optional(countSchema),
      raiseRoiFactor: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.gte(1))),
      minCtr: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(rateSchema)),
    }),
  ),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  messages: /* @__PURE__ */ z.optional(messageCatalogSchema),
});

/**
 * The morning decision for a paid-search keyword (直通车): raise, lower, keep, delete or observe,
 * from its days of data, clicks, orders, CTR and ROI against the break-even ROI, following
 * `DOMAIN.md` §7: judge nothing before 48 hours; delete after 7 days with more than 800
 * impressions and no click, or 20 clicks or more and no sale (before 7 days such a keyword is
 * lowered); lower below break-even ROI; raise at break-even × 1.2 or more (unless CTR is under
 * `minCtr`); keep in between. Every mark is overridable.
 *
 * @param keyword - impressions, clicks, spend and sales (yuan), orders and days of data.
 * @param options - `breakEvenRoi` (required, 保本ROI), `thresholds`, `locale`.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field; `INVALID_OPTIONS` when `breakEvenRoi` is
 *   missing or not positive, or a mark is bad.
 * @see DOMAIN.md §7
 * @example
 * ```ts
 * import { keywordAction } from 'storeops/ads';
 * const kw = { impressions: 20000, clicks: 400, spend: '600', sales: '1800', orders: 8, days: 7 };
 * keywordAction(kw, { breakEvenRoi: 2.5 }).action //=> 'raise'
 * keywordAction(kw, { breakEvenRoi: 3.5 }).action //=> 'lower'
 * keywordAction(kw, { breakEvenRoi: 2.8, locale: 'en' }).reasons[1].message //=> 'ROI 3 is at or above the break-even ROI 2.8 but under the raise mark 3.36: keep the bid'
 * keywordAction({ impressions: 900, clicks: 0, spend: 0, sales: 0, orders: 0, days: 7 }, { breakEvenRoi: 2.5 }).action //=> 'delete'
 * keywordAction({ ...kw, days: 1 }, { breakEvenRoi: 2.5 }).action //=> 'observe'
 * keywordAction(kw, {}) //=> throws INVALID_OPTIONS
 * ```
 */
export function keywordAction(keyword: KeywordInput, options: KeywordActionOptions): KeywordActionResult {
  const v = parseInput(keywordInputSchema, keyword);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [adsMessages] : [adsMessages, opts.messages];
  const t: KeywordThresholds = { ...defaultKeywordThresholds };
  for (const [key, value] of Object.entries(opts.thresholds ?? {})) if (value !== undefined) (t as unknown as Record<string, unknown>)[key] = value;
  const metrics = computeAdMetrics(v);
  const be = opts.breakEvenRoi;
  // 15 significant digits remove binary noise (2.8 × 1.2 is 3.36, not 3.3599999999999994).
  const raiseRoi = Number((be * t.raiseRoiFactor).toPrecision(15));
  const params = {
    days: formatNumber(v.days, 1),
    minDays: formatNumber(t.minDays, 1),
    deleteDays: formatNumber(t.deleteAfterDays, 1),
    impressions: formatNumber(v.impressions, 0),
    clicks: formatNumber(v.clicks, 0),
    orders: formatNumber(v.orders, 0),
    roi: formatNumber(metrics.roi, 2),
    breakEvenRoi: formatNumber(be, 2),
    raiseRoi: formatNumber(raiseRoi, 2),
    ctr: formatPercent(metrics.ctr, 2),
    minCtr: formatPercent(t.minCtr, 2),
  };
  const reasons: Check[] = [];
  const reason = (spec: Omit<CheckSpec, 'params'>) => reasons.push(makeCheck({ ...spec, params }, locale, catalogs));
  const decide = (action: KeywordActionName): KeywordActionResult => ({
    action,
    reasons,
    advice: makeAdvice(`KW_ACTION_${action.toUpperCase()}`, locale, catalogs, params),
    metrics,
  });

  const early = v.days < t.minDays;
  reason({ code: early ? 'KW_TOO_EARLY' : 'KW_ENOUGH_DAYS', metric: 'days', value: v.days, status: early ? 'unknown' : 'pass', thresholds: { direction: 'above', pass: t.minDays, inclusive: true } });
  if (early) return decide('observe');
  const matured = v.days >= t.deleteAfterDays;

  if (v.clicks === 0) {
    const dead = v.impressions > t.noClickImpressions;
    const remove = dead && matured;
    reason({
      code: remove ? 'KW_NO_CLICKS_DELETE' : 'KW_NO_CLICKS_WAIT',
      metric: 'impressions',
      value: v.impressions,
      status: remove ? 'fail' : 'unknown',
      thresholds: { direction: 'below', pass: t.noClickImpressions, inclusive: true },
    });
    return decide(remove ? 'delete' : 'observe');
  }

  // No sale: no order and no sales amount (an export may give the amount without the count).
  if (v.orders === 0 && toDecimal(v.sales).isZero()) {
    const enough = v.clicks >= t.noSaleClicks;
    reason({
      code: enough ? (matured ? 'KW_NO_SALE_DELETE' : 'KW_NO_SALE_LOWER') : 'KW_NO_SALE_WAIT',
      metric: 'clicks',
      value: v.clicks,
      status: enough ? 'fail' : 'unknown',
      thresholds: { direction: 'below', pass: t.noSaleClicks },
    });
    return decide(enough ? (matured ? 'delete' : 'lower') : 'observe');
  }

  const roi = metrics.roi;
  const roiMarks = { direction: 'above', pass: be, good: raiseRoi, inclusive: true } as const;
  if (roi === null) {
    reason({ code: 'KW_ROI_UNKNOWN', metric: 'roi', value: null, status: 'unknown', thresholds: roiMarks });
    return decide('observe');
  }
  if (roi < be) {
    reason({ code: 'KW_ROI_BELOW_BREAK_EVEN', metric: 'roi', value: roi, status: 'fail', thresholds: roiMarks });
    return decide('lower');
  }
  const raise = roi >= raiseRoi;
  reason({ code: raise ? 'KW_ROI_ABOVE_RAISE' : 'KW_ROI_PROFITABLE', metric: 'roi', value: roi, status: raise ? 'good' : 'pass', thresholds: roiMarks });
  if (t.minCtr !== null) {
    // Clicks > 0 here, so impressions > 0 and CTR is known.
    const ctrLow = (metrics.ctr as number) < t.minCtr;
    reason({ code: ctrLow ? 'KW_CTR_LOW' : 'KW_CTR_OK', metric: 'ctr', value: metrics.ctr, status: ctrLow ? 'fail' : 'pass', thresholds: { direction: 'above', pass: t.minCtr, inclusive: true } });
    if (ctrLow) return decide('keep');
  }
  return decide(raise ? 'raise' : 'keep');
}
