import * as z from 'zod/mini';
import { isoDateSchema, toDayNumber, type IsoDate } from '../core/dates.js';
import { fail } from '../core/errors.js';
import { moneyToNumber, nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { countSchema, parseInput } from '../core/validate.js';
import { pure } from '../core/pure.js';

/** What a rival's item page showed on one day (a daily snapshot, e.g. from a 竞品 tracking sheet). */
export interface RivalSnapshot {
  /** The rival store's name. */
  rival: string;
  /** The rival's item id. */
  itemId: string;
  /** The day of the snapshot. */
  date: IsoDate;
  /** The item's title. */
  title?: string;
  /** Price shown, in yuan. */
  price: MoneyInput;
  /** Units sold that day (a count; e.g. the difference of the page's sales counter). */
  unitsSold: number;
  /** The day the item was listed (上新), when known. */
  listedAt?: IsoDate;
  /** The season it is for, e.g. `'summer'` or `'夏'`. */
  season?: string;
  /** The promotion it is in that day, if any (e.g. `'满300减40'`). */
  promotion?: string;
}

/** One rival item's snapshots in day order, with day numbers. @internal */
export interface RivalItem {
  rival: string;
  itemId: string;
  title: string;
  season: string | undefined;
  listedAt: number | undefined;
  days: { day: number; price: number; units: number; promotion: string | undefined; title: string | undefined; season: string | undefined }[];
}

const snapshotSchema = /* @__PURE__ */ pure(() => z.object({
  rival: z.string().check(z.minLength(1)),
  itemId: z.string().check(z.minLength(1)),
  date: isoDateSchema,
  title: z.optional(z.string()),
  price: nonNegativeMoneySchema,
  unitsSold: countSchema,
  listedAt: z.optional(isoDateSchema),
  season: z.optional(z.string()),
  promotion: z.optional(z.string()),
}));

/** zod schema of a list of {@link RivalSnapshot}s (at most 1,000,000). */
export const rivalSnapshotsSchema = /* @__PURE__ */ pure(() => z.array(snapshotSchema).check(z.maxLength(1_000_000)));

/**
 * Validates snapshots and groups them by rival and item, days ascending; the same item twice on
 * one day is an error at the second one (no silent pick). Items are ordered by rival, then id, so
 * the result does not depend on the input order. @internal
 */
export function groupSnapshots(snapshots: unknown): RivalItem[] {
  const list = parseInput(rivalSnapshotsSchema, snapshots);
  const byKey = new Map<string, RivalItem & { seen: Set<number> }>();
  list.forEach((s, i) => {
    const key = JSON.stringify([s.rival, s.itemId]);
    let item = byKey.get(key);
    if (item === undefined) {
      item = { rival: s.rival, itemId: s.itemId, title: s.title ?? s.itemId, season: s.season, listedAt: undefined, days: [], seen: new Set() };
      byKey.set(key, item);
    }
    const day = toDayNumber(s.date);
    if (item.seen.has(day)) fail('INVALID_INPUT', `[${i}].date`, `a second snapshot of ${s.rival} / ${s.itemId} on ${s.date}`);
    item.seen.add(day);
    if (s.listedAt !== undefined) item.listedAt = Math.min(item.listedAt ?? Infinity, toDayNumber(s.listedAt));
    item.days.push({ day, price: moneyToNumber(s.price) as number, units: s.unitsSold, promotion: s.promotion === '' ? undefined : s.promotion, title: s.title, season: s.season });
  });
  const items = [...byKey.values()].map(({ seen: _seen, ...item }) => {
    item.days.sort((a, b) => a.day - b.day);
    // The latest day's title and season win, whatever the input order.
    for (const d of item.days) {
      if (d.title !== undefined) item.title = d.title;
      if (d.season !== undefined) item.season = d.season;
    }
    return item;
  });
  // One item per rival and item id, so two items never tie.
  return items.sort((a, b) => (a.rival < b.rival ? -1 : a.rival > b.rival ? 1 : a.itemId < b.itemId ? -1 : 1));
}
