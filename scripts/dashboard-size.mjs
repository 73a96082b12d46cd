#!/usr/bin/env node
// The reference dashboard's production bundle (examples/dashboard/dist, after `vite build`): the
// gzip size of every script and style sheet the page loads, ECharts and storeops included.
// `npm run dashboard:build` prints it; the end-to-end test holds it to the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** What the dashboard may weigh, gzip, scripts and styles: the target (ECharts included). */
export const DASHBOARD_BUDGET_BYTES = 350 * 1024;

export const dashboardDist = fileURLToPath(new URL('../examples/dashboard/dist/', import.meta.url));

/** `{ files: [{ file, bytes, gzip }], gzip }` for the scripts and styles of a built dashboard. */
export function dashboardSize(dir = dashboardDist) {
  const assets = join(dir, 'assets');
  const files = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(assets, f));
      return { file: `assets/${f}`, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  return { files, gzip: files.reduce((s, f) => s + f.gzip, 0) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, gzip } = dashboardSize();
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  for (const f of files) console.log(`${f.file.padEnd(40)} ${kB(f.bytes).padStart(10)}  gzip ${kB(f.gzip).padStart(9)}`);
  console.log(`dashboard total (gzip): ${kB(gzip)} of a ${kB(DASHBOARD_BUDGET_BYTES)} budget`);
  if (gzip > DASHBOARD_BUDGET_BYTES) {
    console.error('the dashboard is over its budget');
    process.exit(1);
  }
}
