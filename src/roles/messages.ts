import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the roles module in zh-CN and en, by stable code: role labels (`ROLE_TRAFFIC` …),
 * one message per measure for the reasons (`ROLE_MEASURE_<MEASURE>`, placeholders `{value}`,
 * `{op}`, `{target}`, `{metric}`), and the portfolio checks (`{role}`, `{share}`, `{target}`,
 * `{tolerance}`, `{value}`, `{pass}`, `{name}`).
 */
export const rolesMessages = {
  ROLE_TRAFFIC: { 'zh-CN': '引流款', en: 'traffic item' },
  ROLE_PROFIT: { 'zh-CN': '利润款', en: 'profit item' },
  ROLE_FLAGSHIP: { 'zh-CN': '形象款', en: 'flagship item' },
  ROLE_REGULAR: { 'zh-CN': '普通款', en: 'regular item' },
  ROLE_HIT: { 'zh-CN': '爆款', en: 'hit' },
  ROLE_SLOW: { 'zh-CN': '滞销款', en: 'slow mover' },

  ROLE_MEASURE_PRICE: { 'zh-CN': '价格 {value}（条件 {op} {target}）', en: 'Price {value} (rule: {op} {target})' },
  ROLE_MEASURE_UNIT_COST: { 'zh-CN': '单位成本 {value}（条件 {op} {target}）', en: 'Unit cost {value} (rule: {op} {target})' },
  ROLE_MEASURE_VISITORS: { 'zh-CN': '访客数 {value}（条件 {op} {target}）', en: 'Visitors {value} (rule: {op} {target})' },
  ROLE_MEASURE_BUYERS: { 'zh-CN': '支付买家数 {value}（条件 {op} {target}）', en: 'Paying buyers {value} (rule: {op} {target})' },
  ROLE_MEASURE_REVENUE: { 'zh-CN': '销售额 {value}（条件 {op} {target}）', en: 'Sales {value} (rule: {op} {target})' },
  ROLE_MEASURE_PRICE_PERCENTILE: {
    'zh-CN': '价格在全店的分位 {value}（最便宜 0%，最贵 100%；条件 {op} {target}）',
    en: 'Price percentile {value} in the store (0% cheapest, 100% dearest; rule: {op} {target})',
  },
  ROLE_MEASURE_MARGIN_RATE: { 'zh-CN': '毛利率 {value}（条件 {op} {target}）', en: 'Gross margin {value} (rule: {op} {target})' },
  ROLE_MEASURE_MARGIN_VS_MEDIAN: {
    'zh-CN': '毛利率与全店中位数相差 {value}（条件 {op} {target}）',
    en: 'Gross margin {value} against the store’s median margin (rule: {op} {target})',
  },
  ROLE_MEASURE_VISITOR_SHARE: { 'zh-CN': '访客占全店 {value}（条件 {op} {target}）', en: 'Share of the store’s visitors {value} (rule: {op} {target})' },
  ROLE_MEASURE_VISITOR_INDEX: {
    'zh-CN': '访客数是店内商品平均的 {value} 倍（条件 {op} {target}）',
    en: 'Visitors {value}× an average product’s (rule: {op} {target})',
  },
  ROLE_MEASURE_BUYER_INDEX: {
    'zh-CN': '支付买家数是店内商品平均的 {value} 倍（条件 {op} {target}）',
    en: 'Paying buyers {value}× an average product’s (rule: {op} {target})',
  },
  ROLE_MEASURE_REVENUE_SHARE: { 'zh-CN': '销售额占全店 {value}（条件 {op} {target}）', en: 'Share of the store’s sales {value} (rule: {op} {target})' },
  ROLE_MEASURE_REVENUE_INDEX: {
    'zh-CN': '销售额是店内商品平均的 {value} 倍（条件 {op} {target}）',
    en: 'Sales {value}× an average product’s (rule: {op} {target})',
  },
  ROLE_MEASURE_CONVERSION_RATE: { 'zh-CN': '支付转化率 {value}（条件 {op} {target}）', en: 'Conversion rate {value} (rule: {op} {target})' },
  ROLE_MEASURE_CONVERSION_INDEX: {
    'zh-CN': '支付转化率是全店的 {value} 倍（条件 {op} {target}）',
    en: 'Conversion {value}× the store’s rate (rule: {op} {target})',
  },
  ROLE_MEASURE: { 'zh-CN': '{metric} 为 {value}（条件 {op} {target}）', en: '{metric} is {value} (rule: {op} {target})' },

  ROLE_MIX_PASS: {
    'zh-CN': '{role}销售占比 {share}，与目标 {target} 相差不超过 {tolerance}',
    en: 'Share of sales from {role}s is {share}, within {tolerance} of the target {target}',
  },
  ROLE_MIX_FAIL: {
    'zh-CN': '{role}销售占比 {share}，偏离目标 {target} 超过 {tolerance}，调整产品结构',
    en: 'Share of sales from {role}s is {share}, more than {tolerance} away from the target {target}: rebalance the product line',
  },
  ROLE_MIX_UNKNOWN: {
    'zh-CN': '全店没有销售额，无法对照{role}的目标占比 {target}',
    en: 'The store has no sales: cannot compare {role}s with the target {target}',
  },
  ROLE_TRAFFIC_ITEMS_PASS: {
    'zh-CN': '有 {value} 个引流款为店铺带来访客',
    en: '{value} traffic item(s) bring visitors into the store',
  },
  ROLE_ADD_TRAFFIC_ITEM: {
    'zh-CN': '选一款价格低、转化高的商品做引流款，用它把买家带向利润款',
    en: 'Pick a cheap item that converts well as the traffic item, and use it to lead buyers on to the profit items',
  },
  ROLE_REBALANCE_MIX: {
    'zh-CN': '产品结构偏离目标：调整各角色商品的推广和上新，让销售占比回到目标附近',
    en: 'The product mix is off target: shift promotion and new listings between the roles until their shares of sales are near the targets',
  },
  ROLE_TRAFFIC_ITEMS_FAIL: {
    'zh-CN': '没有引流款：没有商品在为店铺争取自然流量、把买家带向利润款',
    en: 'No traffic item: nothing wins natural traffic and leads buyers on to the profit items',
  },
  ROLE_FLAGSHIP_SHARE_PASS: {
    'zh-CN': '形象款销售占比 {value}，不超过 {pass}',
    en: 'Flagship items bring {value} of sales, at most {pass}',
  },
  ROLE_FLAGSHIP_SHARE_FAIL: {
    'zh-CN': '形象款销售占比 {value}，超过 {pass}：形象款用来树立品牌、锚定价格，不应成为销售主力',
    en: 'Flagship items bring {value} of sales, above {pass}: a flagship shows the brand and anchors prices, it should not carry the sales',
  },
  ROLE_FLAGSHIP_SHARE_UNKNOWN: {
    'zh-CN': '全店没有销售额，无法判断形象款占比',
    en: 'The store has no sales: cannot judge the flagship share',
  },
  ROLE_SINGLE_HIT_PASS: {
    'zh-CN': '销售额最高的单品占全店 {value}，不超过 {pass}',
    en: 'The best-selling product brings {value} of sales, at most {pass}',
  },
  ROLE_SINGLE_HIT_FAIL: {
    'zh-CN': '单品 {name} 占全店销售额 {value}，超过 {pass}：店铺靠一个爆款撑着，要培养更多爆款',
    en: 'One product, {name}, brings {value} of sales, above {pass}: a single hit carries the store — build more hits',
  },
  ROLE_SINGLE_HIT_UNKNOWN: {
    'zh-CN': '全店没有销售额，无法判断是否依赖单一爆款',
    en: 'The store has no sales: cannot judge whether a single hit carries it',
  },
} as const satisfies MessageCatalog;

/** A message code of the roles module. */
export type RolesMessageCode = keyof typeof rolesMessages;
