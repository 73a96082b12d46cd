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
  BRIEF_FINDINGS: { 'zh-CN': '今日待办（按涉及金额排序）', en: 'To do today (by money at stake)' },
  BRIEF_BY_OWNER: { 'zh-CN': '按团队分工', en: 'By team' },
  BRIEF_SKIPPED: { 'zh-CN': '未分析的部分', en: 'Not judged' },
  BRIEF_NO_FINDINGS: { 'zh-CN': '没有需要处理的事项', en: 'Nothing to act on' },
  BRIEF_MONEY_AT_STAKE: { 'zh-CN': '涉及金额 {money}', en: 'at stake {money}' },
  SEVERITY_CRITICAL: { 'zh-CN': '紧急', en: 'critical' },
  SEVERITY_WARNING: { 'zh-CN': '注意', en: 'warning' },
  SEVERITY_INFO: { 'zh-CN': '信息', en: 'info' },
  OWNER_OPERATIONS: { 'zh-CN': '运营', en: 'Operations' },
  OWNER_PROMOTION: { 'zh-CN': '推广', en: 'Promotion' },
  OWNER_DESIGN: { 'zh-CN': '美工', en: 'Design' },
  OWNER_SERVICE: { 'zh-CN': '客服', en: 'Service' },
  OWNER_MERCHANDISING: { 'zh-CN': '商品', en: 'Merchandising' },

  AREA_TARGET: { 'zh-CN': '目标', en: 'Target' },
  AREA_DRIVERS: { 'zh-CN': '驱动因素', en: 'Drivers' },
  AREA_SOURCES: { 'zh-CN': '流量来源', en: 'Traffic sources' },
  AREA_TRAFFIC: { 'zh-CN': '流量结构', en: 'Traffic structure' },
  AREA_ADS: { 'zh-CN': '付费推广', en: 'Paid promotion' },
  AREA_PAGE_HEALTH: { 'zh-CN': '页面健康', en: 'Page health' },
  AREA_DSR: { 'zh-CN': 'DSR', en: 'DSR' },
  AREA_PRODUCTS: { 'zh-CN': '商品', en: 'Products' },
  AREA_REPLAN: { 'zh-CN': '计划调整', en: 'Replan' },
  AREA_DATA: { 'zh-CN': '数据', en: 'Data' },

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
    'zh-CN': '本期累计 {actualToDate}，应完成 {targetToDate}，落后 {gap}（完成 {achievement}）',
    en: 'To date {actualToDate} against {targetToDate}: {gap} behind ({achievement})',
  },
  TARGET_TO_DATE_AHEAD: {
    'zh-CN': '本期累计 {actualToDate}，应完成 {targetToDate}，领先 {gap}（完成 {achievement}）',
    en: 'To date {actualToDate} against {targetToDate}: {gap} ahead ({achievement})',
  },

  // --- drivers (goals.attributeChange)
  DRIVER_VISITORS_SHORT: {
    'zh-CN': '访客数 {actual}，计划 {plan}（{change}）：少了 {effect} 的销售额，占差额的 {share}。流量归推广',
    en: 'Visitors {actual} against a plan of {plan} ({change}): {effect} of sales lost, {share} of the gap. Traffic is promotion’s driver',
  },
  DRIVER_CONVERSION_SHORT: {
    'zh-CN': '支付转化率 {actual}，计划 {plan}（{change}）：少了 {effect} 的销售额，占差额的 {share}。转化归美工（详情页）和客服',
    en: 'Conversion {actual} against a plan of {plan} ({change}): {effect} of sales lost, {share} of the gap. Conversion is the pages’ and service’s driver',
  },
  DRIVER_AOV_SHORT: {
    'zh-CN': '客单价 {actual}，计划 {plan}（{change}）：少了 {effect} 的销售额，占差额的 {share}。客单价归商品与运营（搭配、关联销售、定价）',
    en: 'AOV {actual} against a plan of {plan} ({change}): {effect} of sales lost, {share} of the gap. Order value is merchandising’s driver (bundles, related sales, pricing)',
  },
  DRIVER_VISITORS_AHEAD: {
    'zh-CN': '访客数 {actual} 高于计划 {plan}（{change}），多带来 {effect}：找出原因并复制',
    en: 'Visitors {actual} beat the plan of {plan} ({change}), adding {effect}: find out why and repeat it',
  },
  DRIVER_CONVERSION_AHEAD: {
    'zh-CN': '支付转化率 {actual} 高于计划 {plan}（{change}），多带来 {effect}：找出原因并复制',
    en: 'Conversion {actual} beat the plan of {plan} ({change}), adding {effect}: find out why and repeat it',
  },
  DRIVER_AOV_AHEAD: {
    'zh-CN': '客单价 {actual} 高于计划 {plan}（{change}），多带来 {effect}：找出原因并复制',
    en: 'AOV {actual} beat the plan of {plan} ({change}), adding {effect}: find out why and repeat it',
  },

  // --- sources
  SOURCE_VISITORS_DOWN: {
    'zh-CN': '{source}访客 {visitors}，比上周同日 {baseVisitors} 少 {drop}：少了 {effect} 的销售额，占销售额下降 {fall} 的 {share}',
    en: '{source} brought {visitors} visitors against {baseVisitors} on the same day last week (−{drop}): {effect} of sales lost, {share} of the {fall} fall in sales',
  },
  SOURCE_VALUE_DOWN: {
    'zh-CN': '{source}的访客价值 {value}，上周同日 {baseValue}：少了 {effect} 的销售额，占销售额下降 {fall} 的 {share}',
    en: '{source} visitors were worth {value} each against {baseValue} on the same day last week: {effect} of sales lost, {share} of the {fall} fall in sales',
  },
  SOURCE_VISITORS_UP: {
    'zh-CN': '{source}访客 {visitors}，比上周同日 {baseVisitors} 多 {rise}，多带来 {effect}：加大投入',
    en: '{source} brought {visitors} visitors against {baseVisitors} on the same day last week (+{rise}), adding {effect}: grow it',
  },
  PAID_SOURCE_ADVICE: {
    'zh-CN': '检查{source}的日限额、出价和计划状态，当天恢复投放',
    en: 'Check the daily budget, bids and campaign status of {source} and restore delivery today',
  },

  // --- ads
  KEYWORD_RAISE: { 'zh-CN': '关键词「{keyword}」ROI {roi} 高于保本 ROI {breakEvenRoi}：提高出价', en: 'Keyword “{keyword}”: ROI {roi} beats the break-even ROI {breakEvenRoi}: raise the bid' },
  KEYWORD_LOWER: { 'zh-CN': '关键词「{keyword}」ROI {roi} 低于保本 ROI {breakEvenRoi}，{days} 天花费 {spend}：降低出价', en: 'Keyword “{keyword}”: ROI {roi} is under the break-even ROI {breakEvenRoi} on {spend} spent in {days} days: lower the bid' },
  KEYWORD_DELETE: { 'zh-CN': '关键词「{keyword}」{days} 天展现 {impressions}、点击 {clicks}、成交 {orders} 笔，花费 {spend}：删除', en: 'Keyword “{keyword}”: {impressions} impressions, {clicks} clicks and {orders} orders in {days} days, {spend} spent: delete it' },
  KEYWORD_OBSERVE: { 'zh-CN': '关键词「{keyword}」只有 {days} 天数据：继续观察', en: 'Keyword “{keyword}” has only {days} days of data: keep watching' },

  // --- DSR (names embedded per score, so a brief renders again in either locale)
  DSR_DESCRIPTION_BELOW_CATEGORY: {
    'zh-CN': '宝贝与描述相符 {display}（{score}），低于同行平均 {average}，飘绿 {percent}：需要再得 {needed} 个 5 分才能回到平均，核对主图、详情页与实物是否一致',
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
    'zh-CN': '卖家服务态度 {display}（{score}），低于同行平均 {average}，飘绿 {percent}：需要再得 {needed} 个 5 分才能回到平均，复盘近期客服聊天与售后',
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
    'zh-CN': '物流服务 {display}（{score}），低于同行平均 {average}，飘绿 {percent}：需要再得 {needed} 个 5 分才能回到平均，查发货时效和快递',
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
    'zh-CN': '调整计划：剩余目标 {remaining}，接下来 7 天目标 {days}（原计划合计 {originalWeek}，调整后 {newWeek}）',
    en: 'Replan: {remaining} left to sell; next 7 days’ targets {days} (was {originalWeek} in all, now {newWeek})',
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
