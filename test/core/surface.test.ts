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
  it('holds about 50 functions (82 before issue 12) and none of files, sql or cli', () => {
    // Domain functions that joined after issue 12's count of 53, each named (issues 15, 18, 19), and
    // the error guard scripts use across bundles.
    const added = ['dailyChecks', 'salesCurve', 'watchRivals', 'launchTiming', 'formatDayLabel', 'toIsoDate', 'briefInputFromExports', 'briefStores', 'isStoreOpsError'];
    for (const name of added) expect(functions, name).toContain(name);
    expect(functions.filter((f) => !added.includes(f)).length).toBeLessThanOrEqual(53);
    for (const name of ['readExport', 'funnelQuery', 'main', 'run']) expect(functions).not.toContain(name);
  });
});
