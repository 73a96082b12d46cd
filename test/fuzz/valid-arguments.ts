// Valid argument lists for public functions, where the generic garbage of surface.ts rarely
// reaches the interesting paths. A function listed here must never throw on these arguments,
// and its result must hold no NaN or Infinity. Functions not listed are still fuzzed with garbage.
import fc from 'fast-check';
import { dailyBrief } from '../../src/brief/index.js';
import { planTargets } from '../../src/goals/index.js';
import { csvBytes } from '../fixtures/exports.js';

const count = fc.integer({ min: 0, max: 10_000_000 });
const rate = fc.double({ min: 0, max: 1, noNaN: true });
const positive = fc.double({ min: 1e-9, max: 1e12, noNaN: true, noDefaultInfinity: true });
const nonNegative = fc.oneof(fc.constant(0), positive);
const fen = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
const money = fc.oneof(
  fen.map((n) => (n / 100).toFixed(2)),
  fen.map((n) => n / 100),
  fc.constantFrom('0', '-0', '1e3', '0.005', '.5', '1e-17', '9999999999999999', '-9999999999999999.99'), // the edges of money's exact range
);
const nonNegativeMoney = money.filter((m) => Number(m) >= 0 || m === '-0');
const dayNumber = fc.integer({ min: -354_285, max: 2_932_896 }); // 1000-01-01 .. 9999-12-31
const date = fc.integer({ min: 10_957, max: 47_482 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10)); // 2000..2099
const locale = fc.constantFrom('zh-CN', 'en', undefined);
const status = fc.constantFrom('good', 'pass', 'fail', 'unknown');
const threshold = fc
  .record({ direction: fc.constantFrom('below', 'above'), pass: rate, good: fc.option(rate, { nil: undefined }), inclusive: fc.option(fc.boolean(), { nil: undefined }) })
  .map((t) => {
    const out: Record<string, unknown> = { direction: t.direction, pass: t.pass };
    if (t.good !== undefined) out['good'] = t.direction === 'below' ? Math.min(t.good, t.pass) : Math.max(t.good, t.pass);
    if (t.inclusive !== undefined) out['inclusive'] = t.inclusive;
    return out;
  });
const catalog = fc.dictionary(fc.constantFrom('A', 'B', 'HELLO'), fc.record({ 'zh-CN': fc.string(), en: fc.string() }));
const params = fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()));
const digits = fc.integer({ min: 0, max: 10 });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** Optional fields: each present or absent (absent as a missing key, not `undefined`). */
function partial(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(fields, { requiredKeys: [] });
}

const pageHealthInput = fc.oneof(
  partial({ bounceRate: rate, pagesPerVisitor: nonNegative, storeAov: nonNegativeMoney, heroAov: nonNegativeMoney, returningVisitorShare: rate }).map((v) => ({
    bounceRate: 0.5,
    pagesPerVisitor: 3,
    ...v,
  })),
  fc
    .record({ sessions: count, visitors: count, pageviews: count, bounceShare: rate, returningShare: rate })
    .map(({ sessions, visitors, pageviews, bounceShare, returningShare }) => ({
      sessions,
      bounces: Math.floor(sessions * bounceShare),
      visitors,
      pageviews,
      returningVisitors: Math.floor(visitors * returningShare),
    })),
);
const pageHealthOptions = partial({
  locale,
  thresholds: partial({
    bounceRate: partial({ pass: fc.constant(0.8), good: fc.constant(0.5), inclusive: fc.boolean() }),
    pagesPerVisitor: partial({ pass: fc.constant(2), good: positive.map((x) => 3.5 + x) }),
    aovLift: partial({ pass: positive, inclusive: fc.boolean() }),
    highReturningShare: rate,
  }),
});

const star = fc.integer({ min: 1, max: 5 });
const tally = fc.integer({ min: 0, max: 100_000 }).chain((count) => fc.integer({ min: count, max: 5 * count }).map((sum) => ({ sum, count })));
const dsrScore = fc.double({ min: 1, max: 5, noNaN: true });
const category = fc
  .tuple(dsrScore, dsrScore, dsrScore)
  .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y))
  .map(([worst, average, best]) => ({ worst, average, best }));
const rating = fc
  .record({ buyerId: fc.constantFrom('b1', 'b2', 'b3', 'b4'), createdAt: date, lag: fc.integer({ min: 0, max: 30 }), description: star, service: star, shipping: star })
  .map(({ lag, ...r }) => ({ ...r, ratedAt: new Date(Date.parse(r.createdAt) + lag * 86_400_000).toISOString().slice(0, 10) }));
