import * as z from 'zod/mini';
import type { Advice, Check, Status, Threshold } from '../core/checks.js';
import { fail, formatPath } from '../core/errors.js';
import { formatNumber, type Locale, type MessageCatalog } from '../core/i18n.js';
import { advise, openJudging, readOptions, text, verdict, type Judging, type JudgingSpec } from '../core/judge.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { countSchema, parseInput } from '../core/validate.js';
import { salesCurveMessages } from './salesCurveMessages.js';
import { pure } from '../core/pure.js';

/** One item and its units sold in the month. */
export interface SalesCurveItem {
  /** Stable id (unique in the list). */
  id: string;
  /** Display name; the id when missing. */
  name?: string;
  /** Units sold in the month (月销量, a count). */
  units: number;
}

/**
 * A tier of the curve: items selling at least `minUnits` and under `maxUnits` a month (`null`:
 * no upper bound). `count` is the reference band of how many items the tier should hold; a tier
 * without one (the profit items below) is counted but not judged.
 */
export interface SalesTier {
  /** Stable id; the message `CURVE_TIER_<ID>` names it when the catalog has one. */
  id: string;
  /** Its name when the catalog has no `CURVE_TIER_<ID>`. */
  name?: string;
  /** Lowest monthly units of the tier (inclusive). */
  minUnits: number;
  /** Monthly units from which an item belongs to the tier above (exclusive), `null` for the top tier. */
  maxUnits: number | null;
  /** Reference band of the number of items `[min, max]`, or `null` (not judged). */
  count: readonly [number, number] | null;
  /** The share of the catalogue's items the source quotes for the tier (shown, not judged), or `null`. */
  itemShare: number | null;
}

/** The marks of the curve: its tiers, from the top (most units) down. */
export interface SalesCurveThresholds {
  tiers: readonly SalesTier[];
}

/** Options of {@link salesCurve}. */
export interface SalesCurveOptions {
  /** The tiers, top first, replacing the default preset (`salesCurveTierPresets.seed`). */
  tiers?: readonly SalesTier[];
  /** The same marks in the form every judging function takes (`{ tiers }`); give the tiers here or as `tiers`, not both. */
  thresholds?: Partial<SalesCurveThresholds>;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code; they win over the plugins' messages. */
  messages?: MessageCatalog;
  /** Plugins applied in order before `tiers` and `messages` (their `thresholds['sales-curve'].tiers`). */
  plugins?: readonly StoreOpsPlugin[];
}

/** One tier as found in the store. */
export interface SalesTierResult {
  id: string;
  /** The tier's name in the requested locale. */
  name: string;
  minUnits: number;
  maxUnits: number | null;
  /** Items in the tier. */
  count: number;
  /** Units they sold. */
  units: number;
  /** Their share of the catalogue's items, 0–1 (`null` with no items). */
  itemShare: number | null;
  /** Their share of all units, 0–1 (`null` when nothing sold). */
  unitShare: number | null;
  /** The reference band, or `null`. */
  band: readonly [number, number] | null;
  /** `pass` inside the band, `fail` outside, `unknown` without a band. */
  status: Status;
  /** The tier's items, most units first. */
  itemIds: string[];
}

/** An empty tier between filled ones (断层), and the item closest to filling it. */
export interface SalesCurveGap {
  /** The empty tier's id. */
  tier: string;
  /** The best-selling item below the tier, with the lift (×) its units need to reach the tier's floor, or `null` when nothing sells below. */
  candidate: { id: string; name: string; units: number; lift: number | null; target: number } | null;
}

/** The shape of the store's sales curve. */
export interface SalesCurveResult {
  /** `fail` when the curve has a gap or a tier sits outside its band; `pass` otherwise; `unknown` with no items. */
  status: Status;
  /** A check per judged tier, then one per gap (`CURVE_GAP`). */
  checks: Check[];
  /** `CURVE_GAP_FILL` per gap that an item can fill, or `CURVE_SMOOTH`. */
  advice: Advice[];
  metrics: { items: number; units: number; gaps: number };
  /** Every tier, top first. */
  tiers: SalesTierResult[];
  /** The gaps, top first. */
  gaps: SalesCurveGap[];
}

