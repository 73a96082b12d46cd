// renderBrief on briefs read back from JSON or written by hand: no headline, no materiality,
// skipped areas without params, a cause whose code has no short text, and HTML's extra lines.
import { describe, expect, it } from 'vitest';
import { renderBrief, type DailyBrief, type Finding } from 'storeops/brief';
import { toDecimal } from '../../src/core/internal.js';

function finding(over: Partial<Finding>): Finding {
  return { area: 'sources', code: 'X', severity: 'warning', owner: 'operations', subject: null, message: 'm', params: {}, numbers: {}, moneyAtStake: null, checks: [], advice: [], material: true, ...over };
}
const bare = { date: '2026-05-31', locale: 'en', storeName: null, findings: [], skipped: [], leftOut: [] } as unknown as DailyBrief;

describe('renderBrief without the optional parts of a brief', () => {
  it('a missed day without a headline prints the verdict alone', () => {
    expect(renderBrief({ ...bare, met: false }, { format: 'text' }).split('\n').slice(0, 2)).toEqual(['Morning brief · 2026-05-31', 'Target missed']);
    expect(renderBrief({ ...bare, met: null }, { format: 'text', locale: 'zh-CN' }).split('\n')[1]).toBe('无当日目标，无法判断是否达标');
  });

  it('counts findings under the materiality threshold, with — when the brief does not say the threshold', () => {
    const small = finding({ code: 'CUSTOM_SMALL', message: 'a small thing', material: false, moneyAtStake: toDecimal('3') });
    const text = renderBrief({ ...bare, met: true, findings: [small] }, { format: 'text' });
    expect(text).toContain('To do today (by team, by money at stake)\n---');
    expect(text).toContain('Findings under the materiality threshold (— or —), kept in the data but not listed as actions: 1');
    const html = renderBrief({ ...bare, met: true, findings: [small], materiality: { money: 50, share: 0.05 } } as DailyBrief, { format: 'html' });
    expect(html).toContain('<p>Findings under the materiality threshold (¥50 or 5%), kept in the data but not listed as actions: 1</p>');
  });

  it('a skipped area without params is named by its area', () => {
    const skipped = [{ area: 'ads', code: 'SKIPPED_NO_DATA', message: 'x' }];
    expect(renderBrief({ ...bare, met: true, skipped } as unknown as DailyBrief, { format: 'text' })).toContain('- Paid promotion: no data');
  });

  it('in HTML, the actions beyond the owner’s few are counted in a paragraph', () => {
    const findings = [1, 2, 3].map((i) => finding({ code: `CUSTOM_${i}`, message: `action ${i}`, moneyAtStake: toDecimal(String(100 * i)) }));
    const html = renderBrief({ ...bare, met: true, findings }, { format: 'html', actionsPerOwner: 1 });
    expect(html).toContain('<p><em>2 more further down the list (see the data)</em></p>');
  });

  it('a cause whose code has no short text is told by its own message', () => {
    const cause = finding({ area: 'ads', code: 'PLUGIN_CAUSE', message: 'the plugin’s cause', moneyAtStake: toDecimal('500') });
    const headline = { verdict: 'missed', severity: 'critical', day: null, monthToDate: null, weekToDate: null, today: null, causes: [0], parts: [{ code: 'HEADLINE_CAUSES', params: { causes: '…' }, message: '' }], message: '' };
    const text = renderBrief({ ...bare, met: false, findings: [cause], headline } as unknown as DailyBrief, { format: 'text' });
    expect(text.split('\n')[1]).toBe('Main causes: the plugin’s cause');
  });
});
