import { describe, expect, it } from 'vitest';
import { defaultStockThresholds, stockCover, stockMessages, type StockItemInput } from 'storeops/stock';
import { errorOf } from '../helpers.js';

const base = { dailySales: 10, leadTimeDays: 7, safetyDays: 3 };
const one = (item: Partial<StockItemInput> & { onHand: number }, options = {}) =>
  stockCover([{ id: 'p', ...base, ...item } as StockItemInput], options).items[0]!;

describe('stockCover: the worked example (10 a day, 7-day lead time, 3 safety days)', () => {
  it('has a reorder point of 100 units', () => {
    expect(one({ onHand: 90 }).reorderPoint).toBe(100);
  });

  it('with 90 on hand reorders now', () => {
    const r = one({ onHand: 90 }, { locale: 'en' });
    expect(r).toMatchObject({ reorderNow: true, reorderInDays: 0, daysOfCover: 9, risk: 'reorder', status: 'fail' });
    // Up to 10 × (7 + 3 + 30) = 400 units of position: 400 − 90 = 310.
    expect(r.suggestedQuantity).toBe(310);
    expect(r.checks[0]?.code).toBe('STOCK_REORDER_NOW');
    expect(r.checks[0]?.message).toBe('p has 90 units, at or under the reorder point of 100 (9 days of cover): reorder 310 units today');
  });

  it('with 120 on hand has 12 days of cover and reorders in 2 days', () => {
    const r = one({ onHand: 120 }, { locale: 'en' });
    expect(r).toMatchObject({ daysOfCover: 12, reorderNow: false, reorderInDays: 2, risk: null, status: 'pass' });
    // At the reorder time stock is back at 100: order 30 days of sales = 300.
    expect(r.suggestedQuantity).toBe(300);
    expect(r.checks[0]?.code).toBe('STOCK_REORDER_SOON');
    expect(r.checks[0]?.message).toBe('p has 12 days of cover: reorder 300 units in 2 days');
    expect(one({ onHand: 120 }).checks[0]?.message).toBe('p 库存够 12 天，2 天后到补货点，届时补货 300 件');
  });

  it('reorders exactly at the reorder point (at or under)', () => {
    expect(one({ onHand: 100 })).toMatchObject({ reorderNow: true, reorderInDays: 0, suggestedQuantity: 300 });
    expect(one({ onHand: 101 })).toMatchObject({ reorderNow: false });
  });
});

