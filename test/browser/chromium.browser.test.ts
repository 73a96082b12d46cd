// The ESM build in a real browser: headless Chromium (Debian's, driven by playwright-core)
// loads a page that imports dist/index.js as it is — no bundler, only an import map for the
// three runtime dependencies — runs test/browser/scenario.js and must get exactly what Node
// gets from the same files. Run by `npm test` after the build (`npm run test:browser`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeDailySheet, storeWeek, xlsxBytes } from '../fixtures/exports.js';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const dist = join(root, 'dist');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

interface NodeSide {
  result: Record<string, unknown>;
  importMap: { imports: Record<string, string> };
  bareImports: string[];
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]));
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };

/** The workbook the scenario reads through storeops/files: a 取数 store export as .xlsx, title lines above the header. */
const workbook = xlsxBytes(storeDailySheet(storeWeek()));

/** Serves the page, dist/, the scenario, the workbook and node_modules/ (for the import map) from 127.0.0.1. */
function serve(page: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    if (path === '/workbook.xlsx') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from(workbook));
      return;
    }
    const file = normalize(join(root, path));
    const allowed = ['dist', 'node_modules', join('test', 'browser')].some((dir) => file.startsWith(join(root, dir) + sep));
    if (!allowed || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

const subpaths = readdirSync(dist, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.js')))
  .map((d) => `/dist/${d.name}/index.js`);

function pageHtml(importMap: NodeSide['importMap']): string {
  return `<!doctype html>
<meta charset="utf-8">
<title>storeops in a browser</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify(importMap)}</script>
<script type="module">
  try {
    const api = await import('/dist/index.js');
    const { run } = await import('/test/browser/scenario.js');
    const modules = {};
    for (const path of ${JSON.stringify(subpaths)}) modules[path] = Object.keys(await import(path)).sort();
    const extra = modules['/dist/files/index.js'] ? { files: await import('/dist/files/index.js'), workbook: new Uint8Array(await (await fetch('/workbook.xlsx')).arrayBuffer()) } : {};
    for (const name of ['brief', 'core']) if (modules['/dist/' + name + '/index.js']) extra[name] = await import('/dist/' + name + '/index.js');
    window.__storeops = { result: await run(api, extra), modules };
  } catch (e) {
    window.__storeops = { error: String((e && e.stack) || e) };
  }
</script>`;
}

let node: NodeSide;
let context: BrowserContext | undefined;
let server: Server | undefined;
let userDataDir: string | undefined;
let browserSide: { result?: Record<string, unknown>; modules?: Record<string, string[]>; error?: string };
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first (npm test does).');
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does), or set CHROMIUM_PATH.`);
  }
  userDataDir = mkdtempSync(join(tmpdir(), 'storeops-chromium-'));
  const workbookPath = join(userDataDir, 'workbook.xlsx');
  writeFileSync(workbookPath, workbook);
  node = JSON.parse(execFileSync(process.execPath, [join(root, 'test', 'browser', 'node-side.mjs'), workbookPath], { encoding: 'utf8' })) as NodeSide;
  const served = await serve(pageHtml(node.importMap));
  server = served.server;
  const origin = served.origin;
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS, timeout: 90_000 });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (globalThis as unknown as { __storeops?: unknown }).__storeops !== undefined, undefined, { timeout: 60_000 });
  browserSide = await page.evaluate(() => (globalThis as unknown as { __storeops: typeof browserSide }).__storeops);
});

afterAll(async () => {
  await context?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('the ESM build in headless Chromium', () => {
  it('loads every subpath without errors', () => {
    expect(browserSide.error).toBeUndefined();
    expect(consoleErrors).toEqual([]);
    expect(Object.keys(browserSide.modules ?? {}).sort()).toEqual([...subpaths].sort());
    expect(browserSide.modules?.['/dist/page-health/index.js']).toContain('assessPageHealth');
  });

  it('gives exactly the results Node gives from the same files', () => {
    expect(browserSide.result).toEqual(node.result);
  });

  it('gives the values of the domain (domain reference §3 and the worked examples)', () => {
    const r = browserSide.result as Record<string, any>;
    expect(r['pageHealth'].fail.status).toBe('fail');
    expect(r['pageHealth'].fail.checks[0].message).toBe('Bounce rate 72% is not under 70%: the pages lose visitors');
    expect(r['pageHealth'].fail.advice.map((a: { code: string }) => a.code)).toEqual(['FIX_PAGES_BEFORE_PROMOTION']);
    expect(r['pageHealth'].good.status).toBe('good');
    expect(r['pageHealth'].good.metrics.aovLift).toBe(1.5); // 357 / 238
    expect(r['pageHealth'].counts.metrics).toEqual({ bounceRate: 0.6, pagesPerVisitor: 3, aovLift: null, returningVisitorShare: 0.55 });
    expect(r['core'].money).toEqual(['0.3', '¥1,234,567.89', '0.6']);
    expect(r['core'].days).toEqual(['2028-02-29', '2026-02-23', '2026-03', false]);
    expect(r['core'].error).toEqual({ isStoreOpsError: true, code: 'INVALID_INPUT', path: 'bounceRate' });
    // Funnel (domain reference §2): 30 buyers of 1,000 visitors, ¥7,140 paid. Money crosses from the
    // page as JSON, with its two decimals (the dashboards guide, "Results as JSON").
    expect(r['funnel']).toMatchObject({ conversionRate: 0.03, aov: '238.00', revenuePerVisitor: '7.14', pagesPerVisitor: 3 });
    expect(r['funnel'].ordersPerBuyer).toBeCloseTo(32 / 30, 12);
    // Goals (DESIGN.md): allocate(7, [3, 1, 1], { unit: 1 }) is [4, 2, 1]; a plan's levels add up exactly.
    expect(r['allocate']).toEqual(['4', '2', '1']);
    const plan = r['plan'] as { total: string; days: { target: string }[]; months: { period: string; days: number; target: string }[]; quarters: { target: string }[] };
    expect(plan.total).toBe('1000000.00');
    expect(plan.days).toHaveLength(365);
    expect(plan.months.map((m) => m.days)).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    const fen = (list: { target: string }[]) => list.reduce((sum, x) => sum + Math.round(Number(x.target) * 100), 0);
    expect([fen(plan.days), fen(plan.months), fen(plan.quarters)]).toEqual([100_000_000, 100_000_000, 100_000_000]);
    // Month targets follow days in the month by default: January is 31/365 of the year, to the fen.
    expect(Math.abs(Number(plan.months[0]?.target) - (1_000_000 * 31) / 365)).toBeLessThanOrEqual(0.01);
    // Brief: ¥17,280 paid against a ¥20,000 target is missed by ¥2,720 (86.4%); 直通车 lost 600 visitors × ¥7.20.
    const brief = r['brief'] as { brief: { met: boolean; findings: { area: string; code: string; message: string; moneyAtStake: string | null; subject: string | null }[] }; markdown: string };
    expect(brief.brief.met).toBe(false);
    const target = brief.brief.findings.find((f) => f.area === 'target');
    expect(target).toMatchObject({ code: 'TARGET_MISSED', moneyAtStake: '2720.00' });
    expect(target?.message).toBe('2026-05-31 missed its target: paid ¥17,280 against ¥20,000, ¥2,720 short (86.4%)');
    // 直通车 is paid: its drop is the ads story.
    expect(brief.brief.findings.find((f) => f.area === 'ads')).toMatchObject({ code: 'ADS_PAID_DOWN', subject: '直通车' });
    expect(brief.markdown.split('\n')[1]).toMatch(/^\*\*2026-05-31 未达标/);
    expect(brief.markdown).toContain('直通车');
  });

  it('runs a step for every module the issue names that is in the build', () => {
    const r = browserSide.result as Record<string, unknown>;
    const steps: [string, string][] = [['page-health', 'pageHealth'], ['funnel', 'funnel'], ['goals', 'plan'], ['brief', 'brief'], ['files', 'files']];
    for (const [module, step] of steps) {
      if (existsSync(join(dist, module, 'index.js'))) expect(r[step], `${module} is built but the scenario has no ${step} step`).toBeDefined();
    }
  });
});

describe('the build', () => {
  it('imports nothing from Node: no node: specifiers, no built-in modules', () => {
    const builtins = new Set(builtinModules);
    const offenders: string[] = [];
    // dist/cli is the Node bin (the only place that may touch Node): the library's build is checked.
    for (const file of listFiles(dist).filter((f) => /\.(c?js|mjs)$/.test(f) && !f.startsWith(join(dist, 'cli')))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) {
        const spec = m[1] ?? '';
        if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0] ?? '')) offenders.push(`${file.slice(root.length + 1)}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reads a workbook through storeops/files (SheetJS, fflate and csv-parse browser builds)', () => {
    const r = browserSide.result as Record<string, any>;
    const days = storeWeek();
    expect(r['files'].kind).toBe('store');
    expect(r['files'].period).toEqual({ start: '2026-05-25', end: '2026-05-31', from: 'title' });
    expect(r['files'].file).toMatchObject({ format: 'xlsx', headerLine: 4 });
    expect(r['files'].rows.map((row: { date: string; visitors: number }) => [row.date, row.visitors])).toEqual(days.map((d) => [d.date, d.visitors]));
    expect(r['files'].errors).toEqual([]);
    expect(r['filesError']).toEqual({ isStoreOpsError: true, code: 'FILE_UNSUPPORTED' });
  });

  it('has only zod, decimal.js and date-fns as bare imports (the runtime dependencies of the pure modules), and the readers of storeops/files', () => {
    // date-fns: the adapters read the export date forms with its `parse` (issue 13).
    const deps = ['zod', 'decimal.js', 'date-fns', '@e965/xlsx', 'fflate', '#csv-parse-sync'];
    expect(node.bareImports.filter((s) => !deps.some((d) => s === d || s.startsWith(`${d}/`)))).toEqual([]);
  });
});
