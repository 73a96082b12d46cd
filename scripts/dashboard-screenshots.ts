/// <reference lib="dom" />
// Regenerates the dashboard screenshots in docs/images/ (README and docs/guides/dashboards.*):
// builds examples/dashboard, drops the sample files into it in headless Chromium and saves the
// whole page in each locale and each view (card) alone. Run: npm run dashboard:screenshots.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboard, dropSampleFiles, openBrowser, root, serveStatic } from '../test/browser/dashboard-harness.js';

const out = join(root, 'docs', 'images');
const VIEWS = ['headline', 'plan', 'funnel', 'traffic', 'health', 'dsr', 'brief'] as const;

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  await buildDashboard();
  const { server, origin } = await serveStatic();
  const browser = await openBrowser({ width: 1280, height: 900 });
  try {
    const { page } = browser;
    await page.goto(`${origin}/`);
    await dropSampleFiles(page);
    // The launch call timed for summer, as `npm run demo` (examples/brief.ts) does.
    await page.selectOption('#season', '夏季');
    await page.waitForFunction(() => document.querySelector('#findings li[data-code="LAUNCH_NOW"]') !== null);
    const saved: string[] = [];
    const shot = async (name: string, selector?: string) => {
      const path = join(out, `${name}.png`);
      if (selector === undefined) await page.screenshot({ path, fullPage: true });
      else await page.locator(selector).screenshot({ path });
      saved.push(path);
    };
    await shot('dashboard-overview');
    for (const v of VIEWS) await shot(`dashboard-${v}`, `#view-${v}`);
    // The files given, opened: what each was read as, and the ones the page does not use.
    await page.click('#files-summary');
    await shot('dashboard-files', '#drop');
    await page.click('#files-summary');
    // The brief filtered to one owner: what the promotion team sees.
    await page.click('#owners button[data-owner="promotion"]');
    await shot('dashboard-brief-promotion', '#view-brief');
    await page.click('#owners button[data-owner="all"]');
    await page.click('#locale');
    await page.waitForFunction(() => document.body.dataset['ready']?.endsWith(':en'));
    await shot('dashboard-overview-en');
    if (browser.errors.length > 0) throw new Error(`console errors: ${browser.errors.join('\n')}`);
    for (const p of saved) console.log(p.slice(root.length + 1));
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
