import type { MessageCatalog } from '../core/i18n.js';

/**
 * Labels of the profit module in zh-CN and en, by stable code: the standard cost lines of a
 * profit statement (`PROFIT_LINE_<NAME>`) and their kinds.
 */
export const profitMessages = {
  PROFIT_LINE_PRODUCT_COST: { 'zh-CN': '产品成本', en: 'Product cost' },
  PROFIT_LINE_PRODUCTION: { 'zh-CN': '拍摄制作', en: 'Photography and production' },
  PROFIT_LINE_PLATFORM_FEES: { 'zh-CN': '平台费用', en: 'Platform fees' },
  PROFIT_LINE_SHIPPING: { 'zh-CN': '快递费', en: 'Shipping' },
  PROFIT_LINE_PACKAGING: { 'zh-CN': '包装', en: 'Packaging' },
  PROFIT_LINE_TAX: { 'zh-CN': '税费', en: 'Tax' },
  PROFIT_LINE_RISK: { 'zh-CN': '风险成本（退货、售后）', en: 'Risk (returns, after-sales)' },
  PROFIT_LINE_SALARIES: { 'zh-CN': '工资', en: 'Salaries' },
  PROFIT_LINE_RENT: { 'zh-CN': '房租', en: 'Rent' },
  PROFIT_LINE_PROMOTION: { 'zh-CN': '推广费', en: 'Promotion' },
  PROFIT_KIND_UNAVOIDABLE: { 'zh-CN': '刚性成本', en: 'unavoidable' },
  PROFIT_KIND_ELASTIC: { 'zh-CN': '弹性成本', en: 'elastic' },
} as const satisfies MessageCatalog;

/** A message code of the profit module. */
export type ProfitMessageCode = keyof typeof profitMessages;
