import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the funnel module in zh-CN and en, by stable code. Placeholders ending in `Zh`
 * hold the Chinese name of a field, metric or category, those ending in `En` the English one,
 * so `params` are the same in both locales.
 */
export const funnelMessages = {
  BUYERS_EXCEED_VISITORS: {
    'zh-CN': '支付买家数 {value} 多于访客数 {baseValue}：已保留（预售尾款日等情况可能出现），请核对数据',
    en: 'Buyers ({value}) exceed visitors ({baseValue}): kept — possible on a presale balance-payment day; check the data',
  },
  COUNT_EXCEEDS_BASE: {
    'zh-CN': '{fieldZh} {value} 多于{baseZh} {baseValue}：已保留，请核对数据',
    en: 'More {fieldEn} ({value}) than {baseEn} ({baseValue}): kept; check the data',
  },
  REFUNDS_EXCEED_PAID: {
    'zh-CN': '退款金额 {value} 多于支付金额 {baseValue}：已保留（可能是此前订单的退款），请核对数据',
    en: 'Refunds ({value}) exceed the paid amount ({baseValue}): kept — they may be for earlier orders; check the data',
  },
  PRESALE_CONVERSION_FROM_ORDERS: {
    'zh-CN': '预售商品尾款付清前支付转化率为 0，转化率按下单转化率计算',
    en: 'Presale item: payment conversion stays 0 until the balance is paid, so conversion is order conversion',
  },
  PRESALE_WITHOUT_ORDER_BUYERS: {
    'zh-CN': '预售商品缺少下单买家数，无法计算转化率',
    en: 'Presale item without order buyers: conversion cannot be computed',
  },
  TRAFFIC_SHARE_PASS: {
    'zh-CN': '{categoryZh}占比 {value}，符合 {range}',
    en: '{categoryEn} traffic is {value} of visitors, within {range}',
  },
  TRAFFIC_SHARE_LOW: {
    'zh-CN': '{categoryZh}占比 {value}，低于参考区间 {range}',
    en: '{categoryEn} traffic is {value} of visitors, below the reference range {range}',
  },
  TRAFFIC_SHARE_HIGH: {
    'zh-CN': '{categoryZh}占比 {value}，高于参考区间 {range}',
    en: '{categoryEn} traffic is {value} of visitors, above the reference range {range}',
  },
  TRAFFIC_SHARE_UNKNOWN: {
    'zh-CN': '没有访客数据，无法判断{categoryZh}占比',
    en: 'No visitors: cannot judge the share of {categoryEn} traffic',
  },
  GROW_CONVERTING_SOURCE: {
    'zh-CN': '来源“{source}”转化率 {conversion}，高于全店 {storeConversion}：加大这个来源的流量',
    en: 'Source “{source}” converts at {conversion}, above the store’s {storeConversion}: grow it',
  },
  REVIEW_WEAK_SOURCE: {
    'zh-CN': '来源“{source}”带来 {share} 的访客，但转化率只有 {conversion}（全店 {storeConversion}）：检查人群与承接页，或把流量转给转化更高的来源',
    en: 'Source “{source}” brings {share} of visitors but converts at only {conversion} (store {storeConversion}): check who it brings and where they land, or move the budget to sources that convert',
  },
  RAISE_CONVERSION_BEFORE_BUYING_TRAFFIC: {
    'zh-CN': '付费流量占比 {value} 偏高：先提升转化率，再购买流量',
    en: 'Paid traffic is {value} of visitors, too high: raise conversion before buying visitors',
  },
  GROW_FREE_TRAFFIC: {
    'zh-CN': '自然流量占比 {value} 偏低：优化标题、主图和搜索权重，争取免费流量',
    en: 'Natural traffic is only {value} of visitors: work on titles, main images and search ranking to win free traffic',
  },
  PEER_ABOVE_BETTER: {
    'zh-CN': '{metricZh} {value}，比同行同层平均 {average} 高 {diff}，优于同行',
    en: '{metricEn} {value} is {diff} above the peer average {average}: better than peers',
  },
  PEER_ABOVE_WORSE: {
    'zh-CN': '{metricZh} {value}，比同行同层平均 {average} 高 {diff}，不如同行',
    en: '{metricEn} {value} is {diff} above the peer average {average}: worse than peers',
  },
  PEER_BELOW_BETTER: {
    'zh-CN': '{metricZh} {value}，比同行同层平均 {average} 低 {diff}，优于同行',
    en: '{metricEn} {value} is {diff} below the peer average {average}: better than peers',
  },
  PEER_CLOSE_WORST_GAP: {
    'zh-CN': '先补“{metricZh}”：与同行同层平均差距最大（{diff}）',
    en: 'Close the gap in “{metricEn}” first: it trails the peer average the most ({diff})',
  },
  PEER_BELOW_WORSE: {
    'zh-CN': '{metricZh} {value}，比同行同层平均 {average} 低 {diff}，不如同行',
    en: '{metricEn} {value} is {diff} below the peer average {average}: worse than peers',
  },
  PEER_EQUAL: {
    'zh-CN': '{metricZh} {value}，与同行同层平均 {average} 持平',
    en: '{metricEn} {value} equals the peer average {average}',
  },
  PEER_UNKNOWN: {
    'zh-CN': '缺少{metricZh}或同行平均，无法比较',
    en: '{metricEn} or its peer average is missing: cannot compare',
  },
} as const satisfies MessageCatalog;

