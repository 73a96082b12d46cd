/**
 * The conversion funnel (转化漏斗) and traffic structure (流量结构): metrics from counts, exact
 * merges, a streaming batch aggregator for agency scale, traffic shares against norms, and
 * comparison with peers.
 * @see [domain reference §2](../../docs/domain.en.md#2-funnel-and-traffic)
 *
 * @module funnel
 */
export { funnelCountsSchema, type FunnelCounts, type FunnelFlag, type FunnelTotals } from './counts.js';
export { funnelMetrics, type FunnelMetrics, type FunnelMetricsOptions } from './funnelMetrics.js';
export { mergeFunnels } from './mergeFunnels.js';
export { type AggregateFunnelsOptions, type FunnelAggregate, type FunnelGroup, type FunnelGroups, type GroupBy, type KeyPart, type KeyPartOf, type KeysOf, type RowFlag, type RowIssue } from './accumulator.js';
export { aggregateFunnels } from './aggregateFunnels.js';
export { aggregateFunnelsAsync } from './aggregateFunnelsAsync.js';
export { funnelMessages, type FunnelMessageCode } from './messages.js';
export {
  trafficStructure,
  trafficNormPresets,
  trafficSourcesSchema,
  defaultTrafficAdviceThresholds,
  TRAFFIC_CATEGORIES,
  type ShareNorm,
  type TrafficAdviceThresholds,
  type TrafficCategory,
  type TrafficCategoryShare,
  type TrafficNorms,
  type TrafficSource,
  type TrafficSourceResult,
  type TrafficStructureOptions,
  type TrafficStructureThresholdOverrides,
  type TrafficStructureResult,
  type TrafficStructureMetrics,
} from './trafficStructure.js';
export { comparePeers, type ComparePeersOptions, type ComparePeersResult, type PeerComparison } from './comparePeers.js';
