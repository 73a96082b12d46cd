// The commands over a few tiny store folders, in-process: stores without a plan for their day,
// stores whose days differ, skipped stores in every index format, plugins exported either way,
// check's unknown columns and channels, and the plan and rollup commands' edges.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { csvBytes, sourceDay, sourceThreeLevelSheet, xlsxBytes } from '../fixtures/exports.js';
import { readStoreFolder } from '../../src/cli/folder.js';

const root = mkdtempSync(join(tmpdir(), 'storeops-cov-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HEADER = '统计日期,访客数,支付买家数,支付金额,成功退款金额\n';
const row = (date: string, paid: string, refund = '0.00') => `${date},1000,30,"${paid}",${refund}\n`;

function folder(dir: string, id: string, files: Record<string, string | Uint8Array>): void {
  mkdirSync(join(dir, id), { recursive: true });
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, id, name), data);
}
async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } } as CliIo);
  return { code, out, err };
}

const agency = join(root, 'agency');
beforeAll(() => {
  folder(agency, 'a-met', {
    '店铺整体.csv': HEADER + row('2026-05-30', '7,000.00') + row('2026-05-31', '7,200.00'),
    'plan.csv': '日期,目标销售额\n2026-05-30,7000\n2026-05-31,7000\n',
    'store.json': JSON.stringify({ name: 'A店', heroItemId: 'x1', breakEvenRoi: 2, products: [] }),
  });
  // Its plan starts in June: the day is not judged and May has no plan to date.
  folder(agency, 'b-june', { '店铺整体.csv': HEADER + row('2026-05-31', '5,000.00'), 'plan.csv': '日期,目标销售额\n2026-06-01,7000\n' });
  // Its downloads end on the 30th, a day before the others'.
  folder(agency, 'c-missed', { '店铺整体.csv': HEADER + row('2026-05-29', '9,000.00') + row('2026-05-30', '6,300.00'), 'plan.csv': '日期,目标销售额\n2026-05-30,9000\n' });
  // A plan naming the 31st twice: the folder reads, the brief refuses it.
  folder(agency, 'd-dup', { '店铺整体.csv': HEADER + row('2026-05-31', '7,200.00'), 'plan.csv': '日期,目标销售额\n2026-05-31,7000\n2026-05-31,7000\n' });
  folder(agency, 'y-noplan', { '店铺整体.csv': HEADER + row('2026-05-31', '1.00') });
  folder(agency, 'z-noplan', { '店铺整体.csv': HEADER + row('2026-05-31', '1.00') });
  writeFileSync(join(root, 'named.mjs'), "export const plugin = { name: 'named-export' };\n");
  writeFileSync(join(root, 'list.mjs'), "export default [{ name: 'first' }, { name: 'second' }];\n");
});

