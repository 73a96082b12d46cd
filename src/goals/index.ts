/**
 * Goals (目标): split a yearly target by time and by driver, watch it daily, find the cause of a
 * shortfall and re-plan the days that are left.
 * @see [domain reference §1, §8](../../docs/domain.en.md#1-the-operating-loop)
 *
 * @module goals
 */
export { allocate, type AllocateOptions, type WeightInput } from './allocate.js';
export {
  planTargets,
  MAX_PLAN_DAYS,
  planTargetsInputSchema,
  type DayTarget,
  type PeriodTarget,
  type Plan,
  type PlanEvent,
  type PlanTargetsInput,
} from './planTargets.js';
export {
  solveDrivers,
  driversInputSchema,
  type Drivers,
  type DriversInput,
  type EntryTarget,
  type TrafficEntry,
} from './solveDrivers.js';
export {
  driverTargets,
  driverTargetsInputSchema,
  type DriverTarget,
  type DriverTargetsInput,
  type DriverTargetsOptions,
  type DriverTargetsResult,
  type TeamFunction,
} from './driverTargets.js';
export {
  trackProgress,
  planLikeSchema,
  type ActualDay,
  type Actuals,
  type DayProgress,
  type PlanLike,
  type Progress,
  type ReplanDay,
  type ReplanPolicy,
  type TrackProgressOptions,
} from './trackProgress.js';
export {
  attributeChange,
  MAX_FACTORS,
  type AttributeChangeOptions,
  type Attribution,
  type AttributionMethod,
  type Factors,
} from './attributeChange.js';
export { goalsMessages, type GoalsMessageCode } from './messages.js';
