import * as z from 'zod/mini';
import { fail, UNREADABLE } from '../core/errors.js';
import { messageCatalogSchema, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { isDate, readDay } from '../core/dateInput.js';
import { parseInput } from '../core/validate.js';
import { adsArea } from './areas/ads.js';
import { dataArea } from './areas/data.js';
import { driversArea } from './areas/drivers.js';
import { dsrArea, type BriefDsrInput } from './areas/dsr.js';
import { moduleAreas } from './areas/modules.js';
import { practicesArea, type BriefPracticesInput } from './areas/practices.js';
import { pageHealthArea } from './areas/pageHealth.js';
import { productsArea } from './areas/products.js';
import { sourcesArea } from './areas/sources.js';
import { targetArea } from './areas/target.js';
import { trafficArea } from './areas/traffic.js';
import { eventArea, heroSignalsArea, isCampaignDay, refundsArea } from './areas/signals.js';
import { buildHeadline, finalizeFindings } from './headline.js';
import type { ReplanPolicy } from '../goals/trackProgress.js';
import { briefCatalogs } from './catalogs.js';
import type { BriefContext } from './context.js';
import type { DailyBrief } from './finding.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { openJudging, readOptions } from '../core/judge.js';
import { briefMessages } from './messages.js';
import { briefThresholdsSchema, defaultBriefThresholds, readBriefInput, type BriefThresholds, type DailyBriefInput } from './input.js';
import { pure } from '../core/pure.js';

/** Options of {@link dailyBrief}. */
export interface DailyBriefOptions {
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Overrides of the brief's own marks ({@link defaultBriefThresholds}). */
  thresholds?: Partial<BriefThresholds>;
  /** Extra or replacement messages by code; they win over the plugins' messages. */
  messages?: MessageCatalog;
  /**
   * Plugins applied in order before `thresholds` and `messages`: each plugin's
   * `thresholds.brief` overrides the brief's marks, its `thresholds['page-health']` and
   * `thresholds['traffic-structure']` the page marks and traffic norms, and its `messages` add
   * to or reword the messages.
   */
  plugins?: readonly StoreOpsPlugin[];
  /** The replan when the store is ahead: `'keep'` (default: the remaining targets stay, the surplus is a buffer) or `'spread'` (lower them); behind, the shortfall is spread either way. */
  replan?: ReplanPolicy;
  /** IANA time zone whose calendar a `Date` given as `input.date` is read in, e.g. `'Asia/Shanghai'`; UTC when not given. */
  timeZone?: string;
}

/** The input with a `Date` `date` read as its calendar day (UTC fields, or `options.timeZone`). */
function readInputDay(input: unknown, options: unknown): unknown {
  if (input === null || typeof input !== 'object') return input;
  // A getter or proxy trap that throws is bad input (or options), not a crash.
  const own = (value: object, key: string, code: 'INVALID_INPUT' | 'INVALID_OPTIONS'): unknown => {
    try {
      return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    } catch {
      return fail(code, code === 'INVALID_INPUT' ? '' : key, UNREADABLE);
    }
  };
  const date = own(input, 'date', 'INVALID_INPUT');
  if (!isDate(date)) return input;
  const timeZone = options !== null && typeof options === 'object' ? own(options, 'timeZone', 'INVALID_OPTIONS') : undefined;
  let copy: Record<string, unknown>;
  try {
    copy = { ...input };
  } catch {
    return fail('INVALID_INPUT', '', UNREADABLE);
  }
  return { ...copy, date: readDay(date, timeZone, 'date', 'INVALID_INPUT') };
}

/** Merges overrides onto the brief's marks, validating each. @internal */
export function resolveBriefThresholds(overrides: unknown, base: BriefThresholds = defaultBriefThresholds, path: readonly PropertyKey[] = ['thresholds']): BriefThresholds {
  // openJudging reads marks only for an override that is there (plugins' and the caller's).
  const o = parseInput(briefThresholdsSchema, overrides, { code: 'INVALID_OPTIONS', prefix: path });
  const out: BriefThresholds = { ...base };
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as unknown as Record<string, number>)[k] = v;
  return out;
}

const optionsSchema = /* @__PURE__ */ pure(() => z.strictObject({
  locale: z.optional(z.unknown()),
  timeZone: z.optional(z.string()),
  thresholds: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
  plugins: z.optional(z.unknown()),
  replan: z.optional(z.enum(['keep', 'spread'])),
}));

