import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the stock module (库存) in zh-CN and en, by stable code.
 * Placeholders: `{item}`, `{cover}`, `{lead}`, `{safety}`, `{days}`, `{sales}`, `{onHand}`,
 * `{reorderPoint}`, `{quantity}`, `{max}`, `{money}`.
 */
export const stockMessages = {
  STOCK_OUT: {
    'zh-CN': '{item} 已断货（日销 {sales} 件）：立即补货 {quantity} 件，到货前约损失 {money} 销售额',
    en: '{item} is out of stock (selling {sales} a day): reorder {quantity} units now; about {money} of sales are lost until it arrives',
  },
  STOCK_RUNS_OUT: {
    'zh-CN': '{item} 库存只够 {cover} 天，短于补货周期 {lead} 天：立即补货 {quantity} 件，否则到货前会断货',
    en: '{item} has {cover} days of cover, less than the {lead}-day lead time: reorder {quantity} units now or it sells out before the goods arrive',
  },
  STOCK_REORDER_NOW: {
    'zh-CN': '{item} 库存 {onHand} 件，已到补货点 {reorderPoint} 件（够 {cover} 天）：今天补货 {quantity} 件',
    en: '{item} has {onHand} units, at or under the reorder point of {reorderPoint} ({cover} days of cover): reorder {quantity} units today',
  },
  STOCK_REORDER_SOON: {
    'zh-CN': '{item} 库存够 {cover} 天，{days} 天后到补货点，届时补货 {quantity} 件',
    en: '{item} has {cover} days of cover: reorder {quantity} units in {days} days',
  },
  STOCK_COVER_OK: {
    'zh-CN': '{item} 库存够 {cover} 天，{days} 天后才需补货',
    en: '{item} has {cover} days of cover: no reorder for {days} days',
  },
  STOCK_OVERSTOCK: {
    'zh-CN': '{item} 库存够 {cover} 天，超过 {max} 天：约 {money} 的资金压在库存上，考虑促销清仓、停止补货',
    en: '{item} has {cover} days of cover, more than {max}: about {money} of cash is tied up; consider a clearance promotion and stop reordering',
  },
  STOCK_NO_SALES: {
    'zh-CN': '{item} 有库存 {onHand} 件但近期没有销量：资金被占用（约 {money}），考虑清仓',
    en: '{item} has {onHand} units but no recent sales: cash is tied up (about {money}); consider clearing it',
  },
  STOCK_NO_DEMAND: {
    'zh-CN': '{item} 既无库存也无近期销量，无需补货',
    en: '{item} has neither stock nor recent sales: nothing to reorder',
  },
  STOCK_VELOCITY_UNKNOWN: {
    'zh-CN': '{item} 没有在售天数的销量数据，无法估算日销和补货',
    en: '{item} has no sales data for days in stock: cannot estimate daily sales or reorders',
  },
} as const satisfies MessageCatalog;

/** A message code of the stock module. */
export type StockMessageCode = keyof typeof stockMessages;
