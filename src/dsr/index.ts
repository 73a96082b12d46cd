/**
 * DSR (店铺动态评分, detailed seller ratings): the three scores as the platform computes them,
 * the comparison with the category, and what it takes to lift or lose a mark.
 * @see [domain reference §4](../../docs/domain.en.md#4-dsr)
 *
 * @module dsr
 */
export {
  computeDsr,
  type DsrIgnored,
  type DsrIgnoreReason,
  type DsrOptions,
  type DsrRating,
  type DsrResult,
  type DsrScore,
  type IgnoredRating,
} from './computeDsr.js';
export { compareDsr, dsrCategorySchema, type CompareDsrOptions, type DsrCategory, type DsrComparison } from './compareDsr.js';
export { displayDsr } from './displayDsr.js';
export { ratingsNeeded, type RatingsNeededOptions } from './ratingsNeeded.js';
export { ratingsBuffer, type RatingsBufferOptions } from './ratingsBuffer.js';
export { assessDsr, defaultDsrThresholds, type AssessDsrOptions, type DsrHealth, type DsrHealthMetrics, type DsrTallies, type DsrThresholds } from './assessDsr.js';
export { dsrTallySchema, dsrScoreNumberSchema, type DsrTally } from './tally.js';
export { dsrMessages, type DsrMessageCode } from './messages.js';
