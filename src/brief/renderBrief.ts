import * as z from 'zod/mini';
import { formatMoney, toDecimal } from '../core/decimal.js';
import { escapeHtml, escapeMarkdown, sanitizeText } from '../core/escape.js';
import { formatPercent, messageCatalogSchema, readCatalog, renderMessage, resolveLocale, type Locale, type MessageCatalog } from '../core/i18n.js';
import { moneySchema } from '../core/money.js';
import { readPlugins, type StoreOpsPlugin } from '../core/plugin.js';
import { parseInput } from '../core/validate.js';
import type { DailyBrief, Finding } from './finding.js';
import { briefCatalogs } from './catalogs.js';
import { areaCode } from './labels.js';
import { causeText } from './headline.js';
import { pure } from '../core/pure.js';

/** Options of {@link renderBrief}. */
export interface RenderBriefOptions {
  /**
   * `'markdown'` (default), `'text'` (plain lines, for chat and e-mail) or `'html'` (a fragment of
   * headings and lists, for dashboards). Data-derived values (names from exports) are escaped for
   * the format; the brief's findings keep them raw.
   */
  format?: 'markdown' | 'text' | 'html';
  /** Language; defaults to the brief's own. Messages are rendered again from their codes and params. */
  locale?: Locale;
  /** Extra or replacement messages by code, searched before the plugins' and the built-in ones. */
  messages?: MessageCatalog;
  /** Plugins whose messages render their own codes (or reword storeops' codes). */
  plugins?: readonly StoreOpsPlugin[];
  /** Actions listed per owner, largest money at stake first; the rest are counted (default 3). */
  actionsPerOwner?: number;
}

const optionsSchema = /* @__PURE__ */ pure(() => z.strictObject({
  format: z.optional(z.enum(['markdown', 'text', 'html'])),
  locale: z.optional(z.unknown()),
  messages: z.optional(messageCatalogSchema),
  plugins: z.optional(z.unknown()),
  actionsPerOwner: z.optional(z.int().check(z.gte(1), z.lte(100))),
}));

const paramsSchema = /* @__PURE__ */ pure(() => z.record(z.string(), z.union([z.string(), z.number()])));

const briefSchema = /* @__PURE__ */ pure(() => z.object({
  date: z.string(),
  messages: z.optional(z.unknown()),
  locale: z.optional(z.unknown()),
  storeName: z.nullable(z.string()),
  met: z.nullable(z.boolean()),
  headline: z.optional(
    z.object({
      causes: z.array(z.int().check(z.gte(0))),
      parts: z.array(z.object({ code: z.string(), params: paramsSchema, message: z.string() })),
      message: z.string(),
    }),
  ),
  materiality: z.optional(z.object({ money: z.number(), share: z.number() })),
  findings: z.array(
    z.object({
      area: z.optional(z.string()),
      material: z.optional(z.boolean()),
      code: z.string(),
      severity: z.enum(['critical', 'warning', 'info']),
      owner: z.enum(['operations', 'promotion', 'design', 'service', 'merchandising']),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
      moneyAtStake: z.nullable(moneySchema),
      advice: z.array(
        z.object({
          code: z.string(),
          message: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])),
        }),
      ),
    }),
  ),
  skipped: z.array(
    z.object({
      area: z.string(),
      code: z.string(),
      message: z.string(),
      params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
    }),
  ),
}));

const OWNERS = ['operations', 'promotion', 'design', 'service', 'merchandising'] as const;

type Params = Record<string, string | number>;

/** Params with every string value made safe for one line (no line breaks, bidi or zero-width characters). */
function safeParams(params: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' ? sanitizeText(v) : v;
  return out;
}

