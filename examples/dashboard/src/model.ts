// From the dropped files to what the page shows: every number comes from a storeops function,
// imported one at a time from its subpath (a dashboard pays only for what it uses).
import type { SycmRow } from 'storeops/adapters';
import { dailyBrief } from 'storeops/brief';
import type { DailyBrief, DailyBriefInput } from 'storeops/brief';
import { addDays, formatDayLabel, isStoreOpsError } from 'storeops/core';
import type { Locale } from 'storeops/core';
import { computeDsr, assessDsr, defaultDsrThresholds } from 'storeops/dsr';
import type { DsrHealth } from 'storeops/dsr';
import { funnelMetrics, trafficStructure, trafficNormPresets } from 'storeops/funnel';
import type { FunnelMetrics, TrafficCategory, TrafficStructureResult } from 'storeops/funnel';
import { trackProgress } from 'storeops/goals';
import type { Progress } from 'storeops/goals';
import { assessPageHealth, defaultPageHealthThresholds } from 'storeops/page-health';
import type { PageHealthResult } from 'storeops/page-health';
import type { FileKind, LoadedFile } from './files.js';
import { itemCosts, percentCell as percent } from '../../lib/sheets.js';

/** The files read so far (one export may come as many files: a traffic-source download per day). */
export type Files = readonly LoadedFile[];

/** Everything the page draws for one day. */
export interface Dashboard {
  date: string;
  days: string[];
  /** Each day's label in the locale: 5月31日 周日 / Sun 31 May (date-fns through storeops/core). */
  dayLabels: Record<string, string>;
  /** The marks the gauges and the donut are drawn against (the library's defaults); `null` before any file. */
  marks: typeof marks | null;
  storeName: string | null;
  /** The day and the month to date (trackProgress over the month's plan). */
  progress: Progress | null;
  /** Plan and actual by day of the month, yuan as numbers for the chart. */
  plan: { date: string; target: number; actual: number | null; targetToDate: number; actualToDate: number | null }[];
  /** The day's funnel counts and rates. */
  funnel: { visitors: number; cartAdders: number; favoriters: number; buyers: number; metrics: FunnelMetrics } | null;
  traffic: TrafficStructureResult | null;
  pageHealth: { result: PageHealthResult; from: string; to: string } | null;
  dsr: { health: DsrHealth; scores: Record<'description' | 'service' | 'shipping', number | null>; category: Record<string, { average: number }> } | null;
  brief: DailyBrief | null;
  /** Why the brief could not be made from the files (the library's message), when it could not. */
  briefProblem: string | null;
  /** The seasons the rival snapshots name: the launch call is timed for the one picked. */
  seasons: string[];
  /** Every file given, in order: what it was read as, whether the page uses it, rows left out by the adapters. */
  files: { name: string; kind: FileKind | null; used: boolean; rows: number; leftOut: number; reason: string | null }[];
}

const money = (v: string | undefined): number => (v === undefined ? 0 : Number(v));

function rowsOf(files: Files, kind: 'store' | 'item' | 'source' | 'keyword'): SycmRow[] {
  return files.filter((f) => f.used && f.kind === kind).flatMap((f) => f.parsed?.rows ?? []);
}

function tableOf(files: Files, kind: FileKind): Record<string, string>[] {
  return files.filter((f) => f.used && f.kind === kind).flatMap((f) => f.table);
}

/** The days of the store export, in order. */
export function daysOf(files: Files): string[] {
  return [...new Set(rowsOf(files, 'store').map((r) => r.date ?? ''))].filter((d) => d !== '').sort();
}

function jsonOf(files: Files, kind: FileKind): unknown[] {
  return files.filter((f) => f.used && f.kind === kind).map((f) => f.json);
}

