import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the morning check gate (每日检查) in zh-CN and en, by stable code. Placeholders are
 * named after the check's `params`; names from the store's own data (`{name}`, `{orderId}`,
 * `{kind}`) are escaped by the brief when it renders them.
 */
export const checksMessages = {
  GATE_ACTIVITY_LIVE: {
    'zh-CN': '活动「{name}」进行中（{start} 至 {end}），价格与标价一致性已核对',
    en: 'Activity "{name}" is live ({start} to {end}); its price is consistent with the listed price',
  },
  GATE_ACTIVITY_NOT_LIVE: {
    'zh-CN': '活动「{name}」应在 {start} 至 {end} 生效，但未上线：马上检查活动设置',
    en: 'Activity "{name}" should be live from {start} to {end} but is not: check its setup now',
  },
  GATE_ACTIVITY_PRICE_ABOVE_LIST: {
    'zh-CN': '活动「{name}」的活动价 {price} 高于标价 {listedPrice}：改价或撤下活动',
    en: 'Activity "{name}" has a promotion price {price} above the listed price {listedPrice}: fix the price or take it down',
  },
  GATE_ACTIVITY_STARTS_SOON: {
    'zh-CN': '活动「{name}」将于 {start} 开始：确认价格、库存和页面图片已就绪',
    en: 'Activity "{name}" starts on {start}: make sure prices, stock and page images are ready',
  },
  GATE_STOCK_OK: {
    'zh-CN': '主推款「{name}」库存 {onHand} 件，可售 {days} 天，高于预警线 {warningDays} 天',
    en: 'Hit item "{name}": {onHand} on hand, {days} days of cover, above the warning level of {warningDays} days',
  },
  GATE_STOCK_LOW: {
    'zh-CN': '主推款「{name}」库存 {onHand} 件，只够卖 {days} 天，低于预警线 {warningDays} 天：与采购确认，至少补 {shortfall} 件',
    en: 'Hit item "{name}": {onHand} on hand covers only {days} days, below the warning level of {warningDays} days: confirm with purchasing, reorder at least {shortfall}',
  },
  GATE_STOCK_UNKNOWN: {
    'zh-CN': '主推款「{name}」没有日销量数据，无法判断库存',
    en: 'Hit item "{name}" has no daily sales: its stock cannot be judged',
  },
  GATE_ORDERS_ON_TIME: {
    'zh-CN': '{count} 笔未发货订单都在承诺发货时间内',
    en: 'Unshipped orders: {count}, all within their promised shipping time',
  },
  GATE_ORDERS_DUE_SOON: {
    'zh-CN': '{count} 笔未发货订单将在 {hours} 小时内超时：优先发货',
    en: 'Unshipped orders due within {hours} hours of their promise: {count}. Ship them first',
  },
  GATE_ORDERS_LATE: {
    'zh-CN': '{count} 笔订单已超过承诺发货时间（最久 {oldestHours} 小时，承诺 {promiseHours} 小时）：立即处理，以免延迟发货处罚',
    en: 'Orders past their promised shipping time: {count} (oldest paid {oldestHours} hours ago, promise {promiseHours} hours). Ship or contact the buyers now to avoid late-shipment penalties',
  },
  GATE_ORDERS_NONE: {
    'zh-CN': '没有未发货订单',
    en: 'No unshipped orders',
  },
  GATE_PENALTIES_NONE: {
    'zh-CN': '后台没有新的投诉、举报、违规或扣分',
    en: 'No new complaints, reports, violations or deducted points in the back office',
  },
  GATE_PENALTIES_FOUND: {
    'zh-CN': '后台有 {count} 条新的投诉、举报或违规，共扣 {points} 分：今天处理并申诉',
    en: 'New complaints, reports or violations in the back office: {count}, {points} points deducted. Handle and appeal them today',
  },
  GATE_PAGES_OK: {
    'zh-CN': '{count} 个页面和链接都正常',
    en: 'Pages and links checked: {count}, all work',
  },
  GATE_PAGES_BROKEN: {
    'zh-CN': '{count} 个页面或链接打不开：{names}',
    en: 'Broken pages or links ({count}): {names}',
  },
  GATE_DSR_STEADY: {
    'zh-CN': 'DSR {score} {today}，与昨天 {yesterday} 相比没有下降',
    en: 'DSR {score} {today} has not fallen from yesterday\'s {yesterday}',
  },
  GATE_DSR_DROP: {
    'zh-CN': 'DSR {score} 从昨天的 {yesterday} 降到 {today}：查看最近的差评',
    en: 'DSR {score} fell from {yesterday} yesterday to {today}: read the latest low ratings',
  },
  GATE_AFTER_SALES_STEADY: {
    'zh-CN': '售后指标 {metric} {today}，与昨天 {yesterday} 相比没有明显上升',
    en: 'After-sales {metric} {today} has not risen markedly from yesterday\'s {yesterday}',
  },
  GATE_AFTER_SALES_RISE: {
    'zh-CN': '售后指标 {metric} 从昨天的 {yesterday} 升到 {today}（超过 {mark} 的涨幅）：查原因',
    en: 'After-sales {metric} rose from {yesterday} yesterday to {today} (more than a {mark} rise): find out why',
  },
  GATE_PASSED: {
    'zh-CN': '每日检查全部通过，可以开始分析',
    en: 'The morning checks all pass: go on to the analysis',
  },
  GATE_FAILED: {
    'zh-CN': '每日检查有 {count} 项未通过：先处理这些，再看数据',
    en: 'Morning checks failing: {count}. Fix them before the analysis',
  },
  GATE_DSR_DESCRIPTION: { 'zh-CN': '描述相符', en: 'item as described' },
  GATE_DSR_SERVICE: { 'zh-CN': '服务态度', en: 'service' },
  GATE_DSR_SHIPPING: { 'zh-CN': '物流服务', en: 'shipping' },
  GATE_AFTER_SALES_REFUND_RATE: { 'zh-CN': '退款率', en: 'refund rate' },
  GATE_AFTER_SALES_DISPUTE_RATE: { 'zh-CN': '纠纷退款率', en: 'dispute rate' },
  GATE_AFTER_SALES_REFUND_HOURS: { 'zh-CN': '退款处理时长（小时）', en: 'refund handling time (hours)' },
} as const satisfies MessageCatalog;

/** A message code of the morning check gate. */
export type ChecksMessageCode = keyof typeof checksMessages;
