import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the page-health module in zh-CN and en, by stable code.
 * Placeholders: `{value}`, `{pass}`, `{good}` (formatted), `{share}`.
 */
export const pageHealthMessages = {
  PAGE_BOUNCE_GOOD: {
    'zh-CN': '跳失率 {value}，低于 {good}，页面表现良好',
    en: 'Bounce rate {value} is under {good}: the pages hold visitors well',
  },
  PAGE_BOUNCE_PASS: {
    'zh-CN': '跳失率 {value}，低于及格线 {pass}，但未达到良好线 {good}',
    en: 'Bounce rate {value} is under the pass mark {pass} but not under the good mark {good}',
  },
  PAGE_BOUNCE_FAIL: {
    'zh-CN': '跳失率 {value}，高于及格线 {pass}，页面留不住访客',
    en: 'Bounce rate {value} is not under {pass}: the pages lose visitors',
  },
  PAGE_BOUNCE_UNKNOWN: {
    'zh-CN': '缺少跳失率数据，无法判断',
    en: 'Bounce rate is missing: cannot judge',
  },
  PAGE_DEPTH_GOOD: {
    'zh-CN': '人均浏览量 {value}，高于 {good}，页面表现良好',
    en: 'Pages per visitor {value} is above {good}: visitors explore the store',
  },
  PAGE_DEPTH_PASS: {
    'zh-CN': '人均浏览量 {value}，高于及格线 {pass}，但未达到良好线 {good}',
    en: 'Pages per visitor {value} is above the pass mark {pass} but not above the good mark {good}',
  },
  PAGE_DEPTH_FAIL: {
    'zh-CN': '人均浏览量 {value}，低于及格线 {pass}，访客看得太少',
    en: 'Pages per visitor {value} is not above {pass}: visitors see too little of the store',
  },
  PAGE_DEPTH_UNKNOWN: {
    'zh-CN': '缺少访问深度数据，无法判断',
    en: 'Visit depth is missing: cannot judge',
  },
  PAGE_AOV_LIFT_PASS: {
    'zh-CN': '全店客单价是主打款客单价的 {value} 倍，达到 {pass} 倍，主打款带动了全店',
    en: 'Store AOV is {value}× the hero item’s AOV, at least {pass}×: the hero item pulls the store along',
  },
  PAGE_AOV_LIFT_FAIL: {
    'zh-CN': '全店客单价只有主打款客单价的 {value} 倍，不到 {pass} 倍，关联销售不足',
    en: 'Store AOV is only {value}× the hero item’s AOV, under {pass}×: too little is sold alongside the hero item',
  },
  PAGE_AOV_LIFT_UNKNOWN: {
    'zh-CN': '缺少全店或主打款客单价，无法判断关联销售',
    en: 'Store or hero-item AOV is missing: cannot judge related sales',
  },
  FIX_PAGES_BEFORE_PROMOTION: {
    'zh-CN': '页面不合格：先优化详情页和首页，再加推广——把流量引进漏水的页面只会亏钱',
    en: 'Pages fail: fix the detail and home pages before spending more on promotion — more traffic into a leaking page loses money',
  },
  PAGES_GOOD_STOP_ADJUSTING: {
    'zh-CN': '页面已达良好标准，可以停止调整，把精力放到流量上',
    en: 'Pages are good: stop adjusting them and put the effort into traffic',
  },
  ADD_RELATED_SALES: {
    'zh-CN': '用搭配套餐、关联推荐提高全店客单价',
    en: 'Raise the store AOV with bundles and related-item recommendations',
  },
  RETURNING_VISITORS_INFLATE_MARKS: {
    'zh-CN': '老访客占比 {share}：老访客多的店铺跳失率常低于 50%、访问深度常高于 4.0，及格线对页面本身说明不多',
    en: 'Returning visitors are {share} of visitors: such stores naturally sit at bounce under 50% and depth above 4.0, so the pass marks say less about the pages',
  },
} as const satisfies MessageCatalog;

/** A message code of the page-health module. */
export type PageHealthMessageCode = keyof typeof pageHealthMessages;