/** A message code of the funnel module. */
export type FunnelMessageCode = keyof typeof funnelMessages;

/** Names of fields, metrics and categories in both locales, for message parameters. @internal */
export const funnelLabels: Readonly<Record<string, readonly [en: string, zh: string]>> = /* @__PURE__ */ Object.freeze({
  visitors: ['visitors', '访客数'],
  buyers: ['buyers', '支付买家数'],
  impressions: ['impressions', '展现量'],
  clicks: ['clicks', '点击量'],
  orderBuyers: ['order buyers', '下单买家数'],
  cartAdders: ['cart adders', '加购人数'],
  favoriters: ['favouriters', '收藏人数'],
  inquirers: ['inquirers', '询单人数'],
  inquiryBuyers: ['inquiry buyers', '询单成交人数'],
  natural: ['Natural', '自然流量'],
  paid: ['Paid', '付费流量'],
  activity: ['Activity', '活动流量'],
  member: ['Member and own-access', '会员及自主访问流量'],
  external: ['External', '站外流量'],
  other: ['Other', '其他流量'],
  ctr: ['CTR', '点击率'],
  conversionRate: ['Conversion rate', '支付转化率'],
  paymentConversionRate: ['Payment conversion', '支付转化率'],
  orderConversionRate: ['Order conversion', '下单转化率'],
  aov: ['AOV', '客单价'],
  revenuePerVisitor: ['Revenue per visitor', 'UV价值'],
  pagesPerVisitor: ['Pages per visitor', '人均浏览量'],
  bounceRate: ['Bounce rate', '跳失率'],
  cartRate: ['Cart rate', '加购率'],
  favoriteRate: ['Favourite rate', '收藏率'],
  inquiryRate: ['Inquiry rate', '询单率'],
  inquiryConversionRate: ['Inquiry conversion', '询单转化率'],
  silentConversionRate: ['Silent conversion', '静默转化率'],
  ordersPerBuyer: ['Orders per buyer', '人均订单数'],
  returningBuyerShare: ['Returning-buyer share', '老买家占比'],
  returningVisitorShare: ['Returning-visitor share', '老访客占比'],
  costPerVisitor: ['Cost per visitor', '访客成本'],
  cpc: ['CPC', '平均点击花费'],
  cpm: ['CPM', '千次展现花费'],
  roi: ['ROI', '投入产出比'],
  refundRate: ['Refund rate', '退款率'],
});

/** `{ <prefix>En, <prefix>Zh }` message parameters for a label key. @internal */
export function labelParams(prefix: string, key: string): Record<string, string> {
  const label = funnelLabels[key];
  return { [`${prefix}En`]: label?.[0] ?? key, [`${prefix}Zh`]: label?.[1] ?? key };
}
