import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the ads module in zh-CN and en, by stable code. Placeholders: `{days}`,
 * `{minDays}`, `{impressions}`, `{clicks}`, `{orders}`, `{roi}`, `{breakEvenRoi}`, `{raiseRoi}`,
 * `{ctr}`, `{minCtr}` (formatted).
 */
export const adsMessages = {
  KW_TOO_EARLY: {
    'zh-CN': '只有 {days} 天数据，不足 {minDays} 天：先观察，不做判断',
    en: 'Data covers only {days} of the {minDays} days needed: observe, judge nothing yet',
  },
  KW_ENOUGH_DAYS: {
    'zh-CN': '已有 {days} 天数据',
    en: 'Days of data: {days}',
  },
  KW_NO_CLICKS_DELETE: {
    'zh-CN': '{days} 天展现 {impressions} 次却没有点击：删除该词',
    en: '{impressions} impressions in {days} days and no click: delete the keyword',
  },
  KW_NO_CLICKS_WAIT: {
    'zh-CN': '展现 {impressions} 次，暂无点击：继续观察',
    en: '{impressions} impressions and no click yet: keep observing',
  },
  KW_NO_SALE_DELETE: {
    'zh-CN': '{days} 天 {clicks} 次点击没有成交：删除该词',
    en: '{clicks} clicks in {days} days and no sale: delete the keyword',
  },
  KW_NO_SALE_LOWER: {
    'zh-CN': '{clicks} 次点击没有成交：降低出价，满 {deleteDays} 天仍无成交再删除',
    en: '{clicks} clicks and no sale: lower the bid, and delete if there is still no sale after {deleteDays} days',
  },
  KW_NO_SALE_WAIT: {
    'zh-CN': '{clicks} 次点击暂无成交，点击数太少：继续观察',
    en: '{clicks} clicks and no sale yet, too few clicks to judge: keep observing',
  },
  KW_ROI_BELOW_BREAK_EVEN: {
    'zh-CN': 'ROI {roi} 低于保本 ROI {breakEvenRoi}：每笔成交都在亏钱，降低出价',
    en: 'ROI {roi} is below the break-even ROI {breakEvenRoi}: every sale loses money; lower the bid',
  },
  KW_ROI_ABOVE_RAISE: {
    'zh-CN': 'ROI {roi} 达到 {raiseRoi}（保本 ROI {breakEvenRoi} 之上留有余量）：提高出价，争取更多流量',
    en: 'ROI {roi} reaches {raiseRoi} (break-even {breakEvenRoi} plus headroom): raise the bid for more traffic',
  },
  KW_ROI_PROFITABLE: {
    'zh-CN': 'ROI {roi} 不低于保本 ROI {breakEvenRoi}，但未到加价线 {raiseRoi}：保持出价',
    en: 'ROI {roi} is at or above the break-even ROI {breakEvenRoi} but under the raise mark {raiseRoi}: keep the bid',
  },
  KW_ROI_UNKNOWN: {
    'zh-CN': '没有花费，无法计算 ROI：继续观察',
    en: 'No spend, so no ROI: keep observing',
  },
  KW_CTR_LOW: {
    'zh-CN': '点击率 {ctr} 低于 {minCtr}：先优化创意和主图，再加价',
    en: 'CTR {ctr} is under {minCtr}: improve the creative and main image before raising the bid',
  },
  KW_CTR_OK: {
    'zh-CN': '点击率 {ctr} 达到 {minCtr}',
    en: 'CTR {ctr} reaches {minCtr}',
  },
  KW_ACTION_RAISE: { 'zh-CN': '加价', en: 'Raise the bid' },
  KW_ACTION_LOWER: { 'zh-CN': '降价', en: 'Lower the bid' },
  KW_ACTION_KEEP: { 'zh-CN': '保持', en: 'Keep the bid' },
  KW_ACTION_DELETE: { 'zh-CN': '删除', en: 'Delete the keyword' },
  KW_ACTION_OBSERVE: { 'zh-CN': '观察', en: 'Observe' },
} as const satisfies MessageCatalog;

/** A message code of the ads module. */
export type AdsMessageCode = keyof typeof adsMessages;
