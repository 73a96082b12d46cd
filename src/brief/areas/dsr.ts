import { assessDsr } from '../../dsr/assessDsr.js';
import { computeDsr, type DsrRating } from '../../dsr/computeDsr.js';
import type { DsrCategory } from '../../dsr/compareDsr.js';
import { formatNumber } from '../../core/i18n.js';
import { addFinding, skipArea, under, type BriefContext, withPlugins } from '../context.js';

/** DSR as the brief reads it: the ratings, and the category's scores to compare with. */
export interface BriefDsrInput {
  /** Every rating (each `{ buyerId, createdAt, ratedAt, description, service, shipping }`); the 180 days ending on the brief's date count. */
  ratings: readonly DsrRating[];
  /** The category's average (and best, worst) per score (与同行业相比). */
  category?: { description?: DsrCategory; service?: DsrCategory; shipping?: DsrCategory };
}

const OWNER = { description: 'merchandising', service: 'service', shipping: 'operations' } as const;

/**
 * DSR below the category or close to a mark ([domain reference §4](../../../docs/domain.en.md#4-dsr)): the three scores as the platform
 * computes them on the brief's date (`computeDsr`), judged by `assessDsr` (pass 4.7, good 4.8,
 * and the category average when given). A failing score is a warning; a passing one that falls
 * below its floor (the category average, else its mark) after `thresholds.dsrNearRatings` or
 * fewer 1-star ratings is "close to the mark". Owners: item as described → merchandising,
 * service → service, shipping → operations.
 * @internal
 */
export function dsrArea(ctx: BriefContext, dsr: BriefDsrInput | undefined): void {
  if (dsr === undefined) return skipArea(ctx, 'dsr', 'SKIPPED_NO_DATA');
  const scores = under('dsr.ratings', () => computeDsr(dsr.ratings, { asOf: ctx.input.date }));
  if (scores.counted === 0) return skipArea(ctx, 'dsr', 'SKIPPED_NO_RATINGS');
  const health = under('dsr', () => assessDsr(scores, { locale: ctx.locale, ...withPlugins(ctx), ...(dsr.category === undefined ? {} : { category: dsr.category }) }));
  for (const check of health.checks) {
    const key = check.metric as keyof typeof OWNER;
    const score = scores[key];
    const buffer = Number(String(check.params['buffer']).replace(/,/g, '')); // assessDsr gives every check its buffer
    const near = (check.status === 'pass' || check.status === 'good') && Number.isFinite(buffer) && buffer <= ctx.thresholds.dsrNearRatings;
    const kind = check.code === 'DSR_FAIL_BELOW_CATEGORY' ? 'BELOW_CATEGORY' : check.status === 'fail' ? 'BELOW_PASS' : near ? 'NEAR_MARK' : null;
    if (kind === null || score.score === null) continue;
    addFinding(ctx, {
      area: 'dsr',
      code: `DSR_${key.toUpperCase()}_${kind}`,
      severity: kind === 'NEAR_MARK' ? 'info' : 'warning',
      owner: OWNER[key],
      subject: key,
      params: { ...check.params, score: formatNumber(score.score, 3) },
      numbers: { score: score.score, display: score.display, sum: score.sum, count: score.count, counted: scores.counted, average: dsr.category?.[key]?.average ?? null, buffer: Number.isFinite(buffer) ? buffer : null },
      checks: [check],
    });
  }
}
