import { formatMoney, toDecimal } from '../../core/decimal.js';
import { formatNumber, formatPercent } from '../../core/i18n.js';
import { ratio } from '../../core/ratio.js';
import { attributeChange } from '../../goals/attributeChange.js';
import { addFinding, fen, signedPercent, skipArea, sum, type BriefContext } from '../context.js';

const DRIVERS = [
  { key: 'visitors', code: 'VISITORS', owner: 'promotion' },
  { key: 'conversionRate', code: 'CONVERSION', owner: 'design' },
  { key: 'aov', code: 'AOV', owner: 'merchandising' },
] as const;

/**
 * Which driver explains the gap to the day's target (DOMAIN.md §1: sales = visitors ×
 * conversion × AOV, each driver owned by a team). Baseline: the drivers the plan implies for
 * the day — its planned visitors and conversion rate, and the AOV that makes their product the
 * target exactly (target ÷ (visitors × conversion)) — so the effects, Shapley values from
 * `attributeChange`, add up to the gap to the fen. Without planned drivers the area is skipped,
 * and so is a day whose visitors, buyers and paid amount do not fit together (sales without
 * buyers, buyers without visitors).
 * @internal
 */
export function driversArea(ctx: BriefContext): void {
  const { input } = ctx;
  const plan = input.plan?.find((p) => p.date === input.date);
  if (plan === undefined || plan.visitors === undefined || plan.conversionRate === undefined || plan.visitors === 0 || plan.conversionRate === 0) {
    return skipArea(ctx, 'drivers', 'SKIPPED_NO_PLAN');
  }
  const day = input.store.filter((d) => d.date === input.date);
  const visitors = day.reduce((s, d) => s + d.visitors, 0);
  const buyers = day.reduce((s, d) => s + d.buyers, 0);
  const sales = sum(day, (d) => d.paidAmount);
  // Sales without buyers, or buyers without visitors (an export's "-" counted as 0): the drivers'
  // product cannot give the sales, so effects would explain another gap than the day's.
  if ((buyers === 0 && !sales.isZero()) || (visitors === 0 && buyers > 0)) return skipArea(ctx, 'drivers', 'SKIPPED_DRIVERS_DO_NOT_FIT');
  const target = toDecimal(plan.target);
  const planAov = target.div(plan.visitors).div(plan.conversionRate);
  const conversion = ratio(buyers, visitors) ?? plan.conversionRate;
  const aov = buyers > 0 ? sales.div(buyers) : planAov;
  const base = { visitors: plan.visitors, conversionRate: plan.conversionRate, aov: planAov };
  const current = { visitors, conversionRate: conversion, aov };
  const a = attributeChange(base, current, { locale: ctx.locale });
  if (a.total.isZero()) return;
  const formatted = {
    visitors: [formatNumber(visitors, 0), formatNumber(plan.visitors, 0)],
    conversionRate: [formatPercent(conversion, 2), formatPercent(plan.conversionRate, 2)],
    aov: [formatMoney(aov), formatMoney(planAov)],
  } as const;
  const values = { visitors: [visitors, plan.visitors], conversionRate: [conversion, plan.conversionRate], aov: [aov.toNumber(), planAov.toNumber()] } as const;
  for (const d of DRIVERS) {
    const effect = a.effects[d.key];
    if (effect === undefined || effect.isZero() || effect.abs().lt(a.total.abs().times(ctx.thresholds.minShare))) continue;
    const short = effect.isNegative();
    if (short && !a.total.isNegative()) continue; // a driver behind plan on a day ahead of it: nothing to act on
    addFinding(ctx, {
      area: 'drivers',
      code: `DRIVER_${d.code}_${short ? 'SHORT' : 'AHEAD'}`,
      severity: short ? (effect.div(a.total).gte(0.5) && a.total.isNegative() ? 'critical' : 'warning') : 'info',
      owner: d.owner,
      subject: d.key,
      params: {
        actual: formatted[d.key][0],
        plan: formatted[d.key][1],
        change: signedPercent(values[d.key][0], values[d.key][1]),
        effect: formatMoney(effect.abs()),
        share: formatPercent(a.shares[d.key] ?? null, 1),
      },
      numbers: {
        actual: d.key === 'aov' ? fen(aov) : values[d.key][0],
        plan: d.key === 'aov' ? planAov.toFixed(4) : values[d.key][1],
        effect: fen(effect),
        gap: fen(a.total),
        share: a.shares[d.key] ?? null,
        visitorsEffect: fen(a.effects['visitors'] ?? toDecimal(0)),
        conversionRateEffect: fen(a.effects['conversionRate'] ?? toDecimal(0)),
        aovEffect: fen(a.effects['aov'] ?? toDecimal(0)),
      },
      moneyAtStake: effect,
    });
  }
}
