import { keywordAction } from '../../ads/keywordAction.js';
import { addDays } from '../../core/dates.js';
import { formatMoney, StoreDecimal, toDecimal, type Decimal } from '../../core/decimal.js';
import { formatNumber } from '../../core/i18n.js';
import { unitEconomics } from '../../profit/unitEconomics.js';
import { addFinding, fen, skipArea, under, type BriefContext, withPlugins } from '../context.js';

const WINDOW = 7;

interface KeywordTotals {
  keyword: string;
  itemId: string | undefined;
  impressions: number;
  clicks: number;
  spend: Decimal;
  sales: Decimal;
  orders: number;
  dates: Set<string>;
}

/**
 * Paid keywords to act on (DOMAIN.md §7), each morning: every keyword's last 7 days ending on
 * the brief's date (summed; `days` = the days it has data) judged by `keywordAction` against
 * the break-even ROI of the item it promotes — 1 ÷ contribution margin from `unitEconomics`
 * over the item's price and costs (DOMAIN.md §5) — or the store's `breakEvenRoi`. Findings for
 * raise, lower, delete and observe (keep is silent). Money at stake, per day: for delete the
 * spend; for lower the spend beyond what break-even allows (spend − sales ÷ break-even ROI).
 * @internal
 */
export function adsArea(ctx: BriefContext): void {
  const { input } = ctx;
  const from = addDays(input.date, -(WINDOW - 1));
  const rows = input.keywords.filter((k) => k.date >= from && k.date <= input.date);
  if (rows.length === 0) return skipArea(ctx, 'ads', 'SKIPPED_NO_DATA');
  const breakEven = new Map<string, number>();
  input.products.forEach((p, i) => {
    const roi = under(`products[${i}]`, () => unitEconomics(p)).breakEvenRoi;
    if (roi !== null) breakEven.set(p.id, roi);
  });
  const totals = new Map<string, KeywordTotals>();
  for (const r of rows) {
    const key = `${r.keyword}\u0000${r.itemId ?? ''}`;
    let t = totals.get(key);
    if (t === undefined) {
      t = { keyword: r.keyword, itemId: r.itemId, impressions: 0, clicks: 0, spend: new StoreDecimal(0), sales: new StoreDecimal(0), orders: 0, dates: new Set() };
      totals.set(key, t);
    }
    t.impressions += r.impressions;
    t.clicks += r.clicks;
    t.spend = t.spend.plus(toDecimal(r.spend));
    t.sales = t.sales.plus(toDecimal(r.sales));
    t.orders += r.orders;
    t.dates.add(r.date);
  }
  let judged = 0;
  for (const t of totals.values()) {
    const roiMark = (t.itemId === undefined ? undefined : breakEven.get(t.itemId)) ?? input.breakEvenRoi;
    if (roiMark === undefined) continue;
    judged++;
    const days = t.dates.size;
    const result = keywordAction(
      { impressions: t.impressions, clicks: t.clicks, spend: t.spend, sales: t.sales, orders: t.orders, days },
      { breakEvenRoi: roiMark, locale: ctx.locale, ...withPlugins(ctx) },
    );
    if (result.action === 'keep') continue;
    const perDay = (x: Decimal) => x.div(days).toDecimalPlaces(2);
    const money =
      result.action === 'delete' ? perDay(t.spend) : result.action === 'lower' ? perDay(t.spend.minus(t.sales.div(roiMark))) : null;
    const roi = result.metrics.roi;
    addFinding(ctx, {
      area: 'ads',
      code: `KEYWORD_${result.action.toUpperCase()}`,
      severity: result.action === 'delete' || result.action === 'lower' ? 'warning' : 'info',
      owner: 'promotion',
      subject: t.keyword,
      params: {
        keyword: t.keyword,
        roi: roi === null ? '—' : formatNumber(roi, 2),
        breakEvenRoi: formatNumber(roiMark, 2),
        spend: formatMoney(t.spend),
        days,
        impressions: formatNumber(t.impressions, 0),
        clicks: formatNumber(t.clicks, 0),
        orders: formatNumber(t.orders, 0),
      },
      numbers: { from, to: input.date, days, impressions: t.impressions, clicks: t.clicks, spend: fen(t.spend), sales: fen(t.sales), orders: t.orders, roi, breakEvenRoi: roiMark, itemId: t.itemId ?? null },
      moneyAtStake: money,
      checks: result.checks,
    });
  }
  if (judged === 0) skipArea(ctx, 'ads', 'SKIPPED_NO_BREAK_EVEN');
}
