import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../core/checks.js';
import { fail, StoreOpsError, type ErrorIssue } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { formatNumber, formatPercent, type Locale, type MessageCatalog } from '../core/i18n.js';
import { advise, judgeMetric, openJudging, overallStatus, readOptions, type JudgingSpec } from '../core/judge.js';
import { moneyToNumber, nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { ratio } from '../core/ratio.js';
import { checkFields, countField, nonNegativeField, nonNegativeMoneyField, rateField } from '../core/fields.js';
import { countSchema, nonNegativeSchema, rateSchema } from '../core/validate.js';
import { pageHealthMessages } from './messages.js';

/**
 * What page health is judged on. Give the rates directly, or the raw counts they come from
 * (a rate given directly wins over the counts).
 */
export interface PageHealthInput {
  /** 跳失率: share of visits that saw only one page, 0–1 (`0.7` is 70%). */
  bounceRate?: number;
  /** 人均浏览量 / 访问深度: pageviews per visitor (PV / UV). */
  pagesPerVisitor?: number;
  /** 全店客单价: the store's average order value, in yuan. */
  storeAov?: MoneyInput;
  /** 主打款客单价: the hero item's average order value, in yuan. */
  heroAov?: MoneyInput;
  /** 老访客占比: returning visitors / visitors, 0–1. */
  returningVisitorShare?: number;
  /** 浏览量 PV (count); with `visitors` gives `pagesPerVisitor`. */
  pageviews?: number;
  /** 访客数 UV (count). */
  visitors?: number;
  /** Visits (count); with `bounces` gives `bounceRate`. */
  sessions?: number;
  /** Single-page visits (count), at most `sessions`. */
  bounces?: number;
  /** Returning visitors (count), at most `visitors`; with `visitors` gives `returningVisitorShare`. */
  returningVisitors?: number;
}

/** The marks page health is held against. */
export interface PageHealthThresholds {
  /** Bounce rate: pass under 0.70, good under 0.60 (strict). @see [domain reference §3](../../docs/domain.en.md#3-page-health) */
  bounceRate: Threshold;
  /** Pages per visitor: pass above 2.5, good above 3.5 (strict). @see [domain reference §3](../../docs/domain.en.md#3-page-health) */
  pagesPerVisitor: Threshold;
  /** Store AOV ÷ hero-item AOV: pass at 1.3 or more (inclusive: "at least"). @see [domain reference §3](../../docs/domain.en.md#3-page-health) */
  aovLift: Threshold;
  /**
   * Returning-visitor share from which the store is told that pass marks say less about its
   * pages. [domain reference §3](../../docs/domain.en.md#3-page-health) names no number; 0.5 (half the visitors) is storeops' default.
   */
  highReturningShare: number;
}

/** User overrides of {@link PageHealthThresholds}: any field of any mark. */
export interface PageHealthThresholdOverrides {
  bounceRate?: Partial<Threshold>;
  pagesPerVisitor?: Partial<Threshold>;
  aovLift?: Partial<Threshold>;
  highReturningShare?: number;
}

/** Options of {@link assessPageHealth}. */
export interface PageHealthOptions {
  /** Overrides of the default marks. */
  thresholds?: PageHealthThresholdOverrides;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code; they win over the plugins' messages. */
  messages?: MessageCatalog;
  /**
   * Plugins applied in order before `thresholds` and `messages`: each plugin's
   * `thresholds['page-health']` overrides the marks so far, its `messages` add to the catalog.
   */
  plugins?: readonly StoreOpsPlugin[];
}

/** The metrics page health was judged on, after deriving rates from counts. */
export interface PageHealthMetrics {
  bounceRate: number | null;
  pagesPerVisitor: number | null;
  /** Store AOV ÷ hero-item AOV. */
  aovLift: number | null;
  returningVisitorShare: number | null;
}

/** The verdict of {@link assessPageHealth}. */
export interface PageHealthResult {
  /** `fail` if any check fails; `good` if every known check is good; else `pass`; `unknown` if nothing is known. */
  status: Status;
  /** One check each for `bounceRate`, `pagesPerVisitor` and `aovLift`, in that order. */
  checks: Check[];
  /** What to do; includes `FIX_PAGES_BEFORE_PROMOTION` when the status is `fail`. */
  advice: Advice[];
  /** The values judged. */
  metrics: PageHealthMetrics;
}

/**
 * The default marks of page health.
 * @see [domain reference §3](../../docs/domain.en.md#3-page-health)
 */
export const defaultPageHealthThresholds: Readonly<PageHealthThresholds> = /* @__PURE__ */ deepFreeze({
  bounceRate: { direction: 'below', pass: 0.7, good: 0.6 },
  pagesPerVisitor: { direction: 'above', pass: 2.5, good: 3.5 },
  aovLift: { direction: 'above', pass: 1.3, inclusive: true },
  highReturningShare: 0.5,
});

/** The judging spec of page health: marks with the rule each override is read by, and the catalog. */
const spec: JudgingSpec<PageHealthThresholds, typeof pageHealthMessages> = {
  module: 'page-health',
  catalog: pageHealthMessages,
  defaults: defaultPageHealthThresholds,
  marks: { bounceRate: [0, 1], pagesPerVisitor: [0, Infinity], aovLift: [0, Infinity], highReturningShare: { number: [0, 1] } },
};

function inputSchema() {
  return z.object({
    bounceRate: z.optional(rateSchema),
    pagesPerVisitor: z.optional(nonNegativeSchema),
    storeAov: z.optional(nonNegativeMoneySchema),
    heroAov: z.optional(nonNegativeMoneySchema),
    returningVisitorShare: z.optional(rateSchema),
    pageviews: z.optional(countSchema),
    visitors: z.optional(countSchema),
    sessions: z.optional(countSchema),
    bounces: z.optional(countSchema),
    returningVisitors: z.optional(countSchema),
  }).check(
    z.refine((v) => v.bounces === undefined || v.sessions === undefined || v.bounces <= v.sessions, { error: 'bounces must not exceed sessions', path: ['bounces'] }),
    z.refine((v) => v.returningVisitors === undefined || v.visitors === undefined || v.returningVisitors <= v.visitors, {
      error: 'returningVisitors must not exceed visitors',
      path: ['returningVisitors'],
    }),
  );
}

const INPUT_RULES = {
  bounceRate: rateField,
  pagesPerVisitor: nonNegativeField,
  storeAov: nonNegativeMoneyField,
  heroAov: nonNegativeMoneyField,
  returningVisitorShare: rateField,
  pageviews: countField,
  visitors: countField,
  sessions: countField,
  bounces: countField,
  returningVisitors: countField,
};

/**
 * The input checked by hand, field by field, with the issues {@link pageHealthInputSchema} gives
 * (test/core/fields.test.ts compares them): a dashboard that imports `assessPageHealth` does not
 * load zod.
 */
function readInput(input: unknown): PageHealthInput {
  const v = checkFields<PageHealthInput>(input, INPUT_RULES, 'INVALID_INPUT');
  const issues: ErrorIssue[] = [];
  if (v.bounces !== undefined && v.sessions !== undefined && v.bounces > v.sessions) issues.push({ path: 'bounces', message: 'bounces must not exceed sessions' });
  if (v.returningVisitors !== undefined && v.visitors !== undefined && v.returningVisitors > v.visitors) issues.push({ path: 'returningVisitors', message: 'returningVisitors must not exceed visitors' });
  if (issues.length > 0) throw new StoreOpsError('INVALID_INPUT', issues);
  return v;
}

/** zod schema of {@link PageHealthInput}. Unknown fields are ignored. */
export const pageHealthInputSchema = /* @__PURE__ */ inputSchema();

/**
 * Judges a store's pages from data (页面健康): bounce rate under 70% and pages per visitor above
 * 2.5 pass; under 60% and above 3.5 are good; the store's AOV should be at least 1.3× the hero
 * item's AOV. Comparisons are strict where the domain says "under" / "above": bounce 0.70 and
 * depth 2.5 fail. A missing optional input gives an `unknown` check.
 *
 * @param input - rates (0–1), pages per visitor, AOVs in yuan — or the raw counts.
 * @param options - threshold overrides, locale (`'zh-CN'` default), extra messages and plugins
 *   (applied in order, before `thresholds` and `messages`).
 * @returns the overall status, a check per metric, and advice.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field (path named), or when neither a bounce
 *   rate nor bounces and sessions are given (likewise for depth); `INVALID_OPTIONS` for bad thresholds;
 *   `INVALID_PLUGIN` for a bad plugin (path `plugins[i]…`, message naming the plugin).
 * @see [domain reference §3](../../docs/domain.en.md#3-page-health)
 * @example
 * ```ts
 * import { assessPageHealth } from 'storeops/page-health';
 * const health = assessPageHealth({ bounceRate: 0.72, pagesPerVisitor: 2.8 }, { locale: 'en' });
 * health.status //=> 'fail'
 * health.checks[0].message //=> 'Bounce rate 72% is not under 70%: the pages lose visitors'
 * health.advice.map((a) => a.code) //=> ['FIX_PAGES_BEFORE_PROMOTION']
 * assessPageHealth({ bounceRate: 0.55, pagesPerVisitor: 3.8, storeAov: 357, heroAov: 238 }).status //=> 'good'
 * assessPageHealth({ bounces: 600, sessions: 1000, pageviews: 3000, visitors: 1000 }).metrics //=> { bounceRate: 0.6, pagesPerVisitor: 3 }
 * assessPageHealth({ bounceRate: 1.5, pagesPerVisitor: 3 }) //=> throws INVALID_INPUT
 * const strict = { name: 'strict-pages', thresholds: { 'page-health': { bounceRate: { pass: 0.65 } } } };
 * assessPageHealth({ bounceRate: 0.68, pagesPerVisitor: 3 }, { plugins: [strict] }).status //=> 'fail'
 * ```
 */
export function assessPageHealth(input: PageHealthInput, options: PageHealthOptions = {}): PageHealthResult {
  const v = readInput(input);
  const j = openJudging(spec, readOptions(options));
  const t = j.thresholds;

  const hasBounceCounts = v.bounces !== undefined && v.sessions !== undefined;
  if (v.bounceRate === undefined && !hasBounceCounts) {
    fail('INVALID_INPUT', 'bounceRate', 'required: give bounceRate, or bounces and sessions');
  }
  const hasDepthCounts = v.pageviews !== undefined && v.visitors !== undefined;
  if (v.pagesPerVisitor === undefined && !hasDepthCounts) {
    fail('INVALID_INPUT', 'pagesPerVisitor', 'required: give pagesPerVisitor, or pageviews and visitors');
  }

  const bounceRate = v.bounceRate ?? ratio(v.bounces, v.sessions);
  const pagesPerVisitor = v.pagesPerVisitor ?? ratio(v.pageviews, v.visitors);
  const returningVisitorShare = v.returningVisitorShare ?? ratio(v.returningVisitors, v.visitors);
  // A ratio of two amounts, held against a mark: 15 significant digits remove binary noise
  // (309.4 / 238 is exactly 1.3, not 1.2999999999999998) without loading decimal.js.
  const lift = ratio(moneyToNumber(v.storeAov), moneyToNumber(v.heroAov));
  const aovLift = lift === null ? null : Number(lift.toPrecision(15));

  const pct = (x: number) => formatPercent(x, 1);
  const num = (x: number) => formatNumber(x, 2);
  const checks: Check[] = [
    judgeMetric(j, 'bounceRate', 'PAGE_BOUNCE', bounceRate, t.bounceRate, pct),
    judgeMetric(j, 'pagesPerVisitor', 'PAGE_DEPTH', pagesPerVisitor, t.pagesPerVisitor, num),
    judgeMetric(j, 'aovLift', 'PAGE_AOV_LIFT', aovLift, t.aovLift, num),
  ];
  // A check with no good mark (AOV lift) counts as good once it passes (DESIGN.md, page-health).
  const status = overallStatus(checks);

  const advice: Advice[] = [];
  if (status === 'fail') advice.push(advise(j, 'FIX_PAGES_BEFORE_PROMOTION'));
  if (checks[2]?.status === 'fail') advice.push(advise(j, 'ADD_RELATED_SALES'));
  if (status === 'good') advice.push(advise(j, 'PAGES_GOOD_STOP_ADJUSTING'));
  if (returningVisitorShare !== null && returningVisitorShare >= t.highReturningShare) {
    advice.push(advise(j, 'RETURNING_VISITORS_INFLATE_MARKS', { share: pct(returningVisitorShare) }));
  }

  return { status, checks, advice, metrics: { bounceRate, pagesPerVisitor, aovLift, returningVisitorShare } };
}
