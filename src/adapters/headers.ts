import {
  readChange,
  readCount,
  readDate,
  readId,
  readMoney,
  readNumber,
  readRate,
  readSeconds,
  readSignedCount,
  readText,
  type CellResult,
} from './cells.js';

/**
 * The kind of 生意参谋 / 万相台 export: `store` (店铺整体: 取数 daily rows or the 首页 overview),
 * `item` (商品_全部, per item and day), `source` (店铺来源, two- or three-level traffic sources),
 * `keyword` (万相台 keyword report or the old 直通车 keyword download) or `adItem` (万相台 主体
 * report, per promoted subject).
 */
export type SycmKind = 'store' | 'item' | 'source' | 'keyword' | 'adItem';

/** Every kind, in the order candidates are named. @internal */
export const SYCM_KINDS: readonly SycmKind[] = ['store', 'item', 'source', 'keyword', 'adItem'];

/** How a known column is read. @internal */
export type CellKind = 'count' | 'signedCount' | 'number' | 'money' | 'rate' | 'change' | 'seconds' | 'date' | 'text' | 'id';

/** The readers by kind. @internal */
export const READERS: Readonly<Record<CellKind, (cell: unknown) => CellResult<unknown>>> = {
  count: readCount,
  signedCount: readSignedCount,
  number: readNumber,
  money: readMoney,
  rate: readRate,
  change: readChange,
  seconds: readSeconds,
  date: readDate,
  text: readText,
  id: readId,
};

/** A field of a parsed row and how its cell is read; `change` marks a `…变化` column of `field`. @internal */
export interface FieldSpec {
  field: string;
  kind: CellKind;
  /** The canonical header (first spelling in the table). */
  header: string;
  /** A `…变化` column: the relative change of `field` (stored in the row's `changes`). */
  change?: true;
}

/** Which kinds a header points to when it is in a file (kind detection). */
type Marker = 'store' | 'item' | 'source' | 'keyword' | 'adItem' | 'ad';

