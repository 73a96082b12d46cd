import { StoreDecimal, toDecimal, type Decimal } from '../../core/decimal.js';
import { formatNumber, formatPercent } from '../../core/i18n.js';
import { ratio } from '../../core/ratio.js';
import { attributeChange } from '../../goals/attributeChange.js';
import { addFinding, fen, inquiryConversionMove, signedPercent, skipArea, sum, weekBefore, yuan, type BriefContext } from '../context.js';

const DRIVERS = [
  { key: 'visitors', code: 'VISITORS', owner: 'promotion' },
  { key: 'conversionRate', code: 'CONVERSION', owner: 'design' },
  { key: 'aov', code: 'AOV', owner: 'merchandising' },
] as const;

/**
 * Which driver explains the gap to the day's target ([domain reference §1](../../../docs/domain.en.md#1-the-operating-loop): sales = visitors ×
 * conversion × AOV, each driver owned by a team). Baseline: the plan — the drivers it implies
 * for the day, its planned visitors and conversion rate, and the AOV that makes their product
 * the target exactly (target ÷ (visitors × conversion)) — so the effects, Shapley values from
 * `attributeChange`, add up to the gap to the fen. Each driver's `share` is its part of the
 * shortfall (the sum of the drivers that fell short), so the shares of the drivers behind plan
 * add up to 100% even when another driver made up part of the gap. A conversion shortfall goes
 * to design (the detail pages), or to service when the store's inquiry conversion fell against
 * the 7 days before. Without planned drivers the area is skipped ("no planned drivers"), and so
 * is a day whose visitors, buyers and paid amount do not fit together.
 * @internal
 */
export function driversArea(ctx: BriefContext): void {
  const { input } = ctx;
  const plan = input.plan?.find((p) => p.date === input.date);
  if (plan === undefined) return skipArea(ctx, 'drivers', 'SKIPPED_NO_PLAN');
  if (plan.visitors === undefined || plan.conversionRate === undefined || plan.visitors === 0 || plan.conversionRate === 0) {
    return skipArea(ctx, 'drivers', 'SKIPPED_NO_PLAN_DRIVERS');
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
  let shortfall = new StoreDecimal(0);
  for (const d of DRIVERS) {
    const e = a.effects[d.key] as Decimal;
    if (e.isNegative()) shortfall = shortfall.plus(e);
  }
  const formatted = {
    visitors: [formatNumber(visitors, 0), formatNumber(plan.visitors, 0)],
    conversionRate: [formatPercent(conversion, 2), formatPercent(plan.conversionRate, 2)],
    aov: [yuan(aov), yuan(planAov)],
  } as const;
  const values = { visitors: [visitors, plan.visitors], conversionRate: [conversion, plan.conversionRate], aov: [aov.toNumber(), planAov.toNumber()] } as const;
  const inquiry = inquiryConversionMove(ctx, input.date, weekBefore(input.date));
  for (const d of DRIVERS) {
    const effect = a.effects[d.key] as Decimal; // attributeChange gives every factor an effect
    if (effect.isZero() || effect.abs().lt(a.total.abs().times(ctx.thresholds.minShare))) continue;
    const short = effect.isNegative();
    if (short && !a.total.isNegative()) continue; // a driver behind plan on a day ahead of it: nothing to act on
    const share = short ? effect.div(shortfall).toNumber() : (a.shares[d.key] as number | null);
    const service = d.key === 'conversionRate' && short && inquiry?.move === 'fell';
    addFinding(ctx, {
      area: 'drivers',
      code: `DRIVER_${d.code}_${short ? 'SHORT' : 'AHEAD'}${service ? '_INQUIRY' : ''}`,
      severity: short ? (share !== null && share >= 0.5 ? 'critical' : 'warning') : 'info',
      owner: service ? 'service' : d.owner,
      subject: d.key,
      params: {
        actual: formatted[d.key][0],
        plan: formatted[d.key][1],
        change: signedPercent(values[d.key][0], values[d.key][1]),
        effect: yuan(effect.abs()),
        shortfall: yuan(shortfall.abs()),
        share: formatPercent(share, 1),
        ...(inquiry === null ? {} : { inquiryRate: formatPercent(inquiry.rate, 1), inquiryBaseRate: formatPercent(inquiry.baseRate, 1) }),
      },
      numbers: {
        baseline: 'plan',
        actual: d.key === 'aov' ? fen(aov) : values[d.key][0],
        plan: d.key === 'aov' ? planAov.toFixed(4) : values[d.key][1],
        effect: fen(effect),
        gap: fen(a.total),
        shortfall: fen(shortfall),
        share,
        shareOfGap: a.shares[d.key] as number | null,
        visitorsEffect: fen(a.effects['visitors'] as Decimal),
        conversionRateEffect: fen(a.effects['conversionRate'] as Decimal),
        aovEffect: fen(a.effects['aov'] as Decimal),
        inquiryConversionRate: inquiry?.rate ?? null,
        baseInquiryConversionRate: inquiry?.baseRate ?? null,
      },
      moneyAtStake: effect,
      share,
    });
  }
}