/** Builds the dashboard for `date` (default: the last day of the store export); `season` times the launch call against the rivals. */
export function buildDashboard(files: Files, locale: Locale, date?: string, season?: string): Dashboard {
  const days = daysOf(files);
  const day = date !== undefined && days.includes(date) ? date : (days[days.length - 1] ?? '');
  const store = rowsOf(files, 'store');
  const items = rowsOf(files, 'item');
  const sources = rowsOf(files, 'source');
  const keywords = rowsOf(files, 'keyword');
  const storeDay = store.find((r) => r.date === day);
  const listed = files.map((f) => ({ name: f.name, kind: f.kind, used: f.used, rows: f.parsed?.rows.length ?? f.table.length, leftOut: f.parsed?.leftOut ?? 0, reason: f.reason }));

  // Plan of the month (月度目标), held against the store's paid amount by day.
  const planDays = tableOf(files, 'plan').map((r) => ({
    date: String(r['日期']),
    target: String(r['目标销售额']),
    visitors: Number(r['目标访客数']),
    conversionRate: percent(r['目标转化率']),
    aov: r['目标客单价'] === undefined || r['目标客单价'] === '' ? undefined : String(r['目标客单价']),
  }));
  const month = day.slice(0, 7);
  const monthPlan = planDays.filter((d) => d.date.startsWith(month));
  const actuals: Record<string, string> = {};
  for (const r of store) if (r.date !== undefined && r.date.startsWith(month) && r.date <= day && monthPlan.some((p) => p.date === r.date)) actuals[r.date] = r.paidAmount ?? '0';
  let progress: Progress | null = null;
  const plan: Dashboard['plan'] = [];
  if (monthPlan.length > 0 && day !== '') {
    const total = monthPlan.reduce((s, d) => s + Math.round(Number(d.target) * 100), 0) / 100;
    progress = trackProgress({ total, days: monthPlan.map((d) => ({ date: d.date, target: d.target })) }, actuals, { asOf: day, locale });
    let t = 0;
    let a = 0;
    for (const d of monthPlan) {
      t += Math.round(Number(d.target) * 100);
      const actual = d.date <= day && actuals[d.date] !== undefined ? Math.round(money(actuals[d.date]) * 100) : null;
      if (actual !== null) a += actual;
      plan.push({ date: d.date, target: Number(d.target), actual: actual === null ? null : actual / 100, targetToDate: t / 100, actualToDate: d.date <= day ? a / 100 : null });
    }
  }

  const funnel =
    storeDay === undefined
      ? null
      : {
          visitors: storeDay.visitors ?? 0,
          cartAdders: storeDay.cartAdders ?? 0,
          favoriters: storeDay.favoriters ?? 0,
          buyers: storeDay.buyers ?? 0,
          metrics: funnelMetrics({
            visitors: storeDay.visitors ?? 0,
            buyers: storeDay.buyers ?? 0,
            paidAmount: storeDay.paidAmount ?? '0',
            ...(storeDay.cartAdders === undefined ? {} : { cartAdders: storeDay.cartAdders }),
            ...(storeDay.favoriters === undefined ? {} : { favoriters: storeDay.favoriters }),
            ...(storeDay.orderBuyers === undefined ? {} : { orderBuyers: storeDay.orderBuyers }),
          }),
        };

  // Traffic structure (流量结构): the day's deepest source rows against the seed norms.
  const deepest = sources.reduce((m, r) => Math.max(m, r.sourceLevel ?? 0), 0);
  const daySources = sources.filter((r) => r.date === day && (r.sourceLevel ?? 0) === deepest);
  const traffic =
    daySources.length === 0
      ? null
      : trafficStructure(
          daySources.map((r) => ({
            category: (r.category ?? 'other') as TrafficCategory,
            visitors: r.visitors ?? 0,
            ...(r.source === undefined ? {} : { source: r.source }),
            ...(r.buyers === undefined ? {} : { buyers: r.buyers }),
            ...(r.paidAmount === undefined ? {} : { paidAmount: r.paidAmount }),
          })),
          { norms: 'seed', locale },
        );

  // Page health over the 7 days to the day (visitor-weighted bounce rate, pages per visitor).
  let pageHealth: Dashboard['pageHealth'] = null;
  if (day !== '') {
    const from = addDays(day, -6);
    const week = store.filter((r) => r.date !== undefined && r.date >= from && r.date <= day && r.pageviews !== undefined && r.bounceRate !== undefined);
    if (week.length > 0) {
      const visitors = week.reduce((s, r) => s + (r.visitors ?? 0), 0);
      const pageviews = week.reduce((s, r) => s + (r.pageviews ?? 0), 0);
      const bounced = week.reduce((s, r) => s + (r.bounceRate ?? 0) * (r.visitors ?? 0), 0);
      const result = assessPageHealth({ pageviews, visitors, ...(visitors > 0 ? { bounceRate: Math.min(1, bounced / visitors) } : {}) }, { locale });
      pageHealth = { result, from, to: day };
    }
  }

  // DSR (店铺动态评分) on the day, against the marks and the category.
  let dsr: Dashboard['dsr'] = null;
  const ratingRows = tableOf(files, 'dsr-ratings');
  const keys: Record<string, 'description' | 'service' | 'shipping'> = { 宝贝与描述相符: 'description', 卖家服务态度: 'service', 物流服务: 'shipping' };
  const category = Object.fromEntries(
    tableOf(files, 'dsr-category').map((r) => [keys[String(r['评分项'])], { average: Number(r['行业均值']), best: Number(r['行业最高']), worst: Number(r['行业最低']) }]),
  );
  const ratings = ratingRows.map((r) => ({
    buyerId: String(r['买家ID']),
    createdAt: String(r['下单日期']),
    ratedAt: String(r['评价日期']),
    description: Number(r['宝贝与描述相符']),
    service: Number(r['卖家服务态度']),
    shipping: Number(r['物流服务']),
  }));
  if (ratings.length > 0 && day !== '') {
    const tallies = computeDsr(ratings, { asOf: day });
    const health = assessDsr(tallies, { locale, ...(Object.keys(category).length === 3 ? { category } : {}) });
    dsr = { health, scores: { description: tallies.description.score, service: tallies.service.score, shipping: tallies.shipping.score }, category };
  }

  // The brief (晨报): every area, findings with their owners.
  let brief: DailyBrief | null = null;
  let briefProblem: string | null = null;
  // The seed practices' inputs: the morning gate as filled in on the day's morning (its asOf), each
  // item's units over the last month, and the rivals' snapshots known on the day.
  type Snapshot = { date: string; season?: unknown };
  const allSnapshots = (jsonOf(files, 'rival-snapshots') as Snapshot[][]).flat();
  const seasons = [...new Set(allSnapshots.map((x) => x.season).filter((x): x is string => typeof x === 'string'))].sort();
  if (store.length > 0 && day !== '') {
    const checks = (jsonOf(files, 'morning-checks') as { asOf: string }[]).find((c) => c.asOf.startsWith(day));
    const catalog = (jsonOf(files, 'catalog') as unknown[][]).flat();
    const snapshots = allSnapshots.filter((x) => x.date <= day);
    // Price and costs per item, with what happens to its orders after payment (item-costs:
    // packaging, shipping insurance, refunds, returns): each promoted item's break-even ROI.
    const products = itemCosts(tableOf(files, 'products'), tableOf(files, 'item-costs'));
    // The event calendar (618's 预热 starts its warm-up days before) and the campaigns' daily
    // caps on the day, with when a cap ran out.
    const events = tableOf(files, 'events').map((r) => ({ date: String(r['日期']), name: String(r['活动']), warmupDays: Number(r['预热天数']) }));
    const campaigns = tableOf(files, 'campaigns')
      .filter((r) => r['统计日期'] === day)
      .map((r) => ({ name: String(r['计划名称']), dailyBudget: String(r['日限额']), ...(/^\d\d:\d\d$/.test(String(r['限额用完时间'])) ? { exhaustedAt: String(r['限额用完时间']) } : {}) }));
    const hero = tableOf(files, 'products').find((p) => p['主打款'] === '是')?.['商品ID'];
    const input: DailyBriefInput = {
      date: day,
      storeName: STORE_NAME,
      store: store as unknown as DailyBriefInput['store'],
      items: items as unknown as NonNullable<DailyBriefInput['items']>,
      sources: sources as unknown as NonNullable<DailyBriefInput['sources']>,
      keywords: keywords as unknown as NonNullable<DailyBriefInput['keywords']>,
      ...(products.length > 0 ? { products } : {}),
      ...(planDays.length > 0
        ? { plan: planDays.map((d) => ({ date: d.date, target: d.target, visitors: d.visitors, ...(d.conversionRate === undefined ? {} : { conversionRate: d.conversionRate }), ...(d.aov === undefined ? {} : { aov: d.aov }) })) }
        : {}),
      ...(events.length > 0 ? { events } : {}),
      ...(checks === undefined ? {} : { checks: checks as unknown as NonNullable<DailyBriefInput['checks']> }),
      ...(catalog.length > 0 ? { catalog: catalog as NonNullable<DailyBriefInput['catalog']> } : {}),
      ...(snapshots.length > 0 ? { rivals: { snapshots: snapshots as unknown as NonNullable<DailyBriefInput['rivals']>['snapshots'], ...(season === undefined ? {} : { season }) } } : {}),
      ...(campaigns.length > 0 ? { campaigns } : {}),
      ...(ratings.length > 0 ? { dsr: { ratings, ...(Object.keys(category).length === 3 ? { category } : {}) } } : {}),
      ...(hero === undefined ? {} : { heroItemId: hero }),
      leftOut: listed.filter((f) => f.leftOut > 0).map((f) => ({ export: f.name.slice(f.name.lastIndexOf('/') + 1), rows: f.leftOut })),
    };
    try {
      brief = dailyBrief(input, { locale });
    } catch (e) {
      // A sheet or JSON the brief cannot take (a bad cell): said on the page, with where.
      if (!isStoreOpsError(e)) throw e;
      briefProblem = e.issues.length === 0 ? e.message : e.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
    }
  }

  const dayLabels = Object.fromEntries([...new Set([...days, ...plan.map((p) => p.date)])].map((d) => [d, formatDayLabel(d, { locale, style: 'weekday' })]));
  return { date: day, days, dayLabels, marks, storeName: brief?.storeName ?? null, progress, plan, funnel, traffic, pageHealth, dsr, brief, briefProblem, seasons, files: listed };
}

/** Marks the gauges and the donut are drawn against. */
export const marks = {
  bounceRate: defaultPageHealthThresholds.bounceRate,
  pagesPerVisitor: defaultPageHealthThresholds.pagesPerVisitor,
  dsr: defaultDsrThresholds.score,
  traffic: trafficNormPresets.seed,
};

/** The sample store's name (the files carry none). */
export const STORE_NAME = '山岚女装';
