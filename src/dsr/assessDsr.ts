import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../core/checks.js';
import { fail } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { formatNumber, type Locale, type MessageCatalog } from '../core/i18n.js';
import { advise, openJudging, overallStatus, readOptions, statusOf, text, verdict, type JudgingSpec } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
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
   * shows the mark. [domain reference §4](../../docs/domain.en.md#4-dsr) names no marks: these are storeops defaults from the
   * operator's usual goal of lifting 4.7 to 4.8; set your category's own. @see [domain reference §4](../../docs/domain.en.md#4-dsr)
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
  /** Extra or replacement messages by code; they win over the plugins' messages. */
  messages?: MessageCatalog;
  /** Plugins applied in order before `thresholds` and `messages`: each plugin's `thresholds.dsr` overrides the marks. */
  plugins?: readonly StoreOpsPlugin[];
}

/** The scores judged (exact means, `null` without counted ratings). */
export interface DsrHealthMetrics {
  description: number | null;
  service: number | null;
  shipping: number | null;
}

/** The verdict of {@link assessDsr}. */
export interface DsrHealth {
  /** `fail` if any score fails; `good` if every known score is good; else `pass`; `unknown` with no ratings at all. */
  status: Status;
  /** One check each for `description`, `service` and `shipping`, in that order. */
  checks: Check[];
  /** One `DSR_LIFT_SCORE` per failing score: how many 5-star ratings bring it back. */
  advice: Advice[];
  /** The scores judged. */
  metrics: DsrHealthMetrics;
}

/**
 * The default DSR marks (storeops defaults; [domain reference §4](../../docs/domain.en.md#4-dsr) gives the rules, not the marks).
 * @see [domain reference §4](../../docs/domain.en.md#4-dsr)
 */
export const defaultDsrThresholds: Readonly<DsrThresholds> = /* @__PURE__ */ deepFreeze({
  score: { direction: 'above', pass: 4.7, good: 4.8, inclusive: true },
});

const spec: JudgingSpec<DsrThresholds, typeof dsrMessages> = {
  module: 'dsr',
  catalog: dsrMessages,
  defaults: defaultDsrThresholds,
  marks: { score: [1, 5] },
};

function schemas() {
  return {
    input: z.object({ description: dsrTallySchema, service: dsrTallySchema, shipping: dsrTallySchema }),
    category: z.optional(z.strictObject({ description: z.optional(dsrCategorySchema), service: z.optional(dsrCategorySchema), shipping: z.optional(dsrCategorySchema) })),
  };
}

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
 * @param options - `category` scores, `thresholds`, `locale`, `messages`, `plugins` (each plugin's `thresholds.dsr`).
 * @throws StoreOpsError `INVALID_INPUT` for a bad tally (path like `service.sum`);
 *   `INVALID_OPTIONS` for a bad category, mark or locale.
 * @see [domain reference §4](../../docs/domain.en.md#4-dsr)
 * @example
 * ```ts
 * import { assessDsr } from 'storeops/dsr';
 * const dsr = { description: { sum: 480, count: 100 }, service: { sum: 475, count: 100 }, shipping: { sum: 460, count: 100 } };
 * const health = assessDsr(dsr, { locale: 'en' });
 * health.checks.map((c) => c.status) //=> ['good', 'pass', 'fail']
 * health.advice.map((a) => a.message) //=> ['Shipping speed comes first: 34 more 5-star ratings bring it back to 4.7']
 * health.checks[1].message //=> 'Seller service 4.7 reaches the pass mark 4.7; 25 more 5-star ratings lift it to 4.8, 1 more 1-star ratings keep it at or above 4.7'
 * assessDsr(dsr, { category: { description: { average: 4.85, worst: 4.6 } } }).checks[0].code //=> 'DSR_FAIL_BELOW_CATEGORY'
 * ```
 */
export function assessDsr(dsr: DsrTallies, options: AssessDsrOptions = {}): DsrHealth {
  const schema = schemas();
  const input = parseInput(schema.input, dsr);
  const opts = readOptions(options);
  const category = parseInput(schema.category, opts['category'], { code: 'INVALID_OPTIONS', prefix: ['category'] });
  const j = openJudging(spec, opts);
  const marks = j.thresholds.score;
  if (marks.pass <= 1) fail('INVALID_OPTIONS', 'thresholds.score.pass', 'must be above 1: every score is at least 1');
  const good = marks.good ?? marks.pass;
  const num = (x: number | null) => (x === null ? '—' : formatNumber(x, 5));

  const advice: Advice[] = [];
  const checks = SCORES.map((key): Check => {
    const tally = input[key];
    const name = text(j, NAME_CODES[key]);
    const { score, display } = dsrScoreOf(tally.sum, tally.count);
    if (score === null) return verdict(j, 'DSR_UNKNOWN', key, null, 'unknown', marks, { name });
    let status = statusOf(score, marks);
    const cat = category?.[key];
    const comparison = cat === undefined ? null : compareFraction(tallyFraction(tally), cat);
    let code: 'DSR_GOOD' | 'DSR_PASS' | 'DSR_FAIL' | 'DSR_FAIL_BELOW_CATEGORY' = status === 'good' ? 'DSR_GOOD' : status === 'pass' ? 'DSR_PASS' : 'DSR_FAIL';
    let target: number | null = status === 'fail' ? marks.pass : status === 'pass' ? good : null;
    if (comparison?.direction === 'below' && cat !== undefined) {
      status = 'fail';
      code = 'DSR_FAIL_BELOW_CATEGORY';
      target = cat.average;
    }
    // The mark not to fall below: the category average (飘绿) if given, else the current mark.
    const floor = cat?.average ?? (status === 'good' ? good : marks.pass);
    const needed = target === null ? null : ratingsNeeded(tally, target);
    const buffer = status === 'fail' ? 0 : ratingsBuffer(tally, floor);
    if (status === 'fail') advice.push(advise(j, 'DSR_LIFT_SCORE', { name, needed: num(needed), target: num(target) }));
    return verdict(j, code, key, score, status, marks, {
      name,
      display: display as string,
      pass: num(marks.pass),
      good: num(good),
      floor: num(floor),
      average: num(cat?.average ?? null),
      percent: comparison?.display ?? '—',
      needed: num(needed),
      buffer: num(buffer),
    });
  });
  const [description, service, shipping] = checks.map((c) => c.value) as [number | null, number | null, number | null];
  return { status: overallStatus(checks, false), checks, advice, metrics: { description, service, shipping } };
}
