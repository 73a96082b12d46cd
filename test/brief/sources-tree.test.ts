// The brief on rows read by parseSycmRows from a three-level traffic export (汇总 rows at every
// level, merged first-column cells), as an operator's files give them.
import { describe, expect, it } from 'vitest';
import { parseSycmRows, type SycmRow } from 'storeops/adapters';
import { dailyBrief, renderBrief } from 'storeops/brief';
import { storeDays, threeLevelExport } from '../fixtures/sycm-sources.js';

const D = '2026-05-31';
const B = '2026-05-24';

// Rows of day exports all carry their day (the `date` option or the date column).
const dated = (rows: SycmRow[]) => rows.map((r) => ({ ...r, date: r.date as string }));

function sources(day: string, keywordAds: number, extra: Record<string, string>[] = []) {
  const r = parseSycmRows([...threeLevelExport(keywordAds), ...extra], { date: day });
  expect(r.errors).toEqual([]);
  // Source rows always carry their source (the leaf's name).
  return dated(r.rows).map((x) => ({ ...x, source: x.source as string }));
}

const store = dated(parseSycmRows(storeDays).rows);

describe('dailyBrief on a three-level traffic export', () => {
  it('names the paid source that fell (关键词推广), not 汇总', () => {
    const b = dailyBrief({ date: D, store, sources: [...sources(B, 1500), ...sources(D, 300)] }, { locale: 'en' });
    expect(b.findings.some((f) => f.subject === '汇总')).toBe(false);
    // 关键词推广: 1,200 fewer visitors × ¥7.20 = ¥8,640.00, the whole fall of 72,000 → 63,360 —
    // a paid source, so it is the ads story (one story for the paid channel), not a sources finding.
    expect(b.findings.filter((f) => f.area === 'sources')).toHaveLength(0);
    const found = b.findings.filter((f) => f.area === 'ads');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'ADS_PAID_DOWN', subject: '关键词推广', owner: 'promotion', severity: 'critical', numbers: { 'visitors:关键词推广': 300, 'baseVisitors:关键词推广': 1500, visitorEffect: '-8640.00', share: 1 } });
    expect(found[0]!.advice.map((a) => a.code)).toContain('ADS_CHECK_DELIVERY');
  });

  it('the traffic structure counts each visitor once: the leaves add up to the store’s 8,800', () => {
    // A campaign day, so the activity norm is judged too.
    const b = dailyBrief({ date: D, store, sources: sources(D, 300), events: [{ date: D, name: '周年庆' }] }, { locale: 'en' });
    const traffic = b.findings.filter((f) => f.area === 'traffic');
    for (const f of traffic) expect(f.numbers['totalVisitors']).toBe(8800);
    // Seed norms (domain reference §2): natural 6,000 / 8,800 = 68.2% < 70%; paid 1,800 / 8,800 = 20.5%
    // > 10% (told in the ads story); activity 0% < 10%; member 1,000 / 8,800 = 11.4% and other 0%
    // are inside their ranges — "other" is not flagged (汇总 used to be read as an "other" source of 46.5%).
    expect(traffic.map((f) => f.subject).sort()).toEqual(['activity', 'natural']);
    expect(b.findings.find((f) => f.code === 'ADS_PAID_SHARE_HIGH')?.numbers['paidShareOfWeek']).toBeCloseTo(1800 / 8800, 12);
    expect(traffic.find((f) => f.subject === 'natural')?.numbers['share']).toBeCloseTo(6000 / 8800, 12);
  });

  it('shows a channel name it could not place in its data area (both locales), counted as other', () => {
    const unknown = { 一级来源: '星河渠道', 二级来源: '', 三级来源: '', 访客数: '200', 访客数变化: '-', 支付金额: '0.00', 支付买家数: '0' };
    const b = dailyBrief({ date: D, store, sources: [...sources(B, 1500), ...sources(D, 300, [unknown])] }, { locale: 'en' });
    const data = b.findings.find((f) => f.code === 'DATA_UNPLACED_SOURCES');
    expect(data).toMatchObject({ area: 'data', owner: 'operations', numbers: { count: 1, sources: '星河渠道' } });
    expect(data?.message).toBe('1 traffic sources could not be placed in a category and count as other for now: 星河渠道; say which kind of traffic they are');
    expect(renderBrief(b, { locale: 'zh-CN', format: 'text' })).toContain('有 1 个流量来源无法归类，暂计入“其他”：星河渠道');
  });
});
