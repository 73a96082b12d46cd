import { addDays } from '../../core/dates.js';
import { formatMoney, StoreDecimal, toDecimal, type Decimal } from '../../core/decimal.js';
import { formatPercent } from '../../core/i18n.js';
import { trackProgress } from '../../goals/trackProgress.js';
import { addFinding, fen, skipArea, under, type BriefContext } from '../context.js';

/**
 * 达标 and the replan (DOMAIN.md §1: "an unmet day must change the next day's plan"), by
 * `trackProgress` over the whole plan: the day against its target (money at stake: the gap),
 * progress to date, and the days after the date re-planned so the total is still reached —
 * the next 7 days are reported, with how much more (or less) they must sell than planned.
 * Plan days up to the date without a store row are missing data, not zero sales: then
 * progress to date and the replan are skipped with the reason.
 * Returns `met`, or `null` without a plan for the day.
 * @internal
 */
export function targetArea(ctx: BriefContext): boolean | null {
  const { input } = ctx;
  const days = [...(input.plan ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!days.some((p) => p.date === input.date)) {
    skipArea(ctx, 'target', 'SKIPPED_NO_PLAN');
    skipArea(ctx, 'replan', 'SKIPPED_NO_PLAN');
    return null;
  }
  const planned = new Set(days.map((d) => d.date));
  const actuals: Record<string, Decimal> = {};
  for (const d of input.store) {
    if (d.date > input.date || !planned.has(d.date)) continue;
    actuals[d.date] = (actuals[d.date] ?? new StoreDecimal(0)).plus(toDecimal(d.paidAmount));
  }
  let total = new StoreDecimal(0);
  for (const d of days) total = total.plus(toDecimal(d.target));
  const p = under('plan', () => trackProgress({ total, days: days.map((d) => ({ date: d.date, target: d.target })) }, actuals, { asOf: input.date, locale: ctx.locale }));
  const day = p.day;
  if (day === null) return null;
  const met = day.met;
  addFinding(ctx, {
    area: 'target',
    code: met ? 'TARGET_MET' : 'TARGET_MISSED',
    severity: met ? 'info' : 'critical',
    owner: 'operations',
    params: { date: input.date, actual: formatMoney(day.actual ?? 0), target: formatMoney(day.target), gap: formatMoney(day.gap.abs()), achievement: formatPercent(day.achievement, 1) },
    numbers: { actual: fen(day.actual ?? new StoreDecimal(0)), target: fen(day.target), gap: fen(day.gap), achievement: day.achievement },
    moneyAtStake: day.gap,
  });
  // A plan day without a store row is missing data, not a day without sales: counting it as 0
  // would report the store behind and raise every day left, so neither is judged.
  if (p.missingDays.length > 0) {
    const params = { days: p.missingDays.length, first: p.missingDays[0] as string };
    skipArea(ctx, 'target', 'SKIPPED_PLAN_DAYS_WITHOUT_DATA', params);
    skipArea(ctx, 'replan', 'SKIPPED_PLAN_DAYS_WITHOUT_DATA', params);
    return met;
  }
  // Progress to date says more than the day only once the plan has earlier days.
  if (days[0] !== undefined && days[0].date < input.date) {
    addFinding(ctx, {
      area: 'target',
      code: p.met ? 'TARGET_TO_DATE_AHEAD' : 'TARGET_TO_DATE_BEHIND',
      severity: p.met ? 'info' : 'warning',
      owner: 'operations',
      params: { actualToDate: formatMoney(p.actualToDate), targetToDate: formatMoney(p.targetToDate), gap: formatMoney(p.gap.abs()), achievement: formatPercent(p.achievement, 1) },
      numbers: { actualToDate: fen(p.actualToDate), targetToDate: fen(p.targetToDate), gap: fen(p.gap), achievement: p.achievement, missingDays: p.missingDays.length },
    });
  }
  const week = p.replan.filter((d) => d.date <= addDays(input.date, 7));
  if (week.length === 0) {
    skipArea(ctx, 'replan', 'SKIPPED_NO_PLAN');
    return met;
  }
  let original = new StoreDecimal(0);
  let replanned = new StoreDecimal(0);
  for (const d of week) {
    original = original.plus(d.original);
    replanned = replanned.plus(d.target);
  }
  const change = replanned.minus(original);
  addFinding(ctx, {
    area: 'replan',
    code: 'REPLAN_WEEK',
    severity: change.isPositive() && !change.isZero() ? 'warning' : 'info',
    owner: 'operations',
    params: {
      remaining: formatMoney(p.remainingTarget),
      days: week.map((d) => `${d.date.slice(5)} ${formatMoney(d.target)}`).join(', '),
      originalWeek: formatMoney(original),
      newWeek: formatMoney(replanned),
    },
    numbers: { remaining: fen(p.remainingTarget), remainingDays: p.remainingDays, originalWeek: fen(original), newWeek: fen(replanned), change: fen(change), ...Object.fromEntries(week.map((d) => [d.date, fen(d.target)])) },
    // Per day, like every other amount at stake in the brief: a 7-day total would outrank a
    // day's real loss of the same size.
    moneyAtStake: change.div(week.length).toDecimalPlaces(2, StoreDecimal.ROUND_HALF_UP),
  });
  return met;
}
