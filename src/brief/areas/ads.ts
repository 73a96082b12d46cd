import { keywordAction } from '../../ads/keywordAction.js';
import { addDays } from '../../core/dates.js';
import { StoreDecimal, toDecimal, type Decimal } from '../../core/decimal.js';
import { makeAdvice, type Advice } from '../../core/checks.js';
import { formatNumber, formatPercent } from '../../core/i18n.js';
import { unitEconomics } from '../../profit/unitEconomics.js';
import { addFinding, fen, skipArea, under, visitorRise, yuan, type BriefContext, withPlugins } from '../context.js';

const WINDOW = 7;
/** Keywords named in one list; the rest are counted. */
const LISTED = 5;

interface KeywordTotals {
  keyword: string;
  itemId: string | undefined;
  campaign: string | undefined;
  impressions: number;
  clicks: number;
  spend: Decimal;
  sales: Decimal;
  orders: number;
  dates: Set<string>;
}

interface Judged {
  t: KeywordTotals;
  action: 'raise' | 'lower' | 'delete' | 'observe' | 'keep';
  roi: number | null;
  breakEvenRoi: number;
  money: Decimal | null;
  days: number;
}

/** The break-even ROI of each item with costs: `unitEconomics` under the refund model ([domain reference §5](../../../docs/domain.en.md#5-profit-and-cost)). @internal */
export function itemBreakEvens(ctx: BriefContext): Map<string, number> {
  const breakEven = new Map<string, number>();
  ctx.input.products.forEach((p, i) => {
    const roi = under(`products[${i}]`, () => unitEconomics(p)).breakEvenRoi;
    if (roi !== null) breakEven.set(p.id, roi);
  });
  return breakEven;
}

/**
 * Paid promotion as one story per cause ([domain reference §7](../../../docs/domain.en.md#7-paid-promotion)). Keywords: every keyword's last 7 days
 * ending on the brief's date (summed; `days` = the days it has data) judged by `keywordAction`
 * against the break-even ROI of the item it promotes — price ÷ expected contribution from
 * `unitEconomics` under the refund model (refunds before shipping, returns with a restock rate,
 * refund-only; fees on kept orders only; shipping insurance) — or the store's `breakEvenRoi`.
 * Keywords of one action are one finding with a list (lower: money at stake the spend beyond
 * break-even, spend − sales ÷ break-even ROI, per day; delete: the spend per day).
 *
 * The paid channel's story: when a campaign spent its daily cap (`campaigns`, spend ≥
 * `budgetUsedShare` of it on the date) or a paid source lost visitors against the same weekday
 * last week, that is one finding, with one recommendation — raise the cap of the campaigns above
 * break-even (campaign ROI over 7 days against the spend its keywords' break-evens allow), and
 * the keywords to raise — and, when paid traffic is above its norm for the week, the note that
 * only campaigns above break-even get more. Paid share above its norm without a drop is a story
 * of moving money from below to above break-even. So the brief never says "restore" and
 * "too much paid traffic" about one channel.
 * @internal
 */
