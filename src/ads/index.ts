/**
 * Paid promotion (付费推广): CTR, CPC, CPM and ROI of a campaign or keyword, and the morning
 * keyword decision against the break-even ROI.
 * @see [domain reference §7](../../docs/domain.en.md#7-paid-promotion)
 *
 * @module ads
 */
export { adMetrics, adInputSchema, type AdInput, type AdMetrics } from './adMetrics.js';
export {
  keywordAction,
  defaultKeywordThresholds,
  keywordInputSchema,
  type KeywordActionName,
  type KeywordActionOptions,
  type KeywordActionResult,
  type KeywordInput,
  type KeywordThresholds,
} from './keywordAction.js';
export { adsMessages, type AdsMessageCode } from './messages.js';
