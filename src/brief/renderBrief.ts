import * as z from 'zod/mini';
import { formatMoney } from '../core/decimal.js';
import { formatPercent, messageCatalogSchema, readCatalog, renderMessage, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { moneySchema } from '../core/money.js';
import { readPlugins, type StoreOpsPlugin } from '../core/plugin.js';
import { parseInput } from '../core/validate.js';
import type { DailyBrief, Finding } from './finding.js';
import { briefCatalogs } from './catalogs.js';
import { areaCode } from './labels.js';
import { causeText } from './headline.js';

/** Options of {@link renderBrief}. */
export interface RenderBriefOptions {
  /** `'markdown'` (default) or `'text'` (plain lines, for chat and e-mail). */
  format?: 'markdown' | 'text';
  /** Language; defaults to the brief's own. Messages are rendered again from their codes and params. */
  locale?: Locale;
  /** Extra or replacement messages by code, searched before the plugins' and the built-in ones. */
  messages?: MessageCatalog;
  /** Plugins whose messages render their own codes (or reword storeops' codes). */
  plugins?: readonly StoreOpsPlugin[];
  /** Actions listed per owner, largest money at stake first; the rest are counted (default 3). */
  actionsPerOwner?: number;
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  format: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['markdown', 'text'])),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  messages: /* @__PURE__ */ z.optional(messageCatalogSchema),
  plugins: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  actionsPerOwner: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(100))),
});

const paramsSchema = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()]));

const briefSchema = /* @__PURE__ */ z.object({
  date: /* @__PURE__ */ z.string(),
  messages: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  storeName: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  met: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean()),
  headline: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.object({
      causes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.gte(0))),
      parts: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ code: /* @__PURE__ */ z.string(), params: paramsSchema, message: /* @__PURE__ */ z.string() })),
      message: /* @__PURE__ */ z.string(),
    }),
  ),
  materiality: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.object({ money: /* @__PURE__ */ z.number(), share: /* @__PURE__ */ z.number() })),
  findings: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      area: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      material: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
      code: /* @__PURE__ */ z.string(),
      severity: /* @__PURE__ */ z.enum(['critical', 'warning', 'info']),
      owner: /* @__PURE__ */ z.enum(['operations', 'promotion', 'design', 'service', 'merchandising']),
      message: /* @__PURE__ */ z.string(),
      params: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()])),
      moneyAtStake: /* @__PURE__ */ z.nullable(moneySchema),
      advice: /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.object({
          code: /* @__PURE__ */ z.string(),
          message: /* @__PURE__ */ z.string(),
          params: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()])),
        }),
      ),
    }),
  ),
  skipped: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      area: /* @__PURE__ */ z.string(),
      code: /* @__PURE__ */ z.string(),
      message: /* @__PURE__ */ z.string(),
      params: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()]))),
    }),
  ),
});

const OWNERS = ['operations', 'promotion', 'design', 'service', 'merchandising'] as const;

/**
 * Renders a morning brief as Markdown or plain text: the title; the headline first (verdict with
 * actual against target, month and week to date, today's target and the visitors it needs, the
 * main causes); then today's actions grouped by team — each team's few largest by money at
 * stake (`actionsPerOwner`, 3 by default) with severity, money a day and what to do, and a count
 * of the rest; a count of the findings under the materiality threshold (kept in the brief's data,
 * not listed as actions); and the areas not judged. Messages are rendered again in `locale`
 * from each finding's code and params, so one brief can be printed in both languages.
 *
 * @param brief - a brief from {@link dailyBrief}, or the same brief read back from JSON.
 * @param options - format (`'markdown'` default), locale (the brief's by default), actions per owner, plugins and extra messages
 *   (the brief's own `messages`, from the plugins it was built with, are used without them).
 * @returns the text, ending with a newline.
 * @throws StoreOpsError `INVALID_INPUT` for a malformed brief; `INVALID_OPTIONS` for an unknown format or locale.
 * @example
 * ```ts
 * import { renderBrief } from 'storeops/brief';
 * const brief = { date: '2026-05-31', locale: 'zh-CN', storeName: null, met: true, findings: [], skipped: [], leftOut: [] };
 * renderBrief(brief, { format: 'text', locale: 'en' }).split('\n').slice(0, 2) //=> ['Morning brief · 2026-05-31', 'Target met']
 * renderBrief(brief).startsWith('# 晨报 · 2026-05-31') //=> true
 * renderBrief(brief, { format: 'html' }) //=> throws INVALID_OPTIONS
 * ```
 */
