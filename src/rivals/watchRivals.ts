import type { Advice, Check, Status } from '../core/checks.js';
import { isoDateSchema, toDayNumber, type IsoDate } from '../core/dates.js';
import { formatNumber, formatPercent, type Locale, type MessageCatalog } from '../core/i18n.js';
import { advise, openJudging, readOptions, verdict, type JudgingSpec } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { parseInput } from '../core/validate.js';
import { rivalsMessages } from './messages.js';
import { groupSnapshots, type RivalSnapshot } from './snapshots.js';

/** The marks of rival watching (storeops defaults; the domain reference §14 gives the practice, not the numbers). */
export interface WatchRivalsThresholds {
  /** A day's units at least this much above the item's average of the days before is a jump (0.5: +50%). */
  salesJump: number;
  /** Days before `asOf` the average is taken over (7). */
  averageDays: number;
  /** Fewest snapshot days in that window for the average to count (3). */
  minAverageDays: number;
  /** A price this much or more under the previous snapshot's is a cut (0.1: 10%). */
  priceCut: number;
}

/** Options of {@link watchRivals}. */
export interface WatchRivalsOptions {
  /** The day to report on: the events are this day's. */
  asOf: IsoDate;
  /** Overrides of the default marks. */
  thresholds?: Partial<WatchRivalsThresholds>;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code. */
  messages?: MessageCatalog;
  /** Plugins applied in order (their `thresholds.rivals`). */
  plugins?: readonly StoreOpsPlugin[];
}

/** What a rival did. */
export type RivalEventKind = 'sales-jump' | 'price-cut' | 'new-listing' | 'promotion-start';

/** One rival event on `asOf`. */
export interface RivalEvent {
  kind: RivalEventKind;
  rival: string;
  itemId: string;
  /** The item's latest title (its id when none was given). */
  title: string;
  /** The event as a check (status `fail`: a mark was crossed and someone should look), with money-free reasons. */
  check: Check;
}

/** What the rivals did on `asOf`. */
export interface WatchRivalsResult {
  /** `fail` when any rival moved, `pass` when they were watched and did not, `unknown` with no snapshot on `asOf`. */
  status: Status;
  /** The events' checks, in the order of `events`. */
  checks: Check[];
  /** `RIVALS_REVIEW` (owner: operations and merchandising) or `RIVALS_QUIET`. */
  advice: Advice[];
  metrics: { rivals: number; items: number; events: number };
  /** By rival, item, then kind (jump, cut, listing, promotion) — the same for any order of the snapshots. */
  events: RivalEvent[];
}

/** Default marks of rival watching. @see [domain reference §14](../../docs/domain.en.md#14-rivals-and-launch-timing) */
export const defaultWatchRivalsThresholds: Readonly<WatchRivalsThresholds> = /* @__PURE__ */ Object.freeze({ salesJump: 0.5, averageDays: 7, minAverageDays: 3, priceCut: 0.1 });

const spec: JudgingSpec<WatchRivalsThresholds, typeof rivalsMessages> = {
  module: 'rivals',
  catalog: rivalsMessages,
  defaults: defaultWatchRivalsThresholds,
  marks: {
    salesJump: { number: [0, 1e6], above: true },
    averageDays: { number: [1, 366], integer: true },
    minAverageDays: { number: [1, 366], integer: true },
    priceCut: { number: [0, 1], above: true },
  },
};

const round12 = (x: number) => Number(x.toPrecision(12));

/**
 * Watches 3–5 rivals of the store's level (竞品): from daily snapshots of their items, the day's
 * events — an item's units up by +50% or more on its average of the 7 days before, a price cut of
 * 10% or more against the previous snapshot, a new listing (listed that day, or first seen that
 * day while the rival was already watched), a promotion that started that day. Each event is a
 * `Check` whose reasons name units and percentages, never money.
 *
 * @param snapshots - daily snapshots of the rivals' items (any order; one per item and day).
 * @param options - `asOf` (the day reported), threshold overrides, locale, messages, plugins.
 * @returns `{ status, checks, advice, metrics, events }`.
 * @throws StoreOpsError `INVALID_INPUT` for a bad snapshot or the same item twice on a day; `INVALID_OPTIONS` for a bad `asOf` or marks.
 * @see [domain reference §14](../../docs/domain.en.md#14-rivals-and-launch-timing)
 * @example
 * ```ts
 * import { watchRivals } from 'storeops/rivals';
 * const days = ['2026-05-24', '2026-05-25', '2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30'];
 * const snapshots = [
 *   ...days.map((date) => ({ rival: 'A', itemId: 'a1', title: '夏季连衣裙', date, price: 199, unitsSold: 40 })),
 *   { rival: 'A', itemId: 'a1', title: '夏季连衣裙', date: '2026-05-31', price: 169, unitsSold: 90 },
 * ];
 * const watch = watchRivals(snapshots, { asOf: '2026-05-31', locale: 'en' });
 * watch.events.map((e) => e.kind) //=> ['sales-jump', 'price-cut']
 * watch.checks[0].message //=> 'Rival A: "夏季连衣裙" sold 90 today, up 125% on its 7-day average of 40. Look at what it changed (price, activity, main image)'
 * watch.checks[1].params.change //=> '15.1%'
 * ```
 */
