import type { Advice, Check, Status } from '../core/checks.js';
import { isoDateSchema, toDayNumber, type IsoDate } from '../core/dates.js';
import { fail } from '../core/errors.js';
import { formatNumber, type Locale, type MessageCatalog } from '../core/i18n.js';
import { advise, judgeMetric, openJudging, readOptions, type JudgingSpec } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { parseInput } from '../core/validate.js';
import { rivalsMessages } from './messages.js';
import { groupSnapshots, type RivalSnapshot } from './snapshots.js';

/** When to launch the season's items. */
export type LaunchDecision = 'launch' | 'wait' | 'early';

/** The marks of launch timing (storeops defaults: the seed's rule in numbers). */
export interface LaunchTimingMarks {
  /** Fewest rivals that have launched the season's items before it is time (2). */
  minLaunchedRivals: number;
  /** Median daily units of the rivals' launched items from which they "sell well" (20). */
  minMedianDailyUnits: number;
  /** Days up to `asOf` over which an item's daily units are averaged (7). */
  windowDays: number;
}

/** Options of {@link launchTiming}. */
export interface LaunchTimingOptions {
  /** The season to launch (matched against the snapshots' `season`), e.g. `'summer'`. */
  season: string;
  /** The day of the decision. */
  asOf: IsoDate;
  /** Overrides of the default marks. */
  marks?: Partial<LaunchTimingMarks>;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code. */
  messages?: MessageCatalog;
  /** Plugins applied in order (their `thresholds['launch-timing']`). */
  plugins?: readonly StoreOpsPlugin[];
}

/** The launch decision and why. */
export interface LaunchTimingResult {
  /** `launch` when enough rivals launched and their items sell; `wait` when they launched and nothing moved; `early` when too few launched. */
  decision: LaunchDecision;
  /** The checks' combined status: `pass` (launch), `fail` (wait or early), `unknown` (no rivals). */
  status: Status;
  /** `LAUNCH_RIVALS_LAUNCHED_*` (rivals that launched against the mark), `LAUNCH_RIVALS_SELLING_*` (their median daily units). */
  checks: Check[];
  /** `LAUNCH_NOW`, `LAUNCH_WAIT` or `LAUNCH_EARLY`. */
  advice: Advice[];
  metrics: {
    /** Rivals watched up to `asOf`. */
    rivals: number;
    /** Rivals with at least one item of the season listed by `asOf`. */
    launchedRivals: number;
    /** Their items of the season with sales data in the window. */
    launchedItems: number;
    /** Median of those items' average daily units, or `null` with none. */
    medianDailyUnits: number | null;
  };
}

/** Default marks of launch timing. @see [domain reference §14](../../docs/domain.en.md#14-rivals-and-launch-timing) */
export const defaultLaunchTimingMarks: Readonly<LaunchTimingMarks> = /* @__PURE__ */ Object.freeze({ minLaunchedRivals: 2, minMedianDailyUnits: 20, windowDays: 7 });