/**
 * Renders a morning brief as Markdown, plain text or HTML: the title; the headline first (verdict
 * with actual against target, month and week to date, today's target and the visitors it needs,
 * the main causes); then today's actions grouped by team — each team's few largest by money at
 * stake (`actionsPerOwner`, 3 by default) with severity, money a day and what to do, and a count
 * of the rest; a count of the findings under the materiality threshold (kept in the brief's data,
 * not listed as actions); and the areas not judged. Messages are rendered again in `locale`
 * from each finding's code and params, so one brief can be printed in both languages.
 *
 * Names in the brief come from exports that other people control, so every printed text is
 * made safe for the format: line breaks become spaces and control, bidi (U+202E …) and
 * zero-width characters are removed in every format; Markdown specials (`[ ] * _ \` < > & | ~`)
 * are backslash-escaped in `'markdown'`, `& < > " '` are entity-escaped in `'html'`. A name
 * like `[x](javascript:alert(1)) <img src=x onerror=alert(1)>` prints as itself, readable, but
 * renders as no link and no HTML; a newline in a name cannot start a heading or a finding line.
 * The findings (`params`, `message`) keep the raw values.
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
 * renderBrief(brief, { format: 'html' }).split('\n')[0] //=> '<h1>晨报 · 2026-05-31</h1>'
 * renderBrief({ ...brief, storeName: '<b>A</b>\n# B' }, { format: 'text' }).split('\n')[0] //=> '<b>A</b> # B · 晨报 · 2026-05-31'
 * renderBrief({ ...brief, storeName: '*A*' }).split('\n')[0] //=> '# \\*A\\* · 晨报 · 2026-05-31'
 * renderBrief(brief, { format: 'pdf' }) //=> throws INVALID_OPTIONS
 * ```
 */
