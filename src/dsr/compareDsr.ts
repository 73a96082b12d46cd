import * as z from 'zod/mini';
import { fail } from '../core/errors.js';
import { messageCatalogSchema, renderMessage, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { parseInput } from '../core/validate.js';
import { compareFractions, decimalFraction, fractionToNumber, truncateFraction, type Fraction } from './exact.js';
import { dsrMessages } from './messages.js';
import { dsrScoreNumberSchema, dsrTallySchema, tallyFraction, type DsrTally } from './tally.js';
import { pure } from '../core/pure.js';

/** The category's scores a shop is compared with (同行业), each 1–5. */
export interface DsrCategory {
  /** 行业平均: the category average. */
  average: number;
  /** 行业最高: the best score in the category; needed for the percentage above the average. */
  best?: number;
  /** 行业最低: the worst score in the category; needed for the percentage below the average. */
  worst?: number;
}

/** Options of {@link compareDsr}. */
export interface CompareDsrOptions {
  /** Language of `message`: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code (e.g. from a plugin). */
  messages?: MessageCatalog;
}

/** A shop's score against its category, as 生意参谋 shows it (与同行业相比). */
export interface DsrComparison {
  /** `'above'` (shown red, 飘红), `'equal'` (持平) or `'below'` (shown green, 飘绿). */
  direction: 'above' | 'equal' | 'below';
  /** The distance as a ratio, `0.3333…` for 33.33%; `0` when equal; `null` when `best` (above) or `worst` (below) is missing or equals the average. */
  percent: number | null;
  /** `percent` as a percentage truncated to two decimals, `'33.33%'`; `null` with `percent`. */
  display: string | null;
  /** E.g. `'高于同行业平均 33.33%'`, in the requested locale. */
  message: string;
}

/** zod schema of a {@link DsrCategory}: scores 1–5 with worst ≤ average ≤ best. */
export const dsrCategorySchema = /* @__PURE__ */ pure(() => z
  .object({
    average: dsrScoreNumberSchema,
    best: z.optional(dsrScoreNumberSchema),
    worst: z.optional(dsrScoreNumberSchema),
  })
  .check(
    z.refine((c) => c.best === undefined || c.best >= c.average, { error: 'best must not be below average', path: ['best'] }),
    z.refine((c) => c.worst === undefined || c.worst <= c.average, { error: 'worst must not be above average', path: ['worst'] }),
  ));

const optionsSchema = /* @__PURE__ */ pure(() => z.object({
  locale: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
}));

function minus(a: Fraction, b: Fraction): Fraction {
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/** The exact comparison of a score with a validated category. @internal */
export function compareFraction(shop: Fraction, category: z.infer<typeof dsrCategorySchema>): Omit<DsrComparison, 'message'> {
  const average = decimalFraction(category.average);
  const side = compareFractions(shop, average);
  if (side === 0) return { direction: 'equal', percent: 0, display: '0.00%' };
  const direction = side > 0 ? 'above' : 'below';
  const bound = side > 0 ? category.best : category.worst;
  // above: (shop − average) / (best − average); below: (average − shop) / (average − worst).
  const gap = side > 0 ? minus(shop, average) : minus(average, shop);
  const span = bound === undefined ? null : side > 0 ? minus(decimalFraction(bound), average) : minus(average, decimalFraction(bound));
  if (span === null || span.n === 0n) return { direction, percent: null, display: null };
  const percent = { n: gap.n * span.d, d: gap.d * span.n };
  return { direction, percent: fractionToNumber(percent), display: `${truncateFraction({ n: percent.n * 100n, d: percent.d }, 2)}%` };
}

/**
 * Compares a shop's DSR score with its category (与同行业相比) by the platform's formula: above
 * the average, `(shop − average) / (best − average)`; below it, `(average − shop) /
 * (average − worst)`; equal, 持平. Exact: scores are read as the decimals they are written as
 * (or divided exactly from a tally), so a score equal to the average is `'equal'`.
 *
 * `display` is truncated to two decimals, not rounded — the way the platform treats the score
 * itself — so it never overstates the gap: 0.99996 shows as `'99.99%'`, not `'100.00%'`, which
 * would claim the shop matches the category's best. (33.333…% is `'33.33%'` either way.)
 *
 * @param score - the shop's score 1–5 (e.g. `4.71234`) or its `{ sum, count }` tally (any {@link DsrScore} with ratings).
 * @param category - the category's `average`, `best` and `worst`, 1–5.
 * @param options - `locale` of the message.
 * @throws StoreOpsError `INVALID_INPUT` for a score outside 1–5, a tally with no ratings (path
 *   `count`: no score is shown, so there is nothing to compare), or a category with worst >
 *   average or best < average.
 * @see [domain reference §4](../../docs/domain.en.md#4-dsr)
 * @example
 * ```ts
 * import { compareDsr } from 'storeops/dsr';
 * compareDsr(4.71234, { average: 4.61234, best: 4.91234 }) //=> { direction: 'above', percent: 1 / 3, display: '33.33%' }
 * compareDsr(4.71234, { average: 4.61234, best: 4.91234 }, { locale: 'en' }).message //=> '33.33% above the category average'
 * compareDsr({ sum: 96, count: 20 }, { average: 4.8 }).direction //=> 'equal'
 * compareDsr(4.5, { average: 4.7, worst: 4.3 }).display //=> '50.00%'
 * compareDsr(4.5, { average: 4.7, best: 4.9 }).percent //=> null
 * ```
 */
export function compareDsr(score: number | DsrTally, category: DsrCategory, options: CompareDsrOptions = {}): DsrComparison {
  let shop: Fraction;
  if (typeof score === 'number') shop = decimalFraction(parseInput(dsrScoreNumberSchema, score));
  else {
    const t = parseInput(dsrTallySchema, score);
    if (t.count === 0) fail('INVALID_INPUT', 'count', 'no counted ratings: there is no score to compare');
    shop = tallyFraction(t);
  }
  const c = parseInput(dsrCategorySchema, category, { prefix: ['category'] });
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale);
  const result = compareFraction(shop, c);
  const code = result.direction === 'above' ? 'DSR_ABOVE_CATEGORY' : result.direction === 'below' ? 'DSR_BELOW_CATEGORY' : 'DSR_EQUAL_CATEGORY';
  const catalogs: MessageCatalog[] = opts.messages === undefined ? [dsrMessages] : [dsrMessages, opts.messages];
  return { ...result, message: renderMessage(code, locale, { percent: result.display ?? '—' }, catalogs) };
}
