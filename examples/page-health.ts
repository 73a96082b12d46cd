// Page health for a week of a small store's page data (examples/data/page-health-week.csv):
// each day's verdict, then the week's verdict from summed counts (never averaged daily rates).
// Run: npx tsx examples/page-health.ts [--locale en]
import { readTable } from './lib/table.js';
import { fileURLToPath } from 'node:url';
import { toDecimal, type Locale } from 'storeops/core';
import { assessPageHealth, type PageHealthInput, type PageHealthResult } from 'storeops/page-health';

export interface PageDay {
  date: string;
  visitors: number;
  pageviews: number;
  sessions: number;
  bounces: number;
  returningVisitors: number;
  /** 支付金额 of the store, yuan. */
  paidAmount: string;
  /** 支付买家数 of the store. */
  buyers: number;
  /** 支付金额 of the hero item, yuan. */
  heroPaidAmount: string;
  /** 支付买家数 of the hero item. */
  heroBuyers: number;
}

type CountKey = 'visitors' | 'pageviews' | 'sessions' | 'bounces' | 'returningVisitors' | 'buyers' | 'heroBuyers';

/** Reads the sample CSV (csv-parse, header line). */
export function readPageWeek(path = fileURLToPath(new URL('./data/page-health-week.csv', import.meta.url))): PageDay[] {
  return readTable(path).map((cells) => {
    return {
      date: String(cells['date']),
      visitors: Number(cells['visitors']),
      pageviews: Number(cells['pageviews']),
      sessions: Number(cells['sessions']),
      bounces: Number(cells['bounces']),
      returningVisitors: Number(cells['returning_visitors']),
      paidAmount: String(cells['paid_amount']),
      buyers: Number(cells['buyers']),
      heroPaidAmount: String(cells['hero_paid_amount']),
      heroBuyers: Number(cells['hero_buyers']),
    };
  });
}

/** One day's (or a period's) inputs: rates and AOVs come from the counts and amounts. */
export function pageInput(days: readonly PageDay[]): PageHealthInput {
  const sum = (key: CountKey) => days.reduce((s, d) => s + d[key], 0);
  return {
    bounces: sum('bounces'),
    sessions: sum('sessions'),
    pageviews: sum('pageviews'),
    // Daily UVs do not add up to a weekly UV ([domain reference §2](../docs/domain.en.md#2-funnel-and-traffic)): the summed figure is visitor-days,
    // which is what pages per visitor-day needs; a real export's weekly UV would be used instead.
    visitors: sum('visitors'),
    returningVisitors: sum('returningVisitors'),
    storeAov: days.reduce((t, d) => t.plus(toDecimal(d.paidAmount)), toDecimal(0)).div(sum('buyers')),
    heroAov: days.reduce((t, d) => t.plus(toDecimal(d.heroPaidAmount)), toDecimal(0)).div(sum('heroBuyers')),
  };
}

/** The week's page health from summed counts and amounts — never from averaged daily rates. */
export function weekVerdict(days: readonly PageDay[], locale: Locale): PageHealthResult {
  return assessPageHealth(pageInput(days), { locale });
}

export function printPageHealth(locale: Locale): void {
  const days = readPageWeek();
  const title = locale === 'en' ? 'Page health, week of' : '页面健康，周';
  console.log(`\n${title} ${days[0]?.date} – ${days.at(-1)?.date}`);
  for (const d of days) {
    const r = assessPageHealth(pageInput([d]), { locale });
    const bounce = r.checks[0]?.params['value'];
    const depth = r.checks[1]?.params['value'];
    console.log(`  ${d.date}  ${r.status.padEnd(7)} bounce ${bounce}  depth ${depth}`);
  }
  const week = weekVerdict(days, locale);
  console.log(locale === 'en' ? `  Week: ${week.status}` : `  本周结论：${week.status}`);
  for (const c of week.checks) console.log(`   - [${c.status}] ${c.message}`);
  for (const a of week.advice) console.log(`   → ${a.message}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printPageHealth(process.argv.includes('en') || process.argv.includes('--locale=en') ? 'en' : 'zh-CN');
}