export function renderBrief(brief: DailyBrief, options: RenderBriefOptions = {}): string {
  const b = parseInput(briefSchema, brief);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale ?? b.locale);
  const md = (opts.format ?? 'markdown') === 'markdown';
  const perOwner = opts.actionsPerOwner ?? 3;
  // storeops' catalogs, then the messages the brief was built with (its plugins' and the caller's),
  // then the plugins and messages given here: the brief prints its own wording without them.
  const catalogs: MessageCatalog[] = [...briefCatalogs()];
  if (b.messages !== undefined) catalogs.push(readCatalog(b.messages, ['messages'], 'INVALID_INPUT'));
  catalogs.push(...readPlugins(opts.plugins).map((p) => p.messages));
  if (opts.messages !== undefined) catalogs.push(opts.messages);
  const t = (code: string, params: Record<string, string | number> = {}) => renderMessage(code, locale, params, catalogs);
  const messageOf = (f: Pick<Finding, 'code' | 'params' | 'message'>) => {
    const text = renderMessage(f.code, locale, f.params, catalogs);
    return text === f.code ? f.message : text;
  };

  const lines: string[] = [];
  const heading = (level: number, text: string) => {
    if (md) lines.push(`${'#'.repeat(level)} ${text}`);
    else lines.push(text, (level === 1 ? '=' : '-').repeat(Math.max(4, [...text].length)));
  };
  heading(1, t('BRIEF_TITLE', { store: b.storeName === null ? '' : `${b.storeName} · `, date: b.date }));
  if (!md) lines.splice(1, 1); // the title of a text brief stands alone on its first line

  // The headline: its sentences rendered again in the locale (the causes from their findings).
  let headline: string;
  if (b.headline !== undefined && b.headline.parts.length > 0) {
    const causes = b.headline.causes.map((i) => b.findings[i]).filter((f) => f !== undefined);
    headline = b.headline.parts
      .map((p) => {
        if (p.code === 'HEADLINE_CAUSES' && causes.length > 0) return t('HEADLINE_CAUSES', { causes: causeText(causes, locale, catalogs) });
        const text = renderMessage(p.code, locale, p.params, catalogs);
        return text === p.code ? p.message : text;
      })
      .join(t('HEADLINE_SEPARATOR'));
    if (locale === 'zh-CN') headline += t('HEADLINE_SEPARATOR');
  } else headline = t(b.met === true ? 'BRIEF_VERDICT_MET' : b.met === false ? 'BRIEF_VERDICT_MISSED' : 'BRIEF_VERDICT_UNKNOWN');
  lines.push(md ? `**${headline.trim()}**` : headline.trim(), '');

  // Actions: material findings other than the target itself (the headline tells it), by team.
  const indexed = b.findings.map((f, i) => ({ f, i }));
  const actions = indexed.filter(({ f }) => f.material !== false && f.area !== 'target');
  const immaterial = indexed.filter(({ f }) => f.material === false);
  const money = (f: (typeof b.findings)[number]) => (f.moneyAtStake === null ? -1 : Math.abs(Number(f.moneyAtStake.toString())));
  const owners = OWNERS.filter((o) => actions.some(({ f }) => f.owner === o)).sort((x, y) => {
    const top = (o: string) => Math.max(...actions.filter(({ f }) => f.owner === o).map(({ f }) => money(f)));
    return top(y) - top(x) || OWNERS.indexOf(x) - OWNERS.indexOf(y);
  });
  heading(2, t('BRIEF_FINDINGS'));
  if (actions.length === 0) lines.push(t('BRIEF_NO_FINDINGS'));
  let n = 0;
  for (const owner of owners) {
    const mine = actions.filter(({ f }) => f.owner === owner);
    heading(3, t(`OWNER_${owner.toUpperCase()}`));
    for (const { f } of mine.slice(0, perOwner)) {
      n++;
      const tag = t(`SEVERITY_${f.severity.toUpperCase()}`);
      const m = f.moneyAtStake === null || Number(f.moneyAtStake.toString()) === 0 ? '' : ` — ${t('BRIEF_MONEY_AT_STAKE', { money: formatMoney(f.moneyAtStake.toString().replace(/^-/, ''), 0) })}`;
      lines.push(md ? `${n}. **[${tag}]** ${messageOf(f)}${m}` : `${n}. [${tag}] ${messageOf(f)}${m}`);
      for (const a of f.advice) {
        const text = renderMessage(a.code, locale, a.params, catalogs);
        lines.push(`   - ${text === a.code ? a.message : text}`);
      }
    }
    if (mine.length > perOwner) lines.push(md ? `- *${t('BRIEF_MORE_ACTIONS', { count: mine.length - perOwner })}*` : `- ${t('BRIEF_MORE_ACTIONS', { count: mine.length - perOwner })}`);
    lines.push('');
  }
  if (immaterial.length > 0) {
    const m = b.materiality;
    lines.push(t('BRIEF_IMMATERIAL', { count: immaterial.length, money: m === undefined ? '—' : formatMoney(m.money, 0), share: m === undefined ? '—' : formatPercent(m.share, 1) }), '');
  }

  if (b.skipped.length > 0) {
    heading(2, t('BRIEF_SKIPPED'));
    for (const s of b.skipped) {
      const text = renderMessage(s.code, locale, { ...(s.params ?? {}), area: t(areaCode(s.area)) }, catalogs);
      lines.push(`- ${text === s.code ? s.message : text}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
