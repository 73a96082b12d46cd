import { addDays, daysBetween } from '../../core/dates.js';
import { formatNumber, formatPercent } from '../../core/i18n.js';
import type { MoneyInput } from '../../core/money.js';
import { ratio } from '../../core/ratio.js';
import { stockCover } from '../../stock/stockCover.js';
import { addFinding, fen, signedPercent, sum, under, weekBefore, yuan, type BriefContext } from '../context.js';

/**
 * Refunds (成功退款金额) against their 7-day norm: the day's refund rate (refunds ÷ paid amount)
 * against the 7 days before (a ratio of sums). Flagged when it is above the norm by
 * `thresholds.refundRise`; money at stake, the refunds beyond the norm (refunds − norm × paid).
 * After-sales is service's; the items' refunds say which goods.
 * @internal
 */
export function refundsArea(ctx: BriefContext): void {
  const { input, thresholds } = ctx;
  const today = input.store.filter((d) => d.date === input.date && d.refundAmount !== undefined);
  const before = weekBefore(input.date);
  const base = input.store.filter((d) => before.includes(d.date) && d.refundAmount !== undefined);
  if (today.length === 0 || base.length === 0) return;
  const refunds = sum(today, (d) => d.refundAmount as MoneyInput);
  const paid = sum(today, (d) => d.paidAmount);
  const baseRefunds = sum(base, (d) => d.refundAmount as MoneyInput);
  const basePaid = sum(base, (d) => d.paidAmount);
  if (paid.isZero() || basePaid.isZero()) return;
  const rate = refunds.div(paid).toNumber();
  const norm = baseRefunds.div(basePaid).toNumber();
  if (rate <= norm * (1 + thresholds.refundRise)) return;
  const excess = refunds.minus(baseRefunds.div(basePaid).times(paid)).toDecimalPlaces(2);
  addFinding(ctx, {
    area: 'refunds',
    code: 'REFUNDS_UP',
    severity: 'warning',
    owner: 'service',
    params: { refunds: yuan(refunds), rate: formatPercent(rate, 1), norm: formatPercent(norm, 1), excess: yuan(excess), days: base.length },
    numbers: { baseline: 'previous7Days', refunds: fen(refunds), paid: fen(paid), rate, norm, baseRefunds: fen(baseRefunds), basePaid: fen(basePaid), excess: fen(excess) },
    moneyAtStake: excess,
  });
}

/**
 * The hero item's 收藏 and 加购 (favourites and carts per visitor) as leading indicators: the
 * last 7 days against the 7 before, ratios of sums. A fall by `thresholds.leadingIndicatorChange`
 * or more says sales will follow (pages, price, reviews: design); a rise says prepare for it.
 * @internal
 */
export function heroSignalsArea(ctx: BriefContext): void {
  const { input, thresholds } = ctx;
  if (input.heroItemId === undefined) return;
  const start1 = addDays(input.date, -6);
  const start0 = addDays(input.date, -13);
  const rows = input.items.filter((r) => r.itemId === input.heroItemId && r.date >= start0 && r.date <= input.date);
  const window = (last: boolean) => rows.filter((r) => (r.date >= start1) === last);
  for (const [key, code] of [['cartAdders', 'CART'], ['favoriters', 'FAVORITE']] as const) {
    const w1 = window(true);
    const w0 = window(false);
    if (w1.some((r) => r[key] === undefined) || w0.some((r) => r[key] === undefined) || w1.length === 0 || w0.length === 0) continue;
    const v1 = w1.reduce((s, r) => s + r.visitors, 0);
    const v0 = w0.reduce((s, r) => s + r.visitors, 0);
    const n1 = w1.reduce((s, r) => s + (r[key] as number), 0);
    const n0 = w0.reduce((s, r) => s + (r[key] as number), 0);
    const rate1 = ratio(n1, v1);
    const rate0 = ratio(n0, v0);
    if (rate1 === null || rate0 === null || rate0 === 0) continue;
    const change = (rate1 - rate0) / rate0;
    if (Math.abs(change) < thresholds.leadingIndicatorChange) continue;
    const down = change < 0;
    const name = w1.find((r) => r.itemName !== undefined)?.itemName ?? input.heroItemId;
    addFinding(ctx, {
      area: 'products',
      code: `HERO_${code}_${down ? 'DOWN' : 'UP'}`,
      severity: down ? 'warning' : 'info',
      owner: down ? 'design' : 'operations',
      subject: input.heroItemId,
      params: { item: name, rate: formatPercent(rate1, 1), baseRate: formatPercent(rate0, 1), change: signedPercent(rate1, rate0) },
      numbers: { baseline: 'previous7Days', itemId: input.heroItemId, from: start1, to: input.date, visitors: v1, baseVisitors: v0, [key]: n1, [`base${key[0]?.toUpperCase()}${key.slice(1)}`]: n0, rate: rate1, baseRate: rate0 },
    });
  }
}

/**
 * The next event (618, 双11 …) from `events` and the plan's named days: inside its run-up (预热,
 * `warmupDays` or `thresholds.eventWarmupDays` before it) the brief says so with what to prepare;
 * with stock data, how many days the hero item's stock covers against the event's date.
 * @internal
 */
export function eventArea(ctx: BriefContext): void {
  const { input, thresholds } = ctx;
  const events: { date: string; name: string; warmupDays: number }[] = [];
  for (const e of input.events ?? []) events.push({ date: e.date, name: e.name, warmupDays: e.warmupDays ?? thresholds.eventWarmupDays });
  for (const d of input.plan ?? []) for (const name of d.events ?? []) if (!events.some((e) => e.name === name && e.date === d.date)) events.push({ date: d.date, name, warmupDays: thresholds.eventWarmupDays });
  const next = events.filter((e) => e.date > input.date).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];
  if (next === undefined) return;
  const daysLeft = daysBetween(input.date, next.date);
  if (daysLeft > next.warmupDays) return;
  let cover: number | null = null;
  const hero = input.heroItemId === undefined ? undefined : (input.stock ?? []).find((s) => (s as { id?: unknown }).id === input.heroItemId);
  if (hero !== undefined) {
    const result = under('stock', () => stockCover([hero as never], { locale: ctx.locale }));
    cover = result.items[0]?.daysOfCover ?? null;
  }
  const short = cover !== null && cover < daysLeft;
  addFinding(ctx, {
    area: 'event',
    code: cover === null ? 'EVENT_WARMUP' : short ? 'EVENT_WARMUP_STOCK_SHORT' : 'EVENT_WARMUP_STOCK',
    severity: short ? 'warning' : 'info',
    owner: 'operations',
    subject: next.name,
    params: { event: next.name, date: next.date, days: daysLeft, warmupDays: next.warmupDays, cover: cover === null ? '—' : formatNumber(cover, 1) },
    numbers: { event: next.name, date: next.date, daysLeft, warmupDays: next.warmupDays, heroDaysOfCover: cover, warmupStart: addDays(next.date, -next.warmupDays) },
  });
}

/** Whether `date` is a campaign day: an event on it in `events` or the plan. @internal */
export function isCampaignDay(ctx: BriefContext): boolean {
  const { input } = ctx;
  if ((input.events ?? []).some((e) => e.date === input.date)) return true;
  return (input.plan ?? []).some((d) => d.date === input.date && (d.events ?? []).length > 0);
}

