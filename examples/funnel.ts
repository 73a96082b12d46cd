// A week of two stores' traffic sources (examples/data/funnel-sources.csv) through the funnel:
// week funnels from the batch aggregator, why daily rates are never averaged, the traffic mix
// against the seed's norms, the store against its peers, and this morning's keyword decisions
// (examples/data/funnel-keywords.csv).
// Run: npx tsx examples/funnel.ts [--locale en]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { keywordAction, type KeywordActionName } from 'storeops/ads';
import { formatMoney, formatPercent, type Locale } from 'storeops/core';
import {
  aggregateFunnels,
  comparePeers,
  funnelMetrics,
  trafficStructure,
  type ComparePeersResult,
  type FunnelMetrics,
  type TrafficCategory,
  type TrafficStructureResult,
} from 'storeops/funnel';

/** One row of the sample export: a store's source on a day. */
export interface SourceDay {
  date: string;
  store: string;
  source: string;
  category: TrafficCategory;
  visitors: number;
  buyers: number;
  orderBuyers: number;
  cartAdders: number;
  /** 支付金额, yuan, as exported (a string keeps it exact). */
  paidAmount: string;
  /** 推广花费, yuan. */
  spend: string;
}

function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(fileURLToPath(new URL(`./data/${name}`, import.meta.url)), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const names = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i] ?? '', v])));
}

/** Reads the sample week of source rows. */
export function readSourceDays(): SourceDay[] {
  return readCsv('funnel-sources.csv').map((c) => ({
    date: String(c['date']),
    store: String(c['store']),
    source: String(c['source']),
    category: c['category'] as TrafficCategory,
    visitors: Number(c['visitors']),
    buyers: Number(c['buyers']),
    orderBuyers: Number(c['order_buyers']),
    cartAdders: Number(c['cart_adders']),
    paidAmount: String(c['paid_amount']),
    spend: String(c['spend']),
  }));
}

/** What the example computes, for the test and for printing. */
export interface FunnelExample {
  /** Each store's week funnel metrics. */
  weeks: Map<string, FunnelMetrics>;
  /** The flagship store's week conversion as a ratio of sums, and the (wrong) mean of its sources' rates. */
  conversion: { ofSums: number | null; meanOfSources: number };
  /** Rows kept but flagged (e.g. more buyers than visitors on a presale balance day). */
  flags: string[];
  /** The flagship store's week traffic structure. */
  traffic: TrafficStructureResult;
  /** The flagship store against the category's tier average. */
  peers: ComparePeersResult;
  /** This morning's keyword decisions. */
  keywords: { keyword: string; action: KeywordActionName; why: string }[];
}

/** Runs the whole example in `locale`. */
export function runFunnelExample(locale: Locale = 'zh-CN'): FunnelExample {
  const rows = readSourceDays();

  // 1. Batch: week funnels per store, money summed in fen, bad rows reported, odd rows flagged.
  const groups = aggregateFunnels(rows, (r) => r.store, { locale });
  const weeks = new Map([...groups].map(([store, totals]) => [store, funnelMetrics(totals)]));
  const flags = groups.flags.map((f) => f.message);

  // 2. Never average rates: the store's conversion is Σbuyers / Σvisitors over its sources.
  //    The mean of the sources' rates weighs a small source like a big one.
  const store = '旗舰店';
  const sources = aggregateFunnels(
    rows.filter((r) => r.store === store),
    (r) => r.source,
  );
  const rates = [...sources.values()].map((s) => funnelMetrics(s).conversionRate ?? 0);
  const conversion = { ofSums: weeks.get(store)?.conversionRate ?? null, meanOfSources: rates.reduce((s, x) => s + x, 0) / rates.length };

  // 3. Traffic structure of the week against the seed's norms, sources ranked by conversion.
  const traffic = trafficStructure(
    rows.filter((r) => r.store === store),
    { locale },
  );

  // 4. Against the category's tier average (同行同层平均), as 生意参谋 shows it.
  const peers = comparePeers(weeks.get(store) ?? {}, { conversionRate: 0.03, aov: 245, revenuePerVisitor: '7.35', cartRate: 0.08 }, { locale });

  // 5. The morning keyword decisions; break-even ROI 2.5 (a 40% contribution margin).
  const keywords = readCsv('funnel-keywords.csv').map((c) => {
    const decision = keywordAction(
      {
        impressions: Number(c['impressions']),
        clicks: Number(c['clicks']),
        spend: String(c['spend']),
        sales: String(c['sales']),
        orders: Number(c['orders']),
        days: Number(c['days']),
      },
      { breakEvenRoi: 2.5, locale },
    );
    return { keyword: String(c['keyword']), action: decision.action, why: decision.checks.at(-1)?.message ?? '' };
  });

  return { weeks, conversion, flags, traffic, peers, keywords };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const locale: Locale = process.argv.includes('--locale') && process.argv[process.argv.indexOf('--locale') + 1] === 'en' ? 'en' : 'zh-CN';
  const ex = runFunnelExample(locale);
  for (const [store, m] of ex.weeks) {
    console.log(`${store}: conversion ${formatPercent(m.conversionRate, 2)}, AOV ${m.aov === null ? '—' : formatMoney(m.aov)}, UV value ${m.revenuePerVisitor === null ? '—' : formatMoney(m.revenuePerVisitor)}`);
  }
  console.log(`旗舰店 week conversion: ${formatPercent(ex.conversion.ofSums, 2)} (Σbuyers / Σvisitors); the mean of its sources' rates would claim ${formatPercent(ex.conversion.meanOfSources, 2)}`);
  for (const f of ex.flags) console.log(`flag: ${f}`);
  for (const c of ex.traffic.checks) console.log(`[${c.status}] ${c.message}`);
  for (const s of ex.traffic.sources) console.log(`  ${s.source}: ${formatPercent(s.conversionRate, 2)}, UV value ${s.revenuePerVisitor === null ? '—' : formatMoney(s.revenuePerVisitor)}`);
  for (const a of ex.traffic.advice) console.log(`→ ${a.message}`);
  for (const c of ex.peers.checks) console.log(`[${c.status}] ${c.message}`);
  for (const k of ex.keywords) console.log(`${k.keyword}: ${k.action} — ${k.why}`);
}
