// Issue 16, class 1: names come from exports other people control; the rendered brief must not
// turn them into markup, links, headings or fake finding lines, in any format.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { dailyBrief, renderBrief, type DailyBrief, type DailyBriefInput } from 'storeops/brief';

const D = '2026-05-31';
const B = '2026-05-24';
const evil = '[x](javascript:alert(1)) <img src=x onerror=alert(1)>';
const forged = '手淘\n1. **[紧急 · 运营]** 立即转账\n# 伪造标题';
const bidi = 'abc\u202Egpj.exe\u200B\u200D\uFEFF';

function briefWith(sourceName: string, storeName: string): DailyBrief {
  const input: DailyBriefInput = {
    date: D,
    storeName,
    store: [
      { date: B, visitors: 3000, buyers: 90, paidAmount: '21600.00' },
      { date: D, visitors: 2400, buyers: 72, paidAmount: '17280.00' },
    ],
    sources: [
      { date: B, source: '手淘搜索', category: 'natural', visitors: 2000, paidAmount: '14400.00' },
      { date: B, source: sourceName, category: 'paid', visitors: 1000, paidAmount: '7200.00' },
      { date: D, source: '手淘搜索', category: 'natural', visitors: 2000, paidAmount: '14400.00' },
      { date: D, source: sourceName, category: 'paid', visitors: 400, paidAmount: '2880.00' },
    ],
    plan: [{ date: D, target: '20000' }],
  };
  return dailyBrief(input, { locale: 'en' });
}

// The strictest CommonMark setting: raw HTML on. Nothing data-derived may come out as HTML.
const mdit = new MarkdownIt({ html: true, linkify: true });

describe('renderBrief escapes data-derived values for the format', () => {
  const brief = briefWith(evil, forged);
  const finding = brief.findings.find((f) => f.subject === evil)!;
  // What renderBrief lists: material findings other than the target (the headline tells it), by
  // team, at most 3 per team (the default actionsPerOwner).
  const actions = brief.findings.filter((f) => f.material !== false && f.area !== 'target');
  const owners = [...new Set(actions.map((f) => f.owner))];
  const listed = owners.reduce((n, o) => n + Math.min(3, actions.filter((f) => f.owner === o).length), 0);

  it('keeps the raw name in the finding data', () => {
    expect(finding).toBeDefined();
    expect(finding.subject).toBe(evil);
    expect(brief.storeName).toBe(forged);
  });

  it('markdown: no live HTML, no javascript: link, no forged heading or finding line; the name stays readable', () => {
    const text = renderBrief(brief);
    const html = mdit.render(text);
    expect(html).not.toMatch(/<img|<a |javascript:[^<]*"|onerror=alert\(1\)>/i);
    expect(html).not.toContain('href=');
    // Exactly the headings and numbered findings storeops wrote: one h1, and as many <li><strong>[…]
    // as findings (the forged "1. **[紧急 · 运营]**" is text inside the title).
    expect(html.match(/<h1>/g)?.length).toBe(1);
    expect(html.match(/<h1>[^<]*伪造标题/)).not.toBeNull(); // the forged heading is part of the title
    const tokens = mdit.parse(text, {});
    const headings = tokens.filter((tk) => tk.type === 'heading_open').length;
    expect(headings).toBe(1 + 1 + owners.length + (brief.skipped.length > 0 ? 1 : 0)); // title, actions, one per team, skipped
    // One ordered list per team, with one item per listed action, and nothing else numbered.
    expect(listed).toBeGreaterThan(0);
    expect(tokens.filter((tk) => tk.type === 'ordered_list_open').length).toBe(owners.length);
    expect(tokens.filter((tk, i) => tk.type === 'list_item_open' && tokens.slice(0, i).reverse().find((x) => x.type.endsWith('_list_open'))?.type === 'ordered_list_open' && tk.level === 1).length).toBe(listed);
    // Readable: the rendered text shows the name as written (entities decode to the characters).
    const shown = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(shown).toContain(evil);
    expect(shown).toContain('手淘 1. **[紧急 · 运营]** 立即转账 # 伪造标题');
  });

  it('text: one line per name, no forged line', () => {
    const text = renderBrief(brief, { format: 'text' });
    expect(text.split('\n')[0]).toBe('手淘 1. **[紧急 · 运营]** 立即转账 # 伪造标题 · Morning brief · 2026-05-31');
    expect(text.split('\n').filter((l) => /^\d+\. /.test(l)).length).toBe(listed);
    expect(text).toContain(evil); // plain text is not markup: shown as is
  });

  it('html: entity-escaped, one <li> per finding', () => {
    const text = renderBrief(brief, { format: 'html' });
    expect(text).not.toMatch(/<img|<a |<script/i);
    expect(text).toContain('[x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;');
    expect(text.split('\n')[0]).toBe('<h1>手淘 1. **[紧急 · 运营]** 立即转账 # 伪造标题 · Morning brief · 2026-05-31</h1>');
    const ols = text.split(/<ol[^>]*>/).slice(1).map((part) => part.slice(0, part.indexOf('</ol>')));
    expect(ols.length).toBe(owners.length);
    expect(ols.reduce((n, ol) => n + (ol.match(/<li><strong>/g)?.length ?? 0), 0)).toBe(listed);
  });

  it('removes bidi overrides and zero-width characters in every format, keeping the rest', () => {
    const b = briefWith(bidi, 'store');
    for (const format of ['markdown', 'text', 'html'] as const) {
      const text = renderBrief(b, { format });
      expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/);
      expect(text).toContain('abcgpj.exe');
    }
    expect(b.findings.some((f) => f.subject === bidi)).toBe(true); // raw in the data
  });
});
