import { addDays, isoWeekday } from '../../core/dates.js';
import { combineRates } from '../../core/decimal.js';
import { assessPageHealth } from '../../page-health/assessPageHealth.js';
import { addFinding, fen, skipArea, sum, type BriefContext, withPlugins } from '../context.js';

/**
 * Page health on its weekly cadence ([domain reference §3](../../../docs/domain.en.md#3-page-health): "read from data, once a week"): on the
 * weekday of `thresholds.pageHealthWeekday` (Sunday by default, closing the ISO week), the 7
 * days ending on the brief's date are judged from sums: bounce rate weighted by visitors
 * (Σ rate × visitors / Σ visitors), pages per visitor ΣPV / ΣUV, store AOV Σ paid / Σ buyers and
 * the hero item's AOV likewise. Each failing check is a finding: bounce and depth for design,
 * AOV lift for merchandising.
 * @internal
 */
export function pageHealthArea(ctx: BriefContext): void {
  const { input, thresholds } = ctx;
  const weekday = isoWeekday(input.date);
  if (weekday !== thresholds.pageHealthWeekday) {
    return skipArea(ctx, 'page-health', 'SKIPPED_NOT_DUE', { next: addDays(input.date, (thresholds.pageHealthWeekday - weekday + 7) % 7) });
  }
  const from = addDays(input.date, -6);
  const days = input.store.filter((d) => d.date >= from && d.date <= input.date && d.pageviews !== undefined && d.bounceRate !== undefined);
  if (days.length === 0) return skipArea(ctx, 'page-health', 'SKIPPED_NO_DATA');
  const visitors = days.reduce((s, d) => s + d.visitors, 0);
  // A week without visitors has no rates to judge (and assessPageHealth would refuse the missing
  // bounce rate as a bad input): the area is skipped, not failed.
  if (visitors === 0) return skipArea(ctx, 'page-health', 'SKIPPED_NO_DATA');
  const pageviews = days.reduce((s, d) => s + (d.pageviews as number), 0);
  // The week's rate from the days' counts, exactly (a float sum of 7 × 0.7 gave 0.6999999999999998).
  const weekBounce = combineRates(
    days.map((d) => d.bounceRate as number),
    days.map((d) => d.visitors),
  );
  const buyers = days.reduce((s, d) => s + d.buyers, 0);
  const storeAov = buyers > 0 ? sum(days, (d) => d.paidAmount).div(buyers) : undefined;
  const hero = input.items.filter((r) => r.itemId === input.heroItemId && r.date >= from && r.date <= input.date);
  const heroBuyers = hero.reduce((s, r) => s + r.buyers, 0);
  const heroAov = heroBuyers > 0 ? sum(hero, (r) => r.paidAmount).div(heroBuyers) : undefined;
  const bounceRate = weekBounce as number; // visitors > 0: the week's rate is known
  const result = assessPageHealth(
    {
      bounceRate: Math.min(1, bounceRate),
      pageviews,
      visitors,
      ...(storeAov === undefined ? {} : { storeAov: storeAov.toDecimalPlaces(2).toString() }),
      ...(heroAov === undefined ? {} : { heroAov: heroAov.toDecimalPlaces(2).toString() }),
    },
    { locale: ctx.locale, ...withPlugins(ctx) },
  );
  const numbers = {
    from,
    to: input.date,
    visitors,
    pageviews,
    bounceRate: result.metrics.bounceRate,
    pagesPerVisitor: result.metrics.pagesPerVisitor,
    storeAov: storeAov === undefined ? null : fen(storeAov),
    heroAov: heroAov === undefined ? null : fen(heroAov),
    aovLift: result.metrics.aovLift,
  };
  for (const check of result.checks) {
    if (check.status !== 'fail') continue;
    const aov = check.metric === 'aovLift';
    const advice = result.advice.filter((a) => (aov ? a.code === 'ADD_RELATED_SALES' : a.code === 'FIX_PAGES_BEFORE_PROMOTION'));
    addFinding(ctx, {
      area: 'page-health',
      code: check.code,
      severity: 'warning',
      owner: aov ? 'merchandising' : 'design',
      subject: check.metric,
      params: check.params,
      numbers,
      checks: [check],
      advice,
    });
  }
}
