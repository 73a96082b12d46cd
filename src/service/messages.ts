import type { MessageCatalog } from '../core/i18n.js';

/**
 * Messages of the service module (客服) in zh-CN and en, by stable code.
 * Placeholders: `{agent}`, `{value}`, `{pass}`, `{good}`, `{average}`, `{metric}`, `{count}`,
 * `{min}`, `{best}`, `{agents}`, `{money}`, `{share}`.
 */
export const serviceMessages = {
  SERVICE_METRIC_inquiryConversionRate: { 'zh-CN': '询单转化率', en: 'inquiry conversion' },
  SERVICE_METRIC_revenuePerInquiry: { 'zh-CN': '单次询单产出', en: 'revenue per inquiry' },
  SERVICE_METRIC_firstResponseSeconds: { 'zh-CN': '首次响应时间', en: 'first-response time' },
  SERVICE_SECONDS: { 'zh-CN': '{value} 秒', en: '{value} s' },
  AGENT_CONVERSION_GOOD: {
    'zh-CN': '客服 {agent} 询单转化率 {value}，达到优秀线 {good}',
    en: 'Agent {agent} converts {value} of inquiries, at least the strong mark {good}',
  },
  AGENT_CONVERSION_PASS: {
    'zh-CN': '客服 {agent} 询单转化率 {value}，达到 {pass} 已算不错，优秀客服可达 {good}',
    en: 'Agent {agent} converts {value} of inquiries: {pass} is already decent, a strong agent reaches {good}',
  },
  AGENT_CONVERSION_FAIL: {
    'zh-CN': '客服 {agent} 询单转化率 {value}，低于 {pass}',
    en: 'Agent {agent} converts {value} of inquiries, under {pass}',
  },
  AGENT_CONVERSION_UNKNOWN: {
    'zh-CN': '客服 {agent} 没有询单，无法判断询单转化率',
    en: 'Agent {agent} had no inquiries: cannot judge inquiry conversion',
  },
  AGENT_TOO_FEW_INQUIRIES: {
    'zh-CN': '客服 {agent} 只有 {count} 个询单，少于 {min} 个，暂不评判',
    en: 'Agent {agent} had only {count} inquiries, fewer than {min}: too few to judge',
  },
  AGENT_MEETS_TEAM: {
    'zh-CN': '客服 {agent} 的{metric} {value}，不差于团队平均 {average}',
    en: 'Agent {agent}: {metric} {value}, no worse than the team average {average}',
  },
  AGENT_TRAILS_TEAM: {
    'zh-CN': '客服 {agent} 的{metric} {value}，不如团队平均 {average}',
    en: 'Agent {agent}: {metric} {value}, worse than the team average {average}',
  },
  AGENT_MEETS_CATEGORY: {
    'zh-CN': '客服 {agent} 的{metric} {value}，不差于行业平均 {average}',
    en: 'Agent {agent}: {metric} {value}, no worse than the category average {average}',
  },
  AGENT_TRAILS_CATEGORY: {
    'zh-CN': '客服 {agent} 的{metric} {value}，不如行业平均 {average}',
    en: 'Agent {agent}: {metric} {value}, worse than the category average {average}',
  },
  AGENT_COMPARISON_UNKNOWN: {
    'zh-CN': '客服 {agent} 的{metric}缺少数据，无法与平均比较',
    en: 'Agent {agent}: {metric} is missing, cannot compare it with the average',
  },
  TEAM_CONVERSION_GOOD: {
    'zh-CN': '客服团队询单转化率 {value}，达到优秀线 {good}',
    en: 'The service team converts {value} of inquiries, at least the strong mark {good}',
  },
  TEAM_CONVERSION_PASS: {
    'zh-CN': '客服团队询单转化率 {value}，达到 {pass}，距优秀线 {good} 仍有空间',
    en: 'The service team converts {value} of inquiries: decent ({pass}), short of the strong mark {good}',
  },
  TEAM_CONVERSION_FAIL: {
    'zh-CN': '客服团队询单转化率 {value}，低于 {pass}',
    en: 'The service team converts {value} of inquiries, under {pass}',
  },
  TEAM_CONVERSION_UNKNOWN: {
    'zh-CN': '客服团队没有询单，无法判断询单转化率',
    en: 'The service team had no inquiries: cannot judge inquiry conversion',
  },
  TEAM_MEETS_CATEGORY: {
    'zh-CN': '客服团队的{metric} {value}，不差于行业平均 {average}',
    en: 'The service team: {metric} {value}, no worse than the category average {average}',
  },
  TEAM_TRAILS_CATEGORY: {
    'zh-CN': '客服团队的{metric} {value}，不如行业平均 {average}',
    en: 'The service team: {metric} {value}, worse than the category average {average}',
  },
  TEAM_COMPARISON_UNKNOWN: {
    'zh-CN': '客服团队的{metric}缺少数据，无法与行业平均比较',
    en: 'The service team: {metric} is missing, cannot compare it with the category average',
  },
  COPY_BEST_AGENT: {
    'zh-CN': '询单转化最好的客服是 {best}（{value}）：整理其话术和接待流程，让 {agents} 照着做',
    en: 'The best converter is {best} ({value}): write down how {best} handles inquiries and have {agents} copy it',
  },
  TRAIN_INQUIRY_CONVERSION: {
    'zh-CN': '询单转化率低于 {pass}：培训客服的产品知识、催付和关联推荐，优秀客服可达 {good}',
    en: 'Inquiry conversion is under {pass}: train agents on product knowledge, payment reminders and related items; a strong agent reaches {good}',
  },
  SERVICE_FINDING_AGENTS_TRAIL_TEAM: {
    'zh-CN': '{agents} 的询单转化率低于团队平均 {average}：若达到平均，约可多成交 {money}',
    en: '{agents} convert inquiries below the team average {average}: at the average they would sell about {money} more',
  },
  SERVICE_FINDING_AGENT_WEAK: {
    'zh-CN': '客服 {agent} 询单转化率 {value}，低于 {pass}',
    en: 'Agent {agent} converts only {value} of inquiries, under {pass}',
  },
  SERVICE_FINDING_TEAM_WEAK: {
    'zh-CN': '客服团队询单转化率 {value}，低于 {pass}',
    en: 'The service team converts only {value} of inquiries, under {pass}',
  },
  SERVICE_FINDING_TEAM_TRAILS_CATEGORY: {
    'zh-CN': '客服团队的{metric} {value}，不如行业平均 {average}',
    en: 'The service team: {metric} {value}, worse than the category average {average}',
  },
} as const satisfies MessageCatalog;

/** A message code of the service module. */
export type ServiceMessageCode = keyof typeof serviceMessages;
