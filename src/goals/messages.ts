import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the goals module in zh-CN and en, by stable code. Placeholders (formatted):
 * `{target}`, `{visitors}`, `{conversionRate}`, `{aov}`, `{actual}`, `{achievement}`, `{gap}`,
 * `{remaining}`, `{days}`, `{perDay}`, `{total}`, `{effects}`. `FACTOR_<name>` codes label the
 * factors of an attribution.
 */
export const goalsMessages = {
  DRIVER_VISITORS: {
    'zh-CN': '推广：需要带来 {visitors} 个访客，才能在转化率 {conversionRate}、客单价 {aov} 下完成 {target}',
    en: 'Promotion: bring {visitors} visitors to reach {target} at {conversionRate} conversion and {aov} AOV',
  },
  DRIVER_CONVERSION: {
    'zh-CN': '美工与客服：支付转化率保持在 {conversionRate} 以上（详情页、咨询接待）',
    en: 'Design and service: hold the conversion rate at {conversionRate} or better (detail pages, answering inquiries)',
  },
  DRIVER_AOV: {
    'zh-CN': '运营（商品）：客单价保持在 {aov} 以上（搭配套餐、关联销售、定价）',
    en: 'Merchandising: hold AOV at {aov} or better (bundles, related sales, pricing)',
  },
  PROGRESS_MET: {
    'zh-CN': '截至 {asOf} 已完成 {actual}，目标 {target}，达成率 {achievement}，超出 {gap}，已达标',
    en: 'By {asOf}: {actual} of a {target} target ({achievement}), ahead by {gap}: on target',
  },
  PROGRESS_BEHIND: {
    'zh-CN': '截至 {asOf} 已完成 {actual}，目标 {target}，达成率 {achievement}，差 {gap}，未达标；剩余 {remaining} 分摊到后面 {days} 天，日均 {perDay}',
    en: 'By {asOf}: {actual} of a {target} target ({achievement}), behind by {gap}; the remaining {remaining} is spread over the next {days} days, {perDay} a day',
  },
  PROGRESS_ENDED_SHORT: {
    'zh-CN': '截至 {asOf} 已完成 {actual}，目标 {target}，达成率 {achievement}，差 {gap}，计划期已结束，未达标',
    en: 'By {asOf}: {actual} of a {target} target ({achievement}), behind by {gap}; the plan has ended short of its target',
  },
  ATTRIBUTION_SUMMARY: {
    'zh-CN': '变化 {total}：{effects}',
    en: 'Change {total}: {effects}',
  },
  FACTOR_visitors: { 'zh-CN': '访客数', en: 'traffic' },
  FACTOR_conversionRate: { 'zh-CN': '转化率', en: 'conversion' },
  FACTOR_aov: { 'zh-CN': '客单价', en: 'AOV' },
  FACTOR_impressions: { 'zh-CN': '展现量', en: 'impressions' },
  FACTOR_ctr: { 'zh-CN': '点击率', en: 'CTR' },
  FACTOR_frequency: { 'zh-CN': '购买频次', en: 'purchase frequency' },
  FACTOR_price: { 'zh-CN': '单价', en: 'price' },
  FACTOR_units: { 'zh-CN': '件数', en: 'units' },
} as const satisfies MessageCatalog;

/** A message code of the goals module. */
export type GoalsMessageCode = keyof typeof goalsMessages;
