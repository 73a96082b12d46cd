/**
 * The conventions every storeops module shares, as a dashboard or script needs them: the error
 * every function throws, money in and out (`Decimal`, formatted to the fen), ratios with the null
 * policy, calendar days, the finding order, and the types of checks, advice and messages.
 * Plumbing (input parsing, threshold resolution, message rendering, day numbers) is internal.
 *
 * @module core
 */
export { StoreOpsError, isStoreOpsError, type ErrorCode, type ErrorIssue } from './errors.js';
export { countSchema, rateSchema, nonNegativeSchema, positiveSchema, localeSchema, type Schema } from './validate.js';
export { moneySchema, nonNegativeMoneySchema, type ClonedDecimal, type DecimalLike, type MoneyInput } from './money.js';
export { toDecimal, formatMoney, sumMoney, type Decimal, type RoundingMode } from './decimal.js';
export { ratio, type Maybe } from './ratio.js';
export { isIsoDate, isoDateSchema, isoMonthSchema, addDays, weekOf, monthOf, type IsoDate, type IsoMonth, type IsoQuarter } from './dates.js';
export { formatDayLabel, type DayLabelOptions } from './dayLabel.js';
export { toIsoDate, type ToIsoDateOptions } from './dateInput.js';
export { thresholdSchema, type Advice, type Check, type Direction, type Status, type Threshold, type ThresholdOverride } from './checks.js';
export { DEFAULT_LOCALE, coreMessages, messageCatalogSchema, formatPercent, renderMessage, type Locale, type MessageCatalog, type MessageParams, type MessageText } from './i18n.js';
export { compareFindings, type FindingOwner, type FindingSeverity, type ModuleFinding } from './findings.js';
export type { StoreOpsPlugin } from './plugin.js';
