// Bundle budgets (brotli, as size-limit measures a consumer's minified bundle), checked by
// `npm test`. Each line is what a dashboard pays for importing one thing from one subpath.
// page-health: the module and its catalog + the judging core and plugin support (options, plugins
// and catalogs are checked by hand in the judging core, the input by core/fields.ts); measured
// 10.88 kB with zod/mini for the input (12.40 before issue 12), 6.78 kB without. No decimal.js: it only compares amounts.
// comparePeers and trafficStructure went up (11.09 → 12.54, 25.35 → 25.61 kB) because plugins now
// reach them (plugin reading + the judging core, ~1.4 kB); definePlugin went down (6.89 → 4.42 kB). toDecimal: decimal.js itself is ~12 kB.
// Issue 12 item 6 (results a dashboard can ship) adds ~0.25–0.35 kB to every bundle that reads money:
// the reader of a structured-cloned Decimal ({ s, e, d }, strictly checked: core/money.ts
// clonedDecimalText, ~0.5 kB minified) and the clone's own prototype (no own constructor, money
// in JSON with its scale). assessPageHealth 6.78 → 7.02 kB, toDecimal 12.64 → 12.97 kB; the
// budgets that it pushed over are raised by the measured amount, the others are unchanged.
const { existsSync, readdirSync } = require('node:fs');

