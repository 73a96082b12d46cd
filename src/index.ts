/**
 * storeops — turn an online store's numbers into decisions. The package root re-exports the
 * domain functions of the judging and calculating modules (goals, funnel, ads, page health, DSR,
 * profit, roles, service, stock, members, checks, rivals), the schemas and types they take and
 * give, `definePlugin` and presets, and the helpers a dashboard needs (money, ratios, dates,
 * errors). What composes, reads or varies them stays on its subpath: `storeops/brief`
 * (`dailyBrief`, `renderBrief`, `briefInputFromExports`, `briefStores`: the morning brief, which
 * carries every module's catalog), `storeops/adapters` (`parseSycmRows`, `sycmSourceCategory`:
 * export headers, with date-fns' parser), `storeops/funnel` (`aggregateFunnelsAsync`: streams),
 * `storeops/dsr` (`displayDsr`, `ratingsBuffer`), `storeops/profit` (`settlementBreakEvenRoi`),
 * `storeops/service` (`serviceFindings`), `storeops/members` (`memberFindings`),
 * `storeops/roles` (`defaultRoleRules`) and `storeops/core` (`addDays`, `compareFindings`,
 * `renderMessage`, `sumMoney`: for plugin authors and renderers). `storeops/files` (SheetJS,
 * csv-parse) and `storeops/sql` are reached by their subpaths only. Import a subpath
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
  DEFAULT_LOCALE, StoreOpsError, coreMessages, countSchema, formatDayLabel, formatMoney, formatPercent,
  isIsoDate, isStoreOpsError, isoDateSchema, isoMonthSchema, localeSchema, messageCatalogSchema, moneySchema, monthOf,
  nonNegativeMoneySchema, nonNegativeSchema, positiveSchema, rateSchema, ratio, thresholdSchema, toDecimal, toIsoDate, weekOf,
} from './core/index.js';
export * from './page-health/index.js';
export type {
  AssessDsrOptions, CompareDsrOptions, DsrCategory, DsrComparison, DsrHealth, DsrHealthMetrics, DsrIgnoreReason,
  DsrIgnored, DsrMessageCode, DsrOptions, DsrRating, DsrResult, DsrScore, DsrTallies, DsrTally, DsrThresholds,
  IgnoredRating, RatingsNeededOptions
} from './dsr/index.js';
export { assessDsr, compareDsr, computeDsr, defaultDsrThresholds, dsrCategorySchema, dsrMessages, dsrScoreNumberSchema, dsrTallySchema, ratingsNeeded } from './dsr/index.js';
export type {
  BreakEvenCpcInput, CostKind, CostLineInput, OrderMix, ProfitLine, ProfitMessageCode, ProfitStatement, ProfitStatementInput,
  ProfitStatementOptions, PromotionBudget, PromotionBudgetInput, RefundMix, StandardCostLine, UnitCosts, UnitEconomics,
  UnitEconomicsInput
} from './profit/index.js';
export {
  breakEvenCpc, breakEvenCpcInputSchema, profitMessages, profitStatement, profitStatementInputSchema, promotionBudget,
  promotionBudgetInputSchema, standardCostKinds, unitEconomics, unitEconomicsInputSchema,
} from './profit/index.js';
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
