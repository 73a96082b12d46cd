// HTML pages for `storeops brief --format html`: a brief, and the index. Every text from the
// data (store names, sources, items, keywords) is escaped.
import type { DailyBrief } from '../brief/index.js';
import { formatMoney, type Locale } from '../core/index.js';
import { t } from './text.js';

/** Escapes text for HTML element content and attribute values. @internal */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A whole HTML document around `body`. @internal */
export function htmlPage(title: string, body: string, locale: Locale): string {
  return `<!doctype html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}.critical{color:#b00020}.warning{color:#8a5a00}</style>\n</head>\n<body>\n${body}</body>\n</html>\n`;
}

/** One brief as an HTML document: title, verdict, findings by money at stake with their advice, areas not judged. @internal */
export function briefHtml(brief: DailyBrief, locale: Locale): string {
  // The brief command names every store (its store.json name, else its folder).
  const title = t(locale, 'BRIEF_TITLE', { store: `${brief.storeName as string} · `, date: brief.date });
  const verdict = t(locale, brief.met === true ? 'BRIEF_VERDICT_MET' : brief.met === false ? 'BRIEF_VERDICT_MISSED' : 'BRIEF_VERDICT_UNKNOWN');
  const parts = [`<h1>${escapeHtml(title)}</h1>`, `<p><strong>${escapeHtml(verdict)}</strong></p>`, `<h2>${escapeHtml(t(locale, 'BRIEF_FINDINGS'))}</h2>`];
  if (brief.findings.length === 0) parts.push(`<p>${escapeHtml(t(locale, 'BRIEF_NO_FINDINGS'))}</p>`);
  else {
    parts.push('<ol>');
    for (const f of brief.findings) {
      const tag = `${t(locale, `SEVERITY_${f.severity.toUpperCase()}` as 'SEVERITY_INFO')} · ${t(locale, `OWNER_${f.owner.toUpperCase()}` as 'OWNER_OPERATIONS')}`;
      const money = f.moneyAtStake === null || f.moneyAtStake.isZero() ? '' : ` — ${escapeHtml(t(locale, 'BRIEF_MONEY_AT_STAKE', { money: formatMoney(f.moneyAtStake) }))}`;
      const advice = f.advice.length === 0 ? '' : `<ul>${f.advice.map((a) => `<li>${escapeHtml(a.message)}</li>`).join('')}</ul>`;
      parts.push(`<li class="${f.severity}"><strong>[${escapeHtml(tag)}]</strong> ${escapeHtml(f.message)}${money}${advice}</li>`);
    }
    parts.push('</ol>');
  }
  if (brief.skipped.length > 0) {
    parts.push(`<h2>${escapeHtml(t(locale, 'BRIEF_SKIPPED'))}</h2>`, `<ul>${brief.skipped.map((s) => `<li>${escapeHtml(s.message)}</li>`).join('')}</ul>`);
  }
  return htmlPage(title, `${parts.join('\n')}\n`, locale);
}
