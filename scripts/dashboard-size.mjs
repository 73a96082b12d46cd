#!/usr/bin/env node
// The reference dashboard's production bundle (examples/dashboard/dist, after `vite build`): the
// gzip size of every script and style sheet, ECharts and storeops included — what the page loads
// first (index.html's own scripts and styles: ECharts and the page) and what it loads with the
// first file dropped (the model with storeops, the reader with SheetJS and csv-parse).
// `npm run dashboard:build` prints it; the e2e test holds both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The target for the page (gzip, ECharts included): what it loads before any file. */
export const DASHBOARD_BUDGET_BYTES = 350 * 1024;
/**
 * Everything, the chunks that come with the first file included: SheetJS' reader alone is ~114 kB
 * gzip, so the whole app does not fit 350 kB; this ceiling only stops it from growing unnoticed
 * (measured 436 kB: page 195, model 74, reader 152, shared 15).
 */
export const DASHBOARD_TOTAL_CEILING_BYTES = 450 * 1024;

export const dashboardDist = fileURLToPath(new URL('../examples/dashboard/dist/', import.meta.url));

/** `{ files: [{ file, bytes, gzip, initial }], initial, gzip }` for the scripts and styles of a built dashboard. */
export function dashboardSize(dir = dashboardDist) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const assets = join(dir, 'assets');
  const files = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(assets, f));
      return { file: `assets/${f}`, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial: html.includes(`assets/${f}`) };
    });
  return { files, initial: files.filter((f) => f.initial).reduce((s, f) => s + f.gzip, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, initial, gzip } = dashboardSize();
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  for (const f of files) console.log(`${f.file.padEnd(40)} ${kB(f.bytes).padStart(10)}  gzip ${kB(f.gzip).padStart(9)}  ${f.initial ? 'page' : 'with the first file'}`);
  console.log(`dashboard page (gzip): ${kB(initial)} of a ${kB(DASHBOARD_BUDGET_BYTES)} budget; with the chunks of the first file: ${kB(gzip)} (ceiling ${kB(DASHBOARD_TOTAL_CEILING_BYTES)})`);
  if (initial > DASHBOARD_BUDGET_BYTES || gzip > DASHBOARD_TOTAL_CEILING_BYTES) {
    console.error('the dashboard is over its budget');
    process.exit(1);
  }
}
