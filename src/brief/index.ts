/**
 * The morning brief (晨报): yesterday's numbers judged against the plan, the causes found, and
 * each team's work, ordered by money at stake.
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop)
 *
 * @module brief
 */
export { type BriefHeadline, type DailyBrief, type Finding, type HeadlinePart, type HeadlinePeriod, type SkippedArea } from './finding.js';
export { renderBrief, type RenderBriefOptions } from './renderBrief.js';
export { briefMessages, type BriefMessageCode } from './messages.js';
export { dailyBrief, type DailyBriefOptions } from './dailyBrief.js';
export {
  dailyBriefInputSchema,
  defaultBriefThresholds,
  type BriefCampaign,
  type BriefEvent,
  type BriefItemDay,
  type BriefKeywordDay,
  type BriefProduct,
  type BriefPlan,
  type BriefPlanDay,
  type BriefSourceDay,
  type BriefStoreDay,
  type BriefThresholds,
  type DailyBriefInput,
} from './input.js';
export type { BriefDsrInput } from './areas/dsr.js';
export type { BriefMembersInput, BriefServiceInput } from './areas/modules.js';
export { briefInputFromExports, type BriefFromExportsOptions, type ExportRead } from './fromExports.js';
export { briefStores, type BriefStoresOptions, type BriefStoresResult, type LeagueRow, type SkippedStore, type StoreBriefInput } from './briefStores.js';
