import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the sales curve (销量曲线) in zh-CN and en, by stable code. A tier's name comes from
 * `CURVE_TIER_<ID>` when the catalog has it (the default tiers do), else from the tier's `name`.
 */
export const salesCurveMessages = {
  CURVE_TIER_FLASH: { 'zh-CN': '秒杀引流款', en: 'flash-sale traffic items' },
  CURVE_TIER_PROMOTION: { 'zh-CN': '低价促销款', en: 'low-price promotion items' },
  CURVE_TIER_ACTIVITY: { 'zh-CN': '活动热销款', en: 'hot activity items' },
  CURVE_TIER_PROFIT: { 'zh-CN': '利润款', en: 'profit items' },
  CURVE_TIER_IN_BAND: {
    'zh-CN': '{tier}（月销 {range}）有 {count} 个，在参考区间 {band} 个之内',
    en: '{tier} (monthly units {range}): {count}, within the reference band of {band}',
  },
  CURVE_TIER_BELOW_BAND: {
    'zh-CN': '{tier}（月销 {range}）只有 {count} 个，低于参考区间 {band} 个',
    en: '{tier} (monthly units {range}): only {count}, below the reference band of {band}',
  },
  CURVE_TIER_ABOVE_BAND: {
    'zh-CN': '{tier}（月销 {range}）有 {count} 个，高于参考区间 {band} 个',
    en: '{tier} (monthly units {range}): {count}, above the reference band of {band}',
  },
  CURVE_GAP: {
    'zh-CN': '销量断层：{tier}（月销 {range}）一个都没有，上下两层都有商品',
    en: 'Gap in the sales curve: no {tier} (monthly units {range}), while the tiers above and below have items',
  },
  CURVE_GAP_FILL: {
    'zh-CN': '补断层：{name} 月销 {units}，再提升 ×{lift} 到 {target} 就能补上{tier}',
    en: 'To fill the gap: {name} sells {units} a month and needs ×{lift} to reach {target}, the floor of the {tier}',
  },
  CURVE_SMOOTH: {
    'zh-CN': '销量曲线平滑下滑，没有断层',
    en: 'The sales curve falls off smoothly, with no gap',
  },
} as const satisfies MessageCatalog;

/** A message code of the sales curve. */
export type SalesCurveMessageCode = keyof typeof salesCurveMessages;
