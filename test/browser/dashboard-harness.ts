/// <reference lib="dom" />
// Shared by the dashboard's end-to-end test and scripts/dashboard-screenshots.ts: build the
// reference dashboard (examples/dashboard) with Vite, serve the static files from 127.0.0.1 with
// a tiny node server, and drive Debian's Chromium through playwright-core.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const dashboardDir = join(root, 'examples', 'dashboard');
export const distDir = join(dashboardDir, 'dist');
export const dataDir = join(root, 'examples', 'data');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The sample store's folder as a user would drop it: every file under examples/data (paths, sorted). */
export function sampleFiles(dir: string = dataDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sampleFiles(join(dir, d.name)) : [join(dir, d.name)]))
    .sort();
}

/**
 * `vite build` of the dashboard for production, as `npm run dashboard:build` runs it: in its own
 * process, since under vitest NODE_ENV is 'test' and Vite would keep ECharts' development code.
 */
export async function buildDashboard(): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', join(dashboardDir, 'vite.config.ts'), '--mode', 'production', '--logLevel', 'error'];
  const code = await new Promise<number | null>((ok, ko) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
    child.on('error', ko);
    child.on('exit', ok);
  });
  if (code !== 0) throw new Error(`the dashboard build failed (vite build exited with ${code})`);
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('the dashboard build wrote no index.html');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` (the built dashboard) on 127.0.0.1 at a free port. */
export function serveStatic(dir: string = distDir): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

/** A headless Chromium with one page, collecting console errors and page errors. */
export async function openBrowser(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page; errors: string[]; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (.ci/run does), or set CHROMIUM_PATH.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'storeops-dashboard-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport, deviceScaleFactor: 1, timeout: 90_000 });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Gives the page the sample folder (examples/data) through its folder input and waits for the dashboard to draw the last day. */
export async function dropSampleFiles(page: Page): Promise<void> {
  await page.setInputFiles('#folder', dataDir);
  await page.waitForFunction(() => /^\d{4}-\d{2}-\d{2}:/.test(document.body.dataset['ready'] ?? ''), undefined, { timeout: 30_000 });
}
