import { describe, expect, it } from 'vitest';
import { renderBrief, type DailyBrief, type Finding } from 'storeops/brief';
import { compareFindings, toDecimal } from '../../src/core/internal.js';

function finding(over: Partial<Finding>): Finding {
  return { area: 'sources', code: 'X', severity: 'warning', owner: 'operations', subject: null, message: 'm', params: {}, numbers: {}, moneyAtStake: null, checks: [], advice: [], material: true, ...over };
}

const paid = finding({
  area: 'ads',
  code: 'ADS_PAID_DOWN',
  severity: 'warning',
  owner: 'promotion',
  subject: '直通车',
  params: { sources: '直通车 868/1,900', effect: '¥7,000', share: '77.8%', baseDate: '2026-05-24' },
  moneyAtStake: toDecimal('7000.40'),
  advice: [{ code: 'ADS_CHECK_DELIVERY', message: '查 直通车…', params: { sources: '直通车' } }],
});
const pages = finding({ area: 'page-health', code: 'PAGE_DEPTH_FAIL', owner: 'design', params: { value: '2.43', pass: '2.5', good: '3.5' } });
const target = finding({ area: 'target', code: 'TARGET_MISSED', owner: 'operations', params: { date: '2026-05-31', actual: '¥96,579', target: '¥106,191', gap: '¥9,612', achievement: '90.9%' }, moneyAtStake: toDecimal('9612.27') });
const small = finding({ area: 'ads', code: 'KEYWORDS_DELETE', owner: 'promotion', moneyAtStake: toDecimal('4.49'), material: false, params: { keywords: 'x 0/2', count: 1, more: 0, days: 7, spend: '¥31', money: '¥4' } });
const brief: DailyBrief = {
  date: '2026-05-31',
  locale: 'zh-CN',
  storeName: '山岚女装',
  met: false,
  headline: {
    verdict: 'missed',
    severity: 'warning',
    day: null,
    monthToDate: null,
    weekToDate: null,
    today: null,
    causes: [1],
    parts: [
      { code: 'HEADLINE_MISSED', params: target.params, message: '' },
      { code: 'HEADLINE_MONTH_AHEAD', params: { month: 5, monthName: 'May', actual: '¥2,975,733', target: '¥2,950,000', achievement: '100.9%', gap: '¥25,733' }, message: '' },
      { code: 'HEADLINE_CAUSES', params: { causes: '…' }, message: '' },
    ],
    message: '',
  },
  materiality: { money: 50, share: 0.05 },
  findings: [target, paid, pages, small],
  skipped: [{ area: 'dsr', code: 'SKIPPED_NO_DATA', message: 'DSR：没有数据', params: {} }],
  leftOut: [],
};

