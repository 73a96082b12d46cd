import { describe, expect, it } from 'vitest';
import { renderBrief, type DailyBrief, type Finding } from 'storeops/brief';
import { compareFindings, toDecimal } from '../../src/core/internal.js';

function finding(over: Partial<Finding>): Finding {
  return { area: 'sources', code: 'X', severity: 'warning', owner: 'operations', subject: null, message: 'm', params: {}, numbers: {}, moneyAtStake: null, checks: [], advice: [], ...over };
}

const paid = finding({
  area: 'sources',
  code: 'SOURCE_VISITORS_DOWN',
  severity: 'critical',
  owner: 'promotion',
  subject: '直通车',
  params: { source: '直通车', visitors: '868', baseVisitors: '1,900', drop: '54.3%', effect: '¥7,000.00', fall: '¥9,000.00', share: '77.8%' },
  moneyAtStake: toDecimal('7000'),
  advice: [{ code: 'PAID_SOURCE_ADVICE', message: '检查直通车…', params: { source: '直通车' } }],
});
const pages = finding({ area: 'page-health', code: 'PAGE_DEPTH_FAIL', owner: 'design', params: { value: '2.43', pass: '2.5', good: '3.5' } });
const brief: DailyBrief = {
  date: '2026-05-31',
  locale: 'zh-CN',
  storeName: '山岚女装',
  met: false,
  findings: [paid, pages],
  skipped: [{ area: 'dsr', code: 'SKIPPED_NO_DATA', message: 'DSR：没有数据', params: {} }],
  leftOut: [],
};

describe('renderBrief', () => {
  it('renders markdown in Chinese with verdict, numbered findings, owners, money and skipped areas', () => {
    const text = renderBrief(brief);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# 山岚女装 · 晨报 · 2026-05-31');
    expect(lines[1]).toBe('**昨日未达标**');
    expect(text).toContain('1. **[紧急 · 推广]** 直通车访客 868，比上周同日 1,900 少 54.3%：少了 ¥7,000.00 的销售额，占销售额下降 ¥9,000.00 的 77.8% — 涉及金额 ¥7,000.00');
    expect(text).toContain('   - 检查直通车的日限额、出价和计划状态，当天恢复投放');
    expect(text).toContain('2. **[注意 · 美工]** 人均浏览量 2.43，未高于 2.5，访客看得太少');
    expect(text).toContain('- **推广**: 1');
    expect(text).toContain('- **美工**: 2');
    expect(text).toContain('- DSR：没有数据');
  });

  it('renders the same brief in English as plain text', () => {
    const text = renderBrief(brief, { format: 'text', locale: 'en' });
    expect(text.split('\n')[0]).toBe('山岚女装 · Morning brief · 2026-05-31');
    expect(text).toContain('1. [critical · Promotion] 直通车 brought 868 visitors against 1,900 on the same day last week (−54.3%): ¥7,000.00 of sales lost, 77.8% of the ¥9,000.00 fall in sales — at stake ¥7,000.00');
    expect(text).toContain('2. [warning · Design] Pages per visitor 2.43 is not above 2.5: visitors see too little of the store');
    expect(text).toContain('- DSR: no data');
    expect(text).not.toContain('**');
    expect(text).not.toContain('#');
  });

  it('keeps the stored message for codes it does not know (a plugin’s), unless given their messages', () => {
    const custom = { ...brief, findings: [finding({ code: 'MY_RULE', message: '自定义' })], skipped: [], met: null };
    expect(renderBrief(custom)).toContain('1. **[注意 · 运营]** 自定义');
    expect(renderBrief(custom, { locale: 'en', messages: { MY_RULE: { 'zh-CN': '自定义', en: 'custom' } } })).toContain('custom');
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
