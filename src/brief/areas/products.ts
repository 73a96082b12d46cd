import { addDays } from '../../core/dates.js';
import { StoreDecimal, toDecimal, type Decimal } from '../../core/decimal.js';
import { formatPercent } from '../../core/i18n.js';
import { ratio } from '../../core/ratio.js';
import { addFinding, fen, signedPercent, skipArea, yuan, type BriefContext } from '../context.js';

const DAYS = 7;

interface Window {
  visitors: number;
  buyers: number;
  sales: Decimal;
}

/**
 * Items whose conversion rose (feed them traffic) or fell (fix them, or starve them of traffic),
 * [domain reference §2 and §7](../../../docs/domain.en.md#2-funnel-and-traffic): the last 7 days ending on the brief's date against the 7 days before, each
 * window's conversion a ratio of sums (buyers / visitors), judged only with enough visitors in
 * both windows. Money at stake, per day like the rest of the brief: the conversion change ×
 * the last week's visitors × its AOV ÷ 7 — a day's sales the change makes or costs (the AOV of
 * the week before when nobody bought in the last one: a fall to zero is the worst fall).
 * @internal
 */
export function productsArea(ctx: BriefContext): void {
  const { input, thresholds } = ctx;
  const items = input.items;
  if (!items.some((r) => r.date === input.date)) return skipArea(ctx, 'products', 'SKIPPED_NO_DATA');
  const start1 = addDays(input.date, -(DAYS - 1));
  const start0 = addDays(input.date, -(2 * DAYS - 1));
  const windows = new Map<string, { name: string; w: [Window, Window] }>();
  for (const r of items) {
    if (r.date < start0 || r.date > input.date) continue;
    let e = windows.get(r.itemId);
    if (e === undefined) {
      const empty = (): Window => ({ visitors: 0, buyers: 0, sales: new StoreDecimal(0) });
      e = { name: r.itemName ?? r.itemId, w: [empty(), empty()] };
      windows.set(r.itemId, e);
    }
    if (r.itemName !== undefined) e.name = r.itemName;
    const w = e.w[r.date >= start1 ? 1 : 0];
    w.visitors += r.visitors;
    w.buyers += r.buyers;
    w.sales = w.sales.plus(toDecimal(r.paidAmount));
  }
  for (const [itemId, { name, w }] of windows) {
    const [before, last] = w;
    if (before.visitors < thresholds.productMinVisitors || last.visitors < thresholds.productMinVisitors) continue;
    const rate0 = ratio(before.buyers, before.visitors) as number;
    const rate1 = ratio(last.buyers, last.visitors) as number;
    const change = ratio(rate1 - rate0, rate0);
    if (change === null || Math.abs(change) < thresholds.productConversionChange) continue;
    // An item nobody bought in the last 7 days is priced at its AOV before (rate0 > 0 here).
    const aov = last.buyers > 0 ? last.sales.div(last.buyers) : before.sales.div(before.buyers);
    // (rate1 − rate0) × visitors = buyers1 − rate0 × visitors1, in exact arithmetic.
    const money = new StoreDecimal(last.buyers).minus(new StoreDecimal(before.buyers).times(last.visitors).div(before.visitors)).times(aov).div(DAYS).toDecimalPlaces(2);
    const up = change > 0;
    addFinding(ctx, {
      area: 'products',
      code: up ? 'PRODUCT_CONVERSION_UP' : 'PRODUCT_CONVERSION_DOWN',
      severity: up ? 'info' : 'warning',
      owner: up ? 'promotion' : 'design',
      subject: itemId,
      params: { item: name, days: DAYS, rate: formatPercent(rate1, 2), baseRate: formatPercent(rate0, 2), change: signedPercent(rate1, rate0), money: yuan(money.abs()) },
      numbers: {
        itemId,
        from: start1,
        to: input.date,
        visitors: last.visitors,
        buyers: last.buyers,
        sales: fen(last.sales),
        baseVisitors: before.visitors,
        baseBuyers: before.buyers,
        conversionRate: rate1,
        baseConversionRate: rate0,
        moneyAtStake: fen(money),
      },
      moneyAtStake: money,
    });
  }
}
