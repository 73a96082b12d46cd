import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the DSR module in zh-CN and en, by stable code: the names of the three scores,
 * why a rating was ignored, the comparison with the category and the health checks.
 * Placeholders: `{name}` (a score's name), `{display}`, `{pass}`, `{good}`, `{floor}`,
 * `{needed}`, `{buffer}`, `{percent}`, `{average}`, `{limit}`, `{windowDays}`.
 */
export const dsrMessages = {
  DSR_DESCRIPTION: { 'zh-CN': '宝贝与描述相符', en: 'Item as described' },
  DSR_SERVICE: { 'zh-CN': '卖家服务态度', en: 'Seller service' },
  DSR_SHIPPING: { 'zh-CN': '卖家发货速度', en: 'Shipping speed' },
  DSR_IGNORED_RATED_AFTER_AS_OF: {
    'zh-CN': '评分时间晚于计算日，当天还不存在',
    en: 'Rated after the as-of day: it did not exist yet',
  },
  DSR_IGNORED_BEFORE_WINDOW: {
    'zh-CN': '评分时间早于最近 {windowDays} 天，已移出计分窗口',
    en: 'Rated before the last {windowDays} days: out of the window',
  },
  DSR_IGNORED_OVER_BUYER_MONTH_LIMIT: {
    'zh-CN': '同一买家同一自然月（按下单时间）的第 {limit} 个之后的评分不计分',
    en: 'Beyond the first {limit} ratings from this buyer for orders of the same calendar month',
  },
  DSR_ABOVE_CATEGORY: { 'zh-CN': '高于同行业平均 {percent}', en: '{percent} above the category average' },
  DSR_EQUAL_CATEGORY: { 'zh-CN': '与同行业平均持平', en: 'Equal to the category average' },
  DSR_BELOW_CATEGORY: { 'zh-CN': '低于同行业平均 {percent}', en: '{percent} below the category average' },
  DSR_GOOD: {
    'zh-CN': '{name} {display}，达到良好线 {good}；再来 {buffer} 个 1 分评价仍不低于 {floor}',
    en: '{name} {display} reaches the good mark {good}; it absorbs {buffer} more 1-star ratings before falling below {floor}',
  },
  DSR_PASS: {
    'zh-CN': '{name} {display}，达到及格线 {pass}；再得 {needed} 个 5 分可到 {good}，还能承受 {buffer} 个 1 分仍不低于 {floor}',
    en: '{name} {display} reaches the pass mark {pass}; {needed} more 5-star ratings lift it to {good}, {buffer} more 1-star ratings keep it at or above {floor}',
  },
  DSR_FAIL: {
    'zh-CN': '{name} {display}，低于及格线 {pass}；需要再得 {needed} 个 5 分才能回到 {pass}',
    en: '{name} {display} is below the pass mark {pass}; it needs {needed} more 5-star ratings to get back to {pass}',
  },
  DSR_FAIL_BELOW_CATEGORY: {
    'zh-CN': '{name} {display}，低于行业均值 {average}，飘绿 {percent}；需要再得 {needed} 个 5 分才能回到行业均值',
    en: '{name} {display} is {percent} below the category average (shown green); it needs {needed} more 5-star ratings to reach the average {average}',
  },
  DSR_LIFT_SCORE: {
    'zh-CN': '{name}需优先提升：再得 {needed} 个 5 分可回到 {target}',
    en: '{name} comes first: {needed} more 5-star ratings bring it back to {target}',
  },
  DSR_UNKNOWN: {
    'zh-CN': '{name}：计分窗口内没有有效评价，不显示分数',
    en: '{name}: no counted ratings in the window, so no score is shown',
  },
} as const satisfies MessageCatalog;

/** A message code of the DSR module. */
export type DsrMessageCode = keyof typeof dsrMessages;