describe('storeops brief over stores that are not all alike', () => {
  it('text index: the days it spans, stores without a target, skipped stores sorted, plugins of both exports', async () => {
    const out = join(root, 'out-text');
    const r = await run(['brief', agency, '--format', 'text', '--locale', 'en', '--out', out, '--plugin', join(root, 'named.mjs'), '--plugin', join(root, 'list.mjs')]);
    expect(r.code).toBe(1);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.date).toBe('2026-05-30…2026-05-31');
    expect(index.skipped.map((s: { id: string; code: string }) => [s.id, s.code])).toEqual([
      ['d-dup', 'INVALID_INPUT'],
      ['y-noplan', 'NO_PLAN'],
      ['z-noplan', 'NO_PLAN'],
    ]);
    const june = index.league.find((l: { id: string }) => l.id === 'b-june');
    expect(june).toMatchObject({ met: null, actual: '5000.00', target: null, gap: null, achievement: null, monthToDate: null });
    const missed = index.league.find((l: { id: string }) => l.id === 'c-missed');
    // 6,300 of 9,000 on the 30th: 70%, ¥2,700 short.
    expect(missed).toMatchObject({ date: '2026-05-30', met: false, actual: '6300.00', target: '9000.00', gap: '-2700.00', achievement: 0.7 });
    // The CSV leaves what is unknown empty.
    const csv = readFileSync(join(out, 'league.csv'), 'utf8').split('\r\n');
    const header = (csv[0] as string).replace('\uFEFF', '').split(',');
    const juneRow = (csv.find((l) => l.includes(',b-june,')) as string).split(',');
    const cellOf = (name: string) => juneRow[header.indexOf(name)];
    expect([cellOf('met'), cellOf('achievement'), cellOf('target'), cellOf('mtd_achievement'), cellOf('mtd_actual')]).toEqual(['', '', '', '', '']);
    const text = readFileSync(join(out, 'index.txt'), 'utf8');
    expect(text).toContain('Stores skipped\nd-dup  the data cannot be briefed: ');
    expect(text).toContain('\nz-noplan  no plan (plan.csv, plan.xlsx, or yearTarget in store.json)\n');
    expect(r.out).toContain('6 stores: 3 briefed, 3 skipped.');
  });

  it('HTML: the skipped stores in a table, and each brief’s verdict', async () => {
    const out = join(root, 'out-html');
    expect((await run(['brief', agency, '--format', 'html', '--locale', 'en', '--out', out, '--quiet'])).code).toBe(1);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('<h2>Stores skipped</h2>');
    expect(index).toContain('<td>y-noplan</td><td>no plan (plan.csv, plan.xlsx, or yearTarget in store.json)</td>');
    expect(readFileSync(join(out, 'b-june.html'), 'utf8')).toContain('<p><strong>No target for the day: cannot tell whether it was met</strong></p>');
    expect(readFileSync(join(out, 'c-missed.html'), 'utf8')).toContain('<p><strong>Target missed</strong></p>');
    expect(readFileSync(join(out, 'a-met.html'), 'utf8')).toContain('<h1>A店 · Morning brief · 2026-05-31</h1>');
  });

  it('when every store ran, the text and HTML indexes have no skipped section and the exit code is 0', async () => {
    const dir = join(root, 'all-good');
    folder(dir, 'one', { '店铺整体.csv': HEADER + row('2026-05-31', '7,200.00'), 'plan.csv': '日期,目标销售额\n2026-05-31,8000\n' });
    for (const format of ['text', 'html'] as const) {
      const out = join(dir, `_out-${format}`);
      expect((await run(['brief', dir, '--format', format, '--locale', 'en', '--out', out, '--quiet'])).code).toBe(0);
      const index = readFileSync(join(out, format === 'text' ? 'index.txt' : 'index.html'), 'utf8');
      expect(index).toContain('1 stores: 1 briefed, 0 skipped.');
      expect(index).not.toContain('Stores skipped');
    }
  });

  it('a folder where no store can be briefed has no date', async () => {
    const dir = join(root, 'none');
    folder(dir, 'only', { '店铺整体.csv': HEADER + row('2026-05-31', '1.00') });
    const r = await run(['brief', dir, '--json', '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ date: null, stores: 1, briefed: 0, league: [] });
    expect(readFileSync(join(dir, '_briefs', 'index.md'), 'utf8').split('\n')[0]).toBe('# Stores · morning briefs'); // no store briefed: no day in the title
  });
});

describe('storeops check: columns and channels it does not know', () => {
  it('names each unknown column and channel once per store, with how many files have it', async () => {
    const dir = join(root, 'check');
    const source = sourceThreeLevelSheet([...sourceDay(), { path: ['新渠道X', '子渠道Y'], visitors: 10, orderFen: 0, buyers: 0, paidFen: 0 }]);
    folder(dir, 's', {
      '店铺整体_0530.csv': '统计日期,访客数,支付买家数,支付金额,备注\n2026-05-30,1000,30,7000,x\n',
      '店铺整体_0531.csv': '统计日期,访客数,支付买家数,支付金额,备注\n2026-05-31,1000,30,7200,y\n',
      '店铺来源_2026-05-31_2026-05-31.csv': csvBytes(source),
      'store.json': '{ "yearTarget": "365000" }',
    });
    const r = await run(['check', dir, '--json']);
    const report = JSON.parse(r.out) as { errors: number; findings: { level: string; code: string; file: string; column: string | null; message: string }[] };
    expect(report.errors).toBe(0);
    expect(report.findings.filter((f) => f.code === 'UNKNOWN_COLUMN')).toEqual([expect.objectContaining({ level: 'warning', column: '备注', file: '店铺整体_0530.csv (+1 more files)' })]);
    expect(report.findings.filter((f) => f.code === 'UNPLACED_SOURCE')).toEqual([expect.objectContaining({ file: '店铺来源_2026-05-31_2026-05-31.csv', message: 'traffic source "新渠道X/子渠道Y" could not be placed in a category (counted as other)' })]);
    expect(r.code).toBe(0);
    expect((await run(['check', dir, '--strict', '--quiet'])).code).toBe(1);
  });
});

describe('storeops plan and rollup at their edges', () => {
  it('an event without a name, a unit, and weights from a store export', async () => {
    const weights = join(root, 'last-year.csv');
    // Last year's January sold twice February: the months are weighed 2 : 1.
    writeFileSync(weights, '统计日期,访客数,支付买家数,支付金额\n2025-01-15,100,3,"2,000.00"\n2025-02-15,100,3,"1,000.00"\n2025-02-16,100,3,-\n');
    const r = await run(['plan', '--total', '3000', '--start', '2026-01-01', '--end', '2026-02-28', '--weights', weights, '--event', '2026-01-01:2', '--unit', '1', '--json']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.months.map((m: { target: string }) => m.target)).toEqual(['2000.00', '1000.00']);
    // January's 2,000 over 31 days, New Year's Day weighing 2: 2 × 2,000 / 32 = ¥125; no event name.
    expect(plan.days[0]).toMatchObject({ period: '2026-01-01', events: '', target: '125.00' });
    expect(plan.days.every((d: { target: string }) => d.target.endsWith('.00'))).toBe(true);
  });

  it('weights without any day of sales, or with a bad cell, are a usage error', async () => {
    const empty = join(root, 'empty.csv');
    writeFileSync(empty, '统计日期,访客数,支付买家数,支付金额\n2025-01-15,100,3,-\n');
    const r = await run(['plan', '--total', '100', '--start', '2026-01-01', '--end', '2026-01-02', '--weights', empty]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`storeops: --weights ${empty}: no days with 支付金额 in the file\n`);
    const bad = join(root, 'bad.csv');
    writeFileSync(bad, '统计日期,访客数,支付买家数,支付金额\n2025-01-15,abc,3,100\n');
    const b = await run(['plan', '--total', '100', '--start', '2026-01-01', '--end', '2026-01-02', '--weights', bad]);
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/^storeops: --weights .*bad\.csv: 1 bad cell\(s\), first at row \d+, column 访客数: /);
  });

  it('rollup: a key part given twice is a usage error; a clean folder exits 0, with refunds summed', async () => {
    const dup = await run(['rollup', agency, '--by', 'store,store']);
    expect(dup.code).toBe(2);
    expect(dup.err).toContain('a key part is given twice');
    const dir = join(root, 'clean');
    // The 29th's counts are '-' in the export: they count as 0.
    folder(dir, 's', { '店铺整体.csv': HEADER + '2026-05-29,-,-,-,0\n' + row('2026-05-30', '7,000.00', '100.00') + row('2026-05-31', '7,200.00', '50.00') });
    const r = await run(['rollup', dir, '--by', 'store,month', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([expect.objectContaining({ store: 's', month: '2026-05', visitors: 2000, buyers: 60, paidAmount: '14200.00', refundAmount: '150.00' })]);
  });

  it('a folder that does not exist is named', async () => {
    const r = await run(['check', join(root, 'no-such-dir')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no-such-dir');
  });
});

describe('store folders: settings and plans in their other forms', () => {
  const dir = join(root, 'settings');
  beforeAll(() => {
    // A plan.xlsx whose visitors cell is empty on one day (no planned visitors that day).
    const plan = xlsxBytes({ name: 'plan', rows: [['日期', '目标销售额', '目标访客数'], ['2026-05-30', '7000', ''], ['2026-05-31', '7000', '1000']] });
    folder(dir, 'xlsx-plan', { '店铺整体.csv': HEADER + row('2026-05-31', '7,200.00'), 'plan.xlsx': plan, '.DS_Store': 'x' });
    // A yearly plan with weekday weights and an event; the downloads are not in date order.
    folder(dir, 'yearly', {
      '店铺整体.csv': HEADER + row('2026-05-31', '7,200.00') + row('2026-05-30', '7,000.00'),
      'store.json': JSON.stringify({ yearTarget: '365000', weekdayWeights: [1, 1, 1, 1, 1, 1, 1], events: [{ date: '2026-11-11', multiplier: 3, name: '双11' }] }),
    });
    // A yearly target with no year and no download to take it from.
    folder(dir, 'no-year', { 'store.json': '{ "yearTarget": "365000" }' });
    // A yearly target that is not an amount: the problem is store.json's.
    folder(dir, 'bad-target', { '店铺整体.csv': HEADER + row('2026-05-31', '1.00'), 'store.json': '{ "yearTarget": "lots" }' });
  });

  it('reads plan.xlsx, skips dot files, and leaves an empty driver cell out', async () => {
    const f = await readStoreFolder(dir, 'xlsx-plan');
    expect(f.planSource).toBe('plan.xlsx');
    expect(f.plan).toEqual([{ date: '2026-05-30', target: '7000' }, { date: '2026-05-31', target: '7000', visitors: 1000 }]);
    expect(f.ignored).toEqual([]);
    expect(f.problems).toEqual([]);
  });

  it('makes the yearly plan of the latest download’s year, with its weekday weights and events', async () => {
    const f = await readStoreFolder(dir, 'yearly');
    expect(f.planSource).toBe('store.json');
    expect(f.plan).toHaveLength(365);
    // 365,000 over 364 plain days and 双11 at 3×: 365,000 / 367 = 994.55 a day, 双11 three times that.
    const nov11 = f.plan!.find((d) => d.date === '2026-11-11')!;
    const plain = f.plan!.find((d) => d.date === '2026-11-10')!;
    expect(Number(nov11.target)).toBeCloseTo(3 * Number(plain.target), 1);
  });

  it('without a year to plan or with a bad yearly target, the folder says why', async () => {
    expect((await readStoreFolder(dir, 'no-year')).plan).toBeNull();
    const bad = await readStoreFolder(dir, 'bad-target');
    expect(bad.plan).toBeNull();
    expect(bad.problems).toEqual([expect.objectContaining({ file: 'store.json', code: 'INVALID_INPUT' })]);
  });
});
