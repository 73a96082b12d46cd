import { formatNumber, formatPercent, renderMessage, type Locale, type MessageCatalog, type MessageParams } from '../core/i18n.js';
import { formatMoney, moneyPerUnit } from '../core/decimal.js';
import type { BriefContext, PeriodState } from './context.js';
import { yuan } from './context.js';
import { compareFindings } from '../core/findings.js';
import type { BriefHeadline, Finding, HeadlinePart, HeadlinePeriod } from './finding.js';


const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Areas whose findings can explain the day. */
const CAUSE_AREAS = /* @__PURE__ */ new Set(['ads', 'sources', 'drivers', 'products', 'refunds']);
/** Stories of a visitor shortfall: they tell what the visitors driver only counts. */
const VISITOR_STORIES = /* @__PURE__ */ new Set(['ADS_BUDGET_CAPPED', 'ADS_PAID_DOWN', 'SOURCE_VISITORS_DOWN']);
/** Areas always shown: the plan and the data. */
const ALWAYS_MATERIAL = /* @__PURE__ */ new Set(['target', 'replan', 'event', 'data']);

function isShortfall(f: Finding): boolean {
  return !/_(UP|AHEAD)$/.test(f.code) && !f.code.startsWith('KEYWORDS_') && f.moneyAtStake !== null && !f.moneyAtStake.isZero();
}

/**
 * After every area: one story per cause (a visitor shortfall told by a source or the ads story
 * is not told again by the visitors driver), severity that takes the month to date into account
 * (a store ahead for the month is not 紧急 for one soft day), materiality, and the one finding order (`compareFindings`: severity, then money at stake).
 * @internal
 */
export function finalizeFindings(ctx: BriefContext): void {
  const { thresholds } = ctx;
  // Which of several stories of one cause is the biggest: the finding order (severity, then the
  // size of the money at stake, so a drop written −¥900 outweighs a +¥100), not the signed amount.
  const story = ctx.findings.filter((f) => VISITOR_STORIES.has(f.code)).sort(compareFindings)[0];
  const driver = ctx.findings.findIndex((f) => f.code === 'DRIVER_VISITORS_SHORT');
  if (story !== undefined && driver >= 0) {
    const d = ctx.findings[driver] as Finding;
    // The drivers area always gives a driver its actual, plan and effect.
    story.numbers = { ...story.numbers, visitorsAgainstPlan: d.numbers['actual'] as number, plannedVisitors: d.numbers['plan'] as number, visitorsEffectAgainstPlan: d.numbers['effect'] as string };
    ctx.findings.splice(driver, 1);
  }
  const month = ctx.progress?.month ?? null;
  const ahead = month !== null ? !month.gap.isNegative() : ctx.progress !== undefined && ctx.progress.day.gap.isNegative() === false;
  for (const f of ctx.findings) {
    if (ahead && f.severity === 'critical' && (f.area === 'target' || CAUSE_AREAS.has(f.area))) f.severity = 'warning';
    if (ALWAYS_MATERIAL.has(f.area)) continue;
    const money = f.moneyAtStake;
    const share = f.share ?? null;
    f.material = !((money !== null && money.abs().lt(thresholds.materialMoney)) || (share !== null && Math.abs(share) < thresholds.materialShare));
  }
  ctx.findings.sort(compareFindings);
}

function period(p: PeriodState | null): HeadlinePeriod | null {
  return p === null ? null : { period: p.period, actual: p.actual, target: p.target, gap: p.gap, achievement: p.achievement };
}

/** The short cause texts of the headline, in `locale`. @internal */
export function causeText(findings: readonly Pick<Finding, 'code' | 'params' | 'message'>[], locale: Locale, catalogs: readonly MessageCatalog[]): string {
  return findings
    .map((f) => {
      const text = renderMessage(`CAUSE_${f.code}`, locale, f.params, catalogs);
      return text === `CAUSE_${f.code}` ? f.message : text;
    })
    .join(renderMessage('HEADLINE_CAUSE_SEPARATOR', locale, {}, catalogs));
}

/**
 * The headline: the verdict with actual against target, month and week to date, today's target
 * and the visitors it needs, and the one or two largest material shortfalls as causes.
 * @internal
 */
export function buildHeadline(ctx: BriefContext, met: boolean | null): BriefHeadline {
  const { locale, catalogs } = ctx;
  const parts: HeadlinePart[] = [];
  const part = (code: string, params: MessageParams) => parts.push({ code, params, message: renderMessage(code, locale, params, catalogs) });
  const p = ctx.progress;
  const month = p?.month ?? null;
  const week = p?.week ?? null;
  const ahead = month === null ? met === true : !month.gap.isNegative();
  const severity = met === false ? (ahead ? 'warning' : 'critical') : 'info';
  if (p === undefined || met === null) part('HEADLINE_UNKNOWN', { date: ctx.input.date });
  else {
    part(met ? 'HEADLINE_MET' : 'HEADLINE_MISSED', {
      date: ctx.input.date,
      actual: yuan(p.day.actual),
      target: yuan(p.day.target),
      gap: yuan(p.day.gap.abs()),
      achievement: formatPercent(p.day.achievement, 1),
    });
  }
  const periodParams = (s: PeriodState) => ({ actual: yuan(s.actual), target: yuan(s.target), gap: yuan(s.gap.abs()), achievement: formatPercent(s.achievement, 1) });
  if (month !== null) {
    const m = Number(month.period.slice(5, 7));
    part(month.gap.isNegative() ? 'HEADLINE_MONTH_BEHIND' : 'HEADLINE_MONTH_AHEAD', { ...periodParams(month), month: m, monthName: MONTHS_EN[m - 1] as string });
  }
  if (week !== null) part(week.gap.isNegative() ? 'HEADLINE_WEEK_BEHIND' : 'HEADLINE_WEEK_AHEAD', { ...periodParams(week), week: week.period });
  const today = p?.today ?? null;
  if (today !== null) {
    const params = { date: today.date, target: yuan(today.target) };
    if (today.visitors !== null && today.conversionRate !== null && today.aov !== null) {
      part('HEADLINE_TODAY', { ...params, visitors: formatNumber(today.visitors, 0), conversionRate: formatPercent(today.conversionRate, 2), aov: formatMoney(today.aov, 0) });
    } else part('HEADLINE_TODAY_NO_DRIVERS', params);
  }
  const causes = ctx.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.material && CAUSE_AREAS.has(f.area) && isShortfall(f))
    .slice(0, 2);
  if (causes.length > 0) part('HEADLINE_CAUSES', { causes: causeText(causes.map((c) => c.f), locale, catalogs) });
  const event = ctx.findings.find((f) => f.area === 'event');
  if (event !== undefined) part('HEADLINE_EVENT', event.params);
  return {
    verdict: met === null ? 'unknown' : met ? 'met' : 'missed',
    severity,
    day: p === undefined ? null : period(p.day),
    monthToDate: period(month),
    weekToDate: period(week),
    today: today === null ? null : { date: today.date, target: today.target, visitors: today.visitors, conversionRate: today.conversionRate, aov: moneyPerUnit(today.aov) },
    causes: causes.map((c) => c.i),
    parts,
    message: parts.map((x) => x.message).join(renderMessage('HEADLINE_SEPARATOR', locale, {}, catalogs)),
  };
}
