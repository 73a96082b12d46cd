// A small generator of brief inputs: a store's May (and the first days of June in the plan),
// its traffic sources, keywords and campaigns, shaped by the scenario asked for. Numbers are
// whole and simple, so each test can say by hand what the brief must find.
import type { DailyBriefInput } from 'storeops/brief';
import { addDays } from 'storeops/core';

export interface Scenario {
  /** The day judged (default 2026-05-31). */
  date?: string;
  /** Each day before the judged one sells this share of its target (default 1). */
  pace?: number;
  /** The judged day sells this share of its target (default 0.9). */
  day?: number;
  /** 直通车's visitors on the judged day as a share of the same day last week (default 1). */
  paidDrop?: number;
  /** The campaign hit its daily cap on the judged day. */
  capHit?: boolean;
  /** An event on the judged day (a campaign day). */
  campaignDay?: boolean;
  /** An event this many days after the judged day. */
  eventInDays?: number;
}

const PLAN_VISITORS = 10_000;
const PLAN_CONVERSION = 0.03;
const PLAN_AOV = 200;
const TARGET = PLAN_VISITORS * PLAN_CONVERSION * PLAN_AOV; // 60,000 a day

/** The input for a scenario. */
export function generateBrief(s: Scenario = {}): DailyBriefInput {
  const date = s.date ?? '2026-05-31';
  const start = '2026-05-01';
  const planDays = Array.from({ length: 40 }, (_, i) => addDays(start, i));
  const plan = planDays.map((d) => ({ date: d, target: String(TARGET), visitors: PLAN_VISITORS, conversionRate: PLAN_CONVERSION, aov: String(PLAN_AOV), events: [] as string[] }));
  const store: NonNullable<DailyBriefInput['store']>[number][] = [];
  const sources: NonNullable<DailyBriefInput['sources']>[number][] = [];
  const keywords: NonNullable<DailyBriefInput['keywords']>[number][] = [];
  for (const d of planDays) {
    if (d > date) break;
    const share = d === date ? (s.day ?? 0.9) : (s.pace ?? 1);
    // Visitors carry the day's pace; conversion and AOV stay on plan.
    const paid = d === date ? Math.round(1000 * (s.paidDrop ?? 1)) : 1000;
    const natural = Math.round(PLAN_VISITORS * share) - paid;
    const visitors = natural + paid;
    const buyers = Math.round(visitors * PLAN_CONVERSION);
    store.push({ date: d, visitors, buyers, paidAmount: (buyers * PLAN_AOV).toFixed(2) });
    const paidBuyers = Math.round(paid * PLAN_CONVERSION);
    sources.push({ date: d, source: '手淘搜索', category: 'natural', visitors: natural, buyers: buyers - paidBuyers, paidAmount: ((buyers - paidBuyers) * PLAN_AOV).toFixed(2) });
    sources.push({ date: d, source: '直通车', category: 'paid', visitors: paid, buyers: paidBuyers, paidAmount: (paidBuyers * PLAN_AOV).toFixed(2) });
    // One keyword well above break-even, spending ¥500 a day (¥250 on a capped day).
    const spend = d === date && s.capHit ? 490 : 500;
    keywords.push({ date: d, keyword: '连衣裙', itemId: 'hero', campaign: '日常推广', impressions: 20_000, clicks: 500, spend: spend.toFixed(2), sales: (spend * 5).toFixed(2), orders: 12 });
  }
  const events: NonNullable<DailyBriefInput['events']>[number][] = [];
  if (s.campaignDay) events.push({ date, name: '周年庆' });
  if (s.eventInDays !== undefined) events.push({ date: addDays(date, s.eventInDays), name: '618', warmupDays: 20 });
  return {
    date,
    storeName: '测试店',
    store,
    sources,
    keywords,
    plan,
    events,
    campaigns: [{ name: '日常推广', dailyBudget: s.capHit ? '500' : '1000', ...(s.capHit ? { exhaustedAt: '14:30' } : {}) }],
    // price 200, cost 80, 5% on kept orders, shipping 8: kept 102; 20% returned (all restocked) costs 8 each.
    products: [{ id: 'hero', price: 200, unitCost: 80, commissionRate: 0.05, shippingCost: 8, refunds: { returned: 0.2 } }],
    heroItemId: 'hero',
  };
}