const spec: JudgingSpec<LaunchTimingMarks, typeof rivalsMessages> = {
  module: 'launch-timing',
  catalog: rivalsMessages,
  defaults: defaultLaunchTimingMarks,
  marks: {
    minLaunchedRivals: { number: [1, 1000], integer: true },
    minMedianDailyUnits: { number: [0, 1e9] },
    windowDays: { number: [1, 366], integer: true },
  },
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * When to launch the season's items (上新时机), from what the rivals did: "if they already
 * launched spring items and those sell well, it is time to launch yours; if they launched and
 * nothing moved, wait". With the default marks: at least two rivals have listed items of the
 * season by `asOf`, and the median of those items' average daily units (over the 7 days up to
 * `asOf`, from their listing on) is at least 20 → `launch`; launched but under 20 → `wait`; fewer
 * than two launched → `early`.
 *
 * @param snapshots - daily snapshots of the rivals' items (as for `watchRivals`); an item counts as launched from its `listedAt`, else from its first snapshot.
 * @param options - `season`, `asOf`, `marks` overrides, locale, messages, plugins.
 * @returns `{ decision, status, checks, advice, metrics }`.
 * @throws StoreOpsError `INVALID_INPUT` for a bad snapshot; `INVALID_OPTIONS` for a missing season, a bad `asOf` or marks.
 * @see [domain reference §14](../../docs/domain.en.md#14-rivals-and-launch-timing)
 * @example
 * ```ts
 * import { launchTiming } from 'storeops/rivals';
 * const day = (rival: string, unitsSold: number, season?: string) =>
 *   ({ rival, itemId: `${rival}-1`, date: '2026-05-31', price: 199, unitsSold, listedAt: '2026-05-20', ...(season ? { season } : {}) });
 * const options = { season: 'summer', asOf: '2026-05-31' };
 * launchTiming([day('A', 45, 'summer'), day('B', 60, 'summer'), day('C', 5, 'summer'), day('D', 30)], options).decision //=> 'launch'
 * launchTiming([day('A', 3, 'summer'), day('B', 4, 'summer'), day('C', 5, 'summer'), day('D', 30)], options).decision //=> 'wait'
 * launchTiming([day('A', 45), day('B', 60)], options).decision //=> 'early'
 * launchTiming([day('A', 45, 'summer'), day('B', 60, 'summer'), day('C', 5, 'summer'), day('D', 30)], { ...options, locale: 'en' }).metrics
 * //=> { rivals: 4, launchedRivals: 3, launchedItems: 3, medianDailyUnits: 45 }
 * ```
 */
export function launchTiming(snapshots: readonly RivalSnapshot[], options: LaunchTimingOptions): LaunchTimingResult {
  const { marks, ...opts } = readOptions(options);
  const asOf = parseInput(isoDateSchema, opts.asOf, { code: 'INVALID_OPTIONS', prefix: ['asOf'] });
  if (typeof opts.season !== 'string' || opts.season.trim() === '') fail('INVALID_OPTIONS', 'season', 'expected the season to launch, e.g. "summer"');
  const season = opts.season;
  const j = openJudging(spec, { ...opts, thresholds: marks });
  const t = j.thresholds;
  const day = toDayNumber(asOf);
  const items = groupSnapshots(snapshots).filter((i) => (i.days[0] as (typeof i.days)[number]).day <= day); // every item has a first day

  const rivals = new Set(items.map((i) => i.rival));
  const launched = items.filter((i) => i.season === season && (i.listedAt ?? (i.days[0] as { day: number }).day) <= day);
  const launchedRivals = new Set(launched.map((i) => i.rival));
  const daily: number[] = [];
  for (const item of launched) {
    const from = Math.max(item.listedAt ?? -Infinity, day - t.windowDays + 1);
    const window = item.days.filter((d) => d.day >= from && d.day <= day);
    if (window.length > 0) daily.push(window.reduce((s, d) => s + d.units, 0) / window.length);
  }
  const med = median(daily);
  const medianDailyUnits = med === null ? null : Number(med.toPrecision(12));

  const params = { season, rivals: formatNumber(rivals.size, 0), launched: formatNumber(launchedRivals.size, 0) };
  const count = (x: number) => formatNumber(x, 0);
  const checks: Check[] = [
    judgeMetric(j, 'launchedRivals', 'LAUNCH_RIVALS_LAUNCHED', rivals.size === 0 ? null : launchedRivals.size, { direction: 'above', pass: t.minLaunchedRivals, inclusive: true }, count, params),
    judgeMetric(j, 'medianDailyUnits', 'LAUNCH_RIVALS_SELLING', medianDailyUnits, { direction: 'above', pass: t.minMedianDailyUnits, inclusive: true }, (x) => formatNumber(x, 1), { season }),
  ];
  const [launchedCheck, sellingCheck] = checks as [Check, Check];
  const decision: LaunchDecision = launchedCheck.status !== 'pass' ? 'early' : sellingCheck.status === 'pass' ? 'launch' : 'wait';
  const status: Status = rivals.size === 0 ? 'unknown' : decision === 'launch' ? 'pass' : 'fail';
  const advice = [advise(j, decision === 'launch' ? 'LAUNCH_NOW' : decision === 'wait' ? 'LAUNCH_WAIT' : 'LAUNCH_EARLY', { season })];
  return { decision, status, checks, advice, metrics: { rivals: rivals.size, launchedRivals: launchedRivals.size, launchedItems: daily.length, medianDailyUnits } };
}
