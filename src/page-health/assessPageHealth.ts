import * as z from 'zod/mini';
import { combineStatuses, evaluateThreshold, makeAdvice, makeCheck, resolveThreshold, type Advice, type Check, type Status, type Threshold } from '../core/checks.js';
import { fail, formatPath } from '../core/errors.js';
import { formatNumber, formatPercent, messageCatalogSchema, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { moneyToNumber, nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { usePlugins, type StoreOpsPlugin } from '../core/plugin.js';
import { ratio } from '../core/ratio.js';
import { countSchema, nonNegativeSchema, parseInput, rateSchema } from '../core/validate.js';
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
  /** Bounce rate: pass under 0.70, good under 0.60 (strict). @see DOMAIN.md §3 */
  bounceRate: Threshold;
  /** Pages per visitor: pass above 2.5, good above 3.5 (strict). @see DOMAIN.md §3 */
  pagesPerVisitor: Threshold;
  /** Store AOV ÷ hero-item AOV: pass at 1.3 or more (inclusive: "at least"). @see DOMAIN.md §3 */
  aovLift: Threshold;
  /**
   * Returning-visitor share from which the store is told that pass marks say less about its
   * pages. DOMAIN.md §3 names no number; 0.5 (half the visitors) is storeops' default.
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
 * @see DOMAIN.md §3
 */
export const defaultPageHealthThresholds: Readonly<PageHealthThresholds> = /* @__PURE__ */ Object.freeze({
  bounceRate: /* @__PURE__ */ Object.freeze({ direction: 'below', pass: 0.7, good: 0.6 }),
  pagesPerVisitor: /* @__PURE__ */ Object.freeze({ direction: 'above', pass: 2.5, good: 3.5 }),
  aovLift: /* @__PURE__ */ Object.freeze({ direction: 'above', pass: 1.3, inclusive: true }),
  highReturningShare: 0.5,
});

/** zod schema of {@link PageHealthInput}. Unknown fields are ignored. */
export const pageHealthInputSchema = /* @__PURE__ */ z
  .object({
    bounceRate: /* @__PURE__ */ z.optional(rateSchema),
    pagesPerVisitor: /* @__PURE__ */ z.optional(nonNegativeSchema),
    storeAov: /* @__PURE__ */ z.optional(nonNegativeMoneySchema),
    heroAov: /* @__PURE__ */ z.optional(nonNegativeMoneySchema),
    returningVisitorShare: /* @__PURE__ */ z.optional(rateSchema),
    pageviews: /* @__PURE__ */ z.optional(countSchema),
    visitors: /* @__PURE__ */ z.optional(countSchema),
    sessions: /* @__PURE__ */ z.optional(countSchema),
    bounces: /* @__PURE__ */ z.optional(countSchema),
    returningVisitors: /* @__PURE__ */ z.optional(countSchema),
  })
  .check(
    /* @__PURE__ */ z.refine((v) => v.bounces === undefined || v.sessions === undefined || v.bounces <= v.sessions, {
      error: 'bounces must not exceed sessions',
      path: ['bounces'],
    }),
    /* @__PURE__ */ z.refine((v) => v.returningVisitors === undefined || v.visitors === undefined || v.returningVisitors <= v.visitors, {
      error: 'returningVisitors must not exceed visitors',
      path: ['returningVisitors'],
    }),
  );

const optionsSchema = /* @__PURE__ */ z.object({
  thresholds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  messages: /* @__PURE__ */ z.optional(messageCatalogSchema),
  plugins: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

const THRESHOLD_KEYS = new Set(['bounceRate', 'pagesPerVisitor', 'aovLift', 'highReturningShare']);

/**
 * @internal Resolves overrides onto `base` (the defaults, or the marks after earlier plugins),
 * validating every field; `path` is where the overrides sit (`['thresholds']` in the options).
 */
export function resolvePageHealthThresholds(
  overrides: unknown,
  base: PageHealthThresholds = defaultPageHealthThresholds,
  path: readonly PropertyKey[] = ['thresholds'],
): PageHealthThresholds {
  const o = parseInput(/* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown())), overrides, { code: 'INVALID_OPTIONS', prefix: path }) ?? {};
  for (const key of Object.keys(o)) {
    if (!THRESHOLD_KEYS.has(key)) fail('INVALID_OPTIONS', formatPath([...path, key]), 'unknown threshold');
  }
  const high = o['highReturningShare'];
  return {
    bounceRate: resolveThreshold(base.bounceRate, o['bounceRate'], [...path, 'bounceRate'], [0, 1]),
    pagesPerVisitor: resolveThreshold(base.pagesPerVisitor, o['pagesPerVisitor'], [...path, 'pagesPerVisitor'], [0, Infinity]),
    aovLift: resolveThreshold(base.aovLift, o['aovLift'], [...path, 'aovLift'], [0, Infinity]),
    highReturningShare:
      high === undefined ? base.highReturningShare : parseInput(rateSchema, high, { code: 'INVALID_OPTIONS', prefix: [...path, 'highReturningShare'] }),
  };
}

function statusSuffix(status: Status): string {
  return status === 'good' ? 'GOOD' : status === 'pass' ? 'PASS' : status === 'fail' ? 'FAIL' : 'UNKNOWN';
}

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
 * @see DOMAIN.md §3
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
  const v = parseInput(pageHealthInputSchema, input);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const { thresholds: t, catalogs } = usePlugins(
    { module: 'page-health', defaults: defaultPageHealthThresholds, resolve: resolvePageHealthThresholds, catalog: pageHealthMessages },
    opts,
  );

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

  const checks: Check[] = [];
  const judge = (metric: keyof PageHealthMetrics, prefix: string, value: number | null, threshold: Threshold, format: (x: number) => string) => {
    const status = evaluateThreshold(value, threshold);
    checks.push(
      makeCheck(
        {
          code: `${prefix}_${statusSuffix(status)}`,
          metric,
          value,
          status,
          thresholds: threshold,
          params: {
            value: value === null ? '—' : format(value),
            pass: format(threshold.pass),
            good: threshold.good === undefined ? '—' : format(threshold.good),
          },
        },
        locale,
        catalogs,
      ),
    );
  };
  const pct = (x: number) => formatPercent(x, 1);
  const num = (x: number) => formatNumber(x, 2);
  judge('bounceRate', 'PAGE_BOUNCE', bounceRate, t.bounceRate, pct);
  judge('pagesPerVisitor', 'PAGE_DEPTH', pagesPerVisitor, t.pagesPerVisitor, num);
  judge('aovLift', 'PAGE_AOV_LIFT', aovLift, t.aovLift, num);

  // A check with no good mark (AOV lift) counts as good once it passes (DESIGN.md, page-health).
  const status = combineStatuses(
    checks.map((c) => c.status),
    checks.map((c) => c.thresholds?.good === undefined),
  );

  const advice: Advice[] = [];
  if (status === 'fail') advice.push(makeAdvice('FIX_PAGES_BEFORE_PROMOTION', locale, catalogs));
  if (checks[2]?.status === 'fail') advice.push(makeAdvice('ADD_RELATED_SALES', locale, catalogs));
  if (status === 'good') advice.push(makeAdvice('PAGES_GOOD_STOP_ADJUSTING', locale, catalogs));
  if (returningVisitorShare !== null && returningVisitorShare >= t.highReturningShare) {
    advice.push(makeAdvice('RETURNING_VISITORS_INFLATE_MARKS', locale, catalogs, { share: pct(returningVisitorShare) }));
  }

  return { status, checks, advice, metrics: { bounceRate, pagesPerVisitor, aovLift, returningVisitorShare } };
}