export function watchRivals(snapshots: readonly RivalSnapshot[], options: WatchRivalsOptions): WatchRivalsResult {
  const opts = readOptions(options);
  const asOf = parseInput(isoDateSchema, opts.asOf, { code: 'INVALID_OPTIONS', prefix: ['asOf'] });
  const j = openJudging(spec, opts);
  const t = j.thresholds;
  const items = groupSnapshots(snapshots);
  const day = toDayNumber(asOf);
  // groupSnapshots makes an item of each snapshot, so every item has a first day.
  const rivalsWatchedBefore = new Set(items.filter((i) => (i.days[0] as (typeof i.days)[number]).day < day).map((i) => i.rival));
  const events: RivalEvent[] = [];
  let watchedToday = 0;
  const rivals = new Set<string>();

  for (const item of items) {
    const idx = item.days.findIndex((d) => d.day === day);
    if (idx < 0) continue;
    watchedToday++;
    rivals.add(item.rival);
    const today = item.days[idx] as (typeof item.days)[number];
    const previous = idx > 0 ? item.days[idx - 1] : undefined;
    const base = { rival: item.rival, item: item.title };
    const push = (kind: RivalEventKind, check: Check) => events.push({ kind, rival: item.rival, itemId: item.itemId, title: item.title, check });

    const window = item.days.filter((d) => d.day < day && d.day >= day - t.averageDays);
    if (window.length >= t.minAverageDays) {
      const average = window.reduce((s, d) => s + d.units, 0) / window.length;
      const change = average === 0 ? null : round12(today.units / average - 1);
      if (change !== null && change >= t.salesJump) {
        push('sales-jump', verdict(j, 'RIVAL_SALES_JUMP', 'unitsChange', change, 'fail', { direction: 'below', pass: t.salesJump }, {
          ...base,
          units: formatNumber(today.units, 0),
          average: formatNumber(average, 1),
          days: formatNumber(t.averageDays, 0),
          change: formatPercent(change, 1),
        }));
      }
    }
    if (previous !== undefined && previous.price > 0) {
      const cut = round12(1 - today.price / previous.price);
      if (cut >= t.priceCut) {
        push('price-cut', verdict(j, 'RIVAL_PRICE_CUT', 'priceCut', cut, 'fail', { direction: 'below', pass: t.priceCut }, { ...base, change: formatPercent(cut, 1) }));
      }
    }
    const listedToday = item.listedAt === day || (item.listedAt === undefined && idx === 0 && rivalsWatchedBefore.has(item.rival));
    if (listedToday) {
      const season = item.season === undefined ? '' : j.locale === 'en' ? ` (${item.season})` : `（${item.season}）`;
      push('new-listing', verdict(j, 'RIVAL_NEW_LISTING', 'newListing', 1, 'fail', null, { ...base, season }));
    }
    if (today.promotion !== undefined && (previous === undefined ? idx === 0 && rivalsWatchedBefore.has(item.rival) : previous.promotion !== today.promotion)) {
      push('promotion-start', verdict(j, 'RIVAL_PROMOTION_START', 'promotion', 1, 'fail', null, { ...base, promotion: today.promotion }));
    }
  }

  const status: Status = watchedToday === 0 ? 'unknown' : events.length > 0 ? 'fail' : 'pass';
  const advice = status === 'unknown' ? [] : [events.length > 0 ? advise(j, 'RIVALS_REVIEW', { count: formatNumber(events.length, 0) }) : advise(j, 'RIVALS_QUIET', { count: formatNumber(rivals.size, 0) })];
  return { status, checks: events.map((e) => e.check), advice, metrics: { rivals: rivals.size, items: watchedToday, events: events.length }, events };
}
