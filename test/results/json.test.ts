// Issue 12 item 6: results a dashboard can ship. Every public function that returns a result is
// called once with a valid sample (taken from its JSDoc example or the sample data of
// examples/), and its result must
// - survive JSON.stringify → JSON.parse with the same JSON (no Map, Set, Date, function or
//   bigint whose JSON would lose data),
// - survive structuredClone (postMessage to a worker and back) without DataCloneError,
// - write every Decimal with its scale: money rounded to the fen as "88235.30", never "88235.3",
//   "1e+21" or 40 digits (the few exact amounts finer than a fen are listed per function),
// - and, where a next function takes it, be accepted by that function both as parsed JSON and as
//   a structured clone, giving the JSON the original gives.
// The table must name every public function (test/fuzz/surface.ts finds them in the package root
// and every src/*/index.ts): a new export without an entry fails the first test.
import { describe, expect, test } from 'vitest';
import { loadSampleData } from '../../examples/brief.js';
import * as adapters from '../../src/adapters/index.js';
import * as brief from '../../src/brief/index.js';
import * as core from '../../src/core/index.js';
import * as dsr from '../../src/dsr/index.js';
import * as funnelModule from '../../src/funnel/index.js';
import * as root from '../../src/index.js';
import * as members from '../../src/members/index.js';
import * as profit from '../../src/profit/index.js';
import * as roles from '../../src/roles/index.js';
import * as service from '../../src/service/index.js';
import { StoreDecimal } from '../../src/core/decimal.js';
import { clonedDecimalText } from '../../src/core/money.js';
import { readExport, writeCsv } from '../../src/files/index.js';
import { funnelMetricsFromSums, funnelQuery, funnelSumsFromRow } from '../../src/sql/index.js';
import { publicFunctions } from '../fuzz/surface.js';

// The root and the subpaths whose functions are not all on the root (briefStores, sumMoney …).
const so = { ...root, ...core, ...adapters, ...brief, ...dsr, ...funnelModule, ...members, ...profit, ...roles, ...service };
const { StoreOpsError, toDecimal } = so;

type Sample = {
  /** Which form of the function, when the table gives more than one. */
  form?: string;
  /** A structured clone keeps only a Map's entries (the Map form of aggregateFunnels): what it keeps is checked. */
  cloneKeepsEntries?: true;
  /** Calls the function with a valid sample. */
  call: () => unknown;
  /** Feeds a result (the original, its parsed JSON or its structured clone) to the next function. */
  next?: (result: any) => unknown;
  /** Paths of Decimals that are exact amounts finer than a fen by definition (a regexp over the path). */
  exact?: RegExp;
};

/** A function whose return value is not a result to ship, and why. */
type NotAResult = { notAResult: string };

