import * as z from 'zod/mini';
import { combineStatuses, evaluateThreshold, makeCheck, resolveThreshold, type Check, type Status, type Threshold } from '../core/checks.js';
import { fail } from '../core/errors.js';
import { formatNumber, messageCatalogSchema, renderMessage, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { parseInput } from '../core/validate.js';
import { compareFraction, dsrCategorySchema, type DsrCategory } from './compareDsr.js';
import { dsrScoreOf } from './computeDsr.js';
import { ratingsBuffer } from './ratingsBuffer.js';
import { ratingsNeeded } from './ratingsNeeded.js';
import { dsrMessages } from './messages.js';
import { dsrTallySchema, tallyFraction, type DsrTally } from './tally.js';

/** The three scores to judge, each a `{ sum, count }` tally — a {@link DsrResult} is one. */
export interface DsrTallies {
  /** 宝贝与描述相符. */
  description: DsrTally;
  /** 卖家服务态度. */
  service: DsrTally;
  /** 卖家发货速度. */
  shipping: DsrTally;
}

/** The marks DSR health is held against. */
export interface DsrThresholds {
  /**
   * Each score (exact mean): pass at 4.7, good at 4.8, both inclusive — at the mark the display
   * shows the mark. DOMAIN.md §4 names no marks: these are storeops defaults from the
   * operator's usual goal of lifting 4.7 to 4.8; set your category's own. @see DOMAIN.md §4
   */
  score: Threshold;
}

/** Options of {@link assessDsr}. */
export interface AssessDsrOptions {
  /** The category's scores per DSR score; a score below its category average fails (飘绿). */
  category?: { description?: DsrCategory; service?: DsrCategory; shipping?: DsrCategory };
  /** Overrides of the default marks, e.g. `{ score: { pass: 4.6 } }`; marks must lie in (1, 5]. */
  thresholds?: { score?: Partial<Threshold> };
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code (e.g. from a plugin). */
  messages?: MessageCatalog;
}

/** The verdict of {@link assessDsr}. */
export interface DsrHealth {
  /** `fail` if any score fails; `good` if every known score is good; else `pass`; `unknown` with no ratings at all. */
  status: Status;
  /** One check each for `description`, `service` and `shipping`, in that order. */
  checks: Check[];
}

/**
 * The default DSR marks (storeops defaults; DOMAIN.md §4 gives the rules, not the marks).
 * @see DOMAIN.md §4
 */
export const defaultDsrThresholds: Readonly<DsrThresholds> = /* @__PURE__ */ Object.freeze({
  score: /* @__PURE__ */ Object.freeze({ direction: 'above', pass: 4.7, good: 4.8, inclusive: true }),
});

const inputSchema = /* @__PURE__ */ z.object({ description: dsrTallySchema, service: dsrTallySchema, shipping: dsrTallySchema });

const optionsSchema = /* @__PURE__ */ z.object({
  category: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.strictObject({
      description: /* @__PURE__ */ z.optional(dsrCategorySchema),
      service: /* @__PURE__ */ z.optional(dsrCategorySchema),
      shipping: /* @__PURE__ */ z.optional(dsrCategorySchema),
    }),
  ),
  thresholds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ score: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()) })),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  messages: /* @__PURE__ */ z.optional(messageCatalogSchema),
});

const SCORES = ['description', 'service', 'shipping'] as const;
const NAME_CODES = { description: 'DSR_DESCRIPTION', service: 'DSR_SERVICE', shipping: 'DSR_SHIPPING' } as const;

/**
 * Judges the three DSR scores: a {@link Check} per score against the marks (pass 4.7, good 4.8,
 * on the exact score) and, when the category is given, against its average — a score below it
 * fails (飘绿) whatever the marks say. Each message tells the operator what to do next:
 * how many 5-star ratings reach the next mark (or the average), and how many 1-star ratings the
 * score absorbs before it falls below the category average (抵挡 X 单 1 分后飘绿) or, without a
 * category, below its current mark. The check's `params` carry `needed`, `buffer` and `floor`.
 *
 * @param dsr - the three `{ sum, count }` tallies (a {@link DsrResult}).
 * @param options - `category` scores, `thresholds`, `locale`, `messages`.
 * @throws StoreOpsError `INVALID_INPUT` for a bad tally (path like `service.sum`);
 *   `INVALID_OPTIONS` for a bad category, mark or locale.
 * @see DOMAIN.md §4
 * @example
 * ```ts
 * import { assessDsr } from 'storeops/dsr';
 * const dsr = { description: { sum: 480, count: 100 }, service: { sum: 475, count: 100 }, shipping: { sum: 460, count: 100 } };
 * const health = assessDsr(dsr, { locale: 'en' });
 * health.checks.map((c) => c.status) //=> ['good', 'pass', 'fail']
 * health.checks[1].message //=> 'Seller service 4.7 reaches the pass mark 4.7; 25 more 5-star ratings lift it to 4.8, 1 more 1-star ratings keep it at or above 4.7'
 * assessDsr(dsr, { category: { description: { average: 4.85, worst: 4.6 } } }).checks[0].code //=> 'DSR_FAIL_BELOW_CATEGORY'
 * ```
 */
export function assessDsr(dsr: DsrTallies, options: AssessDsrOptions = {}): DsrHealth {
  const input = parseInput(inputSchema, dsr);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const marks = resolveThreshold(defaultDsrThresholds.score, opts.thresholds?.score, ['thresholds', 'score'], [1, 5]);
  if (marks.pass <= 1) fail('INVALID_OPTIONS', 'thresholds.score.pass', 'must be above 1: every score is at least 1');
  const good = marks.good ?? marks.pass;
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [dsrMessages] : [dsrMessages, opts.messages];
  const num = (x: number | null) => (x === null ? '—' : formatNumber(x, 5));

  const checks = SCORES.map((key): Check => {
    const tally = input[key];
    const name = renderMessage(NAME_CODES[key], locale, {}, catalogs);
    const { score, display } = dsrScoreOf(tally.sum, tally.count);
    if (score === null) {
      return makeCheck({ code: 'DSR_UNKNOWN', metric: key, value: null, status: 'unknown', thresholds: marks, params: { name } }, locale, catalogs);
    }
    let status = evaluateThreshold(score, marks);
    const category = opts.category?.[key];
    const comparison = category === undefined ? null : compareFraction(tallyFraction(tally), category);
    let code: string = `DSR_${status.toUpperCase()}`;
    let target: number | null = status === 'fail' ? marks.pass : status === 'pass' ? good : null;
    if (comparison?.direction === 'below' && category !== undefined) {
      status = 'fail';
      code = 'DSR_FAIL_BELOW_CATEGORY';
      target = category.average;
    }
    // The mark not to fall below: the category average (飘绿) if given, else the current mark.
    const floor = category?.average ?? (status === 'good' ? good : marks.pass);
    const needed = target === null ? null : ratingsNeeded(tally, target);
    const buffer = status === 'fail' ? 0 : ratingsBuffer(tally, floor);
    return makeCheck(
      {
        code,
        metric: key,
        value: score,
        status,
        thresholds: marks,
        params: {
          name,
          display: display as string,
          pass: num(marks.pass),
          good: num(good),
          floor: num(floor),
          average: num(category?.average ?? null),
          percent: comparison?.display ?? '—',
          needed: num(needed),
          buffer: num(buffer),
        },
      },
      locale,
      catalogs,
    );
  });
  return { status: combineStatuses(checks.map((c) => c.status)), checks };
}
