/**
 * Customer service (客服): agents' inquiry conversion, revenue per inquiry and first-response
 * time against the domain's marks, the team and the category; silent against inquiry buyers.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 *
 * @module service
 */
export {
  scoreAgents,
  agentsInputSchema,
  defaultServiceThresholds,
  type AgentInput,
  type AgentScore,
  type ScoreAgentsOptions,
  type ScoreAgentsResult,
  type ScoreAgentsMetrics,
  type ServiceCategoryAverage,
  type ServiceThresholdOverrides,
  type ServiceThresholds,
  type TeamScore,
} from './scoreAgents.js';
export { buyerInquiryMix, buyerInquiryMixInputSchema, type BuyerInquiryMix, type BuyerInquiryMixInput } from './buyerInquiryMix.js';
export { serviceFindings } from './serviceFindings.js';
export { serviceMessages, type ServiceMessageCode } from './messages.js';
