import * as z from 'zod/mini';
import type { Advice, Check, Status } from '../core/checks.js';
import { isoDateSchema, isIsoDate, toDayNumber, type IsoDate } from '../core/dates.js';
import { formatMoney, toDecimal } from '../core/decimal.js';
import { fail, isStoreOpsError, StoreOpsError } from '../core/errors.js';
import { formatNumber, formatPercent, type Locale, type MessageCatalog } from '../core/i18n.js';
import { advise, openJudging, overallStatus, readOptions, text, verdict, type JudgingSpec } from '../core/judge.js';
import { nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import type { StoreOpsPlugin } from '../core/plugin.js';
import { ratio } from '../core/ratio.js';
import { nonNegativeSchema, parseInput } from '../core/validate.js';
import { stockCover, type StockItemInput } from '../stock/stockCover.js';
import { checksMessages } from './messages.js';
import { pure } from '../core/pure.js';

/**
 * A wall-clock time in the store's own time, `'YYYY-MM-DD HH:mm'` (or with `T` and seconds:
 * `'2026-05-31T09:30:00'`). No time zone: the gate subtracts times as the store's clock shows
 * them, so the result is the same on any machine.
 */
export type StoreTime = string;

/** An activity (活动) the store runs: its window and, when it has one, its promotion price. */
export interface GateActivity {
  /** The activity's name, e.g. `'618 预热'`. */
  name: string;
  /** First day of the activity. */
  start: IsoDate;
  /** Last day of the activity (inclusive). */
  end: IsoDate;
  /** 活动价: the promotion price in yuan. */
  price?: MoneyInput;
  /** 标价 / 原价: the listed price in yuan; a promotion price above it fails. */
  listedPrice?: MoneyInput;
  /** Whether the activity is live in the back office now (`false` inside its window fails). */
  live?: boolean;
}

/** A hit item (主推款 / 次推款) whose stock the gate checks, with `stockCover`'s inputs. */
export interface GateHitItem extends StockItemInput {
  /** Days of cover under which the item is confirmed with purchasing; its lead time + safety days by default. */
  warningDays?: number;
}

/** An order paid but not shipped (未发货订单). */
export interface GateUnshippedOrder {
  /** The order number. */
  orderId: string;
  /** When the buyer paid, in store time. */
  paidAt: StoreTime;
  /** Why it is not shipped, e.g. `'缺货'` (out of stock) or `'漏发'` (missed). */
  reason?: string;
  /** The shipping promise of this order in hours (承诺发货时间), when it differs from the store's. */
  promiseHours?: number;
}

/** A complaint, report, violation or deduction (投诉 / 举报 / 违规 / 扣分) in the back office. */
export interface GatePenalty {
  /** What it is, e.g. `'投诉'`, `'违规'`. */
  kind: string;
  /** Points deducted (0 for a complaint without points). */
  points: number;
  /** When it was recorded: a day, or a store time. */
  at: IsoDate | StoreTime;
}

/** A page or link to check (首页, 活动页, 详情页 …). */
export interface GatePage {
  /** Its name or address. */
  name: string;
  /** Whether it opened and showed what it should. */
  ok: boolean;
}

/** The three DSR scores (exact, 1–5), any of them. */
export interface GateDsrScores {
  description?: number;
  service?: number;
  shipping?: number;
}

/** After-sales figures (售后指标), any of them. */
export interface GateAfterSales {
  /** 退款率, 0–1. */
  refundRate?: number;
  /** 纠纷退款率, 0–1. */
  disputeRate?: number;
  /** 退款处理时长, hours. */
  refundHours?: number;
}

/** What the morning check gate looks at; every part is optional, and a part left out is not checked. */
export interface DailyChecksInput {
  /** Now, in store time: when the gate is run (orders are late against it, activities live on its day). */
  asOf: StoreTime;
  /** Activities and promotion prices. */
  activities?: GateActivity[];
  /** The main and secondary hit items and their stock. */
  hitItems?: GateHitItem[];
  /** Orders paid but not shipped. */
  unshippedOrders?: GateUnshippedOrder[];
  /** Complaints, reports, violations and deductions recorded recently. */
  penalties?: GatePenalty[];
  /** Pages and links checked this morning. */
  pages?: GatePage[];
  /** DSR today and yesterday. */
  dsr?: { today: GateDsrScores; yesterday: GateDsrScores };
  /** After-sales figures today and yesterday. */
  afterSales?: { today: GateAfterSales; yesterday: GateAfterSales };
}

/** The marks of the gate (storeops defaults; the domain reference §13 gives the checklist, not the numbers, except the platform's 48-hour promise). */
export interface DailyChecksThresholds {
  /** 承诺发货时间: hours from payment by which an order must ship (48, Taobao's standard promise). */
  promiseHours: number;
  /** An unshipped order this many hours or fewer from its promise is due soon (12). */
  dueSoonHours: number;
  /** Days of cover under which a hit item is low, for every item (default `null`: each item's lead time + safety days, its reorder point). */
  stockWarningDays: number | null;
  /** An activity starting within this many days is announced so it can be prepared (1). */
  activityLeadDays: number;
  /** A DSR score falling by this much or more since yesterday fails (0.01). */
  dsrDrop: number;
  /** An after-sales figure rising by more than this share since yesterday fails (0.1: +10%). */
  afterSalesRise: number;
  /** Penalties recorded on this many days before today, and today, count as new (1: since yesterday). */
  penaltyDays: number;
}

/** Options of {@link dailyChecks}. */
export interface DailyChecksOptions {
  /** Overrides of the default marks. */
  thresholds?: Partial<DailyChecksThresholds>;
  /** Language of the messages: `'zh-CN'` (default) or `'en'`. */
  locale?: Locale;
  /** Extra or replacement messages by code; they win over the plugins' messages. */
  messages?: MessageCatalog;
  /** Plugins applied in order before `thresholds` and `messages` (their `thresholds.checks`). */
  plugins?: readonly StoreOpsPlugin[];
}

/** The numbers behind the gate's verdict. */
export interface DailyChecksMetrics {
  /** Checks that failed. */
  failed: number;
  /** Orders past their promise. */
  lateOrders: number;
  /** Orders due within `dueSoonHours`. */
  dueSoonOrders: number;
  /** Hit items below their warning level. */
  lowStockItems: number;
  /** Points deducted in the new penalties. */
  penaltyPoints: number;
  /** Pages or links that do not work. */
  brokenPages: number;
}

/** The verdict of the gate. */
export interface DailyChecksResult {
  /** `fail` if any check fails (the gate is closed: fix these first), else `pass`; `unknown` when nothing was given. */
  status: Status;
  /** One check per activity in or near its window, per hit item, for orders, penalties, pages, each DSR score and after-sales figure. */
  checks: Check[];
  /** `GATE_FAILED` (with the count) or `GATE_PASSED`. */
  advice: Advice[];
  metrics: DailyChecksMetrics;
}

/** Default marks of the morning check gate. @see [domain reference §13](../../docs/domain.en.md#13-the-morning-check-gate) */
export const defaultDailyChecksThresholds: Readonly<DailyChecksThresholds> = /* @__PURE__ */ Object.freeze({
  promiseHours: 48,
  dueSoonHours: 12,
  stockWarningDays: null,
  activityLeadDays: 1,
  dsrDrop: 0.01,
  afterSalesRise: 0.1,
  penaltyDays: 1,
});

const spec: JudgingSpec<DailyChecksThresholds, typeof checksMessages> = {
  module: 'checks',
  catalog: checksMessages,
  defaults: defaultDailyChecksThresholds,
  marks: {
    promiseHours: { number: [0, 8760], above: true },
    dueSoonHours: { number: [0, 8760] },
    stockWarningDays: { number: [0, 3650], nullable: true },
    activityLeadDays: { number: [0, 366], integer: true },
    dsrDrop: { number: [0, 4] },
    afterSalesRise: { number: [0, 1e6] },
    penaltyDays: { number: [0, 366], integer: true },
  },
};

const TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Minutes since day 0 of a store time, or `null` when it is not one. */
function minutesOf(value: string): number | null {
  const m = TIME.exec(value);
  if (m === null) return null;
  const [, day, h, min, s] = m as unknown as [string, string, string, string, string | undefined];
  if (!isIsoDate(day) || Number(h) > 23 || Number(min) > 59 || (s !== undefined && Number(s) > 59)) return null;
  return toDayNumber(day) * 1440 + Number(h) * 60 + Number(min) + (s === undefined ? 0 : Number(s) / 60);
}

const storeTimeSchema = /* @__PURE__ */ pure(() => z.string().check(z.refine((v) => minutesOf(v) !== null, { error: "expected a store time 'YYYY-MM-DD HH:mm'" })));
const dayOrTimeSchema = /* @__PURE__ */ pure(() => z.string().check(z.refine((v) => isIsoDate(v) || minutesOf(v) !== null, { error: "expected a day 'YYYY-MM-DD' or a store time 'YYYY-MM-DD HH:mm'" })));
const scoreSchema = /* @__PURE__ */ pure(() => z.number().check(z.gte(1), z.lte(5)));
const rate = /* @__PURE__ */ pure(() => z.number().check(z.gte(0), z.lte(1)));
const dsrScoresSchema = /* @__PURE__ */ pure(() => z.strictObject({ description: z.optional(scoreSchema), service: z.optional(scoreSchema), shipping: z.optional(scoreSchema) }));
const afterSalesSchema = /* @__PURE__ */ pure(() => z.strictObject({ refundRate: z.optional(rate), disputeRate: z.optional(rate), refundHours: z.optional(z.number().check(z.gte(0), z.lte(8760))) }));
const LIST_MAX = 100_000;
const list = <T extends z.ZodMiniType>(item: T) => z.optional(z.array(item).check(z.maxLength(LIST_MAX)));

/** zod schema of {@link DailyChecksInput} (hit items are validated again by `stockCover`). */
export const dailyChecksInputSchema = /* @__PURE__ */ pure(() => z.object({
  asOf: storeTimeSchema,
  activities: list(
    z.object({ name: z.string(), start: isoDateSchema, end: isoDateSchema, price: z.optional(nonNegativeMoneySchema), listedPrice: z.optional(nonNegativeMoneySchema), live: z.optional(z.boolean()) })
      .check(z.refine((a) => a.end >= a.start, { error: 'end must not be before start', path: ['end'] })),
  ),
  hitItems: list(z.looseObject({ id: z.string(), warningDays: z.optional(z.number().check(z.gte(0), z.lte(3650))) })),
  unshippedOrders: list(z.object({ orderId: z.string(), paidAt: storeTimeSchema, reason: z.optional(z.string()), promiseHours: z.optional(z.number().check(z.gt(0), z.lte(8760))) })),
  penalties: list(z.object({ kind: z.string(), points: nonNegativeSchema, at: dayOrTimeSchema })),
  pages: list(z.object({ name: z.string(), ok: z.boolean() })),
  dsr: z.optional(z.strictObject({ today: dsrScoresSchema, yesterday: dsrScoresSchema })),
  afterSales: z.optional(z.strictObject({ today: afterSalesSchema, yesterday: afterSalesSchema })),
}));

const DSR_NAMES = { description: 'GATE_DSR_DESCRIPTION', service: 'GATE_DSR_SERVICE', shipping: 'GATE_DSR_SHIPPING' } as const;
const AFTER_SALES_NAMES = { refundRate: 'GATE_AFTER_SALES_REFUND_RATE', disputeRate: 'GATE_AFTER_SALES_DISPUTE_RATE', refundHours: 'GATE_AFTER_SALES_REFUND_HOURS' } as const;
const hours1 = (minutes: number) => formatNumber(Math.floor(minutes / 6) / 10, 1);

/**
 * The morning check gate (每日检查): before any analysis, are the activities live at the right
 * prices, is there stock for the hit items, are orders shipping on time, is there anything new
 * in the back office (complaints, violations, deducted points), do the pages work, and did DSR or
 * after-sales move since yesterday. A failed gate is shown above everything else in the brief.
 *
 * Hit items' cover and reorder point come from `stockCover` (reorder point = daily sales × (lead
 * time + safety days)); an item under its warning level (by default, under its reorder point) is
 * to be confirmed with purchasing for at least the units missing to the reorder point. An order
 * is late when more hours than its promise have passed since payment (exactly the promise is not
 * yet late). Times are store wall-clock times, so the result does not depend on the machine's
 * time zone.
 *
 * @param input - `asOf` (now, store time) and any of the parts to check.
 * @param options - threshold overrides (promise 48 h, due soon 12 h, DSR drop 0.01, after-sales +10%, …), locale, messages, plugins.
 * @returns `{ status, checks, advice, metrics }`: `fail` when any check fails.
 * @throws StoreOpsError `INVALID_INPUT` at the bad field (a payment after `asOf` too); `INVALID_OPTIONS` for bad marks.
 * @see [domain reference §13](../../docs/domain.en.md#13-the-morning-check-gate), §10 (stock cover)
 * @example
 * ```ts
 * import { dailyChecks } from 'storeops/checks';
 * const gate = dailyChecks({
 *   asOf: '2026-05-31 09:00',
 *   hitItems: [{ id: 'A1', name: '连衣裙', onHand: 600, dailySales: 123, leadTimeDays: 5, safetyDays: 2 }],
 *   unshippedOrders: [{ orderId: 'T1001', paidAt: '2026-05-29 07:00', reason: '缺货' }],
 *   activities: [{ name: '618 预热', start: '2026-05-28', end: '2026-06-03', price: 239, listedPrice: 219 }],
 * }, { locale: 'en' });
 * gate.status //=> 'fail'
 * gate.metrics.lateOrders //=> 1
 * gate.checks.map((c) => c.code) //=> ['GATE_ACTIVITY_PRICE_ABOVE_LIST', 'GATE_STOCK_LOW', 'GATE_ORDERS_LATE']
 * gate.checks[1].message //=> 'Hit item "连衣裙": 600 on hand covers only 4.9 days, below the warning level of 7 days: confirm with purchasing, reorder at least 261'
 * gate.checks[2].params.oldestHours //=> '50'
 * ```
 */
export function dailyChecks(input: DailyChecksInput, options: DailyChecksOptions = {}): DailyChecksResult {
  const v = parseInput(dailyChecksInputSchema, input);
  const j = openJudging(spec, readOptions(options));
  const t = j.thresholds;
  const now = minutesOf(v.asOf) as number;
  const today = v.asOf.slice(0, 10) as IsoDate;
  const todayNumber = toDayNumber(today);
  const checks: Check[] = [];
  const metrics: DailyChecksMetrics = { failed: 0, lateOrders: 0, dueSoonOrders: 0, lowStockItems: 0, penaltyPoints: 0, brokenPages: 0 };

  // Activities: live in their window, at a price not above the listed price; announced the day before.
  for (const a of v.activities ?? []) {
    const params = { name: a.name, start: a.start, end: a.end };
    const startsIn = toDayNumber(a.start) - todayNumber;
    const inWindow = startsIn <= 0 && toDayNumber(a.end) >= todayNumber;
    if (!inWindow && !(startsIn > 0 && startsIn <= t.activityLeadDays)) continue;
    if (a.price !== undefined && a.listedPrice !== undefined && toDecimal(a.price).gt(toDecimal(a.listedPrice))) {
      checks.push(verdict(j, 'GATE_ACTIVITY_PRICE_ABOVE_LIST', 'activityPrice', null, 'fail', null, { ...params, price: formatMoney(a.price), listedPrice: formatMoney(a.listedPrice) }));
    } else if (!inWindow) {
      checks.push(verdict(j, 'GATE_ACTIVITY_STARTS_SOON', 'activityStart', startsIn, 'pass', null, params));
    } else if (a.live === false) {
      checks.push(verdict(j, 'GATE_ACTIVITY_NOT_LIVE', 'activityLive', null, 'fail', null, params));
    } else {
      checks.push(verdict(j, 'GATE_ACTIVITY_LIVE', 'activityLive', null, 'pass', null, params));
    }
  }

  // Hit items' stock, through stockCover (its own validation names the item's fields).
  if (v.hitItems !== undefined && v.hitItems.length > 0) {
    const items = input.hitItems as GateHitItem[];
    let cover: ReturnType<typeof stockCover>;
    try {
      cover = stockCover(items.map(({ warningDays: _w, ...item }) => item), { asOf: today });
    } catch (e) {
      // stockCover names paths in its own list: put them under `hitItems`.
      if (!isStoreOpsError(e)) throw e;
      throw new StoreOpsError('INVALID_INPUT', e.issues.map((i) => ({ ...i, path: `hitItems${i.path.startsWith('[') || i.path === '' ? '' : '.'}${i.path}` })));
    }
    cover.items.forEach((c, i) => {
      const item = items[i] as GateHitItem;
      const warningDays = item.warningDays ?? t.stockWarningDays ?? item.leadTimeDays + item.safetyDays;
      const threshold = { direction: 'above' as const, pass: warningDays, inclusive: true };
      const base = { name: c.name, onHand: formatNumber(c.onHand, 0), warningDays: formatNumber(warningDays, 1) };
      if (c.daysOfCover === null || c.dailySales === null) {
        checks.push(verdict(j, 'GATE_STOCK_UNKNOWN', 'daysOfCover', null, 'unknown', threshold, base));
        return;
      }
      const days = formatNumber(c.daysOfCover, 1);
      if (c.daysOfCover >= warningDays) {
        checks.push(verdict(j, 'GATE_STOCK_OK', 'daysOfCover', c.daysOfCover, 'pass', threshold, { ...base, days }));
        return;
      }
      metrics.lowStockItems++;
      // Units missing to the warning level's stock (the reorder point by default), whole units.
      const shortfall = Math.max(0, Math.ceil(c.dailySales * warningDays - c.onHand - 1e-9));
      checks.push(verdict(j, 'GATE_STOCK_LOW', 'daysOfCover', c.daysOfCover, 'fail', threshold, { ...base, days, shortfall: formatNumber(shortfall, 0) }));
    });
  }

  // Unshipped orders against their promise.
  if (v.unshippedOrders !== undefined) {
    let oldestLate = 0;
    let worstPromise = t.promiseHours;
    v.unshippedOrders.forEach((o, i) => {
      const paid = minutesOf(o.paidAt) as number;
      if (paid > now) fail('INVALID_INPUT', `unshippedOrders[${i}].paidAt`, `paid after asOf (${v.asOf})`);
      const promise = (o.promiseHours ?? t.promiseHours) * 60;
      const elapsed = now - paid;
      if (elapsed > promise) {
        metrics.lateOrders++;
        if (elapsed > oldestLate) [oldestLate, worstPromise] = [elapsed, promise / 60];
      } else if (promise - elapsed <= t.dueSoonHours * 60) {
        metrics.dueSoonOrders++;
      }
    });
    const count = v.unshippedOrders.length;
    const threshold = { direction: 'below' as const, pass: t.promiseHours, inclusive: true };
    if (count === 0) checks.push(verdict(j, 'GATE_ORDERS_NONE', 'lateOrders', 0, 'pass', null));
    else if (metrics.lateOrders > 0) {
      checks.push(verdict(j, 'GATE_ORDERS_LATE', 'lateOrders', metrics.lateOrders, 'fail', { ...threshold, pass: worstPromise }, {
        count: formatNumber(metrics.lateOrders, 0),
        oldestHours: hours1(oldestLate),
        promiseHours: formatNumber(worstPromise, 1),
      }));
    } else if (metrics.dueSoonOrders > 0) {
      checks.push(verdict(j, 'GATE_ORDERS_DUE_SOON', 'dueSoonOrders', metrics.dueSoonOrders, 'pass', threshold, { count: formatNumber(metrics.dueSoonOrders, 0), hours: formatNumber(t.dueSoonHours, 1) }));
    } else {
      checks.push(verdict(j, 'GATE_ORDERS_ON_TIME', 'lateOrders', 0, 'pass', threshold, { count: formatNumber(count, 0) }));
    }
  }

  // Penalties recorded since `penaltyDays` days before today.
  if (v.penalties !== undefined) {
    const recent = v.penalties.filter((p) => {
      const day = toDayNumber(p.at.slice(0, 10) as IsoDate);
      return day >= todayNumber - t.penaltyDays && day <= todayNumber;
    });
    metrics.penaltyPoints = recent.reduce((s, p) => s + p.points, 0);
    checks.push(
      recent.length === 0
        ? verdict(j, 'GATE_PENALTIES_NONE', 'penalties', 0, 'pass', null)
        : verdict(j, 'GATE_PENALTIES_FOUND', 'penalties', recent.length, 'fail', null, { count: formatNumber(recent.length, 0), points: formatNumber(metrics.penaltyPoints, 0) }),
    );
  }

  // Pages and links.
  if (v.pages !== undefined && v.pages.length > 0) {
    const broken = v.pages.filter((p) => !p.ok);
    metrics.brokenPages = broken.length;
    checks.push(
      broken.length === 0
        ? verdict(j, 'GATE_PAGES_OK', 'brokenPages', 0, 'pass', null, { count: formatNumber(v.pages.length, 0) })
        : verdict(j, 'GATE_PAGES_BROKEN', 'brokenPages', broken.length, 'fail', null, { count: formatNumber(broken.length, 0), names: broken.map((p) => p.name).join('、') }),
    );
  }

  // DSR and after-sales against yesterday.
  if (v.dsr !== undefined) {
    for (const key of ['description', 'service', 'shipping'] as const) {
      const now1 = v.dsr.today[key];
      const before = v.dsr.yesterday[key];
      if (now1 === undefined || before === undefined) continue;
      const change = Number((now1 - before).toPrecision(12));
      const threshold = { direction: 'above' as const, pass: -t.dsrDrop };
      const failed = change <= -t.dsrDrop && change < 0;
      const params = { score: text(j, DSR_NAMES[key]), today: formatNumber(now1, 4), yesterday: formatNumber(before, 4) };
      checks.push(verdict(j, failed ? 'GATE_DSR_DROP' : 'GATE_DSR_STEADY', `dsr.${key}`, change, failed ? 'fail' : 'pass', threshold, params));
    }
  }
  if (v.afterSales !== undefined) {
    for (const key of ['refundRate', 'disputeRate', 'refundHours'] as const) {
      const now1 = v.afterSales.today[key];
      const before = v.afterSales.yesterday[key];
      if (now1 === undefined || before === undefined) continue;
      const raw = ratio(now1 - before, before);
      const rise = raw === null ? null : Number(raw.toPrecision(12));
      // From zero, any rise is a rise beyond every mark; from zero to zero, nothing moved.
      const failed = rise === null ? now1 > 0 : rise > t.afterSalesRise;
      const show = (x: number) => (key === 'refundHours' ? formatNumber(x, 1) : formatPercent(x, 2));
      const name = text(j, AFTER_SALES_NAMES[key]);
      checks.push(
        verdict(j, failed ? 'GATE_AFTER_SALES_RISE' : 'GATE_AFTER_SALES_STEADY', `afterSales.${key}`, rise, failed ? 'fail' : 'pass', { direction: 'below', pass: t.afterSalesRise, inclusive: true }, {
          metric: name,
          today: show(now1),
          yesterday: show(before),
          mark: formatPercent(t.afterSalesRise, 0),
        }),
      );
    }
  }

  metrics.failed = checks.filter((c) => c.status === 'fail').length;
  const status = overallStatus(checks) === 'unknown' ? 'unknown' : metrics.failed > 0 ? 'fail' : 'pass';
  const advice = status === 'unknown' ? [] : [metrics.failed > 0 ? advise(j, 'GATE_FAILED', { count: formatNumber(metrics.failed, 0) }) : advise(j, 'GATE_PASSED')];
  return { status, checks, advice, metrics };
}
