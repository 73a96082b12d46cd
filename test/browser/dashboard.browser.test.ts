/// <reference lib="dom" />
// The reference dashboard end to end: build it with Vite, serve the static files, drop the
// sample exports through the file input in headless Chromium and check what a user sees against
// numbers worked out here from the same files (csv-parse and plain sums in Node; the brief from
// examples/brief.ts, which reads the files with its own CSV reader).
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { basename, join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import type { SycmRow } from 'storeops/adapters';
import { isStoreOpsError } from 'storeops/core';
import { computeDsr } from 'storeops/dsr';
import { readExport } from 'storeops/files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBrief } from '../../examples/brief.js';
import { DASHBOARD_BUDGET_BYTES, DASHBOARD_TOTAL_CEILING_BYTES, dashboardSize } from '../../scripts/dashboard-size.mjs';
import { buildDashboard, dataDir, dropSampleFiles, openBrowser, sampleFiles, serveStatic } from './dashboard-harness.js';

type Row = Record<string, string>;
const csv = (name: string): Row[] => parse(readFileSync(join(dataDir, name), 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Row[];
/** Yuan as a decimal string ('1234.56') → fen as an integer; missing → 0. */
const fen = (yuan: string | undefined) => (yuan === undefined ? 0 : Math.round(Number(yuan) * 100));
const money = (f: number) => `¥${(f / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

// The sample folder as the library reads it: the store's own sheets — plan, costs, DSR, events,
// campaign caps — are CSV read here with csv-parse (and three JSON files the brief takes as they are); every other file goes through readExport
// (whatever its layout: CSV, xls, xlsx), and what it cannot read, or reads as a kind the page does
// not draw, is what the page must list as not used. Every expected value below is summed here
// from those rows, not taken from the page's code.
const OWN_SHEETS: Record<string, string> = {
  'plan.csv': 'plan',
  'products.csv': 'products',
  'item-costs.csv': 'item-costs',
  'dsr-ratings.csv': 'dsr-ratings',
  'dsr-category.csv': 'dsr-category',
  'events.csv': 'events',
  'campaigns.csv': 'campaigns',
  // The seed practices' JSON, in the brief's own shapes (examples/brief.ts reads the same three).
  'morning-checks.json': 'morning-checks',
  'catalog-monthly-units.json': 'catalog',
  'rival-snapshots.json': 'rival-snapshots',
};
const USED_EXPORTS = new Set(['store', 'item', 'source', 'keyword']);
/** A file's path as the page lists it from the dropped folder: data/traffic/…xls. */
const listedName = (path: string) => `data/${relative(dataDir, path)}`;
const readAsExport = (path: string) => {
  try {
    return readExport(readFileSync(path), { fileName: basename(path) });
  } catch (e) {
    if (!isStoreOpsError(e)) throw e;
    // keywords.csv: an item id and a keyword fit two kinds; its name says which (as the page does).
    if (e.code === 'AMBIGUOUS_KIND' && /keyword|关键词/.test(basename(path))) return readExport(readFileSync(path), { fileName: basename(path), kind: 'keyword' });
    return null;
  }
};
const allFiles = sampleFiles();
const reads = allFiles.filter((path) => OWN_SHEETS[basename(path)] === undefined).map((path) => ({ path, read: readAsExport(path) }));
const exportsRead = reads.flatMap((r) => (r.read !== null && USED_EXPORTS.has(r.read.kind) ? [r.read] : []));
/** What the page must show as used (with the kind) and as not used. */
const expectedKinds = new Map([
  ...allFiles.flatMap((path) => (OWN_SHEETS[basename(path)] === undefined ? [] : [[listedName(path), OWN_SHEETS[basename(path)]!] as const])),
  ...reads.flatMap((r) => (r.read !== null && USED_EXPORTS.has(r.read.kind) ? [[listedName(r.path), r.read.kind] as const] : [])),
]);
const expectedUnused = allFiles.map(listedName).filter((n) => !expectedKinds.has(n));
const rowsOf = (kind: string): SycmRow[] => exportsRead.filter((r) => r.kind === kind).flatMap((r) => r.rows);

const store = rowsOf('store');
const plan = csv('plan.csv');
const day = store.map((r) => r.date!).sort().at(-1)!;
const month = day.slice(0, 7);
const storeDay = store.find((r) => r.date === day)!;
const planDay = plan.find((r) => r['日期'] === day)!;
const planFen = (r: Row) => Math.round(Number(r['目标销售额']) * 100);
const mtdActual = store.filter((r) => r.date!.startsWith(month)).reduce((s, r) => s + fen(r.paidAmount), 0);
const mtdTarget = plan.filter((r) => r['日期']!.startsWith(month)).reduce((s, r) => s + planFen(r), 0);
const monthDays = plan.filter((r) => r['日期']!.startsWith(month)).length;
const weekFrom = new Date(Date.parse(`${day}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
const week = store.filter((r) => r.date! >= weekFrom && r.date! <= day);

let server: Server | undefined;
let page: Page;
let errors: string[] = [];
let close: (() => Promise<void>) | undefined;
/** What the browser fetched until the empty page was drawn. */
const scriptsBeforeFile: string[] = [];

interface SeriesOption { id: string; name?: string; data: (number | null | { name: string; value: number; share?: number })[] }
const series = (chart: string): Promise<SeriesOption[]> =>
  page.evaluate((name) => {
    const d = (window as unknown as { __dashboard: { charts: Map<string, { getOption(): { series: unknown[] } }> } }).__dashboard;
    return JSON.parse(JSON.stringify(d.charts.get(name)!.getOption().series)) as never;
  }, chart);
const xAxis = (chart: string): Promise<string[]> =>
  page.evaluate((name) => {
    const d = (window as unknown as { __dashboard: { charts: Map<string, { getOption(): { xAxis: { data: string[] }[] } }> } }).__dashboard;
    return d.charts.get(name)!.getOption().xAxis[0]!.data;
  }, chart);
const value = (s: SeriesOption[], id: string) => s.find((x) => x.id === id)!;

beforeAll(async () => {
  await buildDashboard();
  const served = await serveStatic();
  server = served.server;
  const browser = await openBrowser();
  page = browser.page;
  errors = browser.errors;
  close = browser.close;
  const requested = (r: { url(): string }) => scriptsBeforeFile.push(new URL(r.url()).pathname);
  page.on('request', requested);
  await page.goto(`${served.origin}/`);
  await page.waitForFunction(() => document.body.dataset['ready'] === 'empty');
  page.off('request', requested);
  await dropSampleFiles(page);
});

afterAll(async () => {
  await close?.();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

describe('the dashboard, sample files dropped', () => {
  it('lists every file of the folder: what each was read as, and the ones the page does not use', async () => {
    const listed = await page.$$eval('#files-read li', (lis) =>
      lis.map((li) => ({ name: li.getAttribute('data-name')!, kind: li.getAttribute('data-kind'), use: li.getAttribute('data-use'), text: li.textContent ?? '' })),
    );
    // Nothing silently dropped: one line per file of examples/data, JSON and other examples' inputs included.
    expect(listed.map((f) => f.name).sort()).toEqual(allFiles.map(listedName).sort());
    const used = listed.filter((f) => f.use === 'used');
    expect(Object.fromEntries(used.map((f) => [f.name, f.kind]))).toEqual(Object.fromEntries(expectedKinds));
    expect([...new Set(used.map((f) => f.kind))].sort()).toEqual(['campaigns', 'catalog', 'dsr-category', 'dsr-ratings', 'events', 'item', 'item-costs', 'keyword', 'morning-checks', 'plan', 'products', 'rival-snapshots', 'source', 'store']);
    const unused = listed.filter((f) => f.use === 'unused');
    expect(unused.map((f) => f.name).sort()).toEqual([...expectedUnused].sort());
    expect(expectedUnused.length).toBeGreaterThan(0); // the folder holds other examples' inputs (JSON, English CSVs)
    for (const f of unused) expect(f.text).toContain('本页未使用');
    // Each says why on hover, in the library's words: here, readExport's for a file it does not read.
    const titles = await page.$$eval('#files-read li[data-use="unused"]', (lis) => Object.fromEntries(lis.map((li) => [li.getAttribute('data-name'), li.getAttribute('title')])));
    for (const path of allFiles.filter((p) => expectedUnused.includes(listedName(p)))) {
      let reason: string | undefined;
      try {
        readExport(readFileSync(path), { fileName: basename(path) });
      } catch (e) {
        reason = isStoreOpsError(e) ? e.issues[0]?.message : undefined;
      }
      expect(reason).toBeDefined();
      expect(titles[listedName(path)]).toBe(reason);
    }
    expect(await page.textContent('#files-summary')).toBe(`已用文件 ${used.length} · 本页未使用 ${unused.length}: ${listed.filter((f) => f.use === 'unused').map((f) => f.name).join(', ')}`);
    // The one bad cell of the item export is left out, and the page says so.
    const item = exportsRead.filter((r) => r.kind === 'item').reduce((n, r) => n + r.leftOut, 0);
    expect(item).toBe(1);
    expect(await page.$eval('#files-read li[data-kind="item"]', (li) => li.textContent)).toContain('剔除 1');
  });

  it("heads with the day's actual and target and the month to date, as the files say", async () => {
    const h: Record<string, string | undefined> = await page.$eval('#headline', (e) => ({ ...(e as HTMLElement).dataset, text: e.textContent ?? '' }));
    expect(h.actual).toBe((fen(storeDay.paidAmount) / 100).toFixed(2));
    expect(h.target).toBe((planFen(planDay) / 100).toFixed(2));
    expect(h.mtdActual).toBe((mtdActual / 100).toFixed(2));
    expect(h.mtdTarget).toBe((mtdTarget / 100).toFixed(2));
    // What a user reads: 2026-05-31 paid ¥96,578.73 against ¥106,191.00 (90.9%), missed.
    expect(h.text).toContain('5月31日 周日');
    expect(h.text).toContain(money(fen(storeDay.paidAmount)));
    expect(h.text).toContain(money(planFen(planDay)));
    expect(h.text).toContain(`${((fen(storeDay.paidAmount) / planFen(planDay)) * 100).toFixed(1)}%`);
    expect(h.text).toContain('未达标');
  });

  it('draws plan vs actual by day and to date', async () => {
    const s = await series('plan');
    const actual = value(s, 'dailyActual').data;
    expect(actual).toHaveLength(monthDays);
    expect(actual.at(-1)).toBe(fen(storeDay.paidAmount) / 100);
    expect(actual[0]).toBe(fen(store.find((r) => r.date === `${month}-01`)!.paidAmount) / 100);
    expect(value(s, 'dailyTarget').data.at(-1)).toBe(planFen(planDay) / 100);
    expect(value(s, 'mtdActual').data.at(-1)).toBeCloseTo(mtdActual / 100, 6);
    expect(value(s, 'mtdTarget').data.at(-1)).toBeCloseTo(mtdTarget / 100, 6);
    const labels = await xAxis('plan');
    expect([labels[0], labels.at(-1)]).toEqual(['5月1日 周五', '5月31日 周日']);
  });

  it("draws the day's funnel: visitors, cart, favourites, buyers", async () => {
    const [funnel] = await series('funnel');
    expect(funnel!.data.map((d) => (d as { value: number }).value)).toEqual([
      storeDay.visitors,
      storeDay.cartAdders,
      storeDay.favoriters,
      storeDay.buyers,
    ]);
    expect(funnel!.data.map((d) => (d as { name: string }).name)).toEqual(['访客', '加购', '收藏', '支付买家']);
  });

  it("draws the day's traffic structure against the seed norms", async () => {
    const all = rowsOf('source');
    const deepest = Math.max(...all.map((r) => r.sourceLevel ?? 0));
    const sources = all.filter((r) => r.date === day && (r.sourceLevel ?? 0) === deepest);
    const total = sources.reduce((s, r) => s + r.visitors!, 0);
    const s = await series('traffic');
    const actual = value(s, 'actual').data as { name: string; value: number; share: number }[];
    expect(actual.reduce((sum, d) => sum + d.value, 0)).toBe(total);
    // 淘内免费 (natural): 手淘搜索, 手淘推荐, …; the seed norm is ≥ 70% (domain reference §2).
    const natural = sources.filter((r) => r.sourceLevel1 === '淘内免费').reduce((sum, r) => sum + r.visitors!, 0);
    expect(actual.find((d) => d.name === '自然')!.share).toBeCloseTo(natural / total, 12);
    expect((value(s, "norm").data as unknown as { name: string; text: string }[]).find((d) => d.name === '自然')!.text).toBe('≥ 70%');
  });

  it('draws page health over 7 days and DSR against their marks', async () => {
    const visitors = week.reduce((s, r) => s + r.visitors!, 0);
    const pageviews = week.reduce((s, r) => s + r.pageviews!, 0);
    const bounced = week.reduce((s, r) => s + r.bounceRate! * r.visitors!, 0);
    const health = await series('health');
    expect((value(health, 'bounceRate').data[0] as { value: number }).value).toBeCloseTo(bounced / visitors, 9);
    expect((value(health, 'pagesPerVisitor').data[0] as { value: number }).value).toBeCloseTo(pageviews / visitors, 9);
    const ratings = csv('dsr-ratings.csv').map((r) => ({
      buyerId: r['买家ID']!, createdAt: r['下单日期']!, ratedAt: r['评价日期']!,
      description: Number(r['宝贝与描述相符']), service: Number(r['卖家服务态度']), shipping: Number(r['物流服务']),
    }));
    const dsr = computeDsr(ratings, { asOf: day });
    const gauges = await series('dsr');
    expect((value(gauges, 'shipping').data[0] as { value: number }).value).toBeCloseTo(dsr.shipping.sum / dsr.shipping.count, 12);
    expect((value(gauges, 'description').data[0] as { value: number }).value).toBeCloseTo(dsr.description.sum / dsr.description.count, 12);
  });

  it("shows the brief over the same files, and an owner's findings when the owner is picked", async () => {
    // dailyBrief over the same files, read by examples/brief.ts with its own CSV reader; it times
    // the launch call for 夏季, which the page judges once a season is picked (none at first).
    const brief = sampleBrief({ date: day });
    const findings = () => page.$$eval('#findings li', (lis) => lis.map((li) => ({ code: li.getAttribute('data-code'), text: li.textContent ?? '' })));
    expect((await findings()).map((f) => f.code)).toEqual(brief.findings.map((f) => f.code).filter((c) => c !== 'LAUNCH_NOW'));
    expect(brief.findings.find((f) => f.code === 'LAUNCH_NOW')?.area).toBe('rivals');
    expect(await page.$$eval('#season option', (os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['', ...new Set(JSON.parse(readFileSync(join(dataDir, 'rival-snapshots.json'), 'utf8')).map((x: { season: string }) => x.season))].sort());
    await page.selectOption('#season', '夏季');
    await page.waitForFunction(() => document.querySelector('#findings li[data-code="LAUNCH_NOW"]') !== null);
    const shownAll = await findings();
    expect(shownAll.map((f) => f.code)).toEqual(brief.findings.map((f) => f.code));
    // The same sentences; the page names a report with rows left out by its file, examples/brief.ts by a label.
    const itemFile = basename(reads.find((r) => r.read?.kind === 'item')!.path);
    brief.findings.forEach((f, i) => expect(shownAll[i]!.text).toContain(f.code === 'DATA_ROWS_LEFT_OUT' ? f.message.replace('商品_全部 1', `${itemFile} 1`) : f.message));
    const codes = shownAll.map((f) => f.code);
    // The morning gate (morning-checks.json, filled in on the day's morning) comes first.
    expect(JSON.parse(readFileSync(join(dataDir, 'morning-checks.json'), 'utf8')).asOf.startsWith(day)).toBe(true);
    expect(codes[0]).toMatch(/^GATE_/);
    // From the sample numbers: events.csv's 618 is inside its 预热 (its date less its warm-up days
    // is on or before the day), and campaigns.csv has a cap that ran out on the day (限额用完时间).
    const warmup = csv('events.csv').some((r) => day < r['日期']! && Date.parse(`${r['日期']}T00:00:00Z`) - Number(r['预热天数']) * 86_400_000 <= Date.parse(`${day}T00:00:00Z`));
    const capped = csv('campaigns.csv').some((r) => r['统计日期'] === day && /^\d\d:\d\d$/.test(r['限额用完时间']!));
    expect([warmup, capped]).toEqual([true, true]);
    expect(codes).toContain('EVENT_WARMUP');
    expect(codes).toContain('ADS_BUDGET_CAPPED');
    const promotion = brief.findings.filter((f) => f.owner === 'promotion');
    await page.click('#owners button[data-owner="promotion"]');
    const shown = await page.$$eval('#findings li', (lis) => lis.map((li) => ({ owner: li.getAttribute('data-owner'), code: li.getAttribute('data-code'), text: li.textContent })));
    expect(shown.map((f) => f.code)).toEqual(promotion.map((f) => f.code));
    expect(new Set(shown.map((f) => f.owner))).toEqual(new Set(['promotion']));
    expect(shown[0]!.text).toContain(promotion[0]!.message);
    await page.click('#owners button[data-owner="all"]');
  });

  it('switches to English: dates, numbers, chart labels and the brief', async () => {
    await page.click('#locale');
    await page.waitForFunction(() => document.body.dataset['ready']?.endsWith(':en'));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const text = await page.textContent('#headline');
    expect(text).toContain('Sun 31 May');
    expect(text).toContain(money(fen(storeDay.paidAmount)));
    expect(text).toContain('Target missed');
    const labels = await xAxis('plan');
    expect([labels[0], labels.at(-1)]).toEqual(['Fri 1 May', 'Sun 31 May']);
    const [funnel] = await series('funnel');
    expect(funnel!.data.map((d) => (d as { name: string }).name)).toEqual(['Visitors', 'Added to cart', 'Favourited', 'Buyers']);
    const en = sampleBrief({ date: day, locale: 'en' });
    await page.click('#owners button[data-owner="design"]');
    const shown = await page.$$eval('#findings li', (lis) => lis.map((li) => li.textContent ?? ''));
    const design = en.findings.filter((f) => f.owner === 'design');
    expect(shown).toHaveLength(design.length);
    design.forEach((f, i) => expect(shown[i]).toContain(f.message));
    await page.click('#locale');
    await page.waitForFunction(() => document.body.dataset['ready']?.endsWith(':zh-CN'));
    expect(await page.textContent('#headline')).toContain('5月31日 周日');
  });

  it('loads at most 350 kB gzip before a file, ECharts included; the model and readExport (SheetJS) come with the first file', () => {
    const { files, initial, gzip } = dashboardSize();
    // The browser fetched exactly the page's own script and style before the folder was given.
    expect(scriptsBeforeFile.filter((p) => /\.(js|css)$/.test(p)).sort()).toEqual(files.filter((f) => f.initial).map((f) => `/${f.file}`).sort());
    expect(initial).toBeGreaterThan(100 * 1024); // ECharts alone is more: the build is really measured
    expect(initial).toBeLessThanOrEqual(DASHBOARD_BUDGET_BYTES);
    expect(gzip - initial).toBeGreaterThan(100 * 1024); // SheetJS is in the lazy chunk
    expect(gzip).toBeLessThanOrEqual(DASHBOARD_TOTAL_CEILING_BYTES);
  });

  it('loads the sample folder with its button: the same files, listed the same way', async () => {
    const before = await page.$$eval('#files-read li', (lis) => lis.map((li) => `${li.getAttribute('data-name')} ${li.getAttribute('data-use')} ${li.getAttribute('data-kind')}`));
    await page.evaluate(() => delete document.body.dataset['ready']);
    await page.click('#sample');
    await page.waitForFunction(() => /^\d{4}-\d{2}-\d{2}:/.test(document.body.dataset['ready'] ?? ''));
    const after = await page.$$eval('#files-read li', (lis) => lis.map((li) => `${li.getAttribute('data-name')} ${li.getAttribute('data-use')} ${li.getAttribute('data-kind')}`));
    expect(after).toEqual(before);
    expect(await page.$eval('#headline', (e) => (e as HTMLElement).dataset['actual'])).toBe((fen(storeDay.paidAmount) / 100).toFixed(2));
  });

  it('logs no console errors', () => {
    expect(errors).toEqual([]);
  });
});