describe('stockCover: cases and money at risk', () => {
  it('a hit selling out before an order arrives is critical; the sales at risk are valued at price', () => {
    const r = one({ onHand: 30, price: '99.00' });
    expect(r.checks[0]?.code).toBe('STOCK_RUNS_OUT');
    expect(r.risk).toBe('stockout');
    expect(r.moneyAtRisk?.toString()).toBe('6930'); // (100 − 30) × 99
    const out = one({ onHand: 0, price: 99 }, { locale: 'en' });
    expect(out.checks[0]?.code).toBe('STOCK_OUT');
    expect(out.moneyAtRisk?.toString()).toBe('9900');
    expect(out.checks[0]?.message).toBe('p is out of stock (selling 10 a day): reorder 400 units now; about ¥9,900.00 of sales are lost until it arrives');
    // Cover exactly the lead time (70 units) does not sell out before arrival: reorder now, not critical.
    expect(one({ onHand: 70 }).checks[0]?.code).toBe('STOCK_REORDER_NOW');
  });

  it('a slow mover with months of cover is cash tied up, valued at unit cost', () => {
    const r = one({ onHand: 500, dailySales: 2, unitCost: '12.50' }, { locale: 'en' });
    expect(r.daysOfCover).toBe(250);
    expect(r.checks[0]?.code).toBe('STOCK_OVERSTOCK');
    expect(r.checks[0]?.thresholds).toEqual({ direction: 'below', pass: 90, inclusive: true });
    expect(r.moneyAtRisk?.toString()).toBe('4000'); // (500 − 2 × 90) × 12.5
    expect(r.checks[0]?.message).toBe('p has 250 days of cover, more than 90: about ¥4,000.00 of cash is tied up; consider a clearance promotion and stop reordering');
    expect(one({ onHand: 180, dailySales: 2 }).checks[0]?.code).toBe('STOCK_COVER_OK'); // exactly 90 days is not excess
    expect(one({ onHand: 500, dailySales: 2 }).moneyAtRisk).toBeNull(); // no unit cost
    expect(one({ onHand: 500, dailySales: 2, unitCost: 1 }, { thresholds: { overstockDays: 365 } }).checks[0]?.code).toBe('STOCK_COVER_OK');
  });

  it('stock without sales is all cash tied up; no stock and no sales needs nothing', () => {
    const r = one({ onHand: 40, dailySales: 0, unitCost: 5 });
    expect(r).toMatchObject({ daysOfCover: null, reorderPoint: 0, reorderNow: false, reorderInDays: null, suggestedQuantity: 0, risk: 'overstock' });
    expect(r.checks[0]).toMatchObject({ code: 'STOCK_NO_SALES', metric: 'dailySales', value: 0, status: 'fail', thresholds: null });
    expect(r.moneyAtRisk?.toString()).toBe('200');
    expect(one({ onHand: 0, dailySales: 0 }).checks[0]).toMatchObject({ code: 'STOCK_NO_DEMAND', status: 'pass' });
    const noCost = one({ onHand: 40, dailySales: 0 }, { locale: 'en', messages: { STOCK_NO_SALES: { 'zh-CN': '滞销 {item}', en: 'idle {item}: {money}' } } });
    expect(noCost.moneyAtRisk).toBeNull();
    expect(noCost.checks[0]?.message).toBe('idle p: —');
  });

  it('a trickle of sales prints its huge cover with the exponent (was "4.9999999999999997e+3" days)', () => {
    // 5 units at 1e-300 a day: 5e300 days of cover, not about five thousand.
    const [item] = stockCover([{ id: 'dust', onHand: 5, dailySales: 1e-300, leadTimeDays: 1, safetyDays: 0 }], { locale: 'en' }).items;
    expect(item?.checks[0]?.code).toBe('STOCK_OVERSTOCK');
    expect(item?.checks[0]?.params?.['cover']).toBe('5e+300');
    expect(item?.checks[0]?.message).toContain('5e+300 days of cover');
  });

  it('is good with comfortable cover; reorderSoonDays is configurable', () => {
    const r = one({ onHand: 300 });
    expect(r.checks[0]).toMatchObject({ code: 'STOCK_COVER_OK', status: 'good', thresholds: { direction: 'above', pass: 10 } });
    expect(r.reorderInDays).toBe(20);
    expect(one({ onHand: 300 }, { thresholds: { reorderSoonDays: 20 } }).checks[0]?.code).toBe('STOCK_REORDER_SOON');
    expect(one({ onHand: 300 }, { orderCoverDays: 14 }).suggestedQuantity).toBe(140);
    expect(defaultStockThresholds).toEqual({ overstockDays: 90, reorderSoonDays: 7 });
  });

  it('orders alerts by severity, then money at risk; good items raise none', () => {
    const r = stockCover(
      [
        { id: 'ok', onHand: 300, ...base },
        { id: 'slow', onHand: 5000, dailySales: 1, leadTimeDays: 7, safetyDays: 3, unitCost: 100 },
        { id: 'soon', onHand: 120, ...base },
        { id: 'hit', onHand: 0, ...base, price: 10 },
        { id: 'big', onHand: 20, ...base, price: 50 },
        { id: 'low', onHand: 80, ...base, price: 50 },
      ],
      { locale: 'en' },
    );
    expect(r.findings.map((a) => [a.subject, a.severity, a.moneyAtStake?.toString() ?? null])).toEqual([
      ['big', 'critical', '4000'],
      ['hit', 'critical', '1000'],
      ['slow', 'warning', '491000'],
      ['low', 'warning', '1000'],
      ['soon', 'info', null],
    ]);
    expect(r.findings.every((a) => a.area === 'stock' && a.owner === 'merchandising')).toBe(true);
    expect(stockCover([{ id: 'a', onHand: 300, ...base }]).findings).toEqual([]);
    // One result shape: a check per item, the worst status, and counts and money over the findings.
    expect(r.checks.map((c) => c.code)).toEqual(r.items.map((i) => i.checks[0]?.code));
    expect(r.status).toBe('fail');
    expect(r.advice).toEqual([]);
    expect(r.metrics).toMatchObject({ items: 6, stockouts: 2, reorderNow: 3, overstock: 1 });
    expect(r.metrics.moneyAtRisk?.toString()).toBe(String(4000 + 1000 + 491000 + 1000));
  });
});