export function renderBrief(brief: DailyBrief, options: RenderBriefOptions = {}): string {
  const b = parseInput(briefSchema, brief);
  const opts = parseInput(optionsSchema, options, { code: 'INVALID_OPTIONS' });
  const locale = resolveLocale(opts.locale ?? b.locale);
  const format = opts.format ?? 'markdown';
  const md = format === 'markdown';
  const html = format === 'html';
  const esc = md ? escapeMarkdown : html ? escapeHtml : sanitizeText;
  const perOwner = opts.actionsPerOwner ?? 3;
  // storeops' catalogs, then the messages the brief was built with (its plugins' and the caller's),
  // then the plugins and messages given here: the brief prints its own wording without them.
  const catalogs: MessageCatalog[] = [...briefCatalogs()];
  if (b.messages !== undefined) catalogs.push(readCatalog(b.messages, ['messages'], 'INVALID_INPUT'));
  catalogs.push(...readPlugins(opts.plugins).map((p) => p.messages));
  if (opts.messages !== undefined) catalogs.push(opts.messages);
  // Every text is rendered with safe params, then escaped whole for the format.
  const render = (code: string, params: Params, fallback: string) => {
    const text = renderMessage(code, locale, safeParams(params), catalogs);
    return esc(text === code ? fallback : text);
  };
  const t = (code: string, params: Params = {}) => render(code, params, code);
  const strong = (text: string) => (md ? `**${text}**` : html ? `<strong>${text}</strong>` : text);

  const lines: string[] = [];
  const heading = (level: number, text: string) => {
    if (md) lines.push(`${'#'.repeat(level)} ${text}`);
    else if (html) lines.push(`<h${level}>${text}</h${level}>`);
    else lines.push(text, (level === 1 ? '=' : '-').repeat(Math.max(4, [...text].length)));
  };
  /** A list: Markdown/text items as lines, HTML as `<ul>`/`<ol>` with one `<li>` per item. */
  const list = (ordered: boolean, items: readonly { text: string; sub?: readonly string[] }[], start = 1) => {
    if (html) {
      lines.push(ordered ? (start === 1 ? '<ol>' : `<ol start="${start}">`) : '<ul>');
      for (const it of items) {
        const sub = it.sub === undefined || it.sub.length === 0 ? '' : `<ul>${it.sub.map((x) => `<li>${x}</li>`).join('')}</ul>`;
        lines.push(`<li>${it.text}${sub}</li>`);
      }
      lines.push(ordered ? '</ol>' : '</ul>');
      return;
    }
    items.forEach((it, i) => {
      lines.push(ordered ? `${start + i}. ${it.text}` : `- ${it.text}`);
      for (const x of it.sub ?? []) lines.push(`   - ${x}`);
    });
  };
  const blank = () => {
    if (!html) lines.push('');
  };

  heading(1, t('BRIEF_TITLE', { store: b.storeName === null ? '' : `${b.storeName} · `, date: b.date }));
  if (!md && !html) lines.splice(1, 1); // the title of a text brief stands alone on its first line

  // The headline: its sentences rendered again in the locale (the causes from their findings).
  let headline: string;
  if (b.headline !== undefined && b.headline.parts.length > 0) {
    const causes = b.headline.causes.map((i) => b.findings[i]).filter((f) => f !== undefined);
    headline = b.headline.parts
      .map((p) => (p.code === 'HEADLINE_CAUSES' && causes.length > 0 ? t('HEADLINE_CAUSES', { causes: causeText(causes, locale, catalogs) }) : render(p.code, p.params, p.message)))
      .join(t('HEADLINE_SEPARATOR'));
    if (locale === 'zh-CN') headline += t('HEADLINE_SEPARATOR');
  } else headline = t(b.met === true ? 'BRIEF_VERDICT_MET' : b.met === false ? 'BRIEF_VERDICT_MISSED' : 'BRIEF_VERDICT_UNKNOWN');
  lines.push(html ? `<p>${strong(headline.trim())}</p>` : strong(headline.trim()));
  blank();

  // The morning check gate: a failed check comes before everything else (domain reference §13).
  const indexed = b.findings.map((f, i) => ({ f, i }));
  const gate = indexed.filter(({ f }) => f.area === 'checks');
  if (gate.length > 0) {
    heading(2, t('BRIEF_GATE'));
    list(
      false,
      gate.map(({ f }) => ({ text: `${strong(`[${t(`OWNER_${f.owner.toUpperCase()}`)}]`)} ${render(f.code, f.params, f.message)}` })),
    );
    blank();
  }

  // Actions: material findings other than the target itself (the headline tells it) and the gate, by team.
  const actions = indexed.filter(({ f }) => f.material !== false && f.area !== 'target' && f.area !== 'checks');
  const immaterial = indexed.filter(({ f }) => f.material === false);
  // A brief read back from JSON holds money as strings, one from structuredClone as { s, e, d }: read either as money.
  const atStake = (f: (typeof b.findings)[number]) => (f.moneyAtStake === null ? null : toDecimal(f.moneyAtStake));
  const money = (f: (typeof b.findings)[number]) => atStake(f)?.abs().toNumber() ?? -1;
  const owners = OWNERS.filter((o) => actions.some(({ f }) => f.owner === o)).sort((x, y) => {
    const top = (o: string) => Math.max(...actions.filter(({ f }) => f.owner === o).map(({ f }) => money(f)));
    return top(y) - top(x) || OWNERS.indexOf(x) - OWNERS.indexOf(y);
  });
  heading(2, t('BRIEF_FINDINGS'));
  if (actions.length === 0) lines.push(html ? `<p>${t('BRIEF_NO_FINDINGS')}</p>` : t('BRIEF_NO_FINDINGS'));
  let n = 0;
  for (const owner of owners) {
    const mine = actions.filter(({ f }) => f.owner === owner);
    heading(3, t(`OWNER_${owner.toUpperCase()}`));
    const start = n + 1;
    const items = mine.slice(0, perOwner).map(({ f }) => {
      n++;
      const tag = `[${t(`SEVERITY_${f.severity.toUpperCase()}`)}]`;
      const amount = atStake(f);
      const m = amount === null || amount.isZero() ? '' : ` — ${t('BRIEF_MONEY_AT_STAKE', { money: formatMoney(amount.abs(), 0) })}`;
      return { text: `${strong(tag)} ${render(f.code, f.params, f.message)}${m}`, sub: f.advice.map((a) => render(a.code, a.params, a.message)) };
    });
    list(true, items, start);
    if (mine.length > perOwner) {
      const more = t('BRIEF_MORE_ACTIONS', { count: mine.length - perOwner });
      lines.push(md ? `- *${more}*` : html ? `<p><em>${more}</em></p>` : `- ${more}`);
    }
    blank();
  }
  if (immaterial.length > 0) {
    const m = b.materiality;
    const text = t('BRIEF_IMMATERIAL', { count: immaterial.length, money: m === undefined ? '—' : formatMoney(m.money, 0), share: m === undefined ? '—' : formatPercent(m.share, 1) });
    lines.push(html ? `<p>${text}</p>` : text);
    blank();
  }

  if (b.skipped.length > 0) {
    heading(2, t('BRIEF_SKIPPED'));
    list(
      false,
      b.skipped.map((x) => ({ text: render(x.code, { ...(x.params ?? {}), area: renderMessage(areaCode(x.area), locale, {}, catalogs) }, x.message) })),
    );
    blank();
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
