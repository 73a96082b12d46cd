/**
 * Rivals (竞品): watch 3–5 rivals of the store's level — their new items, prices, promotions and
 * sales — and decide when to launch the season's items from what theirs did.
 * @see [domain reference §14](../../docs/domain.en.md#14-rivals-and-launch-timing)
 *
 * @module rivals
 */
export {
  watchRivals,
  defaultWatchRivalsThresholds,
  type RivalEvent,
  type RivalEventKind,
  type WatchRivalsOptions,
  type WatchRivalsResult,
  type WatchRivalsThresholds,
} from './watchRivals.js';
export {
  launchTiming,
  defaultLaunchTimingMarks,
  type LaunchDecision,
  type LaunchTimingMarks,
  type LaunchTimingOptions,
  type LaunchTimingResult,
} from './launchTiming.js';
export { rivalSnapshotsSchema, type RivalSnapshot } from './snapshots.js';
export { rivalsMessages, type RivalsMessageCode } from './messages.js';