const HEADERS: readonly (readonly [field: string, kind: CellKind, headers: readonly string[], marker?: Marker])[] = [
  // Keys and labels.
  ['date', 'date', ['统计日期', '日期', '统计时间']],
  ['itemId', 'id', ['商品ID', '商品id'], 'item'],
  ['itemId', 'id', ['宝贝ID', '宝贝id'], 'ad'],
  ['itemName', 'text', ['商品名称', '商品标题'], 'item'],
  ['itemName', 'text', ['宝贝名称'], 'ad'],
  ['mainItemId', 'id', ['主商品ID'], 'item'],
  ['itemType', 'text', ['商品类型'], 'item'],
  ['articleNumber', 'text', ['货号', '商家编码'], 'item'],
  ['itemStatus', 'text', ['商品状态'], 'item'],
  ['itemTags', 'text', ['商品标签'], 'item'],
  ['sellerNick', 'text', ['卖家昵称'], 'store'],
  ['sourceLevel1', 'text', ['一级来源', '流量来源', '来源'], 'source'],
  ['sourceLevel2', 'text', ['二级来源', '来源明细', '来源名称'], 'source'],
  ['sourceLevel3', 'text', ['三级来源'], 'source'],
  ['keyword', 'text', ['关键词', '词名字/词包名字', '词名字', '词包名字'], 'keyword'],
  ['keywordId', 'id', ['词ID/词包ID', '词ID', '词包ID'], 'keyword'],
  ['keywordType', 'text', ['词类型'], 'keyword'],
  ['subjectId', 'id', ['主体ID'], 'adItem'],
  ['subjectName', 'text', ['主体名称'], 'adItem'],
  ['subjectType', 'text', ['主体类型'], 'adItem'],
  ['sceneId', 'id', ['场景ID'], 'ad'],
  ['scene', 'text', ['场景名字', '场景名称'], 'ad'],
  ['campaignId', 'id', ['计划ID'], 'ad'],
  ['campaign', 'text', ['计划名字', '计划名称', '推广计划'], 'ad'],
  ['unitId', 'id', ['单元ID'], 'ad'],
  ['unit', 'text', ['单元名字', '单元名称', '推广单元'], 'ad'],
  // Visitors and pages. 商品访客数 / 商品浏览量 are the item export's 访客数 / 浏览量.
  ['visitors', 'count', ['访客数']],
  ['visitors', 'count', ['商品访客数'], 'item'],
  ['pageviews', 'count', ['浏览量']],
  ['pageviews', 'count', ['商品浏览量'], 'item'],
  ['newVisitors', 'count', ['新访客数', '新访客']],
  ['returningVisitors', 'count', ['老访客数', '老访客']],
  ['visitorsDayChange', 'signedCount', ['访客数较前一天变化量'], 'store'],
  // 跳失率 (store, visit-based) and 商品详情页跳出率 (item detail page) are different measures.
  ['bounceRate', 'rate', ['跳失率'], 'store'],
  ['detailBounceRate', 'rate', ['商品详情页跳出率', '详情页跳出率'], 'item'],
  // 人均浏览量 = PV / UV (the store export's 访问深度); 平均访问深度 = PV / visits.
  ['pagesPerVisitor', 'number', ['人均浏览量', '人均浏览量(访问深度)']],
  ['pagesPerVisit', 'number', ['平均访问深度']],
  ['avgStaySeconds', 'seconds', ['平均停留时长', '人均停留时长', '商品平均停留时长']],
  // Orders and payment.
  ['orderBuyers', 'count', ['下单买家数', '下单用户数']],
  ['orderUnits', 'count', ['下单件数']],
  ['orderAmount', 'money', ['下单金额']],
  ['orderConversionRate', 'rate', ['下单转化率']],
  ['buyers', 'count', ['支付买家数', '支付用户数']],
  ['newBuyers', 'count', ['支付新买家数', '支付新用户数']],
  ['returningBuyers', 'count', ['支付老买家数', '支付老用户数', '老买家数']],
  ['paidUnits', 'count', ['支付件数', '支付商品件数']],
  ['paidAmount', 'money', ['支付金额']],
  ['netPaidAmount', 'money', ['净支付金额'], 'store'],
  ['returningBuyerAmount', 'money', ['老买家支付金额'], 'item'],
  ['juhuasuanAmount', 'money', ['聚划算支付金额'], 'item'],
  ['conversionRate', 'rate', ['支付转化率']],
  ['conversionRate', 'rate', ['商品支付转化率'], 'item'],
  // 客单价 = paid amount / paying buyers; 笔单价 = paid amount / orders.
  ['aov', 'money', ['客单价']],
  ['orderValue', 'money', ['笔单价']],
  ['revenuePerVisitor', 'money', ['访客平均价值', 'UV价值']],
  ['favoriters', 'count', ['商品收藏人数', '收藏人数', '商品收藏买家数', '商品收藏用户数', '收藏商品买家数']],
  ['storeFavoriters', 'count', ['店铺收藏人数', '关注店铺买家数', '关注店铺人数'], 'store'],
  ['cartAdders', 'count', ['商品加购人数', '加购人数', '加购买家数', '加购用户数']],
  ['cartUnits', 'count', ['商品加购件数', '加购件数'], 'item'],
  ['refundAmount', 'money', ['成功退款金额', '退款金额', '退款金额(完结时间)']],
  ['refundRequestAmount', 'money', ['售中申请退款金额'], 'store'],
  ['keywordAdSpend', 'money', ['关键词推广费'], 'store'],
  ['siteAdSpend', 'money', ['全站推广花费'], 'store'],
  // Item-export extras.
  ['competitivenessScore', 'number', ['竞争力评分'], 'item'],
  ['yearToDateAmount', 'money', ['年累计支付金额'], 'item'],
  ['monthToDateAmount', 'money', ['月累计支付金额'], 'item'],
  ['monthToDateUnits', 'count', ['月累计支付件数'], 'item'],
  ['searchConversionRate', 'rate', ['搜索引导支付转化率'], 'item'],
  ['searchVisitors', 'count', ['搜索引导访客数'], 'item'],
  ['searchBuyers', 'count', ['搜索引导支付买家数'], 'item'],
  ['structuredDetailConversionRate', 'rate', ['结构化详情引导转化率'], 'item'],
  ['structuredDetailShare', 'rate', ['结构化详情引导成交占比'], 'item'],
  // Three-level source export: buyers by path.
  ['directBuyers', 'count', ['直接支付买家数'], 'source'],
  ['favoriteBuyers', 'count', ['收藏商品-支付买家数'], 'source'],
  ['fanBuyers', 'count', ['粉丝支付买家数'], 'source'],
  ['cartBuyers', 'count', ['加购商品-支付买家数'], 'source'],
  // Ads (万相台 / 直通车).
  ['impressions', 'count', ['展现量'], 'ad'],
  ['clicks', 'count', ['点击量'], 'ad'],
  ['ctr', 'rate', ['点击率'], 'ad'],
  ['spend', 'money', ['花费'], 'ad'],
  ['cpc', 'money', ['平均点击花费'], 'ad'],
  ['cpm', 'money', ['千次展现花费'], 'ad'],
  ['sales', 'money', ['总成交金额', '成交金额'], 'ad'],
  ['orders', 'count', ['总成交笔数', '成交笔数'], 'ad'],
  ['directSales', 'money', ['直接成交金额'], 'ad'],
  ['directOrders', 'count', ['直接成交笔数'], 'ad'],
  ['indirectSales', 'money', ['间接成交金额'], 'ad'],
  ['indirectOrders', 'count', ['间接成交笔数'], 'ad'],
  ['clickConversionRate', 'rate', ['点击转化率'], 'ad'],
  ['cartAdds', 'count', ['总购物车数'], 'ad'],
  ['favorites', 'count', ['总收藏数'], 'ad'],
  ['roi', 'number', ['投入产出比'], 'ad'],
  ['avgRank', 'number', ['平均展现排名'], 'ad'],
];

