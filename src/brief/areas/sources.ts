import { addDays } from '../../core/dates.js';
import { StoreDecimal, formatMoney, toDecimal, type Decimal } from '../../core/decimal.js';
import { formatNumber, formatPercent } from '../../core/i18n.js';
import { makeAdvice } from '../../core/checks.js';
import { ratio } from '../../core/ratio.js';
import { TOTAL_LABELS } from '../../adapters/sourceTree.js';
import { addFinding, fen, skipArea, sum, type BriefContext } from '../context.js';

interface SourceLike {
  date: string;
  source: string;
  sourceLevel?: number | undefined;
  sourcePath?: readonly string[] | undefined;
}

/**
 * The sources that add up to the store once each: never a 汇总/合计/总计 row; rows with a
 * `sourcePath` taken at each branch's own deepest level (a row whose path another row of the
 * same day extends is a subtotal); rows without one at the deepest level given. @internal
 */
export function leafSources<T extends SourceLike>(rows: readonly T[]): T[] {
  const named = rows.filter((r) => !TOTAL_LABELS.has(r.source.trim()));
  const prefixes = new Set<string>();
  let deepest = 0;
  for (const r of named) {
    if (r.sourcePath === undefined) deepest = Math.max(deepest, r.sourceLevel ?? 0);
    else for (let k = 1; k < r.sourcePath.length; k++) prefixes.add(`${r.date}\u0000${r.sourcePath.slice(0, k).join('\u0000')}`);
  }
  return named.filter((r) =>
    r.sourcePath === undefined ? (r.sourceLevel ?? 0) === deepest : r.sourcePath.length > 0 && !prefixes.has(`${r.date}\u0000${r.sourcePath.join('\u0000')}`),
  );
}

/** The key of a source across days: its path when given (two 其他 under different groups differ), else its name. @internal */
export function sourceKey(r: SourceLike): string {
  return r.sourcePath === undefined || r.sourcePath.length === 0 ? r.source : r.sourcePath.join('/');
}

interface SourceTotals {
  source: string;
  category: string;
  visitors0: number;
  visitors1: number;
  sales0: Decimal;
  sales1: Decimal;
}

/**
 * Which source explains the day's change in sales (DOMAIN.md §1: "which traffic source").
 *
 * Baseline: the same weekday a week before (a plan rarely targets each source, and weekdays
 * differ). For each source, sales = visitors × visitor value (UV价值), and the change is split
 * between the two by their Shapley values: visitor effect = Δvisitors × mean visitor value,
 * value effect = Δvalue × mean visitors — which add up exactly to the source's change. The
 * sources add up to the store's change, except what the store's own total differs by (sources
 * overlap in a real export): that residue is reported in the numbers, never hidden.
 * @internal
 */
