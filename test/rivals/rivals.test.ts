import { describe, expect, it } from 'vitest';
import { launchTiming, watchRivals, type RivalSnapshot } from 'storeops/rivals';
import { expectError } from '../helpers.js';

const week = ['2026-05-24', '2026-05-25', '2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30'];
const snap = (over: Partial<RivalSnapshot> & Pick<RivalSnapshot, 'date'>): RivalSnapshot => ({ rival: 'A', itemId: 'a1', title: '夏季连衣裙', price: 199, unitsSold: 40, ...over });

describe('launchTiming: the known answers of issue 19 (domain reference §14)', () => {
  const launchedItem = (rival: string, unitsSold: number, season?: string): RivalSnapshot[] =>
    week.concat('2026-05-31').map((date) => ({ rival, itemId: `${rival}-1`, date, price: 199, unitsSold, listedAt: '2026-05-20', ...(season === undefined ? {} : { season }) }));
  const options = { season: 'summer', asOf: '2026-05-31' };

  it('A, B and C launched summer items selling 45, 60 and 5 a day, D has not: three of four, median 45 → launch', () => {
    const r = launchTiming([...launchedItem('A', 45, 'summer'), ...launchedItem('B', 60, 'summer'), ...launchedItem('C', 5, 'summer'), ...launchedItem('D', 30)], options);
    expect(r.decision).toBe('launch');
    expect(r.metrics).toEqual({ rivals: 4, launchedRivals: 3, launchedItems: 3, medianDailyUnits: 45 });
    expect(r.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(r.advice[0]!.code).toBe('LAUNCH_NOW');
  });

  it('if they sold 3, 4 and 5 a day → wait; if nobody launched → early', () => {
    const wait = launchTiming([...launchedItem('A', 3, 'summer'), ...launchedItem('B', 4, 'summer'), ...launchedItem('C', 5, 'summer'), ...launchedItem('D', 30)], options);
    expect([wait.decision, wait.metrics.medianDailyUnits]).toEqual(['wait', 4]);
    const early = launchTiming([...launchedItem('A', 45), ...launchedItem('B', 60)], options);
    expect([early.decision, early.metrics.launchedRivals, early.checks[1]!.status]).toEqual(['early', 0, 'unknown']);
  });

  it('an item listed after asOf has not launched; daily units average the days since listing in the window', () => {
    const later = launchedItem('A', 45, 'summer').map((s) => ({ ...s, listedAt: '2026-06-01' }));
    expect(launchTiming([...later, ...launchedItem('B', 60, 'summer')], options).decision).toBe('early');
    // listed on 05-29: days 29, 30, 31 at 10, 20, 60 → 30 a day, not the week's.
    const fresh = ['2026-05-29', '2026-05-30', '2026-05-31'].map((date, i) => ({ rival: 'A', itemId: 'x', date, price: 1, unitsSold: [10, 20, 60][i]!, listedAt: '2026-05-29', season: 'summer' }));
    const r = launchTiming([...fresh, ...launchedItem('B', 10, 'summer')], options);
    expect(r.metrics.medianDailyUnits).toBe(20); // median of 30 and 10
  });

  it('marks are data', () => {
    const r = launchTiming([...launchedItem('A', 45, 'summer'), ...launchedItem('B', 60, 'summer')], { ...options, marks: { minLaunchedRivals: 3 } });
    expect(r.decision).toBe('early');
  });

  it('bad options are refused', () => {
    expectError(() => launchTiming([], { season: '', asOf: '2026-05-31' }), 'INVALID_OPTIONS', 'season');
    expectError(() => launchTiming([], { season: 'summer', asOf: '2026-5-31' }), 'INVALID_OPTIONS', 'asOf');
    expect(launchTiming([], options).status).toBe('unknown');
  });
});

describe('watchRivals (domain reference §14)', () => {
  it('sales +50% or more on the 7-day average and a 10% price cut are events; the reasons hold no money', () => {
    const snapshots = [...week.map((date) => snap({ date })), snap({ date: '2026-05-31', price: 169, unitsSold: 60 })];
    const w = watchRivals(snapshots, { asOf: '2026-05-31' });
    expect(w.events.map((e) => e.kind)).toEqual(['sales-jump', 'price-cut']);
    expect(w.events[0]!.check.value).toBe(0.5); // exactly +50% is a jump
    expect(w.events[1]!.check.value).toBeCloseTo(1 - 169 / 199, 12);
    for (const c of w.checks) expect(c.message).not.toMatch(/¥|元|169|199/);
    expect(w.status).toBe('fail');
    expect(w.advice[0]!.code).toBe('RIVALS_REVIEW');
  });

  it('just under the marks is quiet', () => {
    const snapshots = [...week.map((date) => snap({ date })), snap({ date: '2026-05-31', price: 179.2, unitsSold: 59 })];
    const w = watchRivals(snapshots, { asOf: '2026-05-31', locale: 'en' });
    expect(w.events).toEqual([]);
    expect(w.status).toBe('pass');
    expect(w.advice[0]!.message).toBe('Rivals watched: 1, nothing notable today');
  });

  it('a new listing and a promotion start are events; too little history is no jump', () => {
    const snapshots = [
      ...week.map((date) => snap({ date })),
      snap({ date: '2026-05-31' }),
      snap({ itemId: 'a2', title: '防晒衣', date: '2026-05-31', unitsSold: 500, season: 'summer' }),
      snap({ itemId: 'a3', date: '2026-05-30', promotion: '' }),
      snap({ itemId: 'a3', date: '2026-05-31', promotion: '满300减40' }),
    ];
    const w = watchRivals(snapshots, { asOf: '2026-05-31' });
    expect(w.events.map((e) => [e.itemId, e.kind])).toEqual([
      ['a2', 'new-listing'],
      ['a3', 'promotion-start'],
    ]);
    expect(w.events[0]!.check.message).toBe('竞品 A 上新「防晒衣」（summer）：接下来几天盯它的销量');
  });

  it('no snapshot on asOf is unknown; the same item twice on a day is refused', () => {
    expect(watchRivals(week.map((date) => snap({ date })), { asOf: '2026-05-31' }).status).toBe('unknown');
    expectError(() => watchRivals([snap({ date: '2026-05-31' }), snap({ date: '2026-05-31' })], { asOf: '2026-05-31' }), 'INVALID_INPUT', '[1].date');
    expectError(() => watchRivals([snap({ date: '2026-05-31', unitsSold: 1.5 })], { asOf: '2026-05-31' }), 'INVALID_INPUT', '[0].unitsSold');
    expectError(() => watchRivals([], { asOf: 'today' } as never), 'INVALID_OPTIONS', 'asOf');
  });
});

describe('watchRivals: an item that sold nothing before, and a listing without a season', () => {
  it('no jump is measured from an average of 0; a new item without a season is named without one', () => {
    // a1 sold nothing all week and 30 today: there is no average to rise against.
    const idle = week.map((date) => snap({ date, unitsSold: 0 }));
    const r = watchRivals([...idle, snap({ date: '2026-05-31', unitsSold: 30 }), snap({ itemId: 'a2', title: '亚麻衬衫', date: '2026-05-31', listedAt: '2026-05-31' })], { asOf: '2026-05-31', locale: 'en' });
    expect(r.events.map((e) => [e.kind, e.itemId])).toEqual([['new-listing', 'a2']]);
    expect(r.events[0]!.check.message).toBe('Rival A listed "亚麻衬衫": watch its sales over the next days');
  });
});