/**
 * The morning brief (晨报, [domain reference §1](../../docs/domain.en.md#1-the-operating-loop)): for one day, a **headline** — was the target met, with
 * actual against target; month and ISO week to date against the plan (a missed day is `critical`
 * only when the month is behind too); today's target and the visitors it needs at the planned
 * conversion and AOV; the one or two causes behind most of the day; an event's run-up — and the
 * findings, one story per cause: the gap split into visitors, conversion and AOV against the
 * plan; which source explains the change against the same day last week (a UV-value fall split
 * into conversion, for design or for service when inquiry conversion fell, and order value, for
 * merchandising); the paid channel as one ads story (daily cap used, paid visitors down, paid
 * share above its norm, the keywords to bid up, against each item's break-even ROI under the
 * refund model of `unitEconomics`) and keyword actions as lists; the week's traffic structure
 * (activity traffic on campaign days only); page health weekly; DSR by the owner of each score;
 * items whose conversion moved and the hero item's 收藏/加购; refunds against the 7 days before;
 * the days ahead re-planned (`trackProgress`: behind, the shortfall spread exactly; ahead,
 * targets kept by default); rows left out of the data; and, when given, the service, stock and
 * members modules' findings. Each finding has an area, a severity, an owner (`operations`,
 * `promotion`, `design`, `service`, `merchandising`), a message in `locale` (money to the yuan;
 * exact values in `numbers`), the money at stake a day and whether it is `material`; findings are
 * ordered by money at stake. An area without data is listed in `skipped` with the reason, never
 * guessed.
 *
 * @param input - the day (an `IsoDate`, or a `Date` read by `timeZone`), the store's days, and optionally sources, items, keywords, campaigns'
 *   daily caps, product costs and refund mix, the plan (days, or a `Plan` from `planTargets`),
 *   events, DSR ratings, service, stock and member data, and the rows the adapters left out. Rows from `parseSycmRows` fit as they are.
 * @param options - locale (`'zh-CN'` default), plugins, threshold overrides, extra messages, replan policy (`'keep'` default or `'spread'`),
 *   `timeZone` for a `Date` given as the day.
 * @returns the brief: `{ date, met, headline, findings, skipped, leftOut, materiality }`.
 * @throws StoreOpsError `INVALID_INPUT` for a bad field (path named) or no store row for the
 *   day; `INVALID_OPTIONS` for bad options; `INVALID_PLUGIN` for a bad plugin.
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop)
 * @example
 * ```ts
 * import { dailyBrief } from 'storeops/brief';
 * const store = [{ date: '2026-05-31', visitors: 1000, buyers: 30, paidAmount: '7200.00' }];
 * const brief = dailyBrief({ date: '2026-05-31', store, plan: [{ date: '2026-05-31', target: 8000 }] }, { locale: 'en' });
 * brief.met //=> false
 * brief.findings[0].message //=> '2026-05-31 missed its target: paid ¥7,200 against ¥8,000, ¥800 short (90%)'
 * brief.headline.message //=> '2026-05-31 missed its target: ¥7,200 paid against ¥8,000, ¥800 short (90%). May to date ¥7,200 against a plan of ¥8,000: 90% (¥800 behind). Week to date 90% of plan (¥800 behind)'
 * brief.findings[0].numbers //=> { actual: '7200.00', target: '8000.00', gap: '-800.00', achievement: 0.9 }
 * dailyBrief({ date: '2026-05-31', store: [] }) //=> throws INVALID_INPUT
 * ```
 */
export function dailyBrief(input: DailyBriefInput, options: DailyBriefOptions = {}): DailyBrief {
  const parsed = readBriefInput(readInputDay(input, options));
  const opts = parseInput(optionsSchema, readOptions(options), { code: 'INVALID_OPTIONS' });
  const j = openJudging({ module: 'brief', defaults: defaultBriefThresholds, marks: resolveBriefThresholds, catalog: briefMessages }, opts);
  const locale = j.locale;
  if (!parsed.store.some((d) => d.date === parsed.date)) fail('INVALID_INPUT', 'store', `has no row for ${parsed.date}`);
  const thresholds = j.thresholds;
  const catalogs = [...briefCatalogs(), ...j.extraMessages];
  // The modules the brief runs get the same plugins (each reads its own section and messages).
  const plugins = opts.plugins as readonly StoreOpsPlugin[] | undefined;
  const ctx: BriefContext = {
    input: parsed,
    thresholds,
    locale,
    catalogs,
    ...(plugins === undefined ? {} : { plugins }),
    findings: [],
    skipped: [],
    paid: { drops: [], rises: [], shareHigh: null },
    campaignDay: false,
  };
  ctx.campaignDay = isCampaignDay(ctx);

  const met = targetArea(ctx, opts.replan ?? 'keep');
  driversArea(ctx);
  sourcesArea(ctx);
  trafficArea(ctx);
  adsArea(ctx);
  pageHealthArea(ctx);
  productsArea(ctx);
  heroSignalsArea(ctx);
  refundsArea(ctx);
  eventArea(ctx);
  dsrArea(ctx, parsed.dsr as BriefDsrInput | undefined);
  moduleAreas(ctx, parsed as Parameters<typeof moduleAreas>[1]);
  practicesArea(ctx, parsed as BriefPracticesInput);
  dataArea(ctx);

  finalizeFindings(ctx);
  const headline = buildHeadline(ctx, met);
  return {
    date: parsed.date,
    locale,
    storeName: parsed.storeName ?? null,
    met,
    headline,
    materiality: { money: thresholds.materialMoney, share: thresholds.materialShare },
    findings: ctx.findings,
    skipped: ctx.skipped,
    // The plugins' and the caller's messages, so renderBrief prints the same wording without them.
    messages: Object.assign({}, ...j.extraMessages) as MessageCatalog,
    leftOut: (parsed.leftOut ?? []).map((l) => ({ export: l.export, rows: l.rows })),
  };
}