/**
 * Tier presets. `seed`, the default, is the article's example ("店铺商品销量成抛物线下滑，不出现断层"):
 * 1–2 flash-sale traffic items over 10,000 units a month (~2% of items), 4–12 low-price promotion
 * items at 3,000–10,000 (~8%), 8–16 hot activity items at 1,000–3,000 (~10%), and profit items
 * below. Reading taken: the article's "占比" is the share of the catalogue's **items** (1–2 of
 * about 100 items is ~2%), shown beside each tier but not judged; the counts are the bands judged.
 * A tier's floor is inclusive and its ceiling exclusive (10,000 units is a flash-sale item).
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 */
export const salesCurveTierPresets: Readonly<Record<'seed', readonly SalesTier[]>> = /* @__PURE__ */ pure(() => Object.freeze({
  seed: Object.freeze([
    Object.freeze({ id: 'flash', minUnits: 10_000, maxUnits: null, count: Object.freeze([1, 2] as const), itemShare: 0.02 }),
    Object.freeze({ id: 'promotion', minUnits: 3_000, maxUnits: 10_000, count: Object.freeze([4, 12] as const), itemShare: 0.08 }),
    Object.freeze({ id: 'activity', minUnits: 1_000, maxUnits: 3_000, count: Object.freeze([8, 16] as const), itemShare: 0.1 }),
    Object.freeze({ id: 'profit', minUnits: 0, maxUnits: 1_000, count: null, itemShare: null }),
  ]),
}));

const MAX_TIERS = 50;

/** Reads a tier list override: top first, contiguous (each tier's ceiling is the floor of the one above), ending at 0. */
function readTiers(value: unknown, _base: never, path: readonly PropertyKey[]): readonly SalesTier[] {
  const at = formatPath(path);
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_TIERS) fail('INVALID_OPTIONS', at, `expected 1 to ${MAX_TIERS} tiers, top first`);
  const ids = new Set<string>();
  const tiers: SalesTier[] = [];
  (value as unknown[]).forEach((raw, i) => {
    const p = formatPath([...path, i]);
    if (typeof raw !== 'object' || raw === null) fail('INVALID_OPTIONS', p, 'expected a tier { id, minUnits, maxUnits, count, itemShare }');
    const t = raw as Record<string, unknown>;
    if (typeof t.id !== 'string' || t.id === '' || ids.has(t.id)) fail('INVALID_OPTIONS', `${p}.id`, 'expected a unique, non-empty id');
    ids.add(t.id);
    const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1e15;
    if (!isCount(t.minUnits)) fail('INVALID_OPTIONS', `${p}.minUnits`, 'expected a number of units >= 0');
    const above = tiers[i - 1];
    const maxUnits = t.maxUnits === undefined || t.maxUnits === null ? null : t.maxUnits;
    if (i === 0 ? maxUnits !== null : maxUnits !== above?.minUnits) {
      fail('INVALID_OPTIONS', `${p}.maxUnits`, i === 0 ? 'the top tier has no ceiling (null)' : `expected the floor of the tier above (${String(above?.minUnits)}): tiers are contiguous`);
    }
    if (maxUnits !== null && !(t.minUnits < (maxUnits as number))) fail('INVALID_OPTIONS', `${p}.minUnits`, 'must be under maxUnits');
    const count = t.count === undefined || t.count === null ? null : t.count;
    if (count !== null && !(Array.isArray(count) && count.length === 2 && count.every((n) => Number.isInteger(n) && n >= 0) && count[0] <= count[1])) {
      fail('INVALID_OPTIONS', `${p}.count`, 'expected [min, max] whole numbers, min <= max, or null');
    }
    const itemShare = t.itemShare === undefined || t.itemShare === null ? null : t.itemShare;
    if (itemShare !== null && !(typeof itemShare === 'number' && itemShare >= 0 && itemShare <= 1)) fail('INVALID_OPTIONS', `${p}.itemShare`, 'expected a share 0–1 or null');
    if (t.name !== undefined && typeof t.name !== 'string') fail('INVALID_OPTIONS', `${p}.name`, 'expected a string');
    tiers.push({ id: t.id, ...(typeof t.name === 'string' ? { name: t.name } : {}), minUnits: t.minUnits, maxUnits: maxUnits as number | null, count: count as [number, number] | null, itemShare: itemShare as number | null });
  });
  if ((tiers[tiers.length - 1] as SalesTier).minUnits !== 0) fail('INVALID_OPTIONS', formatPath([...path, tiers.length - 1, 'minUnits']), 'the bottom tier starts at 0 units, so every item has a tier');
  return tiers;
}

