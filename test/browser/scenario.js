// The scenario run twice by test/browser/chromium.browser.test.ts: in headless Chromium, over the
// ESM build served as it is (dist/ plus an import map for zod, decimal.js and date-fns), and in
// Node over the same files. Plain JavaScript, no imports: it gets the package as `api`.
// Each step runs when its module is in the build, so a module that lands is covered by adding
// its step here; results must be JSON (Decimals serialise to strings).

/**
 * @param {Record<string, any>} api the package root (`import * as api from 'storeops'`).
 * @param {{ files?: Record<string, any>, brief?: Record<string, any>, core?: Record<string, any>, workbook?: Uint8Array }} [extra]
 *   subpaths kept out of the root (`storeops/files`, `storeops/brief`, `storeops/core` for
 *   `addDays`) and a workbook's bytes (an .xlsx download built by the test).
 */
export async function run(api, extra = {}) {
  const out = {};
  out.pageHealth = {
    fail: api.assessPageHealth({ bounceRate: 0.72, pagesPerVisitor: 2.8 }, { locale: 'en' }),
    good: api.assessPageHealth({ bounceRate: 0.55, pagesPerVisitor: 3.8, storeAov: '357', heroAov: '238' }),
    counts: api.assessPageHealth({ bounces: 600, sessions: 1000, pageviews: 3000, visitors: 1000, returningVisitors: 550 }, { locale: 'zh-CN' }),
  };
  out.core = {
    money: [api.toDecimal('0.1').plus('0.2').toString(), api.formatMoney('1234567.891'), api.toDecimal('0.10').plus(0.2).plus('0.30').toString()],
    days: [(extra.core ?? api).addDays('2028-02-28', 1), api.weekOf('2026-03-01'), api.monthOf('2026-03-02'), api.isIsoDate('2026-02-29')],
    error: (() => {
      try {
        api.assessPageHealth({ bounceRate: '70%', pagesPerVisitor: 3 });
        return null;
      } catch (e) {
        return { isStoreOpsError: api.isStoreOpsError(e), code: e.code, path: e.issues[0].path };
      }
    })(),
  };
  if (typeof api.planTargets === 'function') {
    out.plan = api.planTargets({ total: '1000000', start: '2026-01-01', end: '2026-12-31' });
  }
  if (typeof api.allocate === 'function') {
    out.allocate = api.allocate(7, [3, 1, 1], { unit: 1 }).map(String);
  }
  if (typeof api.funnelMetrics === 'function') {
    out.funnel = api.funnelMetrics({ visitors: 1000, buyers: 30, paidAmount: '7140.00', pageviews: 3000, orders: 32 });
  }
  if (extra.brief !== undefined) {
    // The worked example of the brief's tests: a Sunday against the Sunday before.
    const input = {
      date: '2026-05-31',
      store: [
        { date: '2026-05-24', visitors: 3000, buyers: 90, paidAmount: '21600.00' },
        { date: '2026-05-31', visitors: 2400, buyers: 72, paidAmount: '17280.00' },
      ],
      sources: [
        { date: '2026-05-24', source: '手淘搜索', category: 'natural', visitors: 2000, paidAmount: '14400.00' },
        { date: '2026-05-24', source: '直通车', category: 'paid', visitors: 1000, paidAmount: '7200.00' },
        { date: '2026-05-31', source: '手淘搜索', category: 'natural', visitors: 2000, paidAmount: '14400.00' },
        { date: '2026-05-31', source: '直通车', category: 'paid', visitors: 400, paidAmount: '2880.00' },
      ],
      plan: [{ date: '2026-05-31', target: '20000' }],
    };
    const brief = extra.brief.dailyBrief(input, { locale: 'en' });
    out.brief = { brief, markdown: extra.brief.renderBrief(brief, { format: 'markdown', locale: 'zh-CN' }) };
  }
  if (extra.files !== undefined && extra.workbook !== undefined) {
    // A 取数 store export (.xlsx, title lines above the header) read from its bytes.
    const r = extra.files.readExport(extra.workbook, { fileName: '【生意参谋平台】取数-店铺整体_2026-05-25_2026-05-31.xlsx', locale: 'en' });
    out.files = { kind: r.kind, period: r.period, file: r.file, rows: r.rows, errors: r.errors, notes: r.notes.map((n) => n.message) };
    try {
      extra.files.readExport(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));
      out.filesError = null;
    } catch (e) {
      out.filesError = { isStoreOpsError: api.isStoreOpsError(e), code: e.code };
    }
  }
  return JSON.parse(JSON.stringify(out));
}