const sample = loadSampleData();
const briefInput = () => ({ ...sample.input, date: '2026-05-31' });
const plan = () => so.planTargets({ total: 3_000_000, start: '2026-05-01', end: '2026-06-30', events: [{ date: '2026-06-18', multiplier: 3, name: '618' }] });
const agents = [
  { id: 'ann', inquirers: 100, inquiryBuyers: 70, paidAmount: 14000 },
  { id: 'bo', inquirers: 100, inquiryBuyers: 30, paidAmount: 6000 },
  { id: 'cy', inquirers: 90, inquiryBuyers: 31, paidAmount: '7333.33', firstResponseSeconds: 40 },
];
const orders = [
  { buyerId: 'li', date: '2026-01-15', amount: '120.00' },
  { buyerId: 'li', date: '2026-03-02', amount: '80.00' },
  { buyerId: 'wu', date: '2026-03-05', amount: '60.00' },
  { buyerId: 'wu', date: '2026-03-20', amount: '40.00' },
  { buyerId: 'zh', date: '2026-03-21', amount: '33.33' },
];
const bands = { recency: [30, 90, 180, 365], frequency: [2, 3, 5, 10], monetary: [100, 300, 1000, 3000] };
const stockItems = [
  { id: 'tee', onHand: 90, dailySales: 10, leadTimeDays: 7, safetyDays: 3, unitCost: '35.50' },
  { id: 'cap', onHand: 120, dailySales: 7, leadTimeDays: 7, safetyDays: 3, price: '59.90' },
];
const five = { createdAt: '2026-05-02', ratedAt: '2026-05-10', description: 5, service: 5, shipping: 4 };
const ratings = Array.from({ length: 19 }, (_, i) => ({ ...five, buyerId: `b${i}` }));
const catalogue = [
  { id: 'socks', price: 29, unitCost: 25, visitors: 8000, buyers: 400 },
  { id: 'scarf', price: '99.90', unitCost: 40, visitors: 1000, buyers: 30 },
  { id: 'gloves', price: 129, unitCost: 50, visitors: 800, buyers: 20 },
  { id: 'coat', price: 599, unitCost: 250, visitors: 300, buyers: 3 },
  { id: 'hat', price: 59, unitCost: 40, visitors: 500, buyers: 10 },
];
const funnel = { visitors: 3000, buyers: 97, paidAmount: '23109.10', impressions: 90000, clicks: 3100, spend: '1000.01', orders: 101, pageviews: 8000, refundAmount: '700.70' };
const rivalDays = ['2026-05-24', '2026-05-25', '2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30'];
const snapshots = [
  ...rivalDays.map((date) => ({ rival: 'A', itemId: 'a1', title: '夏季连衣裙', date, price: 199, unitsSold: 40 })),
  { rival: 'A', itemId: 'a1', title: '夏季连衣裙', date: '2026-05-31', price: '169.90', unitsSold: 90 },
];
const launchDay = (rival: string, unitsSold: number, season?: string) => ({ rival, itemId: `${rival}-1`, date: '2026-05-31', price: 199, unitsSold, listedAt: '2026-05-20', ...(season ? { season } : {}) });
const sourceCsv = '统计日期：2026-05-31~2026-05-31\n来源,来源明细,访客数,支付金额\n淘内免费,手淘搜索,"5,811","40,140.61"\n付费流量,直通车,"1,200","9,000.5"\n';
const readSources = () => readExport(new TextEncoder().encode(sourceCsv), { fileName: '【生意参谋平台】无线店铺流量来源-2026-05-31_2026-05-31.csv' });
const findingPair = (list: any[]) => so.compareFindings(list[0], list[1]);

