import * as z from 'zod/mini';
import { formatMoney } from '../core/decimal.js';
import { messageCatalogSchema, readCatalog, renderMessage, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { moneySchema } from '../core/money.js';
import { readPlugins, type StoreOpsPlugin } from '../core/plugin.js';
import { parseInput } from '../core/validate.js';
import type { DailyBrief, Finding } from './finding.js';
import { briefCatalogs } from './catalogs.js';
import { areaCode } from './labels.js';

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
}

const optionsSchema = /* @__PURE__ */ z.strictObject({
  format: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['markdown', 'text'])),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  messages: /* @__PURE__ */ z.optional(messageCatalogSchema),
  plugins: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
});

const briefSchema = /* @__PURE__ */ z.object({
  date: /* @__PURE__ */ z.string(),
  messages: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()),
  storeName: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  met: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.boolean()),
  findings: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
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
 * Renders a morning brief as Markdown or plain text: the title and verdict (达标 or not), the
 * findings numbered in order of money at stake with severity, owner and money, the same
 * findings grouped by team, and the areas not judged. Messages are rendered again in `locale`
 * from each finding's code and params, so one brief can be printed in both languages.
 *
 * @param brief - a brief from {@link dailyBrief}, or the same brief read back from JSON.
 * @param options - format (`'markdown'` default), locale (the brief's by default), plugins and extra messages
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
  const verdict = t(b.met === true ? 'BRIEF_VERDICT_MET' : b.met === false ? 'BRIEF_VERDICT_MISSED' : 'BRIEF_VERDICT_UNKNOWN');
  lines.push(md ? `**${verdict}**` : verdict, '');

  heading(2, t('BRIEF_FINDINGS'));
  if (b.findings.length === 0) lines.push(t('BRIEF_NO_FINDINGS'));
  b.findings.forEach((f, i) => {
    const tag = `${t(`SEVERITY_${f.severity.toUpperCase()}`)} · ${t(`OWNER_${f.owner.toUpperCase()}`)}`;
    const money = f.moneyAtStake === null || Number(f.moneyAtStake.toString()) === 0 ? '' : ` — ${t('BRIEF_MONEY_AT_STAKE', { money: formatMoney(f.moneyAtStake) })}`;
    lines.push(md ? `${i + 1}. **[${tag}]** ${messageOf(f)}${money}` : `${i + 1}. [${tag}] ${messageOf(f)}${money}`);
    for (const a of f.advice) {
      const text = renderMessage(a.code, locale, a.params, catalogs);
      lines.push(`   - ${text === a.code ? a.message : text}`);
    }
  });
  lines.push('');

  if (b.findings.length > 0) {
    heading(2, t('BRIEF_BY_OWNER'));
    for (const owner of OWNERS) {
      const numbers = b.findings.flatMap((f, i) => (f.owner === owner ? [String(i + 1)] : []));
      if (numbers.length > 0) lines.push(md ? `- **${t(`OWNER_${owner.toUpperCase()}`)}**: ${numbers.join(', ')}` : `- ${t(`OWNER_${owner.toUpperCase()}`)}: ${numbers.join(', ')}`);
    }
    lines.push('');
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
