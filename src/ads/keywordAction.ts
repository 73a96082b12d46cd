import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../core/checks.js';
import { toDecimal } from '../core/decimal.js';
import { deepFreeze } from '../core/freeze.js';
import { formatNumber, formatPercent, type Locale, type MessageCatalog } from '../core/i18n.js';
import { advise, openJudging, overallStatus, readOptions, verdict, type JudgingSpec, type MessageCode } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { countSchema, nonNegativeSchema, parseInput, positiveSchema } from '../core/validate.js';
import { adInputShape, clicksWithinImpressions, computeAdMetrics, type AdInput, type AdMetrics } from './adMetrics.js';
import { adsMessages } from './messages.js';
import { pure } from '../core/pure.js';

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
 * @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion)
 */
export interface KeywordThresholds {
  /** Judge nothing before this many days (48 hours). @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion) */
  minDays: number;
  /** Delete only after this many days. @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion) */
  deleteAfterDays: number;
  /** Delete a keyword with more than this many impressions and no click. @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion) */
  noClickImpressions: number;
  /** Delete a keyword with at least this many clicks and no sale. @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion) */
  noSaleClicks: number;
  /**
   * Raise the bid only when ROI is at least break-even ROI × this factor: a higher bid costs
   * more per click, so it needs headroom. [domain reference §7](../../docs/domain.en.md#7-paid-promotion) gives no number; 1.2 is storeops' default.
   */
  raiseRoiFactor: number;
  /** CTR under which the bid is not raised (improve the creative first); `null` (default): CTR not judged — pass the category's CTR. */
  minCtr: number | null;
}

/** The default marks ([domain reference §7](../../docs/domain.en.md#7-paid-promotion)). */
export const defaultKeywordThresholds: Readonly<KeywordThresholds> = /* @__PURE__ */ deepFreeze({
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
  /** Extra or replacement messages by code; they win over the plugins' messages. */
  messages?: MessageCatalog;
  /** Plugins applied in order before `thresholds` and `messages`: each plugin's `thresholds.ads` overrides the marks. */
  plugins?: readonly StoreOpsPlugin[];
}

/** The decision of {@link keywordAction}. */
export interface KeywordActionResult {
  /** The checks combined: `fail` when one failed (no click, no sale, ROI under break-even, CTR low), `unknown` while observing. */
  status: Status;
  /** `raise`, `lower`, `keep`, `delete` or `observe`. */
  action: KeywordActionName;
  /** The checks that led to the action, in the order they were made. */
  checks: Check[];
  /** The action as a message (`KW_ACTION_RAISE` …): always one item. */
  advice: Advice[];
  /** The keyword's CTR, CPC, CPM, ROI, conversion and cost per order. */
  metrics: AdMetrics;
}

/** zod schema of {@link KeywordInput}. */
export const keywordInputSchema = /* @__PURE__ */ pure(() => z
  .object({ ...adInputShape, orders: countSchema, days: nonNegativeSchema })
  .check(clicksWithinImpressions));

const spec: JudgingSpec<KeywordThresholds, typeof adsMessages> = {
  module: 'ads',
  catalog: adsMessages,
  defaults: defaultKeywordThresholds,
  marks: {
    minDays: { number: [0, Infinity] },
    deleteAfterDays: { number: [0, Infinity] },
    noClickImpressions: { number: [0, Infinity], integer: true },
    noSaleClicks: { number: [0, Infinity], integer: true },
    raiseRoiFactor: { number: [1, Infinity] },
    minCtr: { number: [0, 1], nullable: true },
  },
};

/**
 * The morning decision for a paid-search keyword (直通车): raise, lower, keep, delete or observe,
 * from its days of data, clicks, orders, CTR and ROI against the break-even ROI, following
 * [domain reference §7](../../docs/domain.en.md#7-paid-promotion): judge nothing before 48 hours; delete after 7 days with more than 800
 * impressions and no click, or 20 clicks or more and no sale (before 7 days such a keyword is
 * lowered); lower below break-even ROI; raise at break-even × 1.2 or more (unless CTR is under
 * `minCtr`); keep in between. Every mark is overridable.
 *
 * @param keyword - impressions, clicks, spend and sales (yuan), orders and days of data.
 * @param options - `breakEvenRoi` (required, 保本ROI), `thresholds`, `locale`, `messages`, `plugins` (each plugin's `thresholds.ads`).
 * @throws StoreOpsError `INVALID_INPUT` for a bad field; `INVALID_OPTIONS` when `breakEvenRoi` is
 *   missing or not positive, or a mark is bad.
 * @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion)
 * @example
 * ```ts
 * import { keywordAction } from 'storeops/ads';
 * const kw = { impressions: 20000, clicks: 400, spend: '600', sales: '1800', orders: 8, days: 7 };
 * keywordAction(kw, { breakEvenRoi: 2.5 }).action //=> 'raise'
 * keywordAction(kw, { breakEvenRoi: 3.5 }).action //=> 'lower'
 * keywordAction(kw, { breakEvenRoi: 2.8, locale: 'en' }).checks[1].message //=> 'ROI 3 is at or above the break-even ROI 2.8 but under the raise mark 3.36: keep the bid'
 * keywordAction({ impressions: 900, clicks: 0, spend: 0, sales: 0, orders: 0, days: 7 }, { breakEvenRoi: 2.5 }).action //=> 'delete'
 * keywordAction({ ...kw, days: 1 }, { breakEvenRoi: 2.5 }).action //=> 'observe'
 * keywordAction(kw, {}) //=> throws INVALID_OPTIONS
 * ```
 */
export function keywordAction(keyword: KeywordInput, options: KeywordActionOptions): KeywordActionResult {
  const v = parseInput(keywordInputSchema, keyword);
  const opts = readOptions(options);
  const be = parseInput(positiveSchema, opts['breakEvenRoi'], { code: 'INVALID_OPTIONS', prefix: ['breakEvenRoi'] });
  const j = openJudging(spec, opts);
  const t = j.thresholds;
  const metrics = computeAdMetrics(v);
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
  const checks: Check[] = [];
  type Reason = { code: MessageCode<typeof adsMessages>; metric: string; value: number | null; status: Status; thresholds: Threshold };
  const reason = (r: Reason) => checks.push(verdict(j, r.code, r.metric, r.value, r.status, r.thresholds, params));
  const decide = (action: KeywordActionName): KeywordActionResult => ({
    status: overallStatus(checks, false),
    action,
    checks,
    advice: [advise(j, `KW_ACTION_${action.toUpperCase() as Uppercase<KeywordActionName>}`, params)],
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