const table: Record<string, Sample | Sample[] | NotAResult> = {
  // core
  toDecimal: { call: () => toDecimal('88235.3'), next: (d) => [so.formatMoney(d), toDecimal(d).toFixed(2)] },
  sumMoney: { call: () => so.sumMoney(['0.1', 0.2, '3000000']), next: (d) => so.sumMoney([d, d]) },
  formatMoney: { call: () => so.formatMoney('1234567.891') },
  formatPercent: { call: () => so.formatPercent(0.0326, 2) },
  ratio: { call: () => so.ratio(1, 3) },
  addDays: { call: () => so.addDays('2026-02-27', 2) },
  weekOf: { call: () => so.weekOf('2026-05-31') },
  monthOf: { call: () => so.monthOf('2026-05-31') },
  isIsoDate: { call: () => so.isIsoDate('2026-02-30') },
  formatDayLabel: { call: () => so.formatDayLabel('2026-05-31', { locale: 'en' }) },
  toIsoDate: { call: () => so.toIsoDate(new Date('2026-05-31T18:30:00Z'), { timeZone: 'Asia/Shanghai' }) },
  renderMessage: { call: () => so.renderMessage('HELLO', 'en', { name: 'Li' }, [{ HELLO: { 'zh-CN': '你好，{name}', en: 'Hello, {name}' } }]) },
  isStoreOpsError: { call: () => so.isStoreOpsError(new StoreOpsError('INVALID_INPUT', [])) },
  compareFindings: { notAResult: 'a sort comparator (a number); it is the next function of every findings list below' },
  definePlugin: {
    call: () => so.definePlugin({ name: 'strict-pages', thresholds: { 'page-health': { bounceRate: { pass: 0.65, good: 0.55 } } }, messages: { PAGE_BOUNCE_FAIL: { 'zh-CN': '跳失率 {value}', en: 'Bounce {value}' } } }),
    next: (plugin) => so.assessPageHealth({ bounceRate: 0.68, pagesPerVisitor: 3 }, { plugins: [plugin], locale: 'en' }),
  },
  // goals
  allocate: { call: () => so.allocate('88235.3', [3, 1, 1]), next: (parts) => so.sumMoney(parts) },
  planTargets: { call: plan, next: (p) => so.trackProgress(p, { '2026-05-01': '40000.5', '2026-05-02': 52000 }, { asOf: '2026-05-02', locale: 'en' }) },
  trackProgress: { call: () => so.trackProgress(plan(), { '2026-05-01': '40000.5', '2026-05-02': 52000 }, { asOf: '2026-05-02', replan: 'spread' }) },
  solveDrivers: {
    call: () => so.solveDrivers({ sales: 30000, visitors: 4000, conversionRate: 0.031 }),
    next: (d) => so.driverTargets({ target: d.sales, conversionRate: d.conversionRate, aov: d.aov }, { locale: 'en' }),
  },
  driverTargets: { call: () => so.driverTargets({ target: '30000.5', conversionRate: 0.03, aov: 238 }, { locale: 'en' }) },
  attributeChange: {
    call: () => so.attributeChange({ visitors: 4200, conversionRate: 0.03, aov: '238.3' }, { visitors: 3500, conversionRate: 0.032, aov: 236 }, { locale: 'en' }),
    // base and current are the exact products of the factors (visitors × conversion × AOV).
    exact: /^\.(base|current)$/,
  },
  // funnel
  funnelMetrics: { call: () => so.funnelMetrics(funnel) },
  mergeFunnels: { call: () => so.mergeFunnels([funnel, { ...funnel, paidAmount: '0.9' }]), next: (totals) => [so.funnelMetrics(totals), so.mergeFunnels([totals, totals])] },
  aggregateFunnels: [
    {
      form: 'by key parts',
      call: () => so.aggregateFunnels([{ store: 'a', ...funnel }, { store: 'b', ...funnel }, { store: 'a', ...funnel }], { by: [(r) => r.store] }),
      next: (agg) => so.mergeFunnels(agg.groups.map((g: any) => g.counts)),
    },
    {
      // The Map form: its JSON is the form by key parts; a structured clone keeps the Map's entries.
      form: 'Map by keyOf',
      cloneKeepsEntries: true,
      call: () => so.aggregateFunnels([{ store: 'a', ...funnel }, { store: 'b', ...funnel }, { store: 'a', ...funnel }], (r) => r.store),
      next: (agg) => so.mergeFunnels(agg instanceof Map ? [...agg.values()] : agg.groups.map((g: any) => g.counts)),
    },
  ],
  aggregateFunnelsAsync: {
    call: async () => {
      async function* rows() {
        yield { store: 'a', ...funnel };
        yield { store: 'b', ...funnel };
      }
      return so.aggregateFunnelsAsync(rows(), { by: [(r) => r.store] });
    },
    next: (agg) => so.mergeFunnels(agg.groups.map((g: any) => g.counts)),
  },
  trafficStructure: {
    call: () =>
      so.trafficStructure(
        [
          { category: 'natural', source: '手淘搜索', visitors: 7200, buyers: 216, paidAmount: '51408' },
          { category: 'paid', source: '直通车', visitors: 800, buyers: 40, paidAmount: '9520.3' },
          { category: 'activity', source: '聚划算', visitors: 1000, buyers: 10, paidAmount: '1990' },
          { category: 'member', source: '购物车', visitors: 1000, buyers: 60, paidAmount: '14280' },
        ],
        { locale: 'en' },
      ),
  },
  comparePeers: { call: () => so.comparePeers({ conversionRate: 0.03, bounceRate: 0.72 }, { conversionRate: 0.025, bounceRate: 0.65 }, { locale: 'en' }) },
  // ads
  adMetrics: { call: () => so.adMetrics({ impressions: 20000, clicks: 403, spend: '600', sales: '1800', orders: 7 }) },
  keywordAction: { call: () => so.keywordAction({ impressions: 20000, clicks: 400, spend: '600', sales: '1800', orders: 8, days: 7 }, { breakEvenRoi: 2.5, locale: 'en' }) },
  // page health, dsr
  assessPageHealth: { call: () => so.assessPageHealth({ bounceRate: 0.72, pagesPerVisitor: 2.8, storeAov: '300.5', heroAov: 238 }, { locale: 'en' }) },
  computeDsr: {
    call: () => so.computeDsr(ratings, { asOf: '2026-06-30' }),
    next: (dsr) => [so.assessDsr({ description: dsr.description, service: dsr.service, shipping: dsr.shipping }, { locale: 'en' }), so.ratingsNeeded(dsr.shipping, 4.5), so.displayDsr(dsr.service)],
  },
  compareDsr: { call: () => so.compareDsr(4.71234, { average: 4.61234, best: 4.91234 }, { locale: 'en' }) },
  assessDsr: { call: () => so.assessDsr({ description: { sum: 480, count: 100 }, service: { sum: 475, count: 100 }, shipping: { sum: 460, count: 100 } }, { locale: 'en' }) },
  displayDsr: { call: () => so.displayDsr(4.77616) },
  ratingsNeeded: { call: () => so.ratingsNeeded({ sum: 94, count: 20 }, 4.8) },
  ratingsBuffer: { call: () => so.ratingsBuffer({ sum: 490, count: 100 }, 4.8) },
  // profit
  unitEconomics: {
    call: () => so.unitEconomics({ price: '219', unitCost: 82, commissionRate: 0.05, shippingCost: 8, packagingCost: 2, shippingInsurance: 1.5, refunds: { returned: 0.3, restockRate: 0.9, beforeShipping: 0.05 } }),
    next: (u) => so.promotionBudget({ revenue: 200000, contributionMarginRate: u.contributionMarginRate, otherElasticCosts: 30000, targetProfit: 20000 }),
    // Per-order amounts at a rate (commission 5% of ¥219 is ¥10.95; refunds at 30% × …) are exact, not rounded.
    exact: /^\.(costs\.|refunds\.|contribution$|keptRevenue$|totalCost$)/,
  },
  profitStatement: {
    call: () => so.profitStatement({ revenue: '100000', refunds: '5000.5', costs: { productCost: '38000', platformFees: '5700', shipping: '6000', promotion: '15000', salaries: '12000', samples: { amount: '800', kind: 'unavoidable' } } }, { locale: 'en' }),
    next: (pnl) => so.promotionBudget({ revenue: pnl.netRevenue, contribution: pnl.contribution, targetProfit: 30000 }),
  },
  promotionBudget: { call: () => so.promotionBudget({ revenue: 200000, contributionMarginRate: 0.45, otherElasticCosts: 30000, targetProfit: 20000, plannedPromotion: 25000, salaryPerHead: 6000 }) },
  breakEvenCpc: { call: () => so.breakEvenCpc({ conversionRate: 0.03, aov: 100, contributionMarginRate: 0.45 }) },
  settlementBreakEvenRoi: { call: () => so.settlementBreakEvenRoi({ contributionMarginRate: 0.5, refundRate: 0.2, feeRate: 0.05 }) },
  // roles
  classifyProducts: { call: () => so.classifyProducts(catalogue, { locale: 'en' }) },
  defaultRoleRules: { call: () => so.defaultRoleRules(), next: (rules) => so.classifyProducts(catalogue, { rules, locale: 'en' }) },
  salesCurve: {
    call: () => so.salesCurve([{ id: 'hit', units: 12000 }, ...[2400, 2100, 1900].map((units, i) => ({ id: `a${i}`, units })), ...Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, units: 100 + i }))], { locale: 'en' }),
  },
  // service, stock, members
  scoreAgents: { call: () => so.scoreAgents(agents, { locale: 'en' }) },
  serviceFindings: { call: () => so.serviceFindings(agents, { locale: 'en' }), next: findingPair },
  buyerInquiryMix: { call: () => so.buyerInquiryMix({ buyers: 300, inquiryBuyers: 120, visitors: 10000, inquirers: 400 }) },
  stockCover: { call: () => so.stockCover(stockItems, { locale: 'en' }), next: (r) => r.findings.length > 1 ? findingPair(r.findings) : r.findings.length },
  memberStats: { call: () => so.memberStats(orders, { asOf: '2026-03-31', windowDays: 31 }) },
  rfmSegments: { call: () => so.rfmSegments(orders, { asOf: '2026-03-31', bands, locale: 'en' }) },
  memberFindings: { call: () => so.memberFindings(orders, { asOf: '2026-03-31', windowDays: 31, bands, spend: { spend: 700 }, locale: 'en' }), next: findingPair },
  acquisitionCost: { call: () => so.acquisitionCost({ spend: '8000.01', newBuyers: 100, returningBuyers: 200 }) },
  // checks, rivals
  dailyChecks: {
    call: () =>
      so.dailyChecks(
        {
          asOf: '2026-05-31 09:00',
          hitItems: [{ id: 'A1', name: '连衣裙', onHand: 600, dailySales: 123, leadTimeDays: 5, safetyDays: 2 }],
          unshippedOrders: [{ orderId: 'T1001', paidAt: '2026-05-29 07:00', reason: '缺货' }],
          activities: [{ name: '618 预热', start: '2026-05-28', end: '2026-06-03', price: '239.9', listedPrice: 219 }],
        },
        { locale: 'en' },
      ),
  },
  watchRivals: { call: () => so.watchRivals(snapshots, { asOf: '2026-05-31', locale: 'en' }) },
  launchTiming: { call: () => so.launchTiming([launchDay('A', 45, 'summer'), launchDay('B', 60, 'summer'), launchDay('C', 5, 'summer'), launchDay('D', 30)], { season: 'summer', asOf: '2026-05-31', locale: 'en' }) },
  // adapters, files, sql
  parseSycmRows: {
    call: () => so.parseSycmRows([{ 统计日期: '2026-10-31', 访客数: '1,234', 支付用户数: '40', 支付转化率: '3.24%', 支付金额: '¥7,140.50', 客单价: '-', 备注: 'x' }]),
    next: (r) => so.briefInputFromExports([{ kind: r.kind, rows: r.rows, errors: r.errors }], { plan: [{ date: '2026-10-31', target: 8000 }] }),
  },
  sycmSourceCategory: { call: () => so.sycmSourceCategory('付费流量', '直通车') },
  readExport: { call: readSources, next: (r) => so.trafficStructure(r.rows.map((row: any) => ({ ...row, category: so.sycmSourceCategory(row.source === '直通车' ? '付费流量' : '淘内免费', row.source) }))) },
  writeCsv: { call: () => writeCsv([{ 商品: '连衣裙', 金额: toDecimal('88235.3') }]) },
  writeXlsx: { notAResult: 'the bytes of an .xlsx file (a Uint8Array): posted as a file, not as JSON' },
  funnelQuery: { call: () => funnelQuery({ table: 'funnel_rows', groupBy: ['store', { month: 'date' }], where: { store: ['A', 'B'] } }) },
  funnelSumsFromRow: {
    call: () => funnelSumsFromRow({ store: 'A', visitors: 1000n, buyers: '10', paidAmount: '2380.10', spend: '99.9', rowCount: 2n, subFenRows: 0n }),
    next: (sums) => [so.funnelMetrics(sums), so.mergeFunnels([sums])],
  },
  funnelMetricsFromSums: { call: () => funnelMetricsFromSums({ visitors: 1000n, buyers: 7n, paidAmount: '2380.00', spend: '100', clicks: 300n }) },
  // brief
  dailyBrief: [
    { form: 'sample month', call: () => so.dailyBrief(briefInput(), { locale: 'en' }), next: (brief) => [so.renderBrief(brief, { format: 'markdown' }), so.renderBrief(brief, { format: 'text', locale: 'zh-CN' })] },
    {
      // Today's AOV implied by the plan (target / visitors / conversion: 8000 / 1100 / 0.03 = 242.4242…) is shown to the fen.
      form: 'plan without AOV',
      call: () =>
        so.dailyBrief({
          date: '2026-05-31',
          store: [{ date: '2026-05-31', visitors: 1000, buyers: 30, paidAmount: '7200.00' }],
          plan: [
            { date: '2026-05-31', target: 8000 },
            { date: '2026-06-01', target: 8000, visitors: 1100, conversionRate: 0.03 },
          ],
        }),
      next: (brief) => so.renderBrief(brief, { locale: 'en' }),
    },
  ],
  renderBrief: { call: () => so.renderBrief(so.dailyBrief(briefInput())) },
  briefStores: {
    call: () => so.briefStores([{ id: 'a', input: briefInput() }, { id: 'b', input: { ...briefInput(), storeName: 'B' } }, { id: 'c', input: { date: '2026-05-31', store: [] } }], { locale: 'en' }),
    next: (run) => run.briefs.map((s: any) => so.renderBrief(s.brief)),
  },
  briefInputFromExports: {
    call: () => so.briefInputFromExports([{ ...readSources(), fileName: 'sources.csv' }, { kind: 'store', fileName: 'store.xls', rows: [{ date: '2026-05-31', visitors: 7011, buyers: 200, paidAmount: '49141.11' }], errors: [] }], { plan: [{ date: '2026-05-31', target: 50000 }] }),
    next: (input) => so.dailyBrief(input, { locale: 'en' }),
  },
};

