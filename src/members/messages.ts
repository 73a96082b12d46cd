import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the members module (会员 / 老客) in zh-CN and en, by stable code: RFM segment
 * labels (`RFM_SEGMENT_<name>`), their advice (`RFM_ADVICE_<name>`) and findings.
 * Placeholders: `{count}`, `{share}`, `{rate}`, `{money}`, `{costNew}`, `{costReturning}`, `{ratio}`, `{frequency}`.
 */
export const membersMessages = {
  RFM_SEGMENT_champions: { 'zh-CN': '核心客户', en: 'Champions' },
  RFM_SEGMENT_loyal: { 'zh-CN': '忠诚客户', en: 'Loyal' },
  RFM_SEGMENT_cantLose: { 'zh-CN': '不能流失的大客户', en: 'Can’t lose them' },
  RFM_SEGMENT_atRisk: { 'zh-CN': '流失风险客户', en: 'At risk' },
  RFM_SEGMENT_newCustomers: { 'zh-CN': '新客户', en: 'New customers' },
  RFM_SEGMENT_potential: { 'zh-CN': '潜力客户', en: 'Potential loyalists' },
  RFM_SEGMENT_hibernating: { 'zh-CN': '沉睡客户', en: 'Hibernating' },
  RFM_SEGMENT_lost: { 'zh-CN': '已流失客户', en: 'Lost' },
  RFM_SEGMENT_other: { 'zh-CN': '其他', en: 'Other' },
  RFM_ADVICE_champions: {
    'zh-CN': '给予会员专属权益，邀请晒单评价，新品优先触达',
    en: 'Reward them with member perks, ask for reviews, offer new items first',
  },
  RFM_ADVICE_loyal: { 'zh-CN': '推荐关联商品和套餐，提高客单价', en: 'Recommend related items and bundles to raise their order value' },
  RFM_ADVICE_cantLose: {
    'zh-CN': '曾经高频高额、近期没来：客服一对一回访，发专属优惠把人找回来',
    en: 'They bought often and much but not lately: contact them one to one with a personal offer',
  },
  RFM_ADVICE_atRisk: { 'zh-CN': '发召回优惠券和上新提醒，防止流失', en: 'Send a win-back coupon and new-arrival news before they leave' },
  RFM_ADVICE_newCustomers: {
    'zh-CN': '做好首单体验，引导收藏关注，推动第二次购买',
    en: 'Make the first order a good experience, ask them to follow the store, and prompt a second purchase',
  },
  RFM_ADVICE_potential: { 'zh-CN': '用会员积分和复购券培养购买习惯', en: 'Build the habit with member points and repurchase coupons' },
  RFM_ADVICE_hibernating: { 'zh-CN': '大促前低成本唤醒（短信、订阅号）', en: 'Wake them up cheaply before big promotions (SMS, subscriptions)' },
  RFM_ADVICE_lost: { 'zh-CN': '不必再投入，偶尔触达即可', en: 'Do not spend on them beyond an occasional reminder' },
  MEMBERS_FINDING_RETURNING: {
    'zh-CN': '本期老买家占比 {share}，复购率 {rate}，人均购买 {frequency} 次',
    en: 'Returning buyers are {share} of this period’s buyers; repurchase rate {rate}; orders per buyer: {frequency}',
  },
  MEMBERS_FINDING_SLIPPING: {
    'zh-CN': '{count} 位高价值老客正在流失（累计消费 {money}）：尽快召回',
    en: 'Valuable buyers slipping away: {count} (they spent {money}): win them back now',
  },
  MEMBERS_FINDING_ACQUISITION_COST: {
    'zh-CN': '获取一个新买家约花 {costNew}，留住一个老买家约花 {costReturning}（{ratio} 倍）：优先做老客复购',
    en: 'A new buyer costs about {costNew}, a returning one about {costReturning} ({ratio}×): put repurchase first',
  },
} as const satisfies MessageCatalog;

/** A message code of the members module. */
export type MembersMessageCode = keyof typeof membersMessages;
