import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the morning brief in zh-CN and en, by stable code: findings, skipped areas and
 * the labels {@link renderBrief} prints. Placeholders are formatted values (`{gap}` is
 * `'¥9,612.27'`, `{share}` is `'78.2%'`); source, item and keyword names come from the data.
 */
export const briefMessages = {
  // --- labels
  BRIEF_TITLE: { 'zh-CN': '{store}晨报 · {date}', en: '{store}Morning brief · {date}' },
  BRIEF_VERDICT_MET: { 'zh-CN': '昨日达标', en: 'Target met' },
  BRIEF_VERDICT_MISSED: { 'zh-CN': '昨日未达标', en: 'Target missed' },
  BRIEF_VERDICT_UNKNOWN: { 'zh-CN': '无当日目标，无法判断是否达标', en: 'No target for the day: cannot tell whether it was met' },
  BRIEF_GATE: { 'zh-CN': '每日检查未通过（先处理这些）', en: 'Morning checks failed (fix these first)' },
  BRIEF_FINDINGS: { 'zh-CN': '今日待办（按团队，按涉及金额排序）', en: 'To do today (by team, by money at stake)' },
  BRIEF_BY_OWNER: { 'zh-CN': '按团队分工', en: 'By team' },
  BRIEF_MORE_ACTIONS: { 'zh-CN': '另有 {count} 项（排在后面，见完整数据）', en: '{count} more further down the list (see the data)' },
  BRIEF_NOTES: { 'zh-CN': '其他情况', en: 'Also noted' },
  BRIEF_IMMATERIAL: { 'zh-CN': '另有 {count} 项低于重要性门槛（{money} 或 {share}），未列为待办', en: 'Findings under the materiality threshold ({money} or {share}), kept in the data but not listed as actions: {count}' },
  BRIEF_SKIPPED: { 'zh-CN': '未分析的部分', en: 'Not judged' },
  BRIEF_NO_FINDINGS: { 'zh-CN': '没有需要处理的事项', en: 'Nothing to act on' },
  BRIEF_MONEY_AT_STAKE: { 'zh-CN': '约 {money}/天', en: 'about {money} a day' },
  SEVERITY_CRITICAL: { 'zh-CN': '紧急', en: 'critical' },
  SEVERITY_WARNING: { 'zh-CN': '注意', en: 'warning' },
  SEVERITY_INFO: { 'zh-CN': '信息', en: 'info' },
  OWNER_OPERATIONS: { 'zh-CN': '运营', en: 'Operations' },
  OWNER_PROMOTION: { 'zh-CN': '推广', en: 'Promotion' },
  OWNER_DESIGN: { 'zh-CN': '美工', en: 'Design' },
  OWNER_SERVICE: { 'zh-CN': '客服', en: 'Service' },
  OWNER_MERCHANDISING: { 'zh-CN': '商品/运营', en: 'Merchandising' },

  AREA_TARGET: { 'zh-CN': '目标', en: 'Target' },
  AREA_DRIVERS: { 'zh-CN': '驱动因素', en: 'Drivers' },
  AREA_SOURCES: { 'zh-CN': '流量来源', en: 'Traffic sources' },
  AREA_TRAFFIC: { 'zh-CN': '流量结构', en: 'Traffic structure' },
  AREA_ADS: { 'zh-CN': '付费推广', en: 'Paid promotion' },
  AREA_PAGE_HEALTH: { 'zh-CN': '页面健康', en: 'Page health' },
  AREA_DSR: { 'zh-CN': 'DSR', en: 'DSR' },
  AREA_PRODUCTS: { 'zh-CN': '商品', en: 'Products' },
  AREA_REPLAN: { 'zh-CN': '计划调整', en: 'Replan' },
  AREA_REFUNDS: { 'zh-CN': '退款', en: 'Refunds' },
  AREA_EVENT: { 'zh-CN': '活动节点', en: 'Events' },
  AREA_DATA: { 'zh-CN': '数据', en: 'Data' },

  // --- headline (one paragraph, rendered first)
  HEADLINE_MET: {
    'zh-CN': '{date} 达标：支付 {actual}，目标 {target}，完成 {achievement}',
    en: '{date} met its target: {actual} paid against {target} ({achievement})',
  },
  HEADLINE_MISSED: {
    'zh-CN': '{date} 未达标：支付 {actual}，目标 {target}，差 {gap}，完成 {achievement}',
    en: '{date} missed its target: {actual} paid against {target}, {gap} short ({achievement})',
  },
  HEADLINE_UNKNOWN: { 'zh-CN': '{date} 没有当日目标，无法判断是否达标', en: '{date} has no target, so it cannot be judged' },
  HEADLINE_MONTH_AHEAD: {
    'zh-CN': '{month}月累计 {actual}，计划 {target}，完成 {achievement}（领先 {gap}）',
    en: '{monthName} to date {actual} against a plan of {target}: {achievement} ({gap} ahead)',
  },
  HEADLINE_MONTH_BEHIND: {
    'zh-CN': '{month}月累计 {actual}，计划 {target}，完成 {achievement}（落后 {gap}）',
    en: '{monthName} to date {actual} against a plan of {target}: {achievement} ({gap} behind)',
  },
  HEADLINE_WEEK_AHEAD: { 'zh-CN': '本周累计完成 {achievement}（领先 {gap}）', en: 'Week to date {achievement} of plan ({gap} ahead)' },
  HEADLINE_WEEK_BEHIND: { 'zh-CN': '本周累计完成 {achievement}（落后 {gap}）', en: 'Week to date {achievement} of plan ({gap} behind)' },
  HEADLINE_TODAY: {
    'zh-CN': '今日（{date}）目标 {target}，按计划转化率 {conversionRate}、客单价 {aov}，需要 {visitors} 访客',
    en: 'Today ({date}) the target is {target}: {visitors} visitors at the planned {conversionRate} conversion and {aov} AOV',
  },
  HEADLINE_TODAY_NO_DRIVERS: { 'zh-CN': '今日（{date}）目标 {target}（计划里没有访客和转化率目标）', en: 'Today ({date}) the target is {target} (no planned drivers for it)' },
  HEADLINE_CAUSES: { 'zh-CN': '主因：{causes}', en: 'Main causes: {causes}' },
  HEADLINE_EVENT: { 'zh-CN': '{event}（{date}）已进入预热期，还有 {days} 天', en: '{event} ({date}) is in its run-up, {days} days to go' },
  HEADLINE_SEPARATOR: { 'zh-CN': '。', en: '. ' },
  HEADLINE_CAUSE_SEPARATOR: { 'zh-CN': '；', en: '; ' },
  CAUSE_ADS_BUDGET_CAPPED: {
    'zh-CN': '推广计划日限额用完（{campaigns}），付费访客比上周同日少（{sources}），少卖约 {effect}',
    en: 'the daily cap ran out ({campaigns}), so paid visitors fell against the same day last week ({sources}): about {effect} of sales',
  },
  CAUSE_ADS_PAID_DOWN: {
    'zh-CN': '付费访客比上周同日少（{sources}），少卖约 {effect}',
    en: 'paid visitors fell against the same day last week ({sources}): about {effect} of sales',
  },
  CAUSE_SOURCE_VISITORS_DOWN: { 'zh-CN': '{source}访客比上周同日少 {drop}，少卖约 {effect}', en: '{source} lost {drop} of its visitors against the same day last week: about {effect}' },
  CAUSE_SOURCE_AOV_DOWN: { 'zh-CN': '{source}客单价 {aov}（上周同日 {baseAov}），少卖约 {effect}', en: '{source} AOV {aov} (same day last week {baseAov}): about {effect}' },
  CAUSE_SOURCE_CONVERSION_DOWN: { 'zh-CN': '{source}转化率 {rate}（上周同日 {baseRate}），少卖约 {effect}', en: '{source} conversion {rate} (same day last week {baseRate}): about {effect}' },
  CAUSE_SOURCE_CONVERSION_DOWN_INQUIRY: { 'zh-CN': '{source}转化率 {rate}（上周同日 {baseRate}），询单转化也在降，少卖约 {effect}', en: '{source} conversion {rate} (same day last week {baseRate}) with inquiry conversion down: about {effect}' },
  CAUSE_SOURCE_VALUE_DOWN: { 'zh-CN': '{source}访客价值 {value}（上周同日 {baseValue}），少卖约 {effect}', en: '{source} visitor value {value} (same day last week {baseValue}): about {effect}' },
  CAUSE_DRIVER_VISITORS_SHORT: { 'zh-CN': '访客 {actual}，计划 {plan}，少卖约 {effect}', en: 'visitors {actual} against a plan of {plan}: about {effect}' },
  CAUSE_DRIVER_CONVERSION_SHORT: { 'zh-CN': '转化率 {actual}，计划 {plan}，少卖约 {effect}', en: 'conversion {actual} against a plan of {plan}: about {effect}' },
  CAUSE_DRIVER_CONVERSION_SHORT_INQUIRY: { 'zh-CN': '转化率 {actual}，计划 {plan}，询单转化在降，少卖约 {effect}', en: 'conversion {actual} against a plan of {plan}, inquiry conversion down: about {effect}' },
  CAUSE_DRIVER_AOV_SHORT: { 'zh-CN': '客单价 {actual}，计划 {plan}，少卖约 {effect}', en: 'AOV {actual} against a plan of {plan}: about {effect}' },
  CAUSE_PRODUCT_CONVERSION_DOWN: { 'zh-CN': '{item}转化率从 {baseRate} 降到 {rate}，每天少卖约 {money}', en: '{item} conversion fell from {baseRate} to {rate}: about {money} a day' },
  CAUSE_REFUNDS_UP: { 'zh-CN': '退款 {refunds}，退款率 {rate}（前 7 天 {norm}）', en: 'refunds {refunds}, {rate} of sales (7 days before: {norm})' },

  // --- target (goals)
  TARGET_MET: {
    'zh-CN': '{date} 达标：支付金额 {actual}，目标 {target}，超出 {gap}（完成 {achievement}）',
    en: '{date} met its target: paid {actual} against {target}, {gap} ahead ({achievement})',
  },
  TARGET_MISSED: {
    'zh-CN': '{date} 未达标：支付金额 {actual}，目标 {target}，差 {gap}（完成 {achievement}）',
    en: '{date} missed its target: paid {actual} against {target}, {gap} short ({achievement})',
  },
  TARGET_TO_DATE_BEHIND: {
    'zh-CN': '自 {start} 起累计 {actualToDate}，计划 {targetToDate}，落后 {gap}（完成 {achievement}）',
    en: 'Since {start}: {actualToDate} against a plan of {targetToDate}, {gap} behind ({achievement})',
  },
  TARGET_TO_DATE_AHEAD: {
    'zh-CN': '自 {start} 起累计 {actualToDate}，计划 {targetToDate}，领先 {gap}（完成 {achievement}）',
    en: 'Since {start}: {actualToDate} against a plan of {targetToDate}, {gap} ahead ({achievement})',
  },

  // --- drivers (goals.attributeChange), against the plan
  DRIVER_VISITORS_SHORT: {
    'zh-CN': '访客 {actual}，计划 {plan}（{change}）：少卖 {effect}，占短缺 {shortfall} 的 {share}。查各流量入口，推广补量',
    en: 'Visitors {actual} against a plan of {plan} ({change}): {effect} of sales lost, {share} of the {shortfall} shortfall. Check each traffic entry; promotion makes up the volume',
  },
  DRIVER_CONVERSION_SHORT: {
    'zh-CN': '支付转化率 {actual}，计划 {plan}（{change}）：少卖 {effect}，占短缺 {shortfall} 的 {share}。美工查详情页、主图和评价',
    en: 'Conversion {actual} against a plan of {plan} ({change}): {effect} of sales lost, {share} of the {shortfall} shortfall. Design: check the detail pages, main images and reviews',
  },
  DRIVER_CONVERSION_SHORT_INQUIRY: {
    'zh-CN': '支付转化率 {actual}，计划 {plan}（{change}）：少卖 {effect}，占短缺 {shortfall} 的 {share}。询单转化率 {inquiryRate}（前 7 天 {inquiryBaseRate}）也在降：客服复盘接待话术和响应速度',
    en: 'Conversion {actual} against a plan of {plan} ({change}): {effect} of sales lost, {share} of the {shortfall} shortfall. Inquiry conversion fell to {inquiryRate} (7 days before: {inquiryBaseRate}): service, review the replies and response times',
  },
  DRIVER_AOV_SHORT: {
    'zh-CN': '客单价 {actual}，计划 {plan}（{change}）：少卖 {effect}，占短缺 {shortfall} 的 {share}。运营查搭配套餐、关联销售和定价',
    en: 'AOV {actual} against a plan of {plan} ({change}): {effect} of sales lost, {share} of the {shortfall} shortfall. Merchandising: check bundles, related sales and pricing',
  },
  DRIVER_VISITORS_AHEAD: {
    'zh-CN': '访客 {actual} 高于计划 {plan}（{change}），多卖 {effect}：找出原因并复制',
    en: 'Visitors {actual} beat the plan of {plan} ({change}), adding {effect}: find out why and repeat it',
  },
  DRIVER_CONVERSION_AHEAD: {
    'zh-CN': '支付转化率 {actual} 高于计划 {plan}（{change}），多卖 {effect}：找出原因并复制',
    en: 'Conversion {actual} beat the plan of {plan} ({change}), adding {effect}: find out why and repeat it',
  },
  DRIVER_AOV_AHEAD: {
    'zh-CN': '客单价 {actual} 高于计划 {plan}（{change}），多卖 {effect}：找出原因并复制',
    en: 'AOV {actual} beat the plan of {plan} ({change}), adding {effect}: find out why and repeat it',
  },

  // --- sources, against the same weekday last week
  SOURCE_VISITORS_DOWN: {
    'zh-CN': '{source}访客 {visitors}，上周同日 {baseVisitors}，少了 {drop}：少卖 {effect}，占各项减少合计 {fall} 的 {share}',
    en: '{source} brought {visitors} visitors against {baseVisitors} on the same day last week (−{drop}): {effect} of sales lost, {share} of the {fall} that fell',
  },
  SOURCE_VALUE_DOWN: {
    'zh-CN': '{source}访客价值 {value}，上周同日 {baseValue}：少卖 {effect}，占各项减少合计 {fall} 的 {share}',
    en: '{source} visitors were worth {value} each against {baseValue} on the same day last week: {effect} of sales lost, {share} of the {fall} that fell',
  },
  SOURCE_AOV_DOWN: {
    'zh-CN': '{source}客单价 {aov}，上周同日 {baseAov}（转化率 {rate}，上周同日 {baseRate}）：客单价少卖 {effect}，占各项减少合计 {fall} 的 {share}。运营查这个入口的成交商品、搭配和优惠',
    en: '{source} AOV {aov} against {baseAov} on the same day last week (conversion {rate} against {baseRate}): {effect} lost through order value, {share} of the {fall} that fell. Merchandising: check what this entry sells, bundles and discounts',
  },
  SOURCE_CONVERSION_DOWN: {
    'zh-CN': '{source}转化率 {rate}，上周同日 {baseRate}：转化少卖 {effect}，占各项减少合计 {fall} 的 {share}。美工查这个入口落地的详情页和主图',
    en: '{source} conversion {rate} against {baseRate} on the same day last week: {effect} lost through conversion, {share} of the {fall} that fell. Design: check the detail pages and main images this entry lands on',
  },
  SOURCE_CONVERSION_DOWN_INQUIRY: {
    'zh-CN': '{source}转化率 {rate}，上周同日 {baseRate}：转化少卖 {effect}，占各项减少合计 {fall} 的 {share}。询单转化率 {inquiryRate}（上周同日 {inquiryBaseRate}）也在降：客服复盘接待',
    en: '{source} conversion {rate} against {baseRate} on the same day last week: {effect} lost through conversion, {share} of the {fall} that fell. Inquiry conversion fell to {inquiryRate} (same day last week {inquiryBaseRate}): service, review the replies',
  },
  SOURCE_VISITORS_UP: {
    'zh-CN': '{source}访客 {visitors}，上周同日 {baseVisitors}，多了 {rise}，多卖 {effect}：加大投入',
    en: '{source} brought {visitors} visitors against {baseVisitors} on the same day last week (+{rise}), adding {effect}: grow it',
  },

  // --- traffic structure, over the week
  TRAFFIC_WEEK_LOW: {
    'zh-CN': '近 7 天（{days} 天有数据）{categoryZh}占访客 {value}，低于参考区间 {range}',
    en: '{categoryEn} traffic was {value} of visitors over the last 7 days ({days} with data), below the reference range {range}',
  },
  TRAFFIC_WEEK_HIGH: {
    'zh-CN': '近 7 天（{days} 天有数据）{categoryZh}占访客 {value}，高于参考区间 {range}',
    en: '{categoryEn} traffic was {value} of visitors over the last 7 days ({days} with data), above the reference range {range}',
  },

  // --- ads: one story for the paid channel, keyword actions as lists
  ADS_BUDGET_CAPPED: {
    'zh-CN': '推广计划日限额用完（{campaigns}）：付费访客比上周同日少（{sources}，今日/上周同日），少卖 {effect}，占各项减少的 {share}',
    en: 'The daily cap ran out ({campaigns}): paid visitors fell against the same day last week ({sources}, day/last week), {effect} of sales lost, {share} of what fell',
  },
  ADS_BUDGET_CAPPED_ONLY: {
    'zh-CN': '推广计划日限额用完（{campaigns}）',
    en: 'The daily cap ran out ({campaigns})',
  },
  ADS_PAID_DOWN: {
    'zh-CN': '付费访客比上周同日少（{sources}，今日/上周同日）：少卖 {effect}，占各项减少的 {share}',
    en: 'Paid visitors fell against the same day last week ({sources}, day/last week): {effect} of sales lost, {share} of what fell',
  },
  ADS_PAID_SHARE_HIGH: {
    'zh-CN': '近 7 天付费流量占访客 {share}，高于参考区间 {range}',
    en: 'Paid traffic was {share} of the last 7 days’ visitors, above the reference range {range}',
  },
  ADS_RAISE_CAP: {
    'zh-CN': '提高保本以上计划的日限额（计划 ROI/保本ROI 限额）：{campaigns}',
    en: 'Raise the daily cap of the campaigns above break-even (campaign ROI/break-even ROI cap): {campaigns}',
  },
  ADS_CAP_BELOW_BREAK_EVEN: {
    'zh-CN': '这些计划低于保本，不加限额，先降出价、删无效词：{campaigns}',
    en: 'These campaigns are below break-even: do not raise their cap; lower bids and delete dead keywords first: {campaigns}',
  },
  ADS_CHECK_DELIVERY: {
    'zh-CN': '查 {sources} 的日限额、出价和计划状态；保本以上的计划当天恢复投放',
    en: 'Check the daily cap, bids and campaign status of {sources}; restore the campaigns above break-even today',
  },
  ADS_SHARE_NOTE: {
    'zh-CN': '近 7 天付费流量已占访客 {share}（参考区间 {range}）：只给保本以上的计划加预算，不整体加',
    en: 'Paid traffic is already {share} of the last 7 days’ visitors (reference {range}): add budget only to campaigns above break-even, not across the board',
  },
  ADS_MOVE_BUDGET: {
    'zh-CN': '总预算不加，把保本以下的词和计划的花费挪给保本以上的（参考区间 {range}）',
    en: 'Keep the total budget; move spend from keywords and campaigns below break-even to those above it (reference {range})',
  },
  ADS_RAISE_BIDS: {
    'zh-CN': '可提价的词（ROI/保本ROI，共 {count} 个）：{keywords}',
    en: 'Keywords to bid up (ROI/break-even ROI, {count} in all): {keywords}',
  },
  KEYWORDS_RAISE: {
    'zh-CN': '{count} 个词 ROI 高于保本（ROI/保本ROI）：{keywords}。提高出价',
    en: 'Keywords above their break-even ROI ({count}; ROI/break-even): {keywords}. Raise their bids',
  },
  KEYWORDS_LOWER: {
    'zh-CN': '{count} 个词 ROI 低于保本（ROI/保本ROI）：{keywords}。降低出价，每天多花约 {money}',
    en: 'Keywords under their break-even ROI ({count}; ROI/break-even): {keywords}. Lower their bids: about {money} a day overspent',
  },
  KEYWORDS_DELETE: {
    'zh-CN': '{count} 个词 {days} 天没有成交或没有点击：{keywords}。删除，近 {days} 天共花费 {spend}',
    en: 'Keywords with no sale or no click in {days} days ({count}): {keywords}. Delete them: {spend} spent in {days} days',
  },
  KEYWORDS_OBSERVE: {
    'zh-CN': '{count} 个词数据还不够，继续观察：{keywords}',
    en: 'Keywords with too little data yet ({count}); keep watching: {keywords}',
  },

  // --- DSR (names embedded per score, so a brief renders again in either locale)
  DSR_DESCRIPTION_BELOW_CATEGORY: {
    'zh-CN': '宝贝与描述相符 {display}（{score}），低于行业均值 {average}，飘绿 {percent}：需要再得 {needed} 个 5 分才能回到行业均值，核对主图、详情页与实物是否一致',
    en: 'Item as described {display} ({score}) is {percent} below the category average {average}: {needed} more 5-star ratings to get back to it; check that the pictures and detail pages match the goods',
  },
  DSR_DESCRIPTION_BELOW_PASS: {
    'zh-CN': '宝贝与描述相符 {display}（{score}），低于及格线 {pass}：需要再得 {needed} 个 5 分，核对主图、详情页与实物是否一致',
    en: 'Item as described {display} ({score}) is below the pass mark {pass}: {needed} more 5-star ratings to get back; check that the pictures and detail pages match the goods',
  },
  DSR_DESCRIPTION_NEAR_MARK: {
    'zh-CN': '宝贝与描述相符 {display}（{score}），再有 {buffer} 个 1 分就会低于 {floor}：核对主图、详情页与实物是否一致',
    en: 'Item as described {display} ({score}) falls below {floor} after {buffer} more 1-star ratings: check that the pictures and detail pages match the goods',
  },
  DSR_SERVICE_BELOW_CATEGORY: {
    'zh-CN': '卖家服务态度 {display}（{score}），低于行业均值 {average}，飘绿 {percent}：需要再得 {needed} 个 5 分才能回到行业均值，复盘近期客服聊天与售后',
    en: 'Seller service {display} ({score}) is {percent} below the category average {average}: {needed} more 5-star ratings to get back to it; review recent service chats and after-sales cases',
  },
  DSR_SERVICE_BELOW_PASS: {
    'zh-CN': '卖家服务态度 {display}（{score}），低于及格线 {pass}：需要再得 {needed} 个 5 分，复盘近期客服聊天与售后',
    en: 'Seller service {display} ({score}) is below the pass mark {pass}: {needed} more 5-star ratings to get back; review recent service chats and after-sales cases',
  },
  DSR_SERVICE_NEAR_MARK: {
    'zh-CN': '卖家服务态度 {display}（{score}），再有 {buffer} 个 1 分就会低于 {floor}：复盘近期客服聊天与售后',
    en: 'Seller service {display} ({score}) falls below {floor} after {buffer} more 1-star ratings: review recent service chats and after-sales cases',
  },
  DSR_SHIPPING_BELOW_CATEGORY: {
    'zh-CN': '物流服务 {display}（{score}），低于行业均值 {average}，飘绿 {percent}：需要再得 {needed} 个 5 分才能回到行业均值，查发货时效和快递',
    en: 'Shipping {display} ({score}) is {percent} below the category average {average}: {needed} more 5-star ratings to get back to it; check dispatch times and the courier',
  },
  DSR_SHIPPING_BELOW_PASS: {
    'zh-CN': '物流服务 {display}（{score}），低于及格线 {pass}：需要再得 {needed} 个 5 分，查发货时效和快递',
    en: 'Shipping {display} ({score}) is below the pass mark {pass}: {needed} more 5-star ratings to get back; check dispatch times and the courier',
  },
  DSR_SHIPPING_NEAR_MARK: {
    'zh-CN': '物流服务 {display}（{score}），再有 {buffer} 个 1 分就会低于 {floor}：查发货时效和快递',
    en: 'Shipping {display} ({score}) falls below {floor} after {buffer} more 1-star ratings: check dispatch times and the courier',
  },

  // --- products
  PRODUCT_CONVERSION_UP: {
    'zh-CN': '{item}近 {days} 天转化率 {rate}，前 {days} 天 {baseRate}（{change}），每天多卖 {money}：给它加流量',
    en: '{item} converted {rate} over the last {days} days against {baseRate} before ({change}), {money} more a day: feed it traffic',
  },
  PRODUCT_CONVERSION_DOWN: {
    'zh-CN': '{item}近 {days} 天转化率 {rate}，前 {days} 天 {baseRate}（{change}），每天少卖 {money}：优化主图、详情页和价格，救不回来就减少给它的流量',
    en: '{item} converted {rate} over the last {days} days against {baseRate} before ({change}), {money} less a day: fix its price, main image and page, or starve it of traffic',
  },

  // --- replan
  REPLAN_WEEK: {
    'zh-CN': '落后计划，缺口分摊到剩余 {remainingDays} 天：接下来 7 天目标 {days}（原计划合计 {originalWeek}，调整后 {newWeek}，多 {change}）',
    en: 'Behind plan, the shortfall is spread over the {remainingDays} days left: next 7 days’ targets {days} (was {originalWeek} in all, now {newWeek}, {change} more)',
  },
  REPLAN_LOWER: {
    'zh-CN': '按“分摊”口径下调计划：接下来 7 天目标 {days}（原计划合计 {originalWeek}，调整后 {newWeek}）',
    en: 'Replanned under “spread”: next 7 days’ targets {days} (was {originalWeek} in all, now {newWeek})',
  },
  REPLAN_KEEP: {
    'zh-CN': '领先计划 {buffer}，后面的目标不下调，领先部分留作缓冲：接下来 {days} 天目标合计 {newWeek}',
    en: 'Ahead of plan by {buffer}: the targets ahead stay and the surplus is a buffer; the next {days} days’ targets add up to {newWeek}',
  },

  // --- refunds, hero signals, events
  REFUNDS_UP: {
    'zh-CN': '退款 {refunds}，退款率 {rate}，前 7 天 {norm}：比平时多退 {excess}。售后查退款原因，商品看是否集中在某款',
    en: 'Refunds {refunds}, {rate} of sales against {norm} over the 7 days before: {excess} more than usual. After-sales: find the reasons, and whether one item stands out',
  },
  HERO_CART_DOWN: {
    'zh-CN': '主打款{item}近 7 天加购率 {rate}，前 7 天 {baseRate}（{change}）：销量会跟着掉，先查主图、价格和评价',
    en: 'Hero item {item}: cart rate {rate} over the last 7 days against {baseRate} before ({change}); sales will follow, so check the main image, price and reviews',
  },
  HERO_CART_UP: {
    'zh-CN': '主打款{item}近 7 天加购率 {rate}，前 7 天 {baseRate}（{change}）：准备库存和承接',
    en: 'Hero item {item}: cart rate {rate} over the last 7 days against {baseRate} before ({change}): get stock and service ready',
  },
  HERO_FAVORITE_DOWN: {
    'zh-CN': '主打款{item}近 7 天收藏率 {rate}，前 7 天 {baseRate}（{change}）：兴趣在降，查主图和价格',
    en: 'Hero item {item}: favourite rate {rate} over the last 7 days against {baseRate} before ({change}): interest is falling, check the main image and price',
  },
  HERO_FAVORITE_UP: {
    'zh-CN': '主打款{item}近 7 天收藏率 {rate}，前 7 天 {baseRate}（{change}）：兴趣在涨，准备库存',
    en: 'Hero item {item}: favourite rate {rate} over the last 7 days against {baseRate} before ({change}): interest is rising, get stock ready',
  },
  EVENT_WARMUP: {
    'zh-CN': '{event}（{date}）预热期，还有 {days} 天：报名活动、备货、做预热页和优惠券，加购收藏人群加推广',
    en: '{event} ({date}) is in its run-up, {days} days to go: sign up for the event, stock up, prepare the warm-up pages and coupons, and promote to the shoppers who carted or saved items',
  },
  EVENT_WARMUP_STOCK: {
    'zh-CN': '{event}（{date}）预热期，还有 {days} 天：主打款库存够卖 {cover} 天；报名活动、做预热页和优惠券，加购收藏人群加推广',
    en: '{event} ({date}) is in its run-up, {days} days to go: the hero item’s stock covers {cover} days; sign up, prepare the warm-up pages and coupons, and promote to the shoppers who carted or saved items',
  },
  EVENT_WARMUP_STOCK_SHORT: {
    'zh-CN': '{event}（{date}）预热期，还有 {days} 天，主打款库存只够卖 {cover} 天：今天补货；同时报名活动、做预热页和优惠券',
    en: '{event} ({date}) is in its run-up, {days} days to go, and the hero item’s stock covers only {cover} days: reorder today; sign up and prepare the warm-up pages and coupons',
  },

  // --- data and skipped areas
  DATA_ROWS_LEFT_OUT: {
    'zh-CN': '有 {rows} 行数据因单元格有误未参与分析（{exports}）：修正导出后重跑',
    en: 'Rows left out because of bad cells: {rows} ({exports}); fix the export and run again',
  },
  DATA_UNPLACED_SOURCES: {
    'zh-CN': '有 {count} 个流量来源无法归类，暂计入“其他”：{sources}。请确认它们属于哪类流量',
    en: '{count} traffic sources could not be placed in a category and count as other for now: {sources}; say which kind of traffic they are',
  },
  SKIPPED_NO_DATA: { 'zh-CN': '{area}：没有数据', en: '{area}: no data' },
  SKIPPED_NO_PLAN: { 'zh-CN': '{area}：没有当日计划', en: '{area}: no plan for the day' },
  SKIPPED_NO_PLAN_DRIVERS: { 'zh-CN': '{area}：当日计划没有访客数和转化率目标，不拆解差额', en: '{area}: no planned drivers (visitors and conversion) for the day, so the gap is not split' },
  SKIPPED_DRIVERS_DO_NOT_FIT: {
    'zh-CN': '{area}：当日访客数、支付买家数与支付金额对不上（是否有空缺的数？），不拆解差额',
    en: '{area}: the day’s visitors, buyers and paid amount do not fit together (a missing count?), so the gap is not split',
  },
  SKIPPED_PLAN_DAYS_WITHOUT_DATA: {
    'zh-CN': '{area}：计划中截至当日有 {days} 天没有店铺数据（最早 {first}），不判断累计进度和调整计划',
    en: '{area}: {days} days of the plan up to the date have no store data (the first {first}), so progress to date and the replan are not judged',
  },
  SKIPPED_NO_BASELINE: { 'zh-CN': '{area}：没有上周同日的数据可比', en: '{area}: no data for the same day last week' },
  SKIPPED_NOT_DUE: { 'zh-CN': '{area}：每周一次，下次在 {next}', en: '{area}: weekly, next on {next}' },
  SKIPPED_NO_RATINGS: { 'zh-CN': '{area}：计分窗口内没有评价', en: '{area}: no ratings in the window' },
  SKIPPED_NO_BREAK_EVEN: { 'zh-CN': '{area}：缺少商品成本，无法计算保本 ROI', en: '{area}: item costs are missing, so there is no break-even ROI' },
} as const satisfies MessageCatalog;

/** A message code of the brief. */
export type BriefMessageCode = keyof typeof briefMessages;
