/**
 * Members (会员 / 新老买家): returning-buyer share, repurchase rate and frequency from paid
 * orders; RFM segments with configurable bands; what a new buyer costs against a returning one.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 *
 * @module members
 */
export { memberStats, RETURNING_LOOKBACK_DAYS, type MemberStats, type MemberStatsOptions } from './memberStats.js';
export {
  rfmSegments,
  defaultRfmSegments,
  type RfmBand,
  type RfmBandMethod,
  type RfmBands,
  type RfmBuyer,
  type RfmOptions,
  type RfmResult,
  type RfmScoreRange,
  type RfmSegmentRule,
  type RfmSegmentSummary,
} from './rfmSegments.js';
export { acquisitionCost, acquisitionCostInputSchema, type AcquisitionCost, type AcquisitionCostInput, type AcquisitionCostOptions } from './acquisitionCost.js';
export { memberFindings, type MemberFindingsOptions } from './memberFindings.js';
export { memberOrdersSchema, type MemberOrder } from './orders.js';
export { membersMessages, type MembersMessageCode } from './messages.js';