const functions = [
  // Since the input is checked by hand (core/fields.ts, the same issues as its zod schema), no zod:
  // 12.13 → 6.78 kB (13.55 → 7.66 kB gzip; issue 12's target ≤ 10 kB gzip).
  { name: 'storeops/page-health { assessPageHealth }', path: 'dist/page-health/index.js', import: '{ assessPageHealth }', limit: '7.5 kB' },
  { name: 'storeops/core { ratio }', path: 'dist/core/index.js', import: '{ ratio }', limit: '200 B' },
  { name: 'storeops/core { toDecimal }', path: 'dist/core/index.js', import: '{ toDecimal }', limit: '13 kB' },
  // service, stock, members: zod/mini (~8.5 kB) + decimal.js (~12 kB, money out is Decimal) + the
  // module (~1.5–2.5 kB); measured 22.8, 22.0, 19.5 and 22.5 kB, budgets ~10% above.
  { name: 'storeops/service { scoreAgents }', path: 'dist/service/index.js', import: '{ scoreAgents }', limit: '25.9 kB' }, // raised at the merge of issues 12–19 (measured 25.07 kB; see the closing note)
  { name: 'storeops/stock { stockCover }', path: 'dist/stock/index.js', import: '{ stockCover }', limit: '26.6 kB' }, // issue 17: money at risk in whole fen and messages joined from templates split once (2.46× → 1.68× the hand loop) measured 26.51 kB (26.47 before, +0.04); // raised at the merge of issues 12–19 (measured 25.68 kB; see the closing note)
  { name: 'storeops/members { memberStats }', path: 'dist/members/index.js', import: '{ memberStats }', limit: '21.9 kB' }, // raised by issue 12 item 6 (results as JSON: Decimals as data, cloned { s, e, d } read back as money, ~+0.3 kB in every bundle with decimal.js; measured 21.64 kB)
  { name: 'storeops/members { rfmSegments }', path: 'dist/members/index.js', import: '{ rfmSegments }', limit: '27.2 kB' }, // raised at the merge of issues 12–19 (measured 26.34 kB; see the closing note)
  // roles: zod/mini + decimal.js (exact margins and sales sums) + the module (~5 kB).
  // definePlugin: zod/mini for the message catalog + the plugin checks. presets: plain frozen data.
  { name: 'storeops/roles { classifyProducts }', path: 'dist/roles/index.js', import: '{ classifyProducts }', limit: '30.5 kB' }, // main measured 29.96 kB (over its 29 kB budget after the i17-perf merge); issue 12 item 6 (results as JSON: Decimals as data, cloned { s, e, d } read back as money, ~+0.3 kB in every bundle with decimal.js) adds 0.31: measured 30.27 kB
  { name: 'storeops/plugins { definePlugin }', path: 'dist/plugins/index.js', import: '{ definePlugin }', limit: '6.1 kB' }, // raised at the merge of issues 12–19 (measured 5.87 kB; see the closing note)
  { name: 'storeops/plugins { presets }', path: 'dist/plugins/index.js', import: '{ presets }', limit: '300 B' },
  // adapters: zod/mini (options) + the hand-written cell readers (8.5 kB brotli at first) + date-fns
  // `parse` for the export date forms (6.75 kB brotli on its own: issue 13 asks for date-fns) + the
  // header table of every real export, the source tree and the category names (~3.5 kB):
  // measured 19.84 kB.
  { name: 'storeops/adapters { parseSycmRows }', path: 'dist/adapters/index.js', import: '{ parseSycmRows }', limit: '22 kB' },
  // brief: dailyBrief composes every judging module (goals, funnel, ads, profit, page health, dsr,
  // service, stock, members: measured 50.4 kB); renderBrief carries every module's message
  // catalog in both locales so a stored brief renders in either (measured 30.5 kB).
  // Issue 14 (headline, one story per cause, refunds/events/caps, reworded catalog in both
  // locales) measured dailyBrief 59.97 kB, renderBrief 34.97 kB; about 3 kB of each is the
  // brief's message catalog.
  { name: 'storeops/brief { dailyBrief }', path: 'dist/brief/index.js', import: '{ dailyBrief }', limit: '73.9 kB' }, // issue 17's stockCover fast path (+2.2 kB minified in stockCover.ts) measured 73.78 kB (73.11 before); // raised at the merge of issues 12–19 (measured 71.45 kB; see the closing note)
  { name: 'storeops/brief { renderBrief }', path: 'dist/brief/index.js', import: '{ renderBrief }', limit: '41.7 kB' }, // 42.61 → 40.87 kB once every module-level value carries one /* @__PURE__ */ (issue 12 item 1): dailyChecks' zod schemas and frozen defaults, unannotated before, no longer ride along; raised at the merge of issues 12–19 (measured 41.97 kB)
  // everything: 67.1 kB measured once adapters and the brief (its catalog) joined; 80.26 kB once
  // the adapters read the real exports (date-fns parse, the header table: see adapters above);
  // issue 18's dates add formatDayLabel (date-fns locales zhCN + enGB, ~3 kB each, whole
  // objects: date-fns exports no part of a locale) and toIsoDate / Date inputs (an Intl
  // time-zone read).
  { name: 'storeops (everything)', path: 'dist/index.js', import: '*', limit: '81 kB' }, // 108.11 → 79.91 kB when the brief (its catalog: every module's messages in both locales) and the adapters (date-fns' parser, the header table) left the root for their subpaths, with settlementBreakEvenRoi, addDays, compareFindings and renderMessage (45 root functions); issue 12 item 6: 107.81 → 108.11 kB (results as JSON); 107.16 kB at the merge of issues 12–19; 105.75 kB once the root left the composing and variant functions on their subpaths (52 root functions)
  // Day labels: no zod; the two date-fns locales are most of it (4.94 kB). toIsoDate: Intl only (1.33 kB).
  { name: 'storeops/core { formatDayLabel }', path: 'dist/core/index.js', import: '{ formatDayLabel }', limit: '5.6 kB' },
  { name: 'storeops/core { toIsoDate }', path: 'dist/core/index.js', import: '{ toIsoDate }', limit: '1.7 kB' },
  // dsr: zod/mini (options) + exact BigInt fractions, no decimal.js (measured 7.8 / 8.6 / 10.0 kB brotli
  // at first; assessDsr then grew to 11.01 kB with the argument checks of the fuzz fixes (~0.9 kB)
  // and formatNumber's exponent form for huge values, so its budget is 12 kB).
  // computeDsr: 8.23 → 8.84 kB when asOf took a Date (the Intl time-zone read of toIsoDate).
  // computeDsr's options checked by hand (core/fields.ts): no zod, 9.38 → 3.83 kB (10.36 → 4.35 kB
  // gzip; issue 12's target ≤ 6 kB gzip).
  { name: 'storeops/dsr { computeDsr }', path: 'dist/dsr/index.js', import: '{ computeDsr }', limit: '4.3 kB' },
  { name: 'storeops/dsr { compareDsr }', path: 'dist/dsr/index.js', import: '{ compareDsr }', limit: '10.3 kB' }, // raised at the merge of issues 12–19 (measured 9.96 kB; see the closing note)
  { name: 'storeops/dsr { assessDsr }', path: 'dist/dsr/index.js', import: '{ assessDsr }', limit: '12.5 kB' }, // raised at the merge of issues 12–19 (measured 12.08 kB; see the closing note)
  // profit: zod/mini + decimal.js, which exact money needs (measured 17.5 / 19.5 kB brotli).
  { name: 'storeops/profit { unitEconomics }', path: 'dist/profit/index.js', import: '{ unitEconomics }', limit: '19.7 kB' }, // raised by issue 12 item 6 (results as JSON: Decimals as data, cloned { s, e, d } read back as money, ~+0.3 kB in every bundle with decimal.js; measured 19.45 kB)
  { name: 'storeops/profit { profitStatement }', path: 'dist/profit/index.js', import: '{ profitStatement }', limit: '21.8 kB' }, // raised by issue 12 item 6 (results as JSON: Decimals as data, cloned { s, e, d } read back as money, ~+0.3 kB in every bundle with decimal.js; measured 21.51 kB)
  // funnel: zod/mini (~8.5 kB) + decimal.js (~12 kB, money results are Decimals) + the module.
  { name: 'storeops/funnel { funnelMetrics }', path: 'dist/funnel/index.js', import: '{ funnelMetrics }', limit: '24.3 kB' }, // issue 12 item 6: 23.87 → 24.21 kB (results as JSON, money per unit to the fen)
  { name: 'storeops/funnel { aggregateFunnels }', path: 'dist/funnel/index.js', import: '{ aggregateFunnels }', limit: '27.2 kB' }, // raised at the merge of issues 12–19 (measured 26.41 kB; see the closing note)
  { name: 'storeops/funnel { trafficStructure }', path: 'dist/funnel/index.js', import: '{ trafficStructure }', limit: '27.7 kB' }, // raised at the merge of issues 12–19 (measured 26.89 kB; see the closing note)
  // comparePeers only compares numbers: no decimal.js.
  { name: 'storeops/funnel { comparePeers }', path: 'dist/funnel/index.js', import: '{ comparePeers }', limit: '14.3 kB' }, // raised at the merge of issues 12–19 (measured 13.81 kB; see the closing note)
  // sql: zod/mini (input) + the query writer (measured 8.8 kB); funnelMetricsFromSums adds decimal.js and funnelMetrics (23.7 kB); subpath 29.8 kB gzip.
  { name: 'storeops/sql { funnelQuery }', path: 'dist/sql/index.js', import: '{ funnelQuery }', limit: '9.7 kB' },
  { name: 'storeops/sql { funnelMetricsFromSums }', path: 'dist/sql/index.js', import: '{ funnelMetricsFromSums }', limit: '26 kB' },
  { name: 'storeops/ads { keywordAction }', path: 'dist/ads/index.js', import: '{ keywordAction }', limit: '24.2 kB' }, // raised at the merge of issues 12–19 (measured 23.47 kB; see the closing note)
  { name: 'storeops/goals { allocate }', path: 'dist/goals/index.js', import: '{ allocate }', limit: '20 kB' },
  { name: 'storeops/goals { planTargets }', path: 'dist/goals/index.js', import: '{ planTargets }', limit: '23 kB' },
  { name: 'storeops/goals { trackProgress }', path: 'dist/goals/index.js', import: '{ trackProgress }', limit: '24.8 kB' }, // raised at the merge of issues 12–19 (measured 24.00 kB; see the closing note)
  // files: readExport carries SheetJS (the whole reader: xls, xlsx, HTML; it does not tree-shake)
  // csv-parse's browser build (with its Buffer shim) and fflate's inflate (the zip-bomb check), plus the
  // adapters: measured 133.8 kB; the adapters' reading of the real exports (date-fns parse and the
  // header table) adds ~12.8 kB, so the budget is 158 kB (to re-measure after this merge).
  { name: 'storeops/files { readExport }', path: 'dist/files/index.js', import: '{ readExport }', limit: '158 kB' },
  // files writers: writeCsv is zod/mini + the cell check (no SheetJS); writeXlsx carries SheetJS's
  // xlsx writer and its zip deflate (measured 13.75 and 105.34 kB; budgets ~10% above). A reader
  // that imports only readExport pays for neither (its own line above is unchanged).
  { name: 'storeops/files { writeCsv }', path: 'dist/files/index.js', import: '{ writeCsv }', limit: '15 kB' },
  { name: 'storeops/files { writeXlsx }', path: 'dist/files/index.js', import: '{ writeXlsx }', limit: '116 kB' },
  { name: 'storeops/goals { attributeChange }', path: 'dist/goals/index.js', import: '{ attributeChange }', limit: '22.9 kB' }, // raised by issue 12 item 6 (results as JSON: Decimals as data, cloned { s, e, d } read back as money, ~+0.3 kB in every bundle with decimal.js; measured 22.63 kB)
];

