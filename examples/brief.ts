// The morning brief over a month of 生意参谋 downloads (examples/data) for the fictional store
// 山岚女装: read each file as it was downloaded (xls, HTML-as-xls, GBK CSV, one traffic file per
// day whose date is only in its name) with readExport, run dailyBrief for a day and print it.
//
//   npx tsx examples/brief.ts [--date 2026-05-31] [--locale en] [--format text]
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SycmCellError, SycmRow } from 'storeops/adapters';
import { dailyBrief, renderBrief, type BriefPlanDay, type DailyBrief, type DailyBriefInput } from 'storeops/brief';
import type { Locale } from 'storeops/core';
import { readExport, type ExportReadResult } from 'storeops/files';
import { FILES } from './generate-data.js';
import { itemCosts, percentCell as percent } from './lib/sheets.js';
import { readTable } from './lib/table.js';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

/** Reads one download as it is; bad cells are reported in `errors`, never thrown. */
function readDownload(file: string): ExportReadResult {
  return readExport(readFileSync(`${dataDir}${file}`), { fileName: file });
}

/** What the brief takes from a report: its rows, its errors (with the file line and cell when read from a file) and how many rows were left out. */
export interface SampleReport {
  rows: SycmRow[];
  errors: (SycmCellError & { line?: number; cell?: string })[];
  leftOut: number;
}

/** The rows, errors and left-out count of several downloads of one report (one traffic file per day). */
function combine(results: readonly ExportReadResult[]): SampleReport {
  return { rows: results.flatMap((r) => r.rows), errors: results.flatMap((r) => r.errors), leftOut: results.reduce((n, r) => n + r.leftOut, 0) };
}

/** The rows of the four reports as the files give them: the store, items, traffic sources and keywords. */
export type SampleExports = Record<'store' | 'items' | 'sources' | 'keywords', SampleReport>;

/** Reads the downloads of examples/data with readExport. */
export function readSampleExports(): SampleExports {
  const trafficFiles = readdirSync(`${dataDir}${FILES.trafficDir}`).filter((f) => f.endsWith('.xls')).sort();
  return {
    store: readDownload(FILES.store),
    items: readDownload(FILES.items),
    sources: combine(trafficFiles.map((f) => readDownload(`${FILES.trafficDir}/${f}`))),
    keywords: readDownload(FILES.keywords),
  };
}

/** How the brief names each report when rows were left out. */
const EXPORT_LABELS: Record<keyof SampleExports, string> = { store: '取数-店铺整体', items: '商品_全部', sources: '店铺流量来源', keywords: '关键词报表' };

