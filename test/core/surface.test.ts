// The public surface a user holds in their head (issue 12): the root exports the domain
// functions and a few helpers a dashboard needs; plumbing stays internal, and the subpaths that
// pull in heavy dependencies (files: SheetJS, csv-parse; sql; cli) are not re-exported.
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';

const functions = Object.entries(root).filter(([, v]) => typeof v === 'function').map(([k]) => k);

describe('the package root', () => {
  it('exports no plumbing', () => {
    for (const name of ['parseInput', 'statusRank', 'interpolate', 'toDayNumber', 'resolveThreshold', 'makeCheck', 'makeAdvice', 'evaluateThreshold', 'combineStatuses', 'resolveLocale', 'StoreDecimal']) {
      expect(functions, name).not.toContain(name);
    }
  });
  it('keeps the helpers a dashboard needs', () => {
    for (const name of ['StoreOpsError', 'ratio', 'toDecimal', 'formatMoney', 'formatPercent', 'isIsoDate', 'weekOf', 'monthOf', 'renderMessage', 'compareFindings']) {
      expect(functions, name).toContain(name);
    }
  });
  it('holds 52 functions (82 before issue 12): 38 domain functions and 14 helpers, none of files, sql or cli', () => {
    // Issue 12 aimed at ~45 before issue 19 added four domain functions (dailyChecks, salesCurve,
    // watchRivals, launchTiming) and issue 18 two date helpers (formatDayLabel, toIsoDate).
    expect(functions.length).toBeLessThanOrEqual(52);
    for (const name of ['dailyChecks', 'salesCurve', 'watchRivals', 'launchTiming', 'formatDayLabel', 'toIsoDate', 'isStoreOpsError']) expect(functions, name).toContain(name);
    for (const name of ['readExport', 'funnelQuery', 'main', 'run']) expect(functions).not.toContain(name);
  });
  it('leaves what composes or varies the domain functions on its subpath', async () => {
    const moved: Record<string, string[]> = {
      brief: ['briefInputFromExports', 'briefStores'],
      funnel: ['aggregateFunnelsAsync'],
      dsr: ['displayDsr', 'ratingsBuffer'],
      service: ['serviceFindings'],
      members: ['memberFindings'],
      roles: ['defaultRoleRules'],
      adapters: ['sycmSourceCategory'],
      core: ['sumMoney'],
    };
    for (const [subpath, names] of Object.entries(moved)) {
      const mod = (await import(`../../src/${subpath}/index.ts`)) as Record<string, unknown>;
      for (const name of names) {
        expect(functions, name).not.toContain(name);
        expect(typeof mod[name], `storeops/${subpath} ${name}`).toBe('function');
      }
    }
  });
});
