// The commands run in-process (runCli with injected streams) over a small agency folder in real
// layouts; their outputs are checked against figures computed from the files with the library.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreDecimal } from '../../src/core/internal.js';
import { aggregateFunnels } from 'storeops/funnel';
import { runCli } from '../../src/cli/program.js';
import type { CliIo } from '../../src/cli/io.js';
import { expectedLine, makeAgency, readStore, type Agency } from './agency-fixture.js';

function sink(isTTY = false) {
  let text = '';
  return { write: (s: string) => ((text += s), true), isTTY, get text() { return text; } };
}
async function run(args: string[], tty = false) {
  const stdout = sink();
  const stderr = sink(tty);
  const code = await runCli(args, { stdout, stderr } as CliIo);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let agency: Agency;
beforeAll(() => {
  agency = makeAgency(6, 21);
});
afterAll(() => rmSync(agency.dir, { recursive: true, force: true }));

describe('storeops brief', () => {
  it('briefs every readable store, skips the corrupt one with its reason, and exits 1', async () => {
    const out = join(agency.dir, '_out-md');
    const r = await run(['brief', agency.dir, '--out', out, '--locale', 'en', '--date', '2026-05-31']);
    expect(r.code).toBe(1);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.stores).toBe(6);
    expect(index.briefed).toBe(5);
    expect(index.skipped).toHaveLength(1);
    expect(index.skipped[0].id).toBe(agency.corrupt);
    expect(index.skipped[0].reason).toContain('商品_全部');
    // Each league line, against the files read directly: sales from the store export, targets from the plan.
    expect(index.league.map((l: { id: string }) => l.id).sort()).toEqual(agency.stores.filter((s) => s !== agency.corrupt));
    for (const line of index.league) {
      const want = expectedLine(agency.dir, line.id, '2026-05-31');
      expect(line.actual).toBe(want.actual);
      expect(line.target).toBe(want.target);
      expect(line.gap).toBe(want.gap);
      expect(line.achievement).toBeCloseTo(want.achievement, 12);
      expect(line.monthToDate.actual).toBe(want.mtdActual);
      expect(line.monthToDate.target).toBe(want.mtdTarget);
      expect(line.monthToDate.achievement).toBeCloseTo(want.mtdAchievement, 12);
      expect(line.monthToDate.missingDays).toBe(want.missingDays); // a yearly plan has May 1–10, before the 21 days of downloads
    }
    // worst first
    const ach = index.league.map((l: { achievement: number }) => l.achievement);
    expect(ach).toEqual([...ach].sort((a, b) => a - b));
    // stores whose paid budget ran out on the last day: the cause is named, and it is promotion's job
    const first = index.league.find((l: { id: string }) => l.id === 'store-001');
    expect(first.topCause.area).toBe('ads');
    expect(first.owner).toBe('promotion');
    // one brief per store, an index, the league as CSV
    for (const line of index.league) expect(readFileSync(join(out, `${line.id}.md`), 'utf8')).toMatch(/^# .+ · Morning brief · 2026-05-31\n/);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain(`| ${agency.corrupt} |`);
    const csv = readFileSync(join(out, 'league.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('\uFEFFrank,id,store,date,met,achievement,actual,target,gap,mtd_achievement,mtd_actual,mtd_target,mtd_gap,top_cause,top_cause_message,owner');
    expect(csv).toHaveLength(index.league.length + 2);
    // the summary on stdout, nothing on stderr when it is not a terminal
    expect(r.stdout).toContain('6 stores: 5 briefed, 1 skipped.');
    expect(r.stderr).toBe('');
  });

  it('prints the index as JSON with --json, writes html and text briefs, and defaults to <dir>/_briefs', async () => {
    const r = await run(['brief', agency.dir, '--json', '--format', 'html']);
    expect(r.code).toBe(1);
    const index = JSON.parse(r.stdout);
    expect(index.briefed).toBe(5);
    const html = readFileSync(join(agency.dir, '_briefs', 'store-001.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h1>山岚女装 · 晨报 · 2026-05-31</h1>');
    expect(readFileSync(join(agency.dir, '_briefs', 'index.html'), 'utf8')).toContain('<a href="store-001.html">山岚女装</a>');
    const text = await run(['brief', agency.dir, '--quiet', '--format', 'text', '--out', join(agency.dir, '_out-text')]);
    expect(text.stdout).toBe('');
    expect(readFileSync(join(agency.dir, '_out-text', 'store-002.txt'), 'utf8').split('\n')[0]).toBe('青禾女装 · 晨报 · 2026-05-31');
    const json = await run(['brief', agency.dir, '--quiet', '--format', 'json', '--out', join(agency.dir, '_out-json')]);
    expect(json.code).toBe(1);
    expect(JSON.parse(readFileSync(join(agency.dir, '_out-json', 'store-002.json'), 'utf8')).date).toBe('2026-05-31');
    expect(existsSync(join(agency.dir, '_out-json', 'index.json'))).toBe(true);
  });

  it('--strict skips the store whose file has a bad cell, naming the file', async () => {
    const r = await run(['brief', agency.dir, '--strict', '--json', '--out', join(agency.dir, '_out-strict')]);
    const index = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    const strict = index.skipped.find((s: { id: string }) => s.id === agency.badCell?.store);
    expect(strict.code).toBe('BAD_CELLS');
    expect(strict.reason).toContain(agency.badCell?.file);
    expect(index.badCells).toEqual([{ store: agency.badCell?.store, file: agency.badCell?.file, cells: 1 }]);
  });

  it('runs with a plugin, and exits 0 when every store ran', async () => {
    const only = makeAgency(2, 10);
    rmSync(join(only.dir, only.corrupt as string), { recursive: true });
    const plugin = join(only.dir, 'plugin.mjs');
    await import('node:fs/promises').then((fs) => fs.writeFile(plugin, "export default { name: 'quiet-brief', thresholds: { brief: { minShare: 0.5 } } };\n"));
    const r = await run(['brief', only.dir, '--quiet', '--plugin', plugin]);
    expect(r.code).toBe(0);
    rmSync(only.dir, { recursive: true, force: true });
  });
});

describe('storeops rollup', () => {
  it('sums per store and month exactly as aggregateFunnels does, with every funnel metric', async () => {
    const file = join(agency.dir, 'rollup.json');
    const r = await run(['rollup', agency.dir, '--by', 'store,month', '--out', file]);
    expect(r.code).toBe(1); // the corrupt store is named on stderr
    expect(r.stderr).toContain(agency.corrupt as string);
    const rows = JSON.parse(readFileSync(file, 'utf8'));
    const direct = aggregateFunnels(
      agency.stores
        .filter((s) => s !== agency.corrupt)
        .flatMap((id) => readStore(agency.dir, id).filter((f) => f.result.kind === 'store').flatMap((f) => f.result.rows.map((row) => ({ id, ...row, visitors: row.visitors ?? 0, buyers: row.buyers ?? 0, paidAmount: row.paidAmount ?? 0 })))),
      (row) => `${row.id} ${(row.date as string).slice(0, 7)}`,
    );
    expect(rows).toHaveLength(direct.size);
    for (const row of rows) {
      const want = direct.get(`${row.store} ${row.month}`);
      expect(row.visitors).toBe(want?.visitors);
      expect(row.buyers).toBe(want?.buyers);
      expect(row.paidAmount).toBe(want?.paidAmount.toFixed(2));
      expect(row.pageviews).toBe(want?.pageviews);
      expect(row.conversionRate).toBe((want?.buyers as number) / (want?.visitors as number));
      expect(row.aov).toBe(want?.paidAmount.div(want.buyers).toFixed(2));
      for (const metric of ['ctr', 'revenuePerVisitor', 'bounceRate', 'cartRate', 'roi', 'refundRate', 'cpc']) expect(row).toHaveProperty(metric);
    }
  });

  it('by store, source and day: the sources (subtotals left out) add up to the store export', async () => {
    const r = await run(['rollup', agency.dir, '--by', 'store,source,day', '--json']);
    const rows = JSON.parse(r.stdout) as { store: string; source: string; day: string; visitors: number; paidAmount: string }[];
    expect(rows.some((x) => x.source.includes('汇总'))).toBe(false);
    const store = readStore(agency.dir, 'store-003').find((f) => f.result.kind === 'store')?.result.rows.find((x) => x.date === '2026-05-31');
    const day = rows.filter((x) => x.store === 'store-003' && x.day === '2026-05-31');
    expect(day.map((x) => x.source)).toContain('付费流量/万相台/关键词推广');
    expect(day.reduce((s, x) => s + x.visitors, 0)).toBe(store?.visitors);
    expect(day.reduce((s, x) => s.plus(x.paidAmount), new StoreDecimal(0)).toFixed(2)).toBe(store?.paidAmount);
  });

  it('writes CSV and xlsx by the file name, and refuses unknown key parts', async () => {
    const csv = join(agency.dir, 'weeks.csv');
    await run(['rollup', agency.dir, '--by', 'store,week', '--out', csv]);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFstore,week,visitors,buyers,paidAmount,/);
    const xlsx = join(agency.dir, 'weeks.xlsx');
    await run(['rollup', agency.dir, '--by', 'store,week', '--out', xlsx]);
    const sheet = read(readFileSync(xlsx), { type: 'buffer' }).Sheets['rollup'];
    expect(utils.sheet_to_json<Record<string, unknown>>(sheet as never)[0]).toMatchObject({ store: 'store-001', week: '2026-05-11' });
    const bad = await run(['rollup', agency.dir, '--by', 'store,year']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown key part "year"');
  });
});

describe('storeops plan', () => {
  it('splits the total into days, weeks, months and quarters that each add up to it, to the fen', async () => {
    const r = await run(['plan', '--total', '1000000.07', '--start', '2026-06-01', '--end', '2026-08-31', '--event', '2026-06-18:3:618', '--weekday-weights', '1,1,1,1,1,1.3,1.3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n').slice(1).map((l) => l.split(','));
    for (const level of ['day', 'week', 'month', 'quarter']) {
      const sum = lines.filter((l) => l[0] === level).reduce((s, l) => s.plus(l[7] as string), new StoreDecimal(0));
      expect(sum.toFixed(2)).toBe('1000000.07');
    }
    expect(lines.filter((l) => l[0] === 'day')).toHaveLength(92);
    expect(lines.find((l) => l[1] === '2026-06-18')?.[6]).toBe('618');
  });

  it('writes xlsx sheets and JSON, weighs months by last year’s store export, and refuses a bad event', async () => {
    const file = join(agency.dir, 'plan.xlsx');
    expect((await run(['plan', '--total', '9000', '--start', '2026-01-01', '--end', '2026-03-31', '--out', file])).code).toBe(0);
    expect(read(readFileSync(file), { type: 'buffer' }).SheetNames).toEqual(['days', 'weeks', 'months', 'quarters']);
    // Last year's export: the store export of store-001 covers May 2026 only, so plan June..May+1 → weights by month.
    const storeExport = readStore(agency.dir, 'store-001').find((f) => f.result.kind === 'store')?.file as string;
    const j = await run(['plan', '--total', '3100', '--start', '2026-05-11', '--end', '2026-05-31', '--weights', join(agency.dir, 'store-001', storeExport), '--json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout).months).toEqual([expect.objectContaining({ period: '2026-05', target: '3100.00' })]);
    const bad = await run(['plan', '--total', '1', '--start', '2026-01-01', '--end', '2026-01-31', '--event', '2026-01-05']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('DATE:MULTIPLIER');
    const refused = await run(['plan', '--total', '-5', '--start', '2026-01-01', '--end', '2026-01-31']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('INVALID_INPUT');
  });
});

describe('storeops check', () => {
  it('names the bad cell with file, row and column, the unreadable file, and exits 1', async () => {
    const r = await run(['check', agency.dir, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const bad = agency.badCell as NonNullable<Agency['badCell']>;
    const direct = readStore(agency.dir, bad.store).find((f) => f.file === bad.file)?.result.errors[0];
    expect(direct?.column).toMatch(/访客数$/);
    expect(direct?.message).toContain('"1,23"');
    // the file's own line (the sheet row Excel shows) and the cell's address, as readExport gives them
    expect(direct?.line).toBeGreaterThan(4);
    expect(report.findings).toContainEqual({ level: 'error', store: bad.store, file: bad.file, row: direct?.line, column: direct?.column, cell: direct?.cell, code: 'BAD_CELL', message: direct?.message });
    expect(report.findings.some((f: { level: string; store: string; code: string }) => f.level === 'error' && f.store === agency.corrupt)).toBe(true);
    expect(report.errors).toBe(2);
    const text = await run(['check', agency.dir]);
    expect(text.stdout).toContain(`error BAD_CELL ${bad.store}/${bad.file}: row ${direct?.line}: column ${direct?.column}: cell ${direct?.cell}: ${direct?.message}`);
    expect(text.stdout).toMatch(/6 stores, \d+ files: 2 errors, \d+ warnings\n$/);
  });
});

describe('progress', () => {
  it('is drawn on stderr when it is a terminal, and not when piped, with --quiet or --json', async () => {
    const tty = await run(['check', agency.dir, '--locale', 'en'], true);
    expect(tty.stderr).toContain('check [');
    expect(tty.stderr).toMatch(/\d+\/6/);
    expect((await run(['check', agency.dir], false)).stderr).toBe('');
    expect((await run(['check', agency.dir, '--quiet'], true)).stderr).toBe('');
    expect((await run(['check', agency.dir, '--json'], true)).stderr).toBe('');
  });
});

describe('usage', () => {
  it('exits 2 with a message for a bad date, a missing folder, or no command', async () => {
    const date = await run(['brief', agency.dir, '--date', '2026-02-30']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('expected a day written YYYY-MM-DD');
    const missing = await run(['brief', join(agency.dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    expect((await run([])).code).toBe(2);
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('brief');
  });
});
