import type { Advice, Check } from '../core/checks.js';
import type { Decimal } from '../core/decimal.js';
import type { FindingOwner, FindingSeverity, ModuleFinding } from '../core/findings.js';
import type { IsoDate } from '../core/dates.js';
import type { Locale, MessageCatalog, MessageParams } from '../core/i18n.js';

/**
 * One item of the morning brief: what was found, how urgent, whose job it is, the message in
 * the requested locale, the numbers behind it and the money at stake.
 * @see [domain reference §1](../../docs/domain.en.md#1-the-operating-loop)
 */
export interface Finding extends ModuleFinding {
  /**
   * What part of the routine found it: `target`, `drivers`, `sources`, `traffic`, `ads`,
   * `page-health`, `dsr`, `products`, `replan`, `data` — or `service`, `stock`, `members` from those modules.
   */
  area: string;
  /** Stable message code, e.g. `SOURCE_VISITORS_DOWN`. */
  code: string;
  /** `critical` (act today: money is being lost now), `warning` (act this week) or `info`. */
  severity: FindingSeverity;
  /**
   * Whose job it is ([domain reference §1](../../docs/domain.en.md#1-the-operating-loop)): traffic → `promotion`, conversion → `design` (pages) or
   * `service`, order value → `merchandising`; the plan and the data → `operations`.
   */
  owner: FindingOwner;
  /** What it is about (a source, an item id, a keyword, a DSR score), or `null` for the store. */
  subject: string | null;
  /** The message, rendered in the brief's locale. */
  message: string;
  /** The values interpolated into the message (formatted), so it can be rendered in another locale. */
  params: MessageParams;
  /**
   * The numbers behind the finding, unformatted: counts, rates (0–1), money as decimal strings
   * in yuan. Each can be recomputed by hand from the exports.
   */
  numbers: Readonly<Record<string, number | string | null>>;
  /** Money at stake in yuan (sales lost or to win), or `null` when it cannot be put in money. */
  moneyAtStake: Decimal | null;
  /** The checks behind it, if any. */
  checks: Check[];
  /** What to do. */
  advice: Advice[];
  /**
   * Material enough to act on: `false` when its money at stake is under
   * `thresholds.materialMoney` or its share of the change under `thresholds.materialShare`. Such
   * findings stay in the result; `renderBrief` counts them instead of listing them as actions.
   */
  material: boolean;
  /** The share of the change (of its decomposition) this finding explains, when it is one part of one. */
  share?: number | null;
  /**
   * What the finding recommends for a traffic channel (`paid`, or a source name): `grow`, `cut`
   * or `shift` (move money inside it). A brief never holds two findings with opposite stances on
   * one channel.
   */
  stance?: { channel: string; direction: 'grow' | 'cut' | 'shift' };
}

/** A period's sales against the plan, in the headline. */
export interface HeadlinePeriod {
  /** The month `'YYYY-MM'`, or the ISO week named by its Monday. */
  period: string;
  /** Sales from the period's first day up to the brief's date, yuan. */
  actual: Decimal;
  /** The plan's targets over the same days. */
  target: Decimal;
  /** `actual − target`. */
  gap: Decimal;
  /** `actual ÷ target`, `null` when the target is 0. */
  achievement: number | null;
}

/** A sentence of the headline: its code, params and rendered text. */
export interface HeadlinePart {
  code: string;
  params: MessageParams;
  message: string;
}

/**
 * The headline of the brief (rendered first): the verdict with actual against target, month and
 * week to date against the plan, today's target and the visitors it needs at the planned
 * conversion and order value, and the one or two causes that explain most of the day.
 */
export interface BriefHeadline {
  /** `met`, `missed`, or `unknown` without a target for the day. */
  verdict: 'met' | 'missed' | 'unknown';
  /** How urgent the day is: a missed day is `critical` only when the month to date is behind too. */
  severity: FindingSeverity;
  /** The day against its target, `null` without one. */
  day: HeadlinePeriod | null;
  /** The month to date against the plan (`null` when the plan or the data does not cover it). */
  monthToDate: HeadlinePeriod | null;
  /** The ISO week to date against the plan. */
  weekToDate: HeadlinePeriod | null;
  /** Today (the day after the brief's date): its target and the visitors it needs at the planned conversion and AOV. */
  today: { date: IsoDate; target: Decimal; visitors: number | null; conversionRate: number | null; aov: Decimal | null } | null;
  /** The findings named as causes (index into `findings`), largest money first. */
  causes: number[];
  /** The sentences, in order, so the headline renders again in another locale. */
  parts: HeadlinePart[];
  /** The paragraph in the brief's locale. */
  message: string;
}

/** An area of the brief that could not be judged, and why (missing data, or a module not available). */
export interface SkippedArea {
  /** The area, e.g. `dsr`. */
  area: string;
  /** Stable reason code, e.g. `NO_DSR_DATA`. */
  code: string;
  /** The reason, rendered in the brief's locale. */
  message: string;
  /** The values interpolated into the reason. */
  params: MessageParams;
}

/** The morning brief for one day. */
export interface DailyBrief {
  /** The day judged (yesterday, for the operator reading it this morning). */
  date: IsoDate;
  /** The locale the messages are rendered in. */
  locale: Locale;
  /** The store's name, if given. */
  storeName: string | null;
  /** 达标: was the day's sales target met? `null` without a plan for the day. */
  met: boolean | null;
  /** The headline: verdict, month and week to date, today's target and the causes. */
  headline: BriefHeadline;
  /** The materiality threshold the findings were held against: money a day in yuan, and share of a change. */
  materiality: { money: number; share: number };
  /** Findings ordered by `compareFindings`: severity first (critical, warning, info), then money at stake (largest first, none last). */
  findings: Finding[];
  /** Areas that were not judged, and why. */
  skipped: SkippedArea[];
  /** Input rows left out before the brief (bad cells found by the adapters), by export. */
  leftOut: { export: string; rows: number }[];
  /**
   * The messages the brief was built with beyond storeops' own (its plugins' and `options.messages`,
   * later ones winning), so `renderBrief` prints the same wording without being given them again.
   * Always set by `dailyBrief`; optional for a brief written by hand.
   */
  messages?: MessageCatalog;
}
