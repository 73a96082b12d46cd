/**
 * The morning check gate (每日检查): activities and prices, hit items' stock, unshipped orders,
 * back-office penalties, pages, DSR and after-sales against yesterday — before any analysis.
 * @see [domain reference §13](../../docs/domain.en.md#13-the-morning-check-gate)
 *
 * @module checks
 */
export {
  dailyChecks,
  dailyChecksInputSchema,
  defaultDailyChecksThresholds,
  type DailyChecksInput,
  type DailyChecksMetrics,
  type DailyChecksOptions,
  type DailyChecksResult,
  type DailyChecksThresholds,
  type GateActivity,
  type GateAfterSales,
  type GateDsrScores,
  type GateHitItem,
  type GatePage,
  type GatePenalty,
  type GateUnshippedOrder,
  type StoreTime,
} from './dailyChecks.js';
export { checksMessages, type ChecksMessageCode } from './messages.js';
