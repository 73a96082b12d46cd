import { describe, expect, it } from 'vitest';
import { briefInputFromExports, briefStores, dailyBrief, type DailyBriefInput } from 'storeops/brief';
import { expectError } from '../helpers.js';

const row = (date: string, paid: string, visitors = 1000, buyers = 30) => ({ kind: 'store', index: 0, extra: {}, date, visitors, buyers, paidAmount: paid });

describe('briefInputFromExports', () => {
  const store = { kind: 'store', fileName: '店铺整体.xls', rows: [row('2026-05-30', '6210.00'), row('2026-05-31', '7200.00')], errors: [{ row: 4 }, { row: 4 }, { row: 7 }] };
  const items = { kind: 'item', fileName: '商品_全部.xlsx', rows: [{ date: '2026-05-31', itemId: '1', visitors: 10, buyers: 1, paidAmount: '99.00' }], errors: [] };
  const sources = { kind: 'source', rows: [{ date: '2026-05-31', source: '手淘搜索', sourceLevel1: '淘内免费', sourceLevel2: '手淘搜索', visitors: 600 }], errors: [] };
  const keywords = { kind: 'keyword', fileName: 'kw.csv', rows: [{ date: '2026-05-31', keyword: '阔腿裤', clicks: 3 }, { keyword: '阔腿裤 (period)', clicks: 20 }], errors: [] };

  it('gathers rows by kind, counts bad rows per file, and takes the latest store day', () => {
    const input = briefInputFromExports([store, items, sources, keywords, { kind: 'adItem', rows: [{ a: 1 }], errors: [] }], { storeName: '山岚', plan: [{ date: '2026-05-31', target: 8000 }] });
    expect(input.date).toBe('2026-05-31');
    expect(input.storeName).toBe('山岚');
    expect(input.store.map((d) => d.paidAmount)).toEqual(['6210.00', '7200.00']);
    expect(input.items).toHaveLength(1);
    expect(input.sources).toHaveLength(1);
    // The keyword row without a day (a period summary) cannot be placed on a day: counted, not dropped silently.
    expect(input.keywords?.map((k) => k.keyword)).toEqual(['阔腿裤']);
    expect(input.leftOut).toEqual([
      { export: '店铺整体.xls', rows: 2 },
      { export: 'kw.csv (no day)', rows: 1 },
    ]);
    // and the brief runs on it, naming the file with bad rows in its data area
    const brief = dailyBrief(input, { locale: 'en' });
    expect(brief.findings.find((f) => f.area === 'data')?.numbers).toMatchObject({ rows: 3, '店铺整体.xls': 2 });
  });

  it('keeps the day given, and names unnamed exports by kind and order', () => {
    const { fileName: _, ...unnamed } = store;
    const input = briefInputFromExports([unnamed, { kind: 'store', rows: [row('2026-05-29', '1.00')], errors: [{ row: 0 }] }], { date: '2026-05-30' });
    expect(input.date).toBe('2026-05-30');
    expect(input.leftOut).toEqual([
      { export: 'store export 1', rows: 2 },
      { export: 'store export 2', rows: 1 },
    ]);
  });

  it('refuses a day found in two files (it would be counted twice), no store rows, and malformed exports', () => {
    expectError(() => briefInputFromExports([store, { ...store, fileName: 'again.xls' }]), 'INVALID_INPUT', '[1].rows[0]');
    expectError(() => briefInputFromExports([items]), 'INVALID_INPUT', '');
    expectError(() => briefInputFromExports([{ kind: 'store', rows: 'x' as never, errors: [] }]), 'INVALID_INPUT', '[0].rows');
    expectError(() => briefInputFromExports([store], { date: '2026-02-30' }), 'INVALID_OPTIONS', 'date');
  });
});

