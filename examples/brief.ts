// The morning brief over a month of 生意参谋 exports (examples/data/*.csv) for the fictional
// store 山岚女装: read the CSV files (the caller's job: storeops takes rows, not files), parse
// them with parseSycmRows, run dailyBrief for a day and print it.
//
//   npx tsx examples/brief.ts [--date 2026-05-31] [--locale en] [--format text]
import { fileURLToPath } from 'node:url';
import { parseSycmRows, type SycmParseResult, type SycmRow } from 'storeops/adapters';
import { dailyBrief, renderBrief, type BriefPlanDay, type DailyBrief, type DailyBriefInput } from 'storeops/brief';
import type { Locale } from 'storeops/core';
import { readCsvObjects } from './lib/csv.js';

const dataDir = fileURLToPath(new URL('./data/', import.meta.url));

/** Reads one export and parses it; bad cells are reported, never thrown. */
function readExport(file: string, kind: 'store' | 'item' | 'source' | 'keyword'): SycmParseResult {
  return parseSycmRows(readCsvObjects(`${dataDir}${file}`), { kind });
}

/** A percentage cell of the plan ('3.10%') as a fraction, from its digits. */
function percent(cell: string | undefined): number | undefined {
  const m = /^(\d+(?:\.\d+)?)%$/.exec((cell ?? '').trim());
  return m === null ? undefined : Number(`${m[1]}e-2`);
}

/** Everything the brief needs from the sample data, and the adapters' verdict on each export. */
export function loadSampleData(): {
  input: Omit<DailyBriefInput, 'date'>;
  exports: Record<string, SycmParseResult>;
  campaignDays: { date: string; name: string; dailyBudget: string; exhaustedAt?: string }[];
} {
  const exports = {
    'store-daily.csv': readExport('store-daily.csv', 'store'),
    'item-daily.csv': readExport('item-daily.csv', 'item'),
    'traffic-sources.csv': readExport('traffic-sources.csv', 'source'),
    'keywords.csv': readExport('keywords.csv', 'keyword'),
  };
  const plan: BriefPlanDay[] = readCsvObjects(`${dataDir}plan.csv`).map((r) => {
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
  const events = readCsvObjects(`${dataDir}events.csv`).map((r) => ({ date: String(r['日期']), name: String(r['活动']), warmupDays: Number(r['预热天数']) }));
  // 万相台 campaigns' daily caps by day, and when a cap ran out (the ads platform's 预算 log).
  const campaignDays = readCsvObjects(`${dataDir}campaigns.csv`).map((r) => ({
    date: String(r['统计日期']),
    name: String(r['计划名称']),
    dailyBudget: String(r['日限额']),
    ...(/^\d\d:\d\d$/.test(String(r['限额用完时间'])) ? { exhaustedAt: String(r['限额用完时间']) } : {}),
  }));
  // DSR: one rating per line, and the category's average, best and worst per score.
  const ratings = readCsvObjects(`${dataDir}dsr-ratings.csv`).map((r) => ({
    buyerId: String(r['买家ID']),
    createdAt: String(r['下单日期']),
    ratedAt: String(r['评价日期']),
    description: Number(r['宝贝与描述相符']),
    service: Number(r['卖家服务态度']),
    shipping: Number(r['物流服务']),
  }));
  const keys: Record<string, 'description' | 'service' | 'shipping'> = { 宝贝与描述相符: 'description', 卖家服务态度: 'service', 物流服务: 'shipping' };
  const category = Object.fromEntries(
    readCsvObjects(`${dataDir}dsr-category.csv`).map((r) => [keys[String(r['评分项'])], { average: Number(r['行业均值']), best: Number(r['行业最高']), worst: Number(r['行业最低']) }]),
  );
  const products = readCsvObjects(`${dataDir}products.csv`);
  const hero = products.find((p) => p['主打款'] === '是')?.['商品ID'];
  // Price and costs per item, and what happens to its orders after payment (item-costs.csv:
  // packaging, shipping insurance, refunds before shipping, returns and how many are restocked,
  // refunds without a return): each promoted item's break-even ROI judges its keywords.
  const extra = new Map(readCsvObjects(`${dataDir}item-costs.csv`).map((r) => [String(r['商品ID']), r]));
  const costs = products.map((p) => {
    const e = extra.get(String(p['商品ID']));
    return {
      id: String(p['商品ID']),
      price: String(p['售价']),
      unitCost: String(p['单位成本']),
      ...(percent(p['平台佣金率']) === undefined ? {} : { commissionRate: percent(p['平台佣金率']) as number }),
      shippingCost: String(p['运费']),
      ...(e === undefined
        ? {}
        : {
            packagingCost: String(e['包装费']),
            shippingInsurance: String(e['运费险']),
            refunds: {
              beforeShipping: percent(e['未发货退款率']) ?? 0,
              returned: percent(e['退货率']) ?? 0,
              restockRate: percent(e['退货可二次销售率']) ?? 1,
              refundOnly: percent(e['仅退款率']) ?? 0,
            },
          }),
    };
  });
  // Store, item and source rows always carry their date (and item id, source) after
  // parseSycmRows; the brief validates every field it reads, so the rows are passed as they are.
  const rows = <T>(name: keyof typeof exports) => exports[name].rows as readonly SycmRow[] as unknown as T;
  return {
    exports,
    campaignDays,
    input: {
      storeName: '山岚女装',
      store: rows<DailyBriefInput['store']>('store-daily.csv'),
      items: rows<NonNullable<DailyBriefInput['items']>>('item-daily.csv'),
      sources: rows<NonNullable<DailyBriefInput['sources']>>('traffic-sources.csv'),
      keywords: rows<NonNullable<DailyBriefInput['keywords']>>('keywords.csv'),
      products: costs,
      plan,
      events,
      dsr: { ratings, category },
      ...(hero === undefined ? {} : { heroItemId: hero }),
      leftOut: Object.entries(exports).map(([name, r]) => ({ export: name, rows: r.leftOut })),
    },
  };
}

/** The brief for `date` (the last day of the data by default). */
export function sampleBrief(options: { date?: string; locale?: Locale } = {}): DailyBrief {
  const { input, campaignDays } = loadSampleData();
  const date = options.date ?? input.store.reduce((last, d) => (d.date > last ? d.date : last), '');
  const campaigns = campaignDays.filter((c) => c.date === date).map(({ date: _, ...c }) => c);
  return dailyBrief({ ...input, date, campaigns }, { locale: options.locale ?? 'zh-CN' });
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
