import { formatMoney } from '../../core/decimal.js';
import { formatPercent } from '../../core/i18n.js';
import { addFinding, fen, skipArea, sum, type BriefContext } from '../context.js';

/**
 * 达标: was the day's target met (actual ≥ target, DOMAIN.md §1)? Returns `met`, or `null`
 * without a plan for the day. The money at stake is the gap.
 * @internal
 */
export function targetArea(ctx: BriefContext): boolean | null {
  const { input } = ctx;
  const planDays = (input.plan ?? []).filter((p) => p.date === input.date);
  const storeDays = input.store.filter((d) => d.date === input.date);
  if (planDays.length === 0) {
    skipArea(ctx, 'target', 'SKIPPED_NO_PLAN');
    return null;
  }
  const target = sum(planDays, (p) => p.target);
  const actual = sum(storeDays, (d) => d.paidAmount);
  const gap = actual.minus(target);
  const met = !gap.isNegative() || gap.isZero();
  const achievement = target.isZero() ? null : actual.div(target).toNumber();
  addFinding(ctx, {
    area: 'target',
    code: met ? 'TARGET_MET' : 'TARGET_MISSED',
    severity: met ? 'info' : 'critical',
    owner: 'operations',
    params: { date: input.date, actual: formatMoney(actual), target: formatMoney(target), gap: formatMoney(gap.abs()), achievement: formatPercent(achievement, 1) },
    numbers: { actual: fen(actual), target: fen(target), gap: fen(gap), achievement },
    moneyAtStake: gap,
  });
  return met;
}