describe('briefStores', () => {
  const input = (paid: string, extra: Partial<DailyBriefInput> = {}): DailyBriefInput => ({
    date: '2026-05-31',
    store: [row('2026-05-30', '7000.00'), row('2026-05-31', paid)],
    plan: [
      { date: '2026-05-30', target: '8000.00' },
      { date: '2026-05-31', target: '8000.00' },
      { date: '2026-06-01', target: '8000.00' },
    ],
    ...extra,
  });

  it('builds the league worst first with the day, month to date, top cause and owner', () => {
    const progress: [number, number, string][] = [];
    const run = briefStores(
      [
        { id: 'ahead', input: input('9600.00', { storeName: '甲店' }) },
        { id: 'behind', input: input('6000.00') },
        { id: 'bad', input: { date: '2026-05-31', store: [] } },
        { id: 'noplan', input: { date: '2026-05-31', store: [row('2026-05-31', '100.00')] } },
      ],
      { locale: 'en', onProgress: (d, t, id) => progress.push([d, t, id]) },
    );
    expect(progress).toEqual([
      [1, 4, 'ahead'],
      [2, 4, 'behind'],
      [3, 4, 'bad'],
      [4, 4, 'noplan'],
    ]);
    expect(run.briefs.map((b) => b.id)).toEqual(['ahead', 'behind', 'noplan']);
    expect(run.league.map((r) => r.id)).toEqual(['behind', 'ahead', 'noplan']);
    const [behind, ahead, noplan] = run.league as [NonNullable<(typeof run.league)[0]>, NonNullable<(typeof run.league)[0]>, NonNullable<(typeof run.league)[0]>];
    // 6000 / 8000 = 75%, 2000 short; May to date: (7000 + 6000) / 16000 = 81.25%, 3000 short.
    expect(behind.achievement).toBe(0.75);
    expect(behind.gap?.toFixed(2)).toBe('-2000.00');
    expect(behind.met).toBe(false);
    expect(behind.storeName).toBe('behind');
    expect(behind.monthToDate?.achievement).toBe(0.8125);
    expect(behind.monthToDate?.gap.toFixed(2)).toBe('-3000.00');
    expect(behind.monthToDate?.target.toFixed(2)).toBe('16000.00');
    // 9600 / 8000 = 120%; May: 16600 / 16000.
    expect(ahead.achievement).toBe(1.2);
    expect(ahead.storeName).toBe('甲店');
    expect(ahead.monthToDate?.actual.toFixed(2)).toBe('16600.00');
    // without a plan: no figures, last
    expect(noplan.achievement).toBeNull();
    expect(noplan.target).toBeNull();
    expect(noplan.monthToDate).toBeNull();
    expect(noplan.actual?.toFixed(2)).toBe('100.00');
    expect(run.skipped).toEqual([expect.objectContaining({ id: 'bad', code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: 'store' })] })]);
  });

  it('names the top cause: the largest finding that is not the verdict or the replan', () => {
    const sources = (paid: number) => [
      { date: '2026-05-24', source: '直通车', category: 'paid', visitors: 1000, buyers: 30, paidAmount: 6000 },
      { date: '2026-05-31', source: '直通车', category: 'paid', visitors: 300, buyers: 9, paidAmount: paid },
    ];
    const store = [row('2026-05-24', '6000.00'), row('2026-05-30', '7000.00'), row('2026-05-31', '1800.00', 300, 9)];
    const run = briefStores([{ id: 's', input: { ...input('1800.00'), store, sources: sources(1800) } }], { locale: 'en' });
    const top = run.league[0]?.topCause;
    expect(top?.area).toBe('ads');
    expect(top?.moneyAtStake?.toFixed(2)).toBe('4200.00');
    expect(run.league[0]?.owner).toBe('promotion');
  });

  it('refuses what is not a list of stores, a repeated id, and bad options', () => {
    expectError(() => briefStores('x' as never), 'INVALID_INPUT', '');
    expectError(() => briefStores([{ id: 'a', input: input('1.00') }, { id: 'a', input: input('1.00') }]), 'INVALID_INPUT', '[1].id');
    expectError(() => briefStores([{ id: 'a', input: input('1.00') }], { locale: 'fr' as never }), 'INVALID_OPTIONS', 'locale');
    expectError(() => briefStores([], { onProgress: 3 as never }), 'INVALID_OPTIONS', 'onProgress');
  });
});