interface HeaderEntry {
  spec: FieldSpec;
  marker: Marker | undefined;
}

let table: Map<string, HeaderEntry> | undefined;

function buildTable(): Map<string, HeaderEntry> {
  const map = new Map<string, HeaderEntry>();
  for (const [field, kind, headers, marker] of HEADERS) {
    for (const h of headers) map.set(normalizeHeader(h), { spec: { field, kind, header: headers[0] as string }, marker });
  }
  return map;
}

// A trailing unit label: 支付金额(元), 人均停留时长(秒), 点击率(%).
const UNIT = /\((?:元|秒|%|个|人|次|件|笔|单)\)$/;

/**
 * The header as the table knows it: NFKC (full-width `（）`, `％`, letters → ASCII), no white
 * space anywhere, and a trailing unit label dropped (`支付金额(元)` → `支付金额`). @internal
 */
export function normalizeHeader(header: string): string {
  let h = header.normalize('NFKC').replace(/\s+/g, '');
  if (h.endsWith(')')) h = h.replace(UNIT, '');
  return h;
}

function lookup(header: string): HeaderEntry | undefined {
  table ??= buildTable();
  const h = normalizeHeader(header);
  const direct = table.get(h);
  if (direct !== undefined) return direct;
  // `访客数变化`, `UV价值变化`: the relative change of a known measure (two- and three-level source exports).
  if (h.length > 2 && h.endsWith('变化')) {
    const base = table.get(h.slice(0, -2));
    if (base !== undefined && base.spec.kind !== 'text' && base.spec.kind !== 'id' && base.spec.kind !== 'date') {
      return { spec: { field: base.spec.field, kind: 'change', header: `${base.spec.header}变化`, change: true }, marker: undefined };
    }
  }
  return undefined;
}

/** The field a header maps to, or `undefined` for a column storeops does not know. @internal */
export function fieldOfHeader(header: string): FieldSpec | undefined {
  return lookup(header)?.spec;
}

/** The outcome of kind detection: one kind, or the kinds that fit equally (none when nothing fits). @internal */
export type KindGuess = { kind: SycmKind; candidates: readonly SycmKind[] } | { kind: undefined; candidates: readonly SycmKind[] };

/**
 * Detects the export kind from its headers by their marker columns: 来源 columns → `source`,
 * 商品 columns (商品ID, 商品访客数, 商品详情页跳出率 …) → `item`, keyword columns (关键词,
 * 词名字/词包名字) → `keyword`, 主体 columns → `adItem`; ad measures (展现量, 花费, 场景名字) alone
 * fit both `keyword` and `adItem`; known measures without markers → `store`. When two kinds fit,
 * or no known column is there, `kind` is `undefined` and `candidates` names the kinds that fit
 * (every kind when none does). @internal
 */
export function detectKind(headers: Iterable<string>): KindGuess {
  const hits: Record<Marker, number> = { store: 0, item: 0, source: 0, keyword: 0, adItem: 0, ad: 0 };
  let known = 0;
  for (const h of headers) {
    const e = lookup(h);
    if (e === undefined) continue;
    known++;
    if (e.marker !== undefined) hits[e.marker]++;
  }
  const candidates: SycmKind[] = [];
  if (hits.item > 0) candidates.push('item');
  if (hits.source > 0) candidates.push('source');
  if (hits.keyword > 0) candidates.push('keyword');
  if (hits.adItem > 0) candidates.push('adItem');
  if (hits.ad > 0 && hits.keyword === 0 && hits.adItem === 0) candidates.push('keyword', 'adItem');
  if (candidates.length === 1) return { kind: candidates[0] as SycmKind, candidates };
  if (candidates.length > 1) return { kind: undefined, candidates };
  if (known > 0) return { kind: 'store', candidates: ['store'] };
  return { kind: undefined, candidates: [] };
}