// ---------------------------------------------------------------------------------------------

/** Every Decimal in a value, with its path (`.days[0].target`). */
function decimalsIn(value: unknown, path = '', out: [string, unknown][] = []): [string, unknown][] {
  if (value === null || typeof value !== 'object') return out;
  if (value instanceof Map) return decimalsIn((value as unknown as { toJSON(): unknown }).toJSON(), `${path}.toJSON()`, out);
  if ((value as { toStringTag?: unknown }).toStringTag === '[object Decimal]') {
    out.push([path, value]);
    return out;
  }
  for (const [k, v] of Object.entries(value)) decimalsIn(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, out);
  return out;
}

/** Paths that JSON would lose or change: Map, Set, Date, functions, bigint, undefined in arrays, non-finite numbers. */
function lossyIn(value: unknown, path = '', out: string[] = []): string[] {
  const toJSON = (value as { toJSON?: unknown } | null | undefined)?.toJSON;
  if (value instanceof Map && typeof toJSON === 'function') return lossyIn(toJSON.call(value), `${path}.toJSON()`, out);
  if (typeof value === 'function' || typeof value === 'bigint' || typeof value === 'symbol') out.push(`${path} (${typeof value})`);
  else if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path} (${value})`);
  else if (value instanceof Map || value instanceof Set || value instanceof Date) out.push(`${path} (${value.constructor.name})`);
  else if (value !== null && typeof value === 'object' && (value as { toStringTag?: unknown }).toStringTag !== '[object Decimal]') {
    for (const [k, v] of Object.entries(value)) {
      if (Array.isArray(value) && v === undefined) out.push(`${path}[${k}] (undefined)`);
      lossyIn(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`, out);
    }
  }
  return out;
}