const countedTally = tally.filter((t) => t.count > 0);
const smallRate = fc.double({ min: 0, max: 0.15, noNaN: true });
const price = fc.integer({ min: 1, max: 10_000_000 }).map((n) => (n / 100).toFixed(2));
const amount = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => (n / 100).toFixed(2));

// A name every dialect can quote (ClickHouse refuses backticks and backslashes; none takes control characters).
// eslint-disable-next-line no-control-regex
const sqlName = fc.string({ minLength: 1, maxLength: 40 }).filter((n) => !/[\u0000-\u001f\u007f`\\]/.test(n));

const agent = fc
  .record({ id: fc.constantFrom('a1', 'a2', 'a3'), inquirers: fc.integer({ min: 0, max: 5000 }), share: rate, paidAmount: amount, firstResponseSeconds: fc.integer({ min: 0, max: 600 }) })
  .map(({ share, ...a }) => ({ ...a, inquiryBuyers: Math.floor(a.inquirers * share) }));
const stockItem = fc.record(
  {
    id: fc.constantFrom('p1', 'p2', 'p3'),
    onHand: fc.integer({ min: 0, max: 100_000 }),
    dailySales: fc.double({ min: 0, max: 1000, noNaN: true }),
    leadTimeDays: fc.integer({ min: 0, max: 60 }),
    safetyDays: fc.integer({ min: 0, max: 30 }),
    price,
    unitCost: price,
  },
  { requiredKeys: ['id', 'onHand', 'dailySales', 'leadTimeDays', 'safetyDays'] },
);
const memberOrder = fc.record({ buyerId: fc.constantFrom('b1', 'b2', 'b3', 'b4', 'b5'), date, amount });
const asOf = fc.constant('2099-12-31');

const planRange = fc.tuple(date, fc.integer({ min: 0, max: 800 })).map(([start, n]) => ({ start, end: new Date(Date.parse(start) + n * 86_400_000).toISOString().slice(0, 10) }));
const planInput = fc
  .record({
    range: planRange,
    total: fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => (n / 100).toFixed(2)),
    weekdayWeights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 7, maxLength: 7 }),
    monthWeights: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 12, maxLength: 12 }),
  }, { requiredKeys: ['range', 'total'] })
  .map(({ range, ...rest }) => ({ ...range, ...rest }));
// A factor is 0 or at least 1e-17 (money's exact range, docs/hardening.md): 5e-324 is refused by design.
const factors = fc.record({ visitors: fc.integer({ min: 0, max: 100_000 }), conversionRate: fc.oneof(fc.constant(0), fc.double({ min: 1e-17, max: 1, noNaN: true })), aov: price });
const positiveFactors = fc.record({ visitors: fc.integer({ min: 1, max: 100_000 }), conversionRate: fc.double({ min: 1e-6, max: 1, noNaN: true }), aov: price });

const funnelCounts = fc
  .record({ visitors: fc.integer({ min: 0, max: 1_000_000 }), buyerShare: rate, cartShare: rate, paidAmount: amount, depth: fc.integer({ min: 1, max: 10 }), spend: amount })
  .map(({ visitors, buyerShare, cartShare, depth, ...m }) => ({
    visitors,
    buyers: Math.floor(visitors * buyerShare),
    cartAdders: Math.floor(visitors * cartShare),
    pageviews: visitors * depth,
    ...m,
  }));
const trafficSource = fc.record({
  category: fc.constantFrom('natural', 'paid', 'activity', 'member', 'external', 'other'),
  visitors: fc.integer({ min: 0, max: 100_000 }),
});
const keyword = fc
  .record({ impressions: fc.integer({ min: 0, max: 1_000_000 }), ctr: rate, cvr: rate, spend: amount, sales: amount, days: fc.integer({ min: 1, max: 60 }) })
  .map(({ impressions, ctr, cvr, ...k }) => {
    const clicks = Math.floor(impressions * ctr);
    return { impressions, clicks, orders: Math.floor(clicks * cvr), ...k };
  });
const product = fc
  .record({ id: fc.constantFrom('p1', 'p2', 'p3', 'p4'), price, unitCost: price, visitors: fc.integer({ min: 0, max: 100_000 }), share: rate })
  .map(({ share, ...p }) => ({ ...p, buyers: Math.floor(p.visitors * share) }));

// 生意参谋 exports: known Chinese headers with cells as exports write them, and cells that are
// long or odd (the adapters scan text by hand: these would find a slow or throwing path).
const sycmCell = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n.toLocaleString('en')),
  fc.integer({ min: 0, max: 10_000 }).map((n) => `${(n / 100).toFixed(2)}%`),
  amount,
  fc.constantFrom('-', '', ' ', '—', '1,2,3', '12.3.4', '1e5', '0.5%%', '１２３', '¥12', NaN, Infinity, null, undefined, true, 12, -1, {}),
  fc.constantFrom(`${'1'.repeat(100_000)}%`, `${'1,'.repeat(50_000)}1`, `${'9'.repeat(100_000)}.9`, ' '.repeat(100_000), `${'-'.repeat(100_000)}1`),
  fc.string({ maxLength: 12 }),
);
const sycmRow = fc.record(
  { 统计日期: date, 访客数: sycmCell, 浏览量: sycmCell, 支付转化率: sycmCell, 支付金额: sycmCell, 客单价: sycmCell, 跳失率: sycmCell, 平均停留时长: sycmCell, 一级来源: fc.constantFrom('淘内免费', '付费流量', '其他'), 花费: sycmCell },
  { requiredKeys: ['统计日期'] },
);

// files: a CSV export (title lines, header, rows of text cells) as UTF-8 bytes, with or without BOM.
const textCell = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n.toLocaleString('en')),
  fc.integer({ min: 0, max: 10_000 }).map((n) => `${(n / 100).toFixed(2)}%`),
  amount,
  fc.constantFrom('-', '', ' ', '--', 'N/A', '1,2,3', '"', '""', 'a,b', '汇总', '1.03262E+12', '2.5万'),
  fc.string({ maxLength: 12 }).map((t) => t.replace(/[\u0000-\u001f\u007f]/g, ' ')),
);
const exportFile = fc
  .record({
    titles: fc.array(fc.constantFrom('【生意参谋平台】商品_全部', '统计日期：2026-05-31~2026-05-31', '终端：无线端', '', '统计日期：20260525至20260531'), { maxLength: 4 }),
    rows: fc.array(fc.tuple(date, textCell, textCell, textCell), { maxLength: 8 }),
    bom: fc.boolean(),
  })
  .map(({ titles, rows, bom }) =>
    csvBytes({ name: 'S', rows: [...titles.map((t) => [t]), ['统计日期', '访客数', '支付金额', '备注'], ...rows] }, { encoding: bom ? 'utf-8-bom' : 'utf-8' }),
  );
const fileName = fc.constantFrom(undefined, '【生意参谋平台】商品_全部_2026-05-31_2026-05-31.xls', 'a.csv', '无线店铺流量来源-2017-11-12_2017-11-12.xls', '');

const tableRow = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 12 }), finite, fc.boolean(), fc.constant(null)), { maxKeys: 5 });
const briefInput = fc
  .record({ v0: fc.integer({ min: 0, max: 50_000 }), v1: fc.integer({ min: 0, max: 50_000 }), cr: rate, aov: fc.integer({ min: 1, max: 100_000 }), target: amount, paidShare: rate })
  .map(({ v0, v1, cr, aov, target, paidShare }) => {
    const day = (date: string, visitors: number) => {
      const buyers = Math.floor(visitors * cr);
      const paid = Math.floor(visitors * paidShare);
      const fen = (n: number) => ((n * aov) / 100).toFixed(2);
      return {
        store: { date, visitors, buyers, paidAmount: fen(buyers) },
        sources: [
          { date, source: '手淘搜索', category: 'natural', visitors: visitors - paid, paidAmount: fen(buyers - Math.floor(buyers * paidShare)) },
          { date, source: '直通车', category: 'paid', visitors: paid, paidAmount: fen(Math.floor(buyers * paidShare)) },
        ],
      };
    };
    const a = day('2026-05-24', v0);
    const b = day('2026-05-31', v1);
    return { date: '2026-05-31', store: [a.store, b.store], sources: [...a.sources, ...b.sources], plan: [{ date: '2026-05-31', target }] };
  });

export const validArguments: Readonly<Record<string, fc.Arbitrary<unknown[]>>> = {
  // core
  ratio: fc.tuple(fc.option(finite), fc.option(finite)),
  toDecimal: fc.tuple(money),
  sumMoney: fc.tuple(fc.array(money, { maxLength: 50 })),
  formatMoney: fc.tuple(money, digits),
  formatPercent: fc.tuple(fc.option(finite), digits),
  addDays: fc.tuple(date, fc.integer({ min: -3000, max: 3000 })),
  formatDayLabel: fc.tuple(date, fc.record({ locale: fc.constantFrom('zh-CN', 'en'), style: fc.constantFrom('weekday', 'short', 'long') }, { requiredKeys: [] })),
  toIsoDate: fc.tuple(
    fc.oneof(date, fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }).map((t) => new Date(t))),
    fc.record({ timeZone: fc.constantFrom('UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati') }, { requiredKeys: [] }),
  ),
  weekOf: fc.tuple(date),
  monthOf: fc.tuple(date),
  renderMessage: fc.tuple(fc.constantFrom('A', 'HELLO', 'C'), fc.constantFrom('zh-CN', 'en'), params, fc.array(catalog, { maxLength: 3 })),
  // page-health
  assessPageHealth: fc.tuple(pageHealthInput, pageHealthOptions),
  // dsr
  computeDsr: fc.tuple(fc.array(rating, { maxLength: 40 }), fc.record({ asOf: date, windowDays: fc.integer({ min: 1, max: 720 }), maxPerBuyerPerMonth: fc.integer({ min: 1, max: 5 }) }, { requiredKeys: ['asOf'] })),
  compareDsr: fc.tuple(fc.oneof(dsrScore, countedTally), category, partial({ locale })),
  displayDsr: fc.tuple(fc.oneof(dsrScore, tally)),
  assessDsr: fc.tuple(fc.record({ description: tally, service: tally, shipping: tally }), partial({ locale, category: partial({ description: category, service: category }) })),
  ratingsNeeded: fc.tuple(tally, dsrScore, partial({ rating: star })),
  ratingsBuffer: fc.tuple(tally, dsrScore, partial({ rating: star })),
  // profit
  unitEconomics: fc.tuple(
    fc.record(
      { price, unitCost: price, commissionRate: smallRate, pointsRate: smallRate, paymentFeeRate: smallRate, affiliateRate: smallRate, refundRate: smallRate, taxRate: smallRate, shippingCost: amount, packagingCost: amount, otherCost: amount },
      { requiredKeys: ['price', 'unitCost'] },
    ),
  ),
  profitStatement: fc.tuple(
    fc.record({ revenue: amount, refunds: fc.constant('0'), costs: fc.record({ productCost: amount, shipping: amount, salaries: amount, promotion: amount, other: fc.record({ amount, kind: fc.constantFrom('unavoidable', 'elastic') }) }, { requiredKeys: ['productCost'] }) }, { requiredKeys: ['revenue', 'costs'] }),
    partial({ locale }),
  ),
  promotionBudget: fc.tuple(fc.record({ revenue: amount, contributionMarginRate: rate, otherElasticCosts: amount, targetProfit: amount }, { requiredKeys: ['revenue', 'contributionMarginRate'] })),
  breakEvenCpc: fc.tuple(fc.record({ conversionRate: rate, aov: price, contributionMarginRate: rate })),
  // goals
  allocate: fc.tuple(amount, fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0)), fc.constant({ unit: '0.01' })),
  planTargets: fc.tuple(planInput),
  trackProgress: fc
    .tuple(planInput, fc.integer({ min: 0, max: 800 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 800 }), amount), { maxLength: 20 }))
    .map(([input, asOfOffset, paid]) => {
      const plan = planTargets(input as never);
      const day = (k: number) => plan.days[k % plan.days.length]!.date;
      return [plan, Object.fromEntries(paid.map(([k, a]) => [day(k), a])), { asOf: day(asOfOffset) }];
    }),
  driverTargets: fc.tuple(fc.record({ target: amount, conversionRate: fc.double({ min: 0.001, max: 1, noNaN: true }), aov: price }), partial({ locale })),
  solveDrivers: fc.tuple(fc.record({ visitors: fc.integer({ min: 1, max: 100_000 }), conversionRate: fc.double({ min: 0.001, max: 1, noNaN: true }), aov: price })),
  attributeChange: fc.oneof(
    fc.tuple(factors, factors, partial({ method: fc.constant('shapley'), locale })),
    fc.tuple(positiveFactors, positiveFactors, fc.record({ method: fc.constant('lmdi') })),
  ),
  // funnel, ads, roles
  funnelMetrics: fc.tuple(funnelCounts),
  mergeFunnels: fc.tuple(fc.array(funnelCounts, { maxLength: 10 })),
  aggregateFunnels: fc.tuple(fc.array(funnelCounts, { maxLength: 20 }), fc.constant((_row: unknown, i: number) => `g${i % 3}`)),
  aggregateFunnelsAsync: fc.tuple(fc.array(funnelCounts, { maxLength: 20 }), fc.constant((_row: unknown, i: number) => `g${i % 3}`)),
  // sql: any name is quoted or refused with a StoreOpsError; result rows as engines return them
  funnelQuery: fc.tuple(
    fc.record({
      table: fc.oneof(sqlName, fc.record({ parquet: fc.string() })),
      groupBy: fc.array(fc.oneof(sqlName, fc.record({ month: fc.constantFrom('date', 'day') })), { minLength: 1, maxLength: 3 }),
      where: fc.dictionary(fc.constantFrom('store', 'source'), fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { minLength: 1, maxLength: 3 }))),
      dialect: fc.constantFrom('duckdb', 'ansi', 'spark', 'clickhouse'),
    }).filter((q) => q.dialect === 'duckdb' || typeof q.table === 'string'),
  ),
  funnelSumsFromRow: fc.tuple(funnelCounts.map((c) => ({ ...c, visitors: BigInt(c.visitors), buyers: String(c.buyers), paidAmount: String(c.paidAmount), spend: String(c.spend) }))),
  funnelMetricsFromSums: fc.tuple(funnelCounts.map((c) => ({ ...c, visitors: BigInt(c.visitors), paidAmount: String(c.paidAmount) })), partial({ locale })),
  trafficStructure: fc.tuple(fc.array(trafficSource, { maxLength: 8 }), partial({ locale })),
  adMetrics: fc.tuple(keyword.map(({ days: _days, ...k }) => k)),
  keywordAction: fc.tuple(keyword, fc.record({ breakEvenRoi: fc.double({ min: 0.5, max: 10, noNaN: true }), locale })),
  classifyProducts: fc.tuple(fc.uniqueArray(product, { selector: (p) => p.id, maxLength: 4 }), partial({ locale })),
  // adapters: bad cells are reported as errors, never thrown
  // Source and ad columns together fit several kinds (AMBIGUOUS_KIND): valid with a kind, or as
  // store rows alone.
  parseSycmRows: fc.oneof(
    fc.tuple(fc.array(sycmRow, { maxLength: 8 }), fc.record({ kind: fc.constantFrom('store', 'item', 'source', 'keyword', 'adItem') })),
    fc.tuple(fc.array(sycmRow.map(({ 一级来源: _s, 花费: _a, ...store }) => store), { maxLength: 8 })),
  ),
  readExport: fc.tuple(exportFile, partial({ locale, fileName })),
  sycmSourceCategory: fc.tuple(fc.constantFrom('淘内免费', '付费流量', '自主访问', ' 淘外流量 ', '新渠道', ''), fc.option(fc.string(), { nil: undefined })),
  // brief
  dailyBrief: fc.tuple(briefInput, partial({ locale })),
  renderBrief: fc.tuple(briefInput.map((input) => dailyBrief(input as never)), partial({ locale, format: fc.constantFrom('text', 'markdown') })),
  briefStores: fc.tuple(fc.array(briefInput, { maxLength: 3 }).map((inputs) => inputs.map((input, i) => ({ id: `s${i}`, input }))), partial({ locale })),
  briefInputFromExports: fc.tuple(
    briefInput.map((input) => {
      const b = input as unknown as { store: { date: string }[]; sources?: unknown[] };
      return [{ kind: 'store', rows: b.store, errors: [] }, { kind: 'source', rows: b.sources ?? [], errors: [{ row: 0 }] }];
    }),
    partial({ storeName: fc.string({ maxLength: 8 }) }),
  ),
  writeCsv: fc.tuple(fc.array(tableRow, { maxLength: 5 }), partial({ bom: fc.boolean(), columns: fc.array(fc.string({ maxLength: 4 }), { maxLength: 4 }) })),
  writeXlsx: fc.tuple(fc.array(tableRow, { maxLength: 5 }).map((rows) => [{ name: '表1', rows }])),
  // service, stock, members
  scoreAgents: fc.tuple(fc.uniqueArray(agent, { selector: (a) => a.id, maxLength: 3 }), partial({ locale })),
  serviceFindings: fc.tuple(fc.uniqueArray(agent, { selector: (a) => a.id, maxLength: 3 }), partial({ locale })),
  buyerInquiryMix: fc.tuple(fc.record({ buyers: fc.integer({ min: 0, max: 1000 }), share: rate }).map(({ buyers, share }) => ({ buyers, inquiryBuyers: Math.floor(buyers * share) }))),
  stockCover: fc.tuple(fc.uniqueArray(stockItem, { selector: (i) => i.id, maxLength: 3 }), partial({ locale })),
  memberStats: fc.tuple(fc.array(memberOrder, { maxLength: 30 }), fc.record({ asOf })),
  rfmSegments: fc.tuple(fc.array(memberOrder, { maxLength: 30 }), fc.record({ asOf, locale })),
  memberFindings: fc.tuple(fc.array(memberOrder, { maxLength: 30 }), fc.record({ asOf, locale })),
  acquisitionCost: fc.tuple(fc.record({ newBuyers: fc.integer({ min: 0, max: 1000 }), returningBuyers: fc.integer({ min: 0, max: 1000 }), spend: amount })),
  settlementBreakEvenRoi: fc.tuple(fc.record({ contributionMarginRate: rate, refundRate: smallRate, feeRate: smallRate }, { requiredKeys: ['contributionMarginRate'] })),
  // the seed practices: morning check gate, sales curve, rivals
  dailyChecks: fc.tuple(
    partial({
      hitItems: fc.uniqueArray(stockItem, { selector: (i) => i.id, maxLength: 3 }),
      unshippedOrders: fc.array(fc.record({ orderId: fc.string({ maxLength: 6 }), paidAt: fc.integer({ min: 0, max: 200 }).map((h) => `2026-05-${String(31 - Math.floor(h / 24)).padStart(2, '0')} ${String(23 - (h % 24)).padStart(2, '0')}:00`) }), { maxLength: 5 }),
      activities: fc.array(fc.record({ name: fc.string({ maxLength: 6 }), start: fc.constantFrom('2026-05-01', '2026-05-31', '2026-06-01'), end: fc.constant('2026-06-30'), price: nonNegativeMoney, listedPrice: nonNegativeMoney }), { maxLength: 3 }),
      penalties: fc.array(fc.record({ kind: fc.string({ maxLength: 4 }), points: fc.integer({ min: 0, max: 12 }), at: fc.constantFrom('2026-05-30', '2026-05-31 08:00') }), { maxLength: 3 }),
      dsr: fc.record({ today: fc.record({ description: dsrScore }), yesterday: fc.record({ description: dsrScore }) }),
      afterSales: fc.record({ today: fc.record({ refundRate: rate }), yesterday: fc.record({ refundRate: rate }) }),
    }).map((v) => ({ asOf: '2026-05-31 23:59', ...v })),
    partial({ locale }),
  ),
  salesCurve: fc.tuple(fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), units: fc.integer({ min: 0, max: 50_000 }) }), { selector: (i) => i.id, maxLength: 40 }), partial({ locale })),
  watchRivals: fc.tuple(
    fc.uniqueArray(fc.record({ rival: fc.constantFrom('A', 'B'), itemId: fc.constantFrom('1', '2'), date: fc.constantFrom('2026-05-28', '2026-05-29', '2026-05-30', '2026-05-31'), price: nonNegativeMoney, unitsSold: fc.integer({ min: 0, max: 1000 }) }), { selector: (s) => `${s.rival}${s.itemId}${s.date}`, maxLength: 16 }),
    fc.record({ asOf: fc.constant('2026-05-31'), locale }),
  ),
  launchTiming: fc.tuple(
    fc.uniqueArray(fc.record({ rival: fc.constantFrom('A', 'B', 'C'), itemId: fc.constantFrom('1', '2'), date: fc.constantFrom('2026-05-30', '2026-05-31'), price: nonNegativeMoney, unitsSold: fc.integer({ min: 0, max: 1000 }), season: fc.constantFrom('summer', 'winter') }), { selector: (s) => `${s.rival}${s.itemId}${s.date}`, maxLength: 12 }),
    fc.record({ season: fc.constant('summer'), asOf: fc.constant('2026-05-31'), locale }),
  ),
};
