import { addDays, monthOf, weekOf } from '../../core/dates.js';
import { amountRatio, StoreDecimal, toDecimal, type Decimal } from '../../core/decimal.js';
import { formatNumber, formatPercent } from '../../core/i18n.js';
import { trackProgress, type ReplanPolicy } from '../../goals/trackProgress.js';
import { addFinding, fen, skipArea, under, yuan, type BriefContext, type PeriodState, type TodayState } from '../context.js';

/** The planned AOV of a plan day: given, or the one that makes its drivers give its target. */
function plannedAov(day: { target: unknown; visitors?: number | undefined; conversionRate?: number | undefined; aov?: unknown }): Decimal | null {
  if (day.aov !== undefined) return toDecimal(day.aov as string);
  if (day.visitors === undefined || day.conversionRate === undefined || day.visitors === 0 || day.conversionRate === 0) return null;
  return toDecimal(day.target as string).div(day.visitors).div(day.conversionRate);
}

function period(name: string, actual: Decimal, target: Decimal): PeriodState {
  return { period: name, actual, target, gap: actual.minus(target), achievement: amountRatio(actual, target) };
}

/**
 * 达标 and the replan ([domain reference §1](../../../docs/domain.en.md#1-the-operating-loop): "an unmet day must change the next day's plan"), by
 * `trackProgress` over the whole plan: the day against its target (money at stake: the gap),
 * progress to date, the month and the ISO week to date (for the headline), today's target and
 * the visitors it needs at the planned conversion and AOV, and the days after the date
 * re-planned by the `replan` policy: behind plan, the shortfall is spread over the days left
 * (adding up exactly); ahead, by default (`'keep'`) their targets stay and the surplus is a
 * buffer. Plan days up to the date without a store row are missing data, not zero sales: then
 * progress to date and the replan are skipped with the reason.
 * Returns `met`, or `null` without a plan for the day.
 * @internal
 */
export function targetArea(ctx: BriefContext, policy: ReplanPolicy = 'keep'): boolean | null {
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
  const p = under('plan', () => trackProgress({ total, days: days.map((d) => ({ date: d.date, target: d.target })) }, actuals, { asOf: input.date, locale: ctx.locale, replan: policy }));
  // The plan has the date (checked above), and dailyBrief requires a store row for it: the day
  // has a target and sales.
  const day = p.day as NonNullable<typeof p.day>;
  const actual = day.actual as Decimal;
  const met = day.met;

  // Month and ISO week to date: the plan's days of the period up to the date, each with data.
  const toDate = (inPeriod: (date: string) => boolean, name: string): PeriodState | null => {
    const span = days.filter((d) => d.date <= input.date && inPeriod(d.date));
    if (span.length === 0 || span.some((d) => actuals[d.date] === undefined)) return null;
    let a = new StoreDecimal(0);
    let t = new StoreDecimal(0);
    for (const d of span) {
      a = a.plus(actuals[d.date] as Decimal);
      t = t.plus(toDecimal(d.target));
    }
    return period(name, a, t);
  };
  const month = toDate((d) => monthOf(d) === monthOf(input.date), monthOf(input.date));
  const week = toDate((d) => weekOf(d) === weekOf(input.date), weekOf(input.date));
  // Today: the day after the brief's date, with its replanned target and the visitors it needs.
  const todayDate = addDays(input.date, 1);
  const todayPlan = days.find((d) => d.date === todayDate);
  let today: TodayState | null = null;
  if (todayPlan !== undefined && p.missingDays.length === 0) {
    // The replan holds every plan day after the date.
    const target = (p.replan.find((d) => d.date === todayDate) as (typeof p.replan)[number]).target;
    const aov = plannedAov(todayPlan);
    const cr = todayPlan.conversionRate ?? null;
    const visitors = aov === null || cr === null || cr === 0 || aov.isZero() ? null : target.div(aov.times(cr)).ceil().toNumber();
    today = { date: todayDate, target, original: toDecimal(todayPlan.target), visitors, conversionRate: cr, aov };
  }
  ctx.progress = { day: period(input.date, actual, day.target), met, month, week, today };

  addFinding(ctx, {
    area: 'target',
    code: met ? 'TARGET_MET' : 'TARGET_MISSED',
    severity: met ? 'info' : 'critical',
    owner: 'operations',
    params: { date: input.date, actual: yuan(actual), target: yuan(day.target), gap: yuan(day.gap.abs()), achievement: formatPercent(day.achievement, 1) },
    numbers: { actual: fen(actual), target: fen(day.target), gap: fen(day.gap), achievement: day.achievement },
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
      params: { start: days[0].date, actualToDate: yuan(p.actualToDate), targetToDate: yuan(p.targetToDate), gap: yuan(p.gap.abs()), achievement: formatPercent(p.achievement, 1) },
      numbers: { start: days[0].date, actualToDate: fen(p.actualToDate), targetToDate: fen(p.targetToDate), gap: fen(p.gap), achievement: p.achievement, missingDays: p.missingDays.length },
    });
  }
  const next = p.replan.filter((d) => d.date <= addDays(input.date, 7));
  if (next.length === 0) {
    skipArea(ctx, 'replan', 'SKIPPED_NO_PLAN');
    return met;
  }
  let original = new StoreDecimal(0);
  let replanned = new StoreDecimal(0);
  for (const d of next) {
    original = original.plus(d.original);
    replanned = replanned.plus(d.target);
  }
  const change = replanned.minus(original);
  const numbers = {
    policy: p.replanPolicy,
    remaining: fen(p.remainingTarget),
    remainingDays: p.remainingDays,
    buffer: fen(p.buffer),
    originalWeek: fen(original),
    newWeek: fen(replanned),
    change: fen(change),
    ...Object.fromEntries(next.map((d) => [d.date, fen(d.target)])),
  };
  if (p.buffer.isPositive() && !p.buffer.isZero()) {
    // Ahead under 'keep': the targets stay; the surplus is a buffer, not a reason to sell less.
    addFinding(ctx, {
      area: 'replan',
      code: 'REPLAN_KEEP',
      severity: 'info',
      owner: 'operations',
      params: { buffer: yuan(p.gap), days: next.length, newWeek: yuan(replanned) },
      numbers,
    });
    return met;
  }
  if (change.isZero()) return met;
  addFinding(ctx, {
    area: 'replan',
    code: change.isPositive() ? 'REPLAN_WEEK' : 'REPLAN_LOWER',
    severity: change.isPositive() ? 'warning' : 'info',
    owner: 'operations',
    params: {
      remaining: yuan(p.remainingTarget),
      remainingDays: formatNumber(p.remainingDays, 0),
      days: next.map((d) => `${d.date.slice(5)} ${yuan(d.target)}`).join(', '),
      originalWeek: yuan(original),
      newWeek: yuan(replanned),
      change: yuan(change.abs()),
    },
    numbers,
    // Per day, like every other amount at stake in the brief: a 7-day total would outrank a
    // day's real loss of the same size.
    moneyAtStake: change.div(next.length).toDecimalPlaces(2, StoreDecimal.ROUND_HALF_UP),
  });
  return met;
}
