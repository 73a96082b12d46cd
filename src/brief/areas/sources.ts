import { addDays } from '../../core/dates.js';
import { StoreDecimal, formatMoney, toDecimal, type Decimal } from '../../core/decimal.js';
import { formatNumber, formatPercent } from '../../core/i18n.js';
import { ratio } from '../../core/ratio.js';
import { TOTAL_LABELS } from '../../adapters/sourceTree.js';
import { addFinding, fen, inquiryConversionMove, skipArea, sum, visitorRise, yuan, type BriefContext } from '../context.js';

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
  buyers0: number;
  buyers1: number;
  sales0: Decimal;
  sales1: Decimal;
}

interface Part {
  t: SourceTotals;
  kind: 'visitors' | 'value' | 'conversion' | 'aov';
  effect: Decimal;
}

/**
 * Which source explains the day's change in sales ([domain reference §1](../../../docs/domain.en.md#1-the-operating-loop): "which traffic source").
 *
 * Baseline: the same weekday a week before (a plan rarely targets each source, and weekdays
 * differ); every message names it. For each source, sales = visitors × visitor value (UV价值),
 * and the change is split between the two by their Shapley values: visitor effect = Δvisitors ×
 * mean visitor value, value effect = Δvalue × mean visitors. When the source's buyers are given
 * on both days, the value effect is split again the same way, visitor value = conversion × AOV:
 * conversion part = mean visitors × Δconversion × mean AOV, order-value part = mean visitors ×
 * ΔAOV × mean conversion — they add up to the value effect exactly. Owners follow the cause: the
 * conversion part to design (detail pages), or to service when the store's inquiry conversion
 * fell against the same day last week; the order-value part to merchandising. Each part's
 * `share` is of the parts that fell (or rose) together, so the shares of the parts that fell add
 * up to 100% of the fall they split. Paid sources' visitor changes are handed to the ads story.
 * The sources add up to the store's change, except what the store's own total differs by
 * (sources overlap in a real export): that residue is reported in the numbers, never hidden.
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
      t = { source: key, category: r.category ?? 'other', visitors0: 0, visitors1: 0, buyers0: 0, buyers1: 0, sales0: new StoreDecimal(0), sales1: new StoreDecimal(0) };
      bySource.set(key, t);
    }
    const amount = toDecimal(r.paidAmount);
    if (r.date === input.date) {
      t.visitors1 += r.visitors;
      t.buyers1 += r.buyers;
      t.sales1 = t.sales1.plus(amount);
    } else {
      t.visitors0 += r.visitors;
      t.buyers0 += r.buyers;
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
  // A source is named by its name, or by its path when two branches share the name.
  for (const r of used) {
    const t = bySource.get(sourceKey(r)) as SourceTotals;
    if ((names.get(r.source) as Set<string>).size === 1) t.source = r.source; // every used row's name is in `names`
  }

  // Every part of the decomposition, so each share is of the parts that moved the same way.
  const parts: Part[] = [];
  const values = new Map<SourceTotals, { u0: Decimal; u1: Decimal }>();
  for (const t of bySource.values()) {
    const { visitors0: v0, visitors1: v1 } = t;
    // Visitor value of a side without visitors is taken from the other side (all change is visitors).
    const u1 = v1 > 0 ? t.sales1.div(v1) : v0 > 0 ? t.sales0.div(v0) : new StoreDecimal(0);
    const u0 = v0 > 0 ? t.sales0.div(v0) : u1;
    values.set(t, { u0, u1 });
    const visitorEffect = new StoreDecimal(v1 - v0).times(u0.plus(u1)).div(2).toDecimalPlaces(2);
    const valueEffect = t.sales1.minus(t.sales0).minus(visitorEffect);
    parts.push({ t, kind: 'visitors', effect: visitorEffect });
    if (t.buyers0 > 0 && t.buyers1 > 0 && v0 > 0 && v1 > 0) {
      // visitor value = conversion × AOV: split Δvalue × mean visitors by the two factors' Shapley values.
      const c0 = new StoreDecimal(t.buyers0).div(v0);
      const c1 = new StoreDecimal(t.buyers1).div(v1);
      const a0 = t.sales0.div(t.buyers0);
      const a1 = t.sales1.div(t.buyers1);
      const meanVisitors = new StoreDecimal(v0 + v1).div(2);
      const conversionPart = meanVisitors.times(c1.minus(c0)).times(a0.plus(a1)).div(2).toDecimalPlaces(2);
      parts.push({ t, kind: 'conversion', effect: conversionPart }, { t, kind: 'aov', effect: valueEffect.minus(conversionPart) });
    } else parts.push({ t, kind: 'value', effect: valueEffect });
  }
  let fell = new StoreDecimal(0);
  let rose = new StoreDecimal(0);
  for (const p of parts) {
    if (p.effect.isNegative()) fell = fell.plus(p.effect);
    else rose = rose.plus(p.effect);
  }
  // A part that fell is in `fell`, so `fell` is not 0 then; a part of 0 with nothing that rose has no share.
  const shareOf = (effect: Decimal) => (effect.isNegative() ? effect.div(fell).toNumber() : rose.isZero() ? null : effect.div(rose).toNumber());
  const inquiry = inquiryConversionMove(ctx, input.date, [baseDate]);

  for (const p of parts) {
    const { t, effect } = p;
    const { u0, u1 } = values.get(t) as { u0: Decimal; u1: Decimal };
    const { visitors0: v0, visitors1: v1 } = t;
    const share = shareOf(effect);
    const numbers: Record<string, number | string | null> = {
      baseline: 'sameWeekdayLastWeek',
      baseDate,
      part: p.kind,
      visitors: v1,
      baseVisitors: v0,
      buyers: t.buyers1,
      baseBuyers: t.buyers0,
      sales: fen(t.sales1),
      baseSales: fen(t.sales0),
      effect: fen(effect),
      fell: fen(fell),
      rose: fen(rose),
      storeChange: fen(storeChange),
      unattributed: fen(residue),
      share,
    };
    // The source's two Shapley parts, whichever part this finding tells: they add up to its change.
    numbers['visitorEffect'] = fen(parts.filter((q) => q.t === t && q.kind === 'visitors').reduce((s, q) => s.plus(q.effect), new StoreDecimal(0)));
    numbers['valueEffect'] = fen(parts.filter((q) => q.t === t && q.kind !== 'visitors').reduce((s, q) => s.plus(q.effect), new StoreDecimal(0)));
    const common = { source: t.source, effect: yuan(effect.abs()), fall: yuan(fell.abs()), rise: yuan(rose), share: formatPercent(share, 1) };
    const big = effect.abs().gte(minEffect);
    if (effect.isZero() || !big) continue;
    if (p.kind === 'visitors') {
      if (t.category === 'paid') {
        // The ads story tells paid traffic's change, with its budget, share and keywords.
        // A part that moved is in `fell` or `rose`, so its share is a number.
        (effect.isNegative() ? ctx.paid.drops : ctx.paid.rises).push({ source: t.source, visitors: v1, baseVisitors: v0, visitorEffect: effect, share: share as number, baseDate, numbers });
        continue;
      }
      const owner = t.category === 'activity' ? 'promotion' : 'operations';
      if (change.isNegative() && effect.isNegative()) {
        addFinding(ctx, {
          area: 'sources',
          code: 'SOURCE_VISITORS_DOWN',
          severity: share !== null && share >= 0.5 ? 'critical' : 'warning',
          owner,
          subject: t.source,
          params: { ...common, visitors: formatNumber(v1, 0), baseVisitors: formatNumber(v0, 0), drop: formatPercent(ratio(v0 - v1, v0), 1) },
          numbers,
          moneyAtStake: effect,
          share,
        });
      } else if (effect.isPositive()) {
        addFinding(ctx, {
          area: 'sources',
          code: 'SOURCE_VISITORS_UP',
          severity: 'info',
          owner,
          subject: t.source,
          params: { ...common, visitors: formatNumber(v1, 0), baseVisitors: formatNumber(v0, 0), rise: visitorRise(v1, v0) },
          numbers,
          moneyAtStake: effect,
          share,
          stance: { channel: t.source, direction: 'grow' },
        });
      }
      continue;
    }
    if (!change.isNegative() || !effect.isNegative()) continue;
    const c0 = t.buyers0 > 0 && v0 > 0 ? t.buyers0 / v0 : null;
    const c1 = t.buyers1 > 0 && v1 > 0 ? t.buyers1 / v1 : null;
    const a0 = t.buyers0 > 0 ? t.sales0.div(t.buyers0) : null;
    const a1 = t.buyers1 > 0 ? t.sales1.div(t.buyers1) : null;
    const detail = {
      value: formatMoney(u1),
      baseValue: formatMoney(u0),
      rate: formatPercent(c1, 2),
      baseRate: formatPercent(c0, 2),
      aov: a1 === null ? '—' : yuan(a1),
      baseAov: a0 === null ? '—' : yuan(a0),
    };
    const service = p.kind === 'conversion' && inquiry?.move === 'fell';
    addFinding(ctx, {
      area: 'sources',
      code: p.kind === 'value' ? 'SOURCE_VALUE_DOWN' : p.kind === 'conversion' ? (service ? 'SOURCE_CONVERSION_DOWN_INQUIRY' : 'SOURCE_CONVERSION_DOWN') : 'SOURCE_AOV_DOWN',
      severity: 'warning',
      owner: p.kind === 'aov' ? 'merchandising' : service ? 'service' : 'design',
      subject: t.source,
      params: { ...common, ...detail, ...(inquiry === null ? {} : { inquiryRate: formatPercent(inquiry.rate, 1), inquiryBaseRate: formatPercent(inquiry.baseRate, 1) }) },
      numbers: { ...numbers, valueVisitor: fen(u1), baseValueVisitor: fen(u0), conversionRate: c1, baseConversionRate: c0, aov: a1 === null ? null : fen(a1), baseAov: a0 === null ? null : fen(a0), inquiryConversionRate: inquiry?.rate ?? null, baseInquiryConversionRate: inquiry?.baseRate ?? null },
      moneyAtStake: effect,
      share,
    });
  }
}
