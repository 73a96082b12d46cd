import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/internal.js';
import { stockCover, type StockHistoryDay, type StockItemInput } from 'storeops/stock';

const itemArb: fc.Arbitrary<StockItemInput> = fc.record({
  id: fc.constant('p'),
  onHand: fc.integer({ min: 0, max: 100_000 }),
  dailySales: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1000, noNaN: true })),
  leadTimeDays: fc.integer({ min: 0, max: 60 }),
  safetyDays: fc.double({ min: 0, max: 30, noNaN: true }),
  price: fc.integer({ min: 0, max: 100_000 }).map((fen) => (fen / 100).toFixed(2)),
  unitCost: fc.integer({ min: 0, max: 100_000 }).map((fen) => (fen / 100).toFixed(2)),
});

describe('stockCover properties', () => {
  it('days of cover are never negative; outputs are finite and consistent', () => {
    fc.assert(
      fc.property(itemArb, (item) => {
        const r = stockCover([item]).items[0]!;
        for (const v of [r.daysOfCover, r.reorderPoint, r.reorderInDays, r.suggestedQuantity]) {
          if (v !== null) expect(Number.isFinite(v) && v >= 0).toBe(true);
        }
        expect(Number.isInteger(r.suggestedQuantity)).toBe(true);
        if (r.reorderNow === true) expect(r.reorderInDays).toBe(0);
        if (r.moneyAtRisk !== null) expect(r.moneyAtRisk.isFinite() && !r.moneyAtRisk.isNegative()).toBe(true);
        // reorder now ⇔ on hand at or under the reorder point, for items that sell
        if ((r.dailySales as number) > 0) expect(r.reorderNow).toBe(item.onHand <= (r.reorderPoint as number));
        else expect(r.reorderNow).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('after ordering the suggested quantity at the reorder time, the position covers lead time + safety + order cover', () => {
    fc.assert(
      fc.property(itemArb, fc.integer({ min: 0, max: 60 }), (item, orderCoverDays) => {
        const r = stockCover([item], { orderCoverDays }).items[0]!;
        const d = r.dailySales as number;
        if (d === 0) return;
        const atReorder = Math.min(item.onHand, r.reorderPoint as number);
        expect(atReorder + (r.suggestedQuantity as number)).toBeGreaterThanOrEqual(d * (item.leadTimeDays + item.safetyDays + orderCoverDays) - 1e-6);
      }),
      { numRuns: 200 },
    );
  });

  it('sold-out days do not change the estimate of daily sales', () => {
    const dayArb = fc.record({ units: fc.integer({ min: 0, max: 500 }), soldOut: fc.boolean(), viaOnHand: fc.boolean() });
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 1, maxLength: 40 }), (days) => {
        const history: StockHistoryDay[] = days.map((d, i) => {
          const date = addDays('2026-01-01', i);
          if (!d.soldOut) return { date, units: d.units };
          return d.viaOnHand ? { date, units: 0, onHand: 0 } : { date, units: d.units, inStock: false };
        });
        const window = Math.min(28, days.length);
        const recent = days.slice(days.length - window).filter((d) => !d.soldOut);
        const r = stockCover([{ id: 'p', onHand: 10, history, leadTimeDays: 7, safetyDays: 3 }]).items[0]!;
        if (recent.length === 0) expect(r.dailySales).toBeNull();
        else expect(r.dailySales).toBeCloseTo(recent.reduce((n, d) => n + d.units, 0) / recent.length, 9);
        expect(r.salesDays).toBe(recent.length);
      }),
      { numRuns: 200 },
    );
  });

  it('more stock never means less cover or an earlier reorder', () => {
    fc.assert(
      fc.property(itemArb, fc.integer({ min: 0, max: 1000 }), (item, extra) => {
        const [a, b] = stockCover([item, { ...item, id: 'q', onHand: item.onHand + extra }]).items;
        // null cover: the stock never runs out (nothing sells, or so little that it lasts for ever)
        if (a!.daysOfCover !== null) expect(b!.daysOfCover ?? Infinity).toBeGreaterThanOrEqual(a!.daysOfCover);
        if (a!.reorderInDays !== null) expect(b!.reorderInDays ?? Infinity).toBeGreaterThanOrEqual(a!.reorderInDays);
      }),
      { numRuns: 200 },
    );
  });
});