const json = (v: unknown) => JSON.stringify(v);
/** The JSON of a structured clone with each { s, e, d } written as the Decimal it was. */
const revived = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (clonedDecimalText(x) === null ? x : JSON.parse(json(toDecimal(x as never)))));
const entries: [string, Sample][] = Object.entries(table).flatMap(([name, s]) =>
  Array.isArray(s) ? s.map((x): [string, Sample] => [`${name} (${x.form})`, x]) : 'call' in s ? [[name, s] as [string, Sample]] : [],
);

describe('results as JSON (issue 12 item 6)', () => {
  test('the table names every public function, and nothing else', () => {
    expect(Object.keys(table).sort()).toEqual(publicFunctions.map((f) => f.name).sort());
  });

  test.each(entries)('%s: JSON round trip, structuredClone, money with its scale', async (name, s) => {
    const result = await s.call();
    expect(lossyIn(result), `${name} holds values JSON loses`).toEqual([]);
    const text = json(result);
    expect(text, `${name} gives no JSON`).toBeTypeOf('string');
    expect(json(JSON.parse(text))).toBe(text);
    // A clone holds each Decimal as the plain { s, e, d } (prototypes do not survive), the same value.
    const clone = structuredClone(result);
    if (s.cloneKeepsEntries === true) {
      expect(clone).toBeInstanceOf(Map);
      expect(revived([...(clone as Map<string, unknown>)])).toBe(json([...(result as Map<string, unknown>)]));
    } else {
      expect(revived(clone), `${name}: a structured clone holds other values`).toBe(text);
    }
    for (const [path, d] of decimalsIn(result)) {
      const written = JSON.parse(json(d)) as string;
      expect(written, `${name}${path}`).toMatch(s.exact?.test(path) === true ? /^-?\d+\.\d{2,}$/ : /^-?\d+\.\d{2}$/);
      expect(toDecimal(written).eq(d as never), `${name}${path} loses value in JSON`).toBe(true);
    }
  });

  const chained = entries.filter(([, s]) => s.next !== undefined);
  test.each(chained)('%s: the next function takes the parsed JSON and the structured clone', async (name, s) => {
    const result = await s.call();
    const next = s.next as (r: unknown) => unknown;
    const expected = json(await next(result));
    expect(json(await next(JSON.parse(json(result)))), `${name} → next, from JSON`).toBe(expected);
    expect(json(await next(structuredClone(result))), `${name} → next, from structuredClone`).toBe(expected);
  });

  test('rates from money quotients are the decimal quotient rounded once: 0.30 against 0.10 is 3, not 0.3 / 0.1 = 2.9999999999999996', () => {
    const p = so.planTargets({ total: '0.10', start: '2026-05-31', end: '2026-05-31' });
    const progress = so.trackProgress(p, { '2026-05-31': '0.30' }, { asOf: '2026-05-31' });
    expect(progress.achievement).toBe(3);
    expect(progress.day?.achievement).toBe(3);
    const brief = so.dailyBrief({ date: '2026-05-31', store: [{ date: '2026-05-31', visitors: 10, buyers: 1, paidAmount: '0.30' }], plan: [{ date: '2026-05-31', target: '0.10' }] });
    expect(brief.headline.day?.achievement).toBe(3);
    // Effects of 0.10 and 0.20 in a change of 0.30: shares 1/3 and 2/3 of the decimal quotient.
    const a = so.attributeChange({ visitors: 1, aov: '0.10' }, { visitors: 2, aov: '0.15' });
    expect(a.total.toFixed(2)).toBe('0.20');
    expect(Object.values(a.shares).reduce((x: number, y) => x + (y ?? 0), 0)).toBe(1);
    expect(so.funnelMetrics({ visitors: 10, buyers: 1, paidAmount: '0.30', spend: '0.10' }).roi).toBe(3);
  });

  test('a structured clone of a Decimal is the plain { s, e, d }, and money accepts it back', () => {
    const d = structuredClone(toDecimal('88235.30'));
    expect(d).toEqual({ s: 1, e: 4, d: [88235, 3000000] });
    expect(Object.getPrototypeOf(d)).toBe(Object.prototype);
    expect(so.formatMoney(d as never)).toBe('¥88,235.30');
    expect(toDecimal(d as never).toFixed(2)).toBe('88235.30');
    expect(so.sumMoney([d as never, '0.7']).toFixed(2)).toBe('88236.00');
    expect(so.formatMoney(structuredClone(toDecimal('-0.005')) as never, 3)).toBe('-¥0.005');
    expect(so.formatMoney(structuredClone(toDecimal('0')) as never)).toBe('¥0.00');
    expect(so.formatMoney(structuredClone(new StoreDecimal('12345678.1234567')) as never, 7)).toBe('¥12,345,678.1234567');
  });
});