describe('renderBrief', () => {
  it('renders markdown in Chinese: the headline first, then actions by team with money a day, then what is not judged', () => {
    const text = renderBrief(brief);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# 山岚女装 · 晨报 · 2026-05-31');
    // The headline's sentences, rendered from their codes; the causes from the findings they name.
    expect(lines[1]).toBe('**2026-05-31 未达标：支付 ¥96,579，目标 ¥106,191，差 ¥9,612，完成 90.9%。5月累计 ¥2,975,733，计划 ¥2,950,000，完成 100.9%（领先 ¥25,733）。主因：付费访客比上周同日少（直通车 868/1,900），少卖约 ¥7,000。**');
    expect(text).toContain('### 推广\n1. **[注意]** 付费访客比上周同日少（直通车 868/1,900，今日/上周同日）：少卖 ¥7,000，占各项减少的 77.8% — 约 ¥7,000/天');
    expect(text).toContain('   - 查 直通车 的日限额、出价和计划状态；保本以上的计划当天恢复投放');
    expect(text).toContain('### 美工\n2. **[注意]** 人均浏览量 2.43，低于及格线 2.5，访客看得太少');
    // The target is told by the headline, not again as an action; the ¥4.49 finding is counted only.
    expect(text).not.toContain('2026-05-31 未达标：支付金额');
    expect(text).not.toContain('x 0/2');
    expect(text).toContain('另有 1 项低于重要性门槛（¥50 或 5%），未列为待办');
    expect(text).toContain('- DSR：没有数据');
    expect(text.indexOf('未达标')).toBeLessThan(text.indexOf('## 今日待办'));
  });

  it('renders the same brief in English as plain text', () => {
    const text = renderBrief(brief, { format: 'text', locale: 'en' });
    expect(text.split('\n')[0]).toBe('山岚女装 · Morning brief · 2026-05-31');
    expect(text.split('\n')[1]).toBe('2026-05-31 missed its target: ¥96,579 paid against ¥106,191, ¥9,612 short (90.9%). May to date ¥2,975,733 against a plan of ¥2,950,000: 100.9% (¥25,733 ahead). Main causes: paid visitors fell against the same day last week (直通车 868/1,900): about ¥7,000 of sales');
    expect(text).toContain('1. [warning] Paid visitors fell against the same day last week (直通车 868/1,900, day/last week): ¥7,000 of sales lost, 77.8% of what fell — about ¥7,000 a day');
    expect(text).toContain('2. [warning] Pages per visitor 2.43 is not above 2.5: visitors see too little of the store');
    expect(text).toContain('- DSR: no data');
    expect(text).not.toContain('**');
    expect(text).not.toContain('#');
  });

  it('lists a few actions per team, largest money first, and counts the rest', () => {
    const many = Array.from({ length: 5 }, (_, i) => finding({ code: 'MY_RULE', owner: 'promotion', message: `r${i}`, moneyAtStake: toDecimal(1000 - i * 100) }));
    const text = renderBrief({ ...brief, findings: many, headline: { ...brief.headline, causes: [] } });
    expect(text).toContain('3. **[注意]** r2');
    expect(text).not.toContain('r3');
    expect(text).toContain('- *另有 2 项（排在后面，见完整数据）*');
    expect(renderBrief({ ...brief, findings: many, headline: { ...brief.headline, causes: [] } }, { actionsPerOwner: 5 })).toContain('r4');
  });

  it('keeps the stored message for codes it does not know (a plugin’s), unless given their messages', () => {
    const { headline: _, materiality: __, ...old } = brief;
    const custom = { ...old, findings: [finding({ code: 'MY_RULE', message: '自定义' })], skipped: [], met: null } as unknown as DailyBrief;
    expect(renderBrief(custom)).toContain('1. **[注意]** 自定义');
    expect(renderBrief(custom, { locale: 'en', messages: { MY_RULE: { 'zh-CN': '自定义', en: 'custom' } } })).toContain('custom');
    // A brief without a headline (an older one read back) prints its verdict instead.
    expect(renderBrief(custom, { locale: 'en' })).toContain('No target for the day');
  });

  it('says so when there is nothing to do', () => {
    expect(renderBrief({ ...brief, findings: [], met: true }, { locale: 'en' })).toContain('Nothing to act on');
  });

  it('rejects bad options with StoreOpsError', () => {
    expect(() => renderBrief(brief, { locale: 'fr' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
    expect(() => renderBrief(brief, { format: 'pdf' as never })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', issues: [expect.objectContaining({ path: 'format' })] }));
  });
});

describe('compareFindings orders the brief (the one finding order)', () => {
  it('orders by severity, then the size of the money at stake (none last), then area and subject', () => {
    const list = [
      finding({ moneyAtStake: toDecimal(100), subject: 'a' }),
      finding({ moneyAtStake: toDecimal(-500), subject: 'b' }),
      finding({ severity: 'info', subject: 'c' }),
      finding({ severity: 'critical', subject: 'd' }),
      finding({ severity: 'critical', subject: 'a', area: 'ads' }),
      finding({ moneyAtStake: toDecimal(100), subject: 'a', area: 'ads' }),
    ];
    // critical: ads:a and sources:d (no money, by area); warning: |−500| before the two 100s (by area); info last.
    expect(list.sort(compareFindings).map((f) => `${f.area}:${f.subject}`)).toEqual(['ads:a', 'sources:d', 'sources:b', 'ads:a', 'sources:a', 'sources:c']);
  });
});

describe('renderBrief on a brief read back from JSON', () => {
  it('renders it exactly as the original', () => {
    const revived = JSON.parse(JSON.stringify(brief)) as DailyBrief;
    expect(typeof revived.findings[0]?.moneyAtStake).toBe('string');
    expect(renderBrief(revived, { locale: 'en' })).toBe(renderBrief(brief, { locale: 'en' }));
  });

  it('rejects a malformed brief with the path of the bad field', () => {
    const bad = { ...brief, findings: [{ ...paid, owner: 'boss' }] } as unknown as DailyBrief;
    expect(() => renderBrief(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: 'findings[0].owner' })] }));
    expect(() => renderBrief(null as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