const spec: JudgingSpec<SalesCurveThresholds, typeof salesCurveMessages> = {
  module: 'sales-curve',
  catalog: salesCurveMessages,
  defaults: { tiers: salesCurveTierPresets.seed },
  marks: { tiers: readTiers },
};

/** zod schema of one {@link SalesCurveItem}. */
export const salesCurveItemSchema = /* @__PURE__ */ pure(() => z.object({ id: z.string().check(z.minLength(1)), name: z.optional(z.string()), units: countSchema }));
const itemsSchema = /* @__PURE__ */ pure(() => z.array(salesCurveItemSchema).check(z.maxLength(1_000_000)));

function tierName(j: Judging<object, typeof salesCurveMessages>, tier: SalesTier): string {
  const code = `CURVE_TIER_${tier.id.toUpperCase()}`;
  return j.catalogs.some((c) => Object.prototype.hasOwnProperty.call(c, code)) ? text(j, code as keyof typeof salesCurveMessages) : (tier.name ?? tier.id);
}

const range = (t: SalesTier) => (t.maxUnits === null ? `≥ ${formatNumber(t.minUnits, 0)}` : `${formatNumber(t.minUnits, 0)}–${formatNumber(t.maxUnits, 0)}`);

/**
 * Sales-curve health (销量曲线): "店铺商品销量成抛物线下滑，不出现断层" — a healthy store's items,
 * ranked by monthly units, fall off smoothly. Counts the items and units of each tier against
 * its reference band, finds every empty tier with filled tiers above and below it (断层), and
 * names the item closest to filling each gap with the lift it needs (the tier's floor ÷ its
 * units).
 *
 * @param items - each item's units sold in the month.
 * @param options - `tiers` (top first; default `salesCurveTierPresets.seed`), locale, messages, plugins.
 * @returns `{ status, checks, advice, metrics, tiers, gaps }`.
 * @throws StoreOpsError `INVALID_INPUT` for a bad item or a duplicate id; `INVALID_OPTIONS` for tiers that are not contiguous.
 * @see [domain reference §6](../../docs/domain.en.md#6-product-roles)
 * @example
 * ```ts
 * import { salesCurve } from 'storeops/roles';
 * const items = [
 *   { id: 'hit', units: 12000 },
 *   ...[2400, 2100, 1900, 1700, 1500, 1400, 1300, 1200, 1100].map((units, i) => ({ id: `a${i}`, units })),
 *   ...Array.from({ length: 90 }, (_, i) => ({ id: `p${i}`, units: 100 + i })),
 * ];
 * const curve = salesCurve(items, { locale: 'en' });
 * curve.tiers.map((t) => t.count) //=> [1, 0, 9, 90]
 * curve.gaps[0].tier //=> 'promotion'
 * curve.gaps[0].candidate //=> { id: 'a0', name: 'a0', units: 2400, lift: 1.25, target: 3000 }
 * curve.advice[0].message //=> 'To fill the gap: a0 sells 2,400 a month and needs ×1.25 to reach 3,000, the floor of the low-price promotion items'
 * ```
 */
