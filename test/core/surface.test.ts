// The public surface a user holds in their head (issue 12): the root exports the domain
// functions and a few helpers a dashboard needs; plumbing stays internal, and the subpaths that
// pull in heavy dependencies or compose the others (files: SheetJS, csv-parse; sql; cli; brief;
// adapters) are not re-exported.
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
    for (const name of ['StoreOpsError', 'isStoreOpsError', 'ratio', 'toDecimal', 'formatMoney', 'formatPercent', 'isIsoDate', 'weekOf', 'monthOf', 'toIsoDate', 'formatDayLabel']) {
      expect(functions, name).toContain(name);
    }
  });
  it('holds 45 functions (82 before issue 12): 34 domain functions and 11 helpers, none of files, sql, cli, brief or adapters', () => {
    expect(functions.length).toBeLessThanOrEqual(45);
    for (const name of ['dailyChecks', 'salesCurve', 'watchRivals', 'launchTiming', 'assessPageHealth', 'classifyProducts', 'definePlugin']) expect(functions, name).toContain(name);
    for (const name of ['readExport', 'funnelQuery', 'main', 'run', 'dailyBrief', 'renderBrief', 'parseSycmRows']) expect(functions).not.toContain(name);
  });
  it('leaves what composes or varies the domain functions on its subpath', async () => {
    const moved: Record<string, string[]> = {
      brief: ['dailyBrief', 'renderBrief', 'briefInputFromExports', 'briefStores'],
      adapters: ['parseSycmRows', 'sycmSourceCategory'],
      funnel: ['aggregateFunnelsAsync'],
      dsr: ['displayDsr', 'ratingsBuffer'],
      profit: ['settlementBreakEvenRoi'],
      service: ['serviceFindings'],
      members: ['memberFindings'],
      roles: ['defaultRoleRules'],
      core: ['addDays', 'compareFindings', 'renderMessage', 'sumMoney'],
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
