/**
 * Everything core has, public or not: for storeops' own tests and tools. Not an entry point of
 * the package (the public surface is `core/index.ts`). @internal
 * @module
 */
export { StoreOpsError, isStoreOpsError, type ErrorCode, type ErrorIssue } from './errors.js';
export {
  countSchema,
  rateSchema,
  nonNegativeSchema,
  positiveSchema,
  localeSchema,
  parseInput,
  type ParseOptions,
  type Schema,
} from './validate.js';
export {
  clonedDecimalText,
  isDecimal,
  isMoneyInput,
  moneyToNumber,
  moneySchema,
  nonNegativeMoneySchema,
  type ClonedDecimal,
  type DecimalLike,
  type MoneyInput,
} from './money.js';
export {
  StoreDecimal,
  toDecimal,
  roundToUnit,
  toMinorUnits,
  fromMinorUnits,
  sumMoney,
  formatMoney,
  moneyRatio,
  type Decimal,
  type RoundingMode,
} from './decimal.js';
export { ratio, type Maybe } from './ratio.js';
export {
  isLeapYear,
  daysInMonth,
  isIsoDate,
  isIsoMonth,
  isoDateSchema,
  isoMonthSchema,
  assertIsoDate,
  toDayNumber,
  fromDayNumber,
  addDays,
  daysBetween,
  isoWeekday,
  weekOf,
  monthOf,
  quarterOf,
  eachDay,
  type IsoDate,
  type IsoMonth,
  type IsoQuarter,
} from './dates.js';
export {
  evaluateThreshold,
  combineStatuses,
  statusRank,
  makeCheck,
  makeAdvice,
  resolveThreshold,
  thresholdSchema,
  type Advice,
  type Check,
  type CheckSpec,
  type Direction,
  type Status,
  type Threshold,
  type ThresholdOverride,
} from './checks.js';
export {
  DEFAULT_LOCALE,
  coreMessages,
  messageCatalogSchema,
  resolveLocale,
  renderMessage,
  interpolate,
  formatPercent,
  formatNumber,
  type Locale,
  type MessageCatalog,
  type MessageParams,
  type MessageText,
} from './i18n.js';
export { compareFindings, type FindingOwner, type FindingSeverity, type ModuleFinding } from './findings.js';
export type { StoreOpsPlugin } from './plugin.js';