/** Everything the brief needs from the sample data, and readExport's verdict on each report. */
export function loadSampleData(exports: SampleExports = readSampleExports()): {
  input: Omit<DailyBriefInput, 'date'>;
  exports: SampleExports;
  campaignDays: { date: string; name: string; dailyBudget: string; exhaustedAt?: string }[];
  /** The morning check gate as it was filled in on one morning (its `asOf`): fed to that day's brief only. */
  morningChecks: NonNullable<DailyBriefInput['checks']>;
} {
  const plan: BriefPlanDay[] = readTable(`${dataDir}plan.csv`).map((r) => {
    const conversionRate = percent(r['目标转化率']);
    return {
      date: String(r['日期']),
      target: String(r['目标销售额']),
      visitors: Number(r['目标访客数']),
      ...(conversionRate === undefined ? {} : { conversionRate }),
      ...(r['目标客单价'] === undefined || r['目标客单价'] === '' ? {} : { aov: String(r['目标客单价']) }),
    };
  });
  // The store's event calendar: 618's run-up (预热) starts 20 days before it.
  const events = readTable(`${dataDir}events.csv`).map((r) => ({ date: String(r['日期']), name: String(r['活动']), warmupDays: Number(r['预热天数']) }));
  // 万相台 campaigns' daily caps by day, and when a cap ran out (the ads platform's 预算 log).
  const campaignDays = readTable(`${dataDir}campaigns.csv`).map((r) => ({
    date: String(r['统计日期']),
    name: String(r['计划名称']),
    dailyBudget: String(r['日限额']),
    ...(/^\d\d:\d\d$/.test(String(r['限额用完时间'])) ? { exhaustedAt: String(r['限额用完时间']) } : {}),
  }));
  // DSR: one rating per line, and the category's average, best and worst per score.
  const ratings = readTable(`${dataDir}dsr-ratings.csv`).map((r) => ({
    buyerId: String(r['买家ID']),
    createdAt: String(r['下单日期']),
    ratedAt: String(r['评价日期']),
    description: Number(r['宝贝与描述相符']),
    service: Number(r['卖家服务态度']),
    shipping: Number(r['物流服务']),
  }));
  const keys: Record<string, 'description' | 'service' | 'shipping'> = { 宝贝与描述相符: 'description', 卖家服务态度: 'service', 物流服务: 'shipping' };
  const category = Object.fromEntries(
    readTable(`${dataDir}dsr-category.csv`).map((r) => [keys[String(r['评分项'])], { average: Number(r['行业均值']), best: Number(r['行业最高']), worst: Number(r['行业最低']) }]),
  );
  const products = readTable(`${dataDir}products.csv`);
  const hero = products.find((p) => p['主打款'] === '是')?.['商品ID'];
  // Price, costs and what happens to each item's orders after payment (examples/lib/sheets.ts).
  const costs = itemCosts(products, readTable(`${dataDir}item-costs.csv`));
  // The seed practices (examples/generate-practices.ts): the morning gate as filled in on one
  // morning, each item's units over the last month (the sales curve, judged weekly) and the daily
  // snapshots of four rival stores (their events daily; the summer launch call).
  const json = <T>(file: string): T => JSON.parse(readFileSync(`${dataDir}${file}`, 'utf8')) as T;
  const morningChecks = json<NonNullable<DailyBriefInput['checks']>>('morning-checks.json');
  const catalog = json<NonNullable<DailyBriefInput['catalog']>>('catalog-monthly-units.json');
  const snapshots = json<NonNullable<DailyBriefInput['rivals']>['snapshots']>('rival-snapshots.json');
  // Store, item and source rows always carry their date (and item id, source) after
  // parseSycmRows; the brief validates every field it reads, so the rows are passed as they are.
  const rows = <T>(name: keyof SampleExports) => exports[name].rows as readonly SycmRow[] as unknown as T;
  return {
    exports,
    campaignDays,
    morningChecks,
    input: {
      storeName: '山岚女装',
      store: rows<DailyBriefInput['store']>('store'),
      items: rows<NonNullable<DailyBriefInput['items']>>('items'),
      sources: rows<NonNullable<DailyBriefInput['sources']>>('sources'),
      keywords: rows<NonNullable<DailyBriefInput['keywords']>>('keywords'),
      products: costs,
      plan,
      events,
      dsr: { ratings, category },
      catalog,
      rivals: { snapshots, season: '夏季' },
      ...(hero === undefined ? {} : { heroItemId: hero }),
      leftOut: (Object.keys(EXPORT_LABELS) as (keyof SampleExports)[]).map((name) => ({ export: EXPORT_LABELS[name], rows: exports[name].leftOut })),
    },
  };
}

/** The brief for `date` (the last day of the data by default). */
export function sampleBrief(options: { date?: string; locale?: Locale; exports?: SampleExports } = {}): DailyBrief {
  const { input, campaignDays, morningChecks } = loadSampleData(options.exports);
  const date = options.date ?? input.store.reduce((last, d) => (d.date > last ? d.date : last), '');
  const campaigns = campaignDays.filter((c) => c.date === date).map(({ date: _, ...c }) => c);
  // Rival snapshots after the brief's day are not known yet on its morning.
  const rivals = input.rivals === undefined ? undefined : { ...input.rivals, snapshots: input.rivals.snapshots.filter((s) => s.date <= date) };
  const checks = morningChecks.asOf.startsWith(date) ? { checks: morningChecks } : {};
  return dailyBrief({ ...input, date, campaigns, ...checks, ...(rivals === undefined ? {} : { rivals }) }, { locale: options.locale ?? 'zh-CN' });
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

/** Prints the brief as `npm run demo` does. */
export function printSampleBrief(): void {
  const locale = (arg('locale') ?? 'zh-CN') as Locale;
  const date = arg('date');
  const format = arg('format') === 'text' ? 'text' : 'markdown';
  const brief = sampleBrief({ locale, ...(date === undefined ? {} : { date }) });
  console.log(renderBrief(brief, { format, locale }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printSampleBrief();