export function salesCurve(items: readonly SalesCurveItem[], options: SalesCurveOptions = {}): SalesCurveResult {
  const list = parseInput(itemsSchema, items);
  const { tiers: tierOption, ...rest } = readOptions(options);
  // `tiers` is a top-level option: a bad one is reported where the caller wrote it (`tiers[1].maxUnits`),
  // then handed on, already read, as the marks the plugins' `thresholds['sales-curve'].tiers` give.
  if (tierOption !== undefined && rest['thresholds'] !== undefined) fail('INVALID_OPTIONS', 'thresholds', 'give the tiers once: as `tiers` or as `thresholds.tiers`');
  const j = openJudging(spec, tierOption === undefined ? rest : { ...rest, thresholds: { tiers: readTiers(tierOption, undefined as never, ['tiers']) } });
  const tiers = j.thresholds.tiers;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) fail('INVALID_INPUT', `[${i}].id`, `duplicate id ${JSON.stringify(item.id)}`);
    seen.add(item.id);
  });

  const sorted = list.map((item, index) => ({ ...item, index })).sort((a, b) => b.units - a.units || a.index - b.index);
  const totalUnits = sorted.reduce((s, i) => s + i.units, 0);
  const tierOf = (units: number) => tiers.findIndex((t) => units >= t.minUnits && (t.maxUnits === null || units < t.maxUnits));
  const members: (typeof sorted)[] = tiers.map(() => []);
  for (const item of sorted) (members[tierOf(item.units)] as typeof sorted).push(item);

  const checks: Check[] = [];
  const results: SalesTierResult[] = tiers.map((tier, i) => {
    const inTier = members[i] as typeof sorted;
    const units = inTier.reduce((s, x) => s + x.units, 0);
    const name = tierName(j, tier);
    let status: Status = 'unknown';
    if (tier.count !== null && list.length > 0) {
      const [min, max] = tier.count;
      status = inTier.length >= min && inTier.length <= max ? 'pass' : 'fail';
      const code = status === 'pass' ? 'CURVE_TIER_IN_BAND' : inTier.length < min ? 'CURVE_TIER_BELOW_BAND' : 'CURVE_TIER_ABOVE_BAND';
      const threshold: Threshold = { direction: 'above', pass: min, inclusive: true };
      checks.push(verdict(j, code, `tiers.${tier.id}.count`, inTier.length, status, threshold, { tier: name, range: range(tier), count: formatNumber(inTier.length, 0), band: `${min}–${max}` }));
    }
    return {
      id: tier.id,
      name,
      minUnits: tier.minUnits,
      maxUnits: tier.maxUnits,
      count: inTier.length,
      units,
      itemShare: list.length === 0 ? null : Number((inTier.length / list.length).toPrecision(12)),
      unitShare: totalUnits === 0 ? null : Number((units / totalUnits).toPrecision(12)),
      band: tier.count,
      status,
      itemIds: inTier.map((x) => x.id),
    };
  });

  // 断层: an empty tier with items above it and below it.
  const gaps: SalesCurveGap[] = [];
  const advice: Advice[] = [];
  results.forEach((r, i) => {
    if (r.count > 0 || !results.slice(0, i).some((x) => x.count > 0) || !results.slice(i + 1).some((x) => x.count > 0)) return;
    const tier = tiers[i] as SalesTier;
    const best = results.slice(i + 1).find((x) => x.count > 0) as SalesTierResult;
    const top = sorted.find((x) => x.id === best.itemIds[0]) as (typeof sorted)[number];
    const lift = top.units === 0 ? null : Number((tier.minUnits / top.units).toPrecision(12));
    const candidate = { id: top.id, name: top.name ?? top.id, units: top.units, lift, target: tier.minUnits };
    gaps.push({ tier: tier.id, candidate });
    checks.push(verdict(j, 'CURVE_GAP', `tiers.${tier.id}.count`, 0, 'fail', null, { tier: r.name, range: range(tier) }));
    if (lift !== null) {
      advice.push(advise(j, 'CURVE_GAP_FILL', { name: candidate.name, units: formatNumber(top.units, 0), lift: formatNumber(lift, 2), target: formatNumber(tier.minUnits, 0), tier: r.name }));
    }
  });
  if (gaps.length === 0 && list.length > 0) advice.push(advise(j, 'CURVE_SMOOTH'));

  const status: Status = list.length === 0 ? 'unknown' : checks.some((c) => c.status === 'fail') ? 'fail' : 'pass';
  return { status, checks, advice, metrics: { items: list.length, units: totalUnits, gaps: gaps.length }, tiers: results, gaps };
}
