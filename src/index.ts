/**
 * storeops — turn an online store's numbers into decisions. The package root re-exports the
 * domain functions of every pure module, the schemas and types they take and give, and the
 * helpers a dashboard needs (money, ratios, dates, errors, messages). What composes or varies
 * them stays on its subpath: `storeops/brief` (`briefInputFromExports`, `briefStores`: a brief
 * from read files, many stores), `storeops/funnel` (`aggregateFunnelsAsync`: streams),
 * `storeops/dsr` (`displayDsr`, `ratingsBuffer`), `storeops/service` (`serviceFindings`),
 * `storeops/members` (`memberFindings`), `storeops/roles` (`defaultRoleRules`),
 * `storeops/adapters` (`sycmSourceCategory`) and `storeops/core` (`sumMoney`). `storeops/files`
 * (SheetJS, csv-parse) and `storeops/sql` are reached by their subpaths only. Import a subpath
 * (`storeops/page-health`) to load only what you use.
 *
 * @module storeops
 */
export type {
  Advice, Check, ClonedDecimal, DayLabelOptions, Decimal, DecimalLike, Direction, ErrorCode, ErrorIssue, FindingOwner,
  FindingSeverity, IsoDate, IsoMonth, IsoQuarter, Locale, Maybe, MessageCatalog, MessageParams, MessageText,
  ModuleFinding, MoneyInput, RoundingMode, Schema, Status, StoreOpsPlugin, Threshold, ThresholdOverride,
  ToIsoDateOptions
} from './core/index.js';
export {
  DEFAULT_LOCALE, StoreOpsError, addDays, compareFindings, coreMessages, countSchema, formatDayLabel, formatMoney, formatPercent,
  isIsoDate, isStoreOpsError, isoDateSchema, isoMonthSchema, localeSchema, messageCatalogSchema, moneySchema, monthOf,
  nonNegativeMoneySchema, nonNegativeSchema, positiveSchema, rateSchema, ratio, renderMessage, thresholdSchema, toDecimal, toIsoDate, weekOf,
} from './core/index.js';
export * from './page-health/index.js';
export type {
  SycmCellError, SycmKind, SycmMetrics, SycmNote, SycmParseOptions, SycmParseResult, SycmPeriod, SycmRow
} from './adapters/index.js';
export { parseSycmRows } from './adapters/index.js';
export type {
  BriefCampaign, BriefDsrInput, BriefEvent, BriefHeadline, BriefItemDay, BriefKeywordDay, BriefMembersInput,
  BriefMessageCode, BriefPlan, BriefPlanDay, BriefProduct, BriefServiceInput, BriefSourceDay, BriefStoreDay,
  BriefThresholds, DailyBrief, DailyBriefInput, DailyBriefOptions, Finding, HeadlinePart, HeadlinePeriod,
  RenderBriefOptions, SkippedArea
} from './brief/index.js';
export { briefMessages, dailyBrief, dailyBriefInputSchema, defaultBriefThresholds, renderBrief } from './brief/index.js';
export type {
  AssessDsrOptions, CompareDsrOptions, DsrCategory, DsrComparison, DsrHealth, DsrHealthMetrics, DsrIgnoreReason,
  DsrIgnored, DsrMessageCode, DsrOptions, DsrRating, DsrResult, DsrScore, DsrTallies, DsrTally, DsrThresholds,
  IgnoredRating, RatingsNeededOptions
} from './dsr/index.js';
export { assessDsr, compareDsr, computeDsr, defaultDsrThresholds, dsrCategorySchema, dsrMessages, dsrScoreNumberSchema, dsrTallySchema, ratingsNeeded } from './dsr/index.js';
export * from './profit/index.js';
export type {
  AgentInput, AgentScore, BuyerInquiryMix, BuyerInquiryMixInput, ScoreAgentsMetrics, ScoreAgentsOptions,
  ScoreAgentsResult, ServiceCategoryAverage, ServiceMessageCode, ServiceThresholdOverrides, ServiceThresholds,
  TeamScore
} from './service/index.js';
export { agentsInputSchema, buyerInquiryMix, buyerInquiryMixInputSchema, defaultServiceThresholds, scoreAgents, serviceMessages } from './service/index.js';
export * from './stock/index.js';
export type {
  AcquisitionCost, AcquisitionCostInput, AcquisitionCostOptions, MemberOrder, MemberStats, MemberStatsOptions,
  MembersMessageCode, RfmBand, RfmBandMethod, RfmBands, RfmBuyer, RfmOptions, RfmResult, RfmScoreRange,
  RfmSegmentRule, RfmSegmentSummary
} from './members/index.js';
export { RETURNING_LOOKBACK_DAYS, acquisitionCost, acquisitionCostInputSchema, defaultRfmSegments, memberOrdersSchema, memberStats, membersMessages, rfmSegments } from './members/index.js';
export type {
  BuiltInRole, ClassifiedProduct, ClassifyProductsOptions, ClassifyProductsResult, ProductInput, RoleCondition,
  RoleDefinition, RoleMeasure, RoleMeasures, RoleMetric, RoleOperator, RolePortfolio, RolePortfolioMetrics, RoleRule,
  RoleSummary, RoleThresholdOverrides, RoleThresholds, RolesMessageCode, SalesCurveGap, SalesCurveItem,
  SalesCurveMessageCode, SalesCurveOptions, SalesCurveResult, SalesCurveThresholds, SalesTier, SalesTierResult
} from './roles/index.js';
export {
  builtInRoles, classifyProducts, defaultRoleThresholds, productInputSchema, roleDefinitionSchema, roleRuleSchema, rolesMessages, salesCurve,
  salesCurveItemSchema, salesCurveMessages, salesCurveTierPresets,
} from './roles/index.js';
export * from './plugins/index.js';
export type {
  AggregateFunnelsOptions, ComparePeersOptions, ComparePeersResult, FunnelAggregate, FunnelCounts, FunnelFlag,
  FunnelGroup, FunnelGroups, FunnelMessageCode, FunnelMetrics, FunnelMetricsOptions, FunnelTotals, GroupBy, KeyPart,
  KeyPartOf, KeysOf, PeerComparison, RowFlag, RowIssue, ShareNorm, TrafficAdviceThresholds, TrafficCategory,
  TrafficCategoryShare, TrafficNorms, TrafficSource, TrafficSourceResult, TrafficStructureMetrics,
  TrafficStructureOptions, TrafficStructureResult, TrafficStructureThresholdOverrides
} from './funnel/index.js';
export {
  TRAFFIC_CATEGORIES, aggregateFunnels, comparePeers, defaultTrafficAdviceThresholds, funnelCountsSchema, funnelMessages, funnelMetrics,
  mergeFunnels, trafficNormPresets, trafficSourcesSchema, trafficStructure,
} from './funnel/index.js';
export * from './ads/index.js';
export * from './goals/index.js';
export * from './checks/index.js';
export * from './rivals/index.js';
