import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of rival watching and launch timing (竞品) in zh-CN and en, by stable code. They name
 * units and percentages, never money: a rival's revenue is not known, only what its page shows.
 */
export const rivalsMessages = {
  RIVAL_SALES_JUMP: {
    'zh-CN': '竞品 {rival} 的「{item}」今天卖出 {units} 件，比近 {days} 天均值 {average} 件多 {change}：看它做了什么（价格、活动、主图）',
    en: 'Rival {rival}: "{item}" sold {units} today, up {change} on its {days}-day average of {average}. Look at what it changed (price, activity, main image)',
  },
  RIVAL_PRICE_CUT: {
    'zh-CN': '竞品 {rival} 的「{item}」降价 {change}：评估是否跟进或强调差异',
    en: 'Rival {rival}: "{item}" cut its price by {change}. Decide whether to follow or to stress the difference',
  },
  RIVAL_NEW_LISTING: {
    'zh-CN': '竞品 {rival} 上新「{item}」{season}：接下来几天盯它的销量',
    en: 'Rival {rival} listed "{item}"{season}: watch its sales over the next days',
  },
  RIVAL_PROMOTION_START: {
    'zh-CN': '竞品 {rival} 的「{item}」开始活动「{promotion}」',
    en: 'Rival {rival}: "{item}" started the promotion "{promotion}"',
  },
  RIVALS_QUIET: {
    'zh-CN': '{count} 个竞品今天没有明显动作',
    en: 'Rivals watched: {count}, nothing notable today',
  },
  RIVALS_REVIEW: {
    'zh-CN': '竞品今天有 {count} 个动作：运营和商品今天过一遍',
    en: 'Rival moves today: {count}. Operations and merchandising should review them today',
  },
  LAUNCH_RIVALS_LAUNCHED_PASS: {
    'zh-CN': '{launched}/{rivals} 个竞品已上「{season}」新品，达到 {pass} 个',
    en: '{launched} of {rivals} rivals have launched {season} items, at least {pass}',
  },
  LAUNCH_RIVALS_LAUNCHED_FAIL: {
    'zh-CN': '只有 {launched}/{rivals} 个竞品上了「{season}」新品，不到 {pass} 个',
    en: 'Only {launched} of {rivals} rivals have launched {season} items, fewer than {pass}',
  },
  LAUNCH_RIVALS_LAUNCHED_UNKNOWN: {
    'zh-CN': '没有竞品数据，无法判断上新时机',
    en: 'No rival data: launch timing cannot be judged',
  },
  LAUNCH_RIVALS_SELLING_PASS: {
    'zh-CN': '竞品「{season}」新品日销中位数 {value} 件，达到 {pass} 件：卖得动',
    en: 'Rivals\' {season} items sell a median {value} a day, at least {pass}: they are moving',
  },
  LAUNCH_RIVALS_SELLING_FAIL: {
    'zh-CN': '竞品「{season}」新品日销中位数只有 {value} 件，不到 {pass} 件：还没卖起来',
    en: 'Rivals\' {season} items sell a median {value} a day, under {pass}: nothing has moved yet',
  },
  LAUNCH_RIVALS_SELLING_UNKNOWN: {
    'zh-CN': '竞品「{season}」新品还没有销量数据',
    en: 'Rivals\' {season} items have no sales data yet',
  },
  LAUNCH_NOW: {
    'zh-CN': '上「{season}」新品：竞品已上新且卖得动，现在是时候了',
    en: 'Launch your {season} items: rivals have launched and theirs are selling',
  },
  LAUNCH_WAIT: {
    'zh-CN': '再等等：竞品上了「{season}」新品但没有动静',
    en: 'Wait: rivals launched {season} items but nothing has moved',
  },
  LAUNCH_EARLY: {
    'zh-CN': '还早：上「{season}」新品的竞品太少，先备货、拍图、写详情',
    en: 'Too early: too few rivals have launched {season} items; prepare stock, photos and pages meanwhile',
  },
} as const satisfies MessageCatalog;

/** A message code of the rivals module. */
export type RivalsMessageCode = keyof typeof rivalsMessages;