export function adsArea(ctx: BriefContext): void {
  const { input, thresholds } = ctx;
  const from = addDays(input.date, -(WINDOW - 1));
  const rows = input.keywords.filter((k) => k.date >= from && k.date <= input.date);
  const breakEven = itemBreakEvens(ctx);
  const totals = new Map<string, KeywordTotals>();
  for (const r of rows) {
    const key = `${r.keyword}\u0000${r.itemId ?? ''}\u0000${r.campaign ?? ''}`;
    let t = totals.get(key);
    if (t === undefined) {
      t = { keyword: r.keyword, itemId: r.itemId, campaign: r.campaign, impressions: 0, clicks: 0, spend: new StoreDecimal(0), sales: new StoreDecimal(0), orders: 0, dates: new Set() };
      totals.set(key, t);
    }
    t.impressions += r.impressions;
    t.clicks += r.clicks;
    t.spend = t.spend.plus(toDecimal(r.spend));
    t.sales = t.sales.plus(toDecimal(r.sales));
    t.orders += r.orders;
    t.dates.add(r.date);
  }
  const judged: Judged[] = [];
  for (const t of totals.values()) {
    const roiMark = (t.itemId === undefined ? undefined : breakEven.get(t.itemId)) ?? input.breakEvenRoi;
    if (roiMark === undefined) continue;
    const days = t.dates.size;
    const result = keywordAction(
      { impressions: t.impressions, clicks: t.clicks, spend: t.spend, sales: t.sales, orders: t.orders, days },
      { breakEvenRoi: roiMark, locale: ctx.locale, ...withPlugins(ctx) },
    );
    const perDay = (x: Decimal) => x.div(days).toDecimalPlaces(2);
    const money = result.action === 'delete' ? perDay(t.spend) : result.action === 'lower' ? perDay(t.spend.minus(t.sales.div(roiMark))) : null;
    judged.push({ t, action: result.action, roi: result.metrics.roi, breakEvenRoi: roiMark, money, days });
  }
  if (rows.length === 0) skipArea(ctx, 'ads', 'SKIPPED_NO_DATA');
  else if (judged.length === 0) skipArea(ctx, 'ads', 'SKIPPED_NO_BREAK_EVEN');

  const label = (j: Judged) => `${j.t.keyword} ${j.roi === null ? '—' : formatNumber(j.roi, 2)}/${formatNumber(j.breakEvenRoi, 2)}`;
  const byMoney = (a: Judged, b: Judged) => (b.money ?? new StoreDecimal(0)).comparedTo(a.money ?? new StoreDecimal(0)) || (b.roi ?? 0) - (a.roi ?? 0) || (a.t.keyword < b.t.keyword ? -1 : 1);
  const listOf = (action: Judged['action']) => judged.filter((j) => j.action === action).sort(byMoney);
  // keywordAction raises only on a known ROI at or above the raise mark.
  const raise = judged.filter((j) => j.action === 'raise').sort((a, b) => (b.roi as number) / b.breakEvenRoi - (a.roi as number) / a.breakEvenRoi || (a.t.keyword < b.t.keyword ? -1 : 1));
  const listParams = (list: Judged[]) => ({ keywords: `${list.slice(0, LISTED).map(label).join(', ')}${list.length > LISTED ? ` (+${list.length - LISTED})` : ''}`, count: list.length, more: Math.max(0, list.length - LISTED) });
  const keywordNumbers = (list: Judged[]) => ({
    from,
    to: input.date,
    keywords: list.map((j) => j.t.keyword).join('\n'),
    count: list.length,
    ...Object.fromEntries(list.map((j) => [`roi:${j.t.keyword}`, j.roi])),
    ...Object.fromEntries(list.map((j) => [`breakEvenRoi:${j.t.keyword}`, j.breakEvenRoi])),
  });

  // Campaigns: the day's spend against the cap, and 7-day ROI against what break-even allows.
  const campaigns = (input.campaigns ?? []).map((c) => {
    const spendToday = rows.filter((r) => r.campaign === c.name && r.date === input.date).reduce((s, r) => s.plus(toDecimal(r.spend)), new StoreDecimal(0));
    const mine = judged.filter((j) => j.t.campaign === c.name);
    let spend = new StoreDecimal(0);
    let sales = new StoreDecimal(0);
    let allowed = new StoreDecimal(0);
    for (const j of mine) {
      spend = spend.plus(j.t.spend);
      sales = sales.plus(j.t.sales);
      allowed = allowed.plus(j.t.sales.div(j.breakEvenRoi));
    }
    const cap = toDecimal(c.dailyBudget);
    const capped = !cap.isZero() && spendToday.gte(cap.times(thresholds.budgetUsedShare));
    const roi = spend.isZero() ? null : sales.div(spend).toNumber();
    const breakEvenRoi = allowed.isZero() ? null : sales.div(allowed).toNumber();
    return { name: c.name, cap, spendToday, capped, exhaustedAt: c.exhaustedAt ?? null, roi, breakEvenRoi, aboveBreakEven: mine.length > 0 && spend.lt(allowed) };
  });
  const capped = campaigns.filter((c) => c.capped);
  const campaignLabel = (c: (typeof campaigns)[number]) => `${c.name} ${c.roi === null ? '—' : formatNumber(c.roi, 2)}/${c.breakEvenRoi === null ? '—' : formatNumber(c.breakEvenRoi, 2)} ${yuan(c.cap)}`;

  const { drops, rises, shareHigh } = ctx.paid;
  const advice: Advice[] = [];
  const shareNote = () => {
    if (shareHigh !== null) advice.push(makeAdvice('ADS_SHARE_NOTE', ctx.locale, ctx.catalogs, { share: formatPercent(shareHigh.share, 1), range: shareHigh.range }));
  };
  const raiseBids = () => {
    if (raise.length > 0) advice.push(makeAdvice('ADS_RAISE_BIDS', ctx.locale, ctx.catalogs, listParams(raise)));
  };
  let dropEffect = new StoreDecimal(0);
  for (const d of drops) dropEffect = dropEffect.plus(d.visitorEffect);
  const dropParams = {
    sources: drops.map((d) => `${d.source} ${formatNumber(d.visitors, 0)}/${formatNumber(d.baseVisitors, 0)}`).join(', '),
    effect: yuan(dropEffect.abs()),
    share: formatPercent(drops.reduce((s, d) => s + d.share, 0), 1),
    baseDate: addDays(input.date, -7),
  };
  const paidNumbers = {
    baseline: 'sameWeekdayLastWeek',
    baseDate: addDays(input.date, -7),
    visitorEffect: fen(dropEffect),
    share: drops.length === 0 ? null : drops.reduce((s, d) => s + d.share, 0),
    paidShareOfWeek: shareHigh?.share ?? null,
    campaignsCapped: capped.map((c) => c.name).join('\n'),
    ...Object.fromEntries(drops.flatMap((d) => [[`visitors:${d.source}`, d.visitors], [`baseVisitors:${d.source}`, d.baseVisitors]])),
    ...Object.fromEntries(campaigns.flatMap((c) => [[`spend:${c.name}`, fen(c.spendToday)], [`dailyBudget:${c.name}`, fen(c.cap)], [`roi:${c.name}`, c.roi]])),
  };

  if (capped.length > 0 || drops.length > 0) {
    const above = (capped.length > 0 ? capped : campaigns).filter((c) => c.aboveBreakEven);
    if (above.length > 0) advice.push(makeAdvice('ADS_RAISE_CAP', ctx.locale, ctx.catalogs, { campaigns: above.map(campaignLabel).join(', ') }));
    else if (capped.length === 0) advice.push(makeAdvice('ADS_CHECK_DELIVERY', ctx.locale, ctx.catalogs, { sources: drops.map((d) => d.source).join(', ') }));
    else advice.push(makeAdvice('ADS_CAP_BELOW_BREAK_EVEN', ctx.locale, ctx.catalogs, { campaigns: capped.map(campaignLabel).join(', ') }));
    shareNote();
    raiseBids();
    const hit = capped.map((c) => `${c.name} ${yuan(c.cap)}${c.exhaustedAt === null ? '' : ` @${c.exhaustedAt}`}`).join(', ');
    addFinding(ctx, {
      area: 'ads',
      code: capped.length > 0 ? (drops.length > 0 ? 'ADS_BUDGET_CAPPED' : 'ADS_BUDGET_CAPPED_ONLY') : 'ADS_PAID_DOWN',
      severity: drops.length > 0 && drops.reduce((s, d) => s + d.share, 0) >= 0.5 ? 'critical' : 'warning',
      owner: 'promotion',
      subject: drops[0]?.source ?? 'paid',
      params: { ...dropParams, campaigns: hit },
      numbers: { ...paidNumbers, ...keywordNumbers(raise) },
      moneyAtStake: drops.length > 0 ? dropEffect : null,
      share: drops.length === 0 ? null : drops.reduce((s, d) => s + d.share, 0),
      advice,
      // Grow the campaigns above break-even; when none is, the story is to fix them first.
      stance: { channel: 'paid', direction: above.length > 0 || capped.length === 0 ? 'grow' : 'shift' },
    });
  } else if (shareHigh !== null) {
    advice.push(makeAdvice('ADS_MOVE_BUDGET', ctx.locale, ctx.catalogs, { range: shareHigh.range }));
    raiseBids();
    addFinding(ctx, {
      area: 'ads',
      code: 'ADS_PAID_SHARE_HIGH',
      severity: 'warning',
      owner: 'promotion',
      subject: 'paid',
      params: { share: formatPercent(shareHigh.share, 1), range: shareHigh.range },
      numbers: { ...paidNumbers, ...keywordNumbers(raise) },
      checks: [shareHigh.check],
      advice,
      stance: { channel: 'paid', direction: 'shift' },
    });
  } else {
    for (const r of rises) {
      addFinding(ctx, {
        area: 'sources',
        code: 'SOURCE_VISITORS_UP',
        severity: 'info',
        owner: 'promotion',
        subject: r.source,
        params: { source: r.source, visitors: formatNumber(r.visitors, 0), baseVisitors: formatNumber(r.baseVisitors, 0), rise: visitorRise(r.visitors, r.baseVisitors), effect: yuan(r.visitorEffect), share: formatPercent(r.share, 1) },
        numbers: r.numbers,
        moneyAtStake: r.visitorEffect,
        share: r.share,
        stance: { channel: 'paid', direction: 'grow' },
      });
    }
    if (raise.length > 0) {
      addFinding(ctx, {
        area: 'ads',
        code: 'KEYWORDS_RAISE',
        severity: 'info',
        owner: 'promotion',
        subject: 'keywords',
        params: listParams(raise),
        numbers: keywordNumbers(raise),
        stance: { channel: 'paid', direction: 'grow' },
      });
    }
  }

  // Keyword actions of one kind: one finding with a list, by money at stake.
  for (const action of ['lower', 'delete', 'observe'] as const) {
    const list = listOf(action);
    if (list.length === 0) continue;
    let money = new StoreDecimal(0);
    let spend = new StoreDecimal(0);
    for (const j of list) {
      money = money.plus(j.money ?? 0);
      spend = spend.plus(j.t.spend);
    }
    addFinding(ctx, {
      area: 'ads',
      code: `KEYWORDS_${action.toUpperCase()}`,
      severity: action === 'observe' ? 'info' : 'warning',
      owner: 'promotion',
      subject: 'keywords',
      params: { ...listParams(list), money: yuan(money), spend: yuan(spend), days: WINDOW },
      numbers: { ...keywordNumbers(list), spend: fen(spend), moneyAtStake: fen(money) },
      moneyAtStake: action === 'observe' ? null : money,
    });
  }
}
