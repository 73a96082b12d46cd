/**
 * Page health (页面健康): bounce rate, visit depth and related sales, judged from data.
 * @see [domain reference §3](../../docs/domain.en.md#3-page-health)
 *
 * @module page-health
 */
export {
  assessPageHealth,
  defaultPageHealthThresholds,
  pageHealthInputSchema,
  type PageHealthInput,
  type PageHealthMetrics,
  type PageHealthOptions,
  type PageHealthResult,
  type PageHealthThresholdOverrides,
  type PageHealthThresholds,
} from './assessPageHealth.js';
export { pageHealthMessages, type PageHealthMessageCode } from './messages.js';