describe('stockCover: daily sales from history', () => {
  const days = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `2026-03-${String(from + i).padStart(2, '0')}`);

  it('skips sold-out days: a sold-out day is not a day of zero demand', () => {
    const history = days(10).map((date, i) => (i >= 6 ? { date, units: 0, inStock: false } : { date, units: 12 }));
    const r = one({ onHand: 0, dailySales: undefined, history } as never);
    expect(r.dailySales).toBe(12); // 72 units over 6 days in stock, not 72 / 10
    expect(r.salesDays).toBe(6);
    const withOnHand = days(4).map((date, i) => ({ date, units: i === 3 ? 0 : 9, onHand: i === 3 ? 0 : 5 }));
    expect(one({ onHand: 0, dailySales: undefined, history: withOnHand } as never).dailySales).toBe(9);
  });

  it('uses the last 28 calendar days by default, counting days without a row as in stock with no sales', () => {
    const history = [
      { date: '2026-01-01', units: 500 }, // outside the window ending 2026-03-28
      { date: '2026-03-01', units: 28 },
      { date: '2026-03-28', units: 28 },
    ];
    const r = one({ onHand: 100, dailySales: undefined, history } as never);
    expect(r.dailySales).toBe(2); // 56 units over 2026-03-01..28
    expect(r.salesDays).toBe(28);
    // A 7-day window: 2026-03-22..28 holds 28 units.
    expect(one({ onHand: 100, dailySales: undefined, history } as never, { windowDays: 7 }).dailySales).toBe(4);
  });

  it('starts no earlier than the first history day and ends on asOf when given', () => {
    const history = [
      { date: '2026-03-10', units: 6 },
      { date: '2026-03-12', units: 6 },
      { date: '2026-03-20', units: 100 },
    ];
    expect(one({ onHand: 10, dailySales: undefined, history } as never, { asOf: '2026-03-12' }).dailySales).toBe(4); // 12 / 3
    expect(one({ onHand: 10, dailySales: undefined, history } as never, { asOf: '2026-03-31' }).salesDays).toBe(22);
    expect(one({ onHand: 10, dailySales: undefined, history } as never, { asOf: '2026-03-01' }).dailySales).toBeNull();
  });

  it('gives an unknown check when no day was in stock or there is no history', () => {
    const r = one({ onHand: 5, dailySales: undefined, history: [{ date: '2026-03-01', units: 0, inStock: false }] } as never, { locale: 'en' });
    expect(r).toMatchObject({ dailySales: null, daysOfCover: null, reorderPoint: null, reorderNow: null, reorderInDays: null, suggestedQuantity: null, status: 'unknown' });
    expect(r.checks[0]?.message).toBe('p has no sales data for days in stock: cannot estimate daily sales or reorders');
    expect(one({ onHand: 5, dailySales: undefined, history: [] } as never).status).toBe('unknown');
  });

  it('reads history in any order', () => {
    const history = [
      { date: '2026-03-03', units: 4 },
      { date: '2026-03-01', units: 6 },
      { date: '2026-03-02', units: 5 },
    ];
    expect(one({ onHand: 5, dailySales: undefined, history } as never)).toMatchObject({ dailySales: 5, salesDays: 3 });
  });

  it('prefers dailySales over history', () => {
    expect(one({ onHand: 5, dailySales: 3, history: [{ date: '2026-03-01', units: 50 }] }).dailySales).toBe(3);
  });
});

describe('stockCover: messages and bad input', () => {
  it('has every message in both locales', () => {
    for (const text of Object.values(stockMessages)) {
      expect(text['zh-CN'].length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
    expect(one({ onHand: 30, price: 99 }).checks[0]?.message).toBe('p 库存只够 3 天，短于补货周期 7 天：立即补货 370 件，否则到货前会断货');
  });

  it.each([
    [[{ id: 'a', onHand: -1, ...base }], '[0].onHand'],
    [[{ id: 'a', onHand: 1.5, ...base }], '[0].onHand'],
    [[{ id: 'a', onHand: 1, ...base, leadTimeDays: Number.NaN }], '[0].leadTimeDays'],
    [[{ id: 'a', onHand: 1, ...base, safetyDays: -3 }], '[0].safetyDays'],
    [[{ id: 'a', onHand: 1, ...base, leadTimeDays: 4000 }], '[0].leadTimeDays'],
    [[{ id: 'a', onHand: 1, ...base, dailySales: '10' }], '[0].dailySales'],
    [[{ id: 'a', onHand: 1, leadTimeDays: 7, safetyDays: 3 }], '[0].dailySales'],
    [[{ id: 'a', onHand: 1, ...base, price: '9.9%' }], '[0].price'],
    [[{ id: 'a', onHand: 1, ...base, unitCost: -2 }], '[0].unitCost'],
    [[{ id: 'a', onHand: 1, leadTimeDays: 7, safetyDays: 3, history: [{ date: '2026-02-30', units: 1 }] }], '[0].history[0].date'],
    [[{ id: 'a', onHand: 1, leadTimeDays: 7, safetyDays: 3, history: [{ date: '2026-03-01', units: -1 }] }], '[0].history[0].units'],
    [[{ id: 'a', onHand: 1, leadTimeDays: 7, safetyDays: 3, history: [{ date: '2026-03-01', units: 1 }, { date: '2026-03-01', units: 2 }] }], '[0].history[1].date'],
    [[{ id: 'a', onHand: 1, ...base }, { id: 'a', onHand: 1, ...base }], '[1].id'],
    [[{ onHand: 1, ...base }], '[0].id'],
  ])('%j → INVALID_INPUT at %s', (items, path) => {
    const e = errorOf(() => stockCover(items as never));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues[0]?.path).toBe(path);
  });

  it.each([
    [{ asOf: '2026-02-30' }, 'asOf'],
    [{ windowDays: 0 }, 'windowDays'],
    [{ windowDays: 7.5 }, 'windowDays'],
    [{ orderCoverDays: -1 }, 'orderCoverDays'],
    [{ thresholds: { overstockDays: Number.NaN } }, 'thresholds.overstockDays'],
    [{ thresholds: { months: 3 } }, 'thresholds.months'],
    [{ locale: 'fr' }, 'locale'],
  ])('%j → INVALID_OPTIONS at %s', (options, path) => {
    const e = errorOf(() => stockCover([], options as never));
    expect(e.code).toBe('INVALID_OPTIONS');
    expect(e.issues[0]?.path).toBe(path);
  });
});
