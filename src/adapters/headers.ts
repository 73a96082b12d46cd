import { readCount, readDate, readMoney, readNumber, readRate, readSeconds, readText, type CellResult } from './cells.js';

/** How a known column is read. @internal */
export type CellKind = 'count' | 'number' | 'money' | 'rate' | 'seconds' | 'date' | 'text';

/** The readers by kind. @internal */
export const READERS: Readonly<Record<CellKind, (cell: unknown) => CellResult<number | string>>> = {
  count: readCount,
  number: readNumber,
  money: readMoney,
  rate: readRate,
  seconds: readSeconds,
  date: readDate,
  text: readText,
};

/** A field of a parsed row and how its cell is read. @internal */
export interface FieldSpec {
  field: string;
  kind: CellKind;
}

function spec(field: string, kind: CellKind, headers: readonly string[]): [string, FieldSpec][] {
  return headers.map((h) => [h, { field, kind }]);
}

/**
 * Chinese export headers → fields. Both the older 买家数 and the newer 用户数 wording map to the
 * same field; so do the store-level 跳失率 and the item-level 商品详情页跳出率. @see DOMAIN.md §2
 */
function buildHeaderFields(): Map<string, FieldSpec> {
  return new Map<string, FieldSpec>([
  ...spec('date', 'date', ['统计日期', '日期', '统计时间']),
  ...spec('itemId', 'text', ['商品ID', '商品id', '宝贝ID', '宝贝id']),
  ...spec('itemName', 'text', ['商品名称', '商品标题', '宝贝名称']),
  ...spec('sourceLevel1', 'text', ['一级来源', '流量来源']),
  ...spec('sourceLevel2', 'text', ['二级来源', '来源明细', '来源名称']),
  ...spec('sourceLevel3', 'text', ['三级来源']),
  ...spec('keyword', 'text', ['关键词']),
  ...spec('campaign', 'text', ['计划名称', '推广计划']),
  ...spec('visitors', 'count', ['访客数']),
  ...spec('pageviews', 'count', ['浏览量']),
  ...spec('bounceRate', 'rate', ['跳失率', '商品详情页跳出率', '详情页跳出率']),
  ...spec('pagesPerVisitor', 'number', ['人均浏览量', '平均访问深度']),
  ...spec('avgStaySeconds', 'seconds', ['平均停留时长', '人均停留时长', '商品平均停留时长']),
  ...spec('orderBuyers', 'count', ['下单买家数', '下单用户数']),
  ...spec('orderAmount', 'money', ['下单金额']),
  ...spec('orderConversionRate', 'rate', ['下单转化率']),
  ...spec('buyers', 'count', ['支付买家数', '支付用户数']),
  ...spec('newBuyers', 'count', ['支付新买家数', '支付新用户数']),
  ...spec('returningBuyers', 'count', ['支付老买家数', '支付老用户数']),
  ...spec('paidUnits', 'count', ['支付件数', '支付商品件数']),
  ...spec('paidAmount', 'money', ['支付金额']),
  ...spec('conversionRate', 'rate', ['支付转化率']),
  ...spec('aov', 'money', ['客单价']),
  ...spec('revenuePerVisitor', 'money', ['访客平均价值', 'UV价值']),
  ...spec('favoriters', 'count', ['商品收藏人数', '收藏人数', '商品收藏买家数', '商品收藏用户数']),
  ...spec('cartAdders', 'count', ['商品加购人数', '加购人数', '加购买家数', '加购用户数']),
  ...spec('refundAmount', 'money', ['成功退款金额', '退款金额']),
  ...spec('impressions', 'count', ['展现量']),
  ...spec('clicks', 'count', ['点击量']),
  ...spec('ctr', 'rate', ['点击率']),
  ...spec('spend', 'money', ['花费']),
  ...spec('cpc', 'money', ['平均点击花费']),
  ...spec('sales', 'money', ['总成交金额', '成交金额']),
  ...spec('orders', 'count', ['总成交笔数', '成交笔数']),
  ...spec('roi', 'number', ['投入产出比']),
  ]);
}

let headerFields: Map<string, FieldSpec> | undefined;

/** The field a header maps to, or `undefined` for a column storeops does not know. @internal */
export function fieldOfHeader(header: string): FieldSpec | undefined {
  headerFields ??= buildHeaderFields();
  return headerFields.get(header);
}