export function sourcesArea(ctx: BriefContext): void {
  const { input, thresholds } = ctx;
  const rows = input.sources;
  const baseDate = addDays(input.date, -7);
  // Each branch at its own deepest level, so a subtotal and its details are not added twice.
  const used = leafSources(rows.filter((r) => r.date === input.date || r.date === baseDate));
  if (!used.some((r) => r.date === input.date)) return skipArea(ctx, 'sources', 'SKIPPED_NO_DATA');
  if (!used.some((r) => r.date === baseDate)) return skipArea(ctx, 'sources', 'SKIPPED_NO_BASELINE');

  const bySource = new Map<string, SourceTotals>();
  const names = new Map<string, Set<string>>();
  for (const r of used) {
    const key = sourceKey(r);
    let keys = names.get(r.source);
    if (keys === undefined) names.set(r.source, (keys = new Set()));
    keys.add(key);
    let t = bySource.get(key);
    if (t === undefined) {
      t = { source: key, category: r.category ?? 'other', visitors0: 0, visitors1: 0, sales0: new StoreDecimal(0), sales1: new StoreDecimal(0) };
      bySource.set(key, t);
    }
    const amount = toDecimal(r.paidAmount);
    if (r.date === input.date) {
      t.visitors1 += r.visitors;
      t.sales1 = t.sales1.plus(amount);
    } else {
      t.visitors0 += r.visitors;
      t.sales0 = t.sales0.plus(amount);
    }
  }

  const storeDay = (date: string) => input.store.filter((d) => d.date === date);
  const storeChange = sum(storeDay(input.date), (d) => d.paidAmount).minus(sum(storeDay(baseDate), (d) => d.paidAmount));
  let sourcesChange = new StoreDecimal(0);
  for (const t of bySource.values()) sourcesChange = sourcesChange.plus(t.sales1.minus(t.sales0));
  const residue = storeChange.minus(sourcesChange);
  const change = storeChange.isZero() ? sourcesChange : storeChange;
  if (change.isZero()) return;
  const minEffect = change.abs().times(thresholds.minShare);

  for (const r of used) {
    const t = bySource.get(sourceKey(r)) as SourceTotals;
    if ((names.get(r.source)?.size ?? 0) === 1) t.source = r.source;
  }

  for (const t of bySource.values()) {
    const { visitors0: v0, visitors1: v1 } = t;
    // Visitor value of a side without visitors is taken from the other side (all change is visitors).
    const u1 = v1 > 0 ? t.sales1.div(v1) : v0 > 0 ? t.sales0.div(v0) : new StoreDecimal(0);
    const u0 = v0 > 0 ? t.sales0.div(v0) : u1;
    const visitorEffect = new StoreDecimal(v1 - v0).times(u0.plus(u1)).div(2).toDecimalPlaces(2);
    const valueEffect = t.sales1.minus(t.sales0).minus(visitorEffect);
    const numbers = {
      visitors: v1,
      baseVisitors: v0,
      sales: fen(t.sales1),
      baseSales: fen(t.sales0),
      visitorEffect: fen(visitorEffect),
      valueEffect: fen(valueEffect),
      storeChange: fen(storeChange),
      unattributed: fen(residue),
      baseDate,
    };
    const paidLike = t.category === 'paid' || t.category === 'activity';
    const owner = paidLike ? 'promotion' : 'operations';
    const share = (effect: Decimal) => effect.div(change).toNumber();
    const common = { source: t.source, effect: formatMoney(visitorEffect.abs()), fall: formatMoney(change.abs()) };
    if (change.isNegative() && visitorEffect.isNegative() && visitorEffect.abs().gte(minEffect)) {
      addFinding(ctx, {
        area: 'sources',
        code: 'SOURCE_VISITORS_DOWN',
        severity: share(visitorEffect) >= 0.5 ? 'critical' : 'warning',
        owner,
        subject: t.source,
        params: { ...common, visitors: formatNumber(v1, 0), baseVisitors: formatNumber(v0, 0), drop: formatPercent(ratio(v0 - v1, v0), 1), share: formatPercent(share(visitorEffect), 1) },
        numbers: { ...numbers, share: share(visitorEffect) },
        moneyAtStake: visitorEffect,
        advice: paidLike ? [makeAdvice('PAID_SOURCE_ADVICE', ctx.locale, ctx.catalogs, { source: t.source })] : [],
      });
    } else if (visitorEffect.isPositive() && !visitorEffect.isZero() && visitorEffect.gte(minEffect)) {
      addFinding(ctx, {
        area: 'sources',
        code: 'SOURCE_VISITORS_UP',
        severity: 'info',
        owner,
        subject: t.source,
        params: { ...common, visitors: formatNumber(v1, 0), baseVisitors: formatNumber(v0, 0), rise: formatPercent(ratio(v1 - v0, v0), 1) },
        numbers: { ...numbers, share: share(visitorEffect) },
        moneyAtStake: visitorEffect,
      });
    }
    if (change.isNegative() && valueEffect.isNegative() && valueEffect.abs().gte(minEffect)) {
      addFinding(ctx, {
        area: 'sources',
        code: 'SOURCE_VALUE_DOWN',
        severity: 'warning',
        owner: 'design',
        subject: t.source,
        params: { ...common, effect: formatMoney(valueEffect.abs()), value: formatMoney(u1), baseValue: formatMoney(u0), share: formatPercent(share(valueEffect), 1) },
        numbers: { ...numbers, share: share(valueEffect) },
        moneyAtStake: valueEffect,
      });
    }
  }
}