// The gzip cost of each whole subpath (`import * as m from 'storeops/<m>'`), one line per
// module folder, so a module that lands is measured without editing this file. These lines
// feed the README table (`npm run sizes:update`). Budgets: measured + ~10%; a module without
// one here gets DEFAULT_SUBPATH_BUDGET until it is given its own.
const subpathBudgets = {
  adapters: '25 kB', // 22.73 kB measured with date-fns parse (7.65 kB gzip of it) and the header table
  ads: '27.9 kB', // issue 12 item 1 (one /* @__PURE__ */ per module-level value, 673 → 126 annotations): 27.79 → 27.81 kB; item 6: measured 27.53 kB (27.17 before)
  checks: '37.3 kB', // dailyChecks: the judging core, zod/mini, decimal.js and stockCover's cover (measured 33.9 kB)
  brief: '90.3 kB', // raised at the merge of issues 12–19 (measured 87.62 kB; see the closing note)
  core: '34 kB', // 26.25 → 31.41 kB with formatDayLabel's date-fns locales and toIsoDate (issue 18)
  dsr: '17.9 kB', // raised at the merge of issues 12–19 (measured 17.29 kB; see the closing note)
  // files: readExport's reader plus, since the agency writers joined, SheetJS's xlsx writer
  // (measured 213.8 kB gzip for the whole subpath; a user of one function pays its own line above).
  files: '235 kB',
  funnel: '40.1 kB', // raised at the merge of issues 12–19 (measured 38.90 kB; see the closing note)
  goals: '33.9 kB', // issue 12 item 1 (one /* @__PURE__ */ per module-level value, 673 → 126 annotations): 33.78 → 33.81 kB; item 6: measured 33.53 kB (33.19 before)
  members: '33.7 kB', // raised at the merge of issues 12–19 (measured 32.71 kB; see the closing note)
  'page-health': '14.0 kB', // raised at the merge of issues 12–19 (measured 13.59 kB; see the closing note)
  plugins: '7.4 kB', // raised at the merge of issues 12–19 (measured 7.13 kB; see the closing note)
  profit: '26.8 kB', // issue 12 item 6: 26.27 → 26.61 kB
  roles: '37.2 kB', // main measured 36.60 kB (over 36.5 after the i17-perf merge), issue 12 item 6 makes it 36.96 kB; before: raised at the merge of issues 12–19 (measured 35.35 kB; see the closing note)
  rivals: '17.3 kB', // watchRivals and launchTiming: no decimal.js (measured 15.7 kB)
  sql: '33 kB',
  service: '31 kB',
  stock: '30.8 kB', // issue 12 item 6: 30.19 → 30.53 kB; before: raised at the merge of issues 12–19 (measured 29.59 kB; see the closing note)
};
const DEFAULT_SUBPATH_BUDGET = '40 kB';
const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name)
  .sort();
const subpaths = [
  // The root is budgeted by the "storeops (everything)" line above; this line only reports.
  { name: 'storeops (whole subpath, gzip)', path: 'dist/index.js', import: '*', gzip: true },
  ...modules.map((m) => ({
    name: `storeops/${m} (whole subpath, gzip)`,
    path: `dist/${m}/index.js`,
    import: '*',
    gzip: true,
    limit: subpathBudgets[m] ?? DEFAULT_SUBPATH_BUDGET,
  })),
];

module.exports = [...functions, ...subpaths];
