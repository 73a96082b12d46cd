// Property tests of the goals module: allocations add up exactly and never go negative, plans
// add up at every level, attribution effects add up to the change, replans add up to what is left.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, weekOf, monthOf, quarterOf } from '../../src/core/dates.js';
import { StoreDecimal, type Decimal } from '../../src/core/decimal.js';
import { allocate, attributeChange, planTargets, solveDrivers, trackProgress } from 'storeops/goals';

const RUNS = { numRuns: 150 };
const sum = (xs: readonly Decimal[]) => xs.reduce((s, x) => s.plus(x), new StoreDecimal(0));
const unitArb = fc.constantFrom('0.01', '1', '0.05', '100');
const weightsArb = fc.array(fc.nat(1000), { minLength: 1, maxLength: 25 }).filter((ws) => ws.some((w) => w > 0));

describe('allocate (property)', () => {
  it('is exact, never negative, within one unit of each quota, and ignores the scale of the weights', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), weightsArb, unitArb, fc.integer({ min: 1, max: 1000 }), (n, weights, unit, k) => {
        const total = new StoreDecimal(n).times(unit);
        const parts = allocate(total, weights, { unit });
        expect(sum(parts).eq(total)).toBe(true);
        const W = weights.reduce((s, w) => s + w, 0);
        parts.forEach((p, i) => {
          expect(p.isNegative() && !p.isZero()).toBe(false);
          expect(p.div(unit).isInteger()).toBe(true);
          const quota = total.times(weights[i] as number).div(W);
          expect(p.minus(quota).abs().lt(unit)).toBe(true);
          if (weights[i] === 0) expect(p.isZero()).toBe(true);
        });
        const scaled = allocate(total, weights.map((w) => w * k), { unit });
        expect(scaled.map(String)).toEqual(parts.map(String));
      }),
      RUNS,
    );
  });
});

const dayArb = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') });

describe('planTargets (property)', () => {
  it('adds up exactly at every level for random ranges, weights and events', () => {
    fc.assert(
      fc.property(
        dayArb,
        fc.integer({ min: 0, max: 800 }),
        fc.nat(2_000_000_000),
        fc.option(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 12, maxLength: 12 }), { nil: undefined }),
        fc.option(fc.array(fc.integer({ min: 1, max: 30 }).map((w) => w / 10), { minLength: 7, maxLength: 7 }), { nil: undefined }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(0.5, 1.2, 2, 3, 10)), { maxLength: 6 }),
        (first, length, fen, monthWeights, weekdayWeights, rawEvents) => {
          const start = fromDayNumber(first);
          const end = fromDayNumber(first + length);
          const events = rawEvents.map(([offset, multiplier]) => ({ date: fromDayNumber(first + (offset % (length + 1))), multiplier }));
          const total = new StoreDecimal(fen).div(100);
          const plan = planTargets({
            total,
            start,
            end,
            events,
            ...(monthWeights === undefined ? {} : { monthWeights }),
            ...(weekdayWeights === undefined ? {} : { weekdayWeights }),
          });
          expect(plan.days).toHaveLength(length + 1);
          for (const level of [plan.days, plan.weeks, plan.months, plan.quarters]) expect(sum(level.map((p) => p.target)).eq(total)).toBe(true);
          expect(plan.days.every((d) => d.target.times(100).isInteger() && !d.target.isNegative())).toBe(true);
          // Each period is the sum of its own days.
          for (const [periods, keyOf] of [
            [plan.weeks, weekOf],
            [plan.months, monthOf],
            [plan.quarters, quarterOf],
          ] as const) {
            const own = new Map<string, Decimal[]>();
            for (const d of plan.days) own.set(keyOf(d.date), [...(own.get(keyOf(d.date)) ?? []), d.target]);
            expect(periods.map((p) => p.period)).toEqual([...own.keys()]);
            for (const p of periods) {
              expect(own.get(p.period)).toHaveLength(p.days);
              expect(sum(own.get(p.period) ?? []).eq(p.target)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('trackProgress (property)', () => {
  it('replans exactly what is left when behind (or under spread), never lowers a target when ahead under keep, and target to date plus the remaining originals is the total', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 60 }), fc.nat(100_000_000), fc.integer({ min: -3, max: 65 }), fc.array(fc.nat(5_000_000), { maxLength: 70 }), (first, length, fen, asOfOffset, sales) => {
        const plan = planTargets({ total: new StoreDecimal(fen).div(100), start: fromDayNumber(first), end: fromDayNumber(first + length) });
        const actuals: Record<string, string> = {};
        sales.slice(0, length + 1).forEach((s, i) => (actuals[fromDayNumber(first + i)] = new StoreDecimal(s).div(100).toFixed(2)));
        const p = trackProgress(plan, actuals, { asOf: fromDayNumber(first + asOfOffset) });
        const spread = trackProgress(plan, actuals, { asOf: fromDayNumber(first + asOfOffset), replan: 'spread' });
        if (spread.replan.length > 0) expect(sum(spread.replan.map((d) => d.target)).eq(spread.remainingTarget)).toBe(true);
        if (p.replan.length > 0 && !p.met) expect(sum(p.replan.map((d) => d.target)).eq(p.remainingTarget)).toBe(true);
        if (p.replan.length > 0 && !p.met) expect(p.replan.map((d) => d.target.toString())).toEqual(spread.replan.map((d) => d.target.toString()));
        expect(p.replan.every((d) => !d.target.lt(d.original) || !p.met)).toBe(true);
        expect(p.replan.every((d) => d.target.gte(d.original))).toBe(true);
        if (p.replan.length > 0) expect(sum(p.replan.map((d) => d.target)).eq(p.remainingTarget.plus(p.buffer))).toBe(true);
        expect(p.targetToDate.plus(sum(p.replan.map((d) => d.original))).eq(plan.total)).toBe(true);
        expect(p.gap.eq(p.actualToDate.minus(p.targetToDate))).toBe(true);
        expect(p.met).toBe(!p.gap.isNegative() || p.gap.isZero());
        expect(p.replan.every((d) => !d.target.isNegative())).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Independent Shapley values: the marginal effects averaged over every order of change (floating point). */
function averageOverOrders(x0: readonly number[], x1: readonly number[]): { effects: number[]; scale: number } {
  const orders: number[][] = [];
  const permute = (rest: number[], acc: number[]): void => {
    if (rest.length === 0) orders.push(acc);
    rest.forEach((r, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, r]));
  };
  permute(x0.map((_, i) => i), []);
  const effects = x0.map(() => 0);
  let scale = 0;
  for (const order of orders) {
    const x = [...x0];
    for (const i of order) {
      const before = x.reduce((p, v) => p * v, 1);
      x[i] = x1[i] as number;
      const after = x.reduce((p, v) => p * v, 1);
      scale = Math.max(scale, Math.abs(before), Math.abs(after));
      effects[i] = (effects[i] as number) + (after - before) / orders.length;
    }
  }
  return { effects, scale };
}

const factorArb = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 10_000 }).map((x) => x / 10_000));

describe('attributeChange (property)', () => {
  it('effects add up to the change for random positive and zero factors (Shapley)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.array(factorArb, { minLength: n, maxLength: n }), fc.array(factorArb, { minLength: n, maxLength: n }))), ([x0, x1]) => {
        const names = x0.map((_, i) => `f${i}`);
        const base = Object.fromEntries(names.map((k, i) => [k, x0[i] as number]));
        const current = Object.fromEntries(names.map((k, i) => [k, x1[i] as number]));
        const a = attributeChange(base, current);
        const effects = Object.values(a.effects);
        expect(sum(effects).eq(a.total)).toBe(true);
        const { effects: average, scale } = averageOverOrders(x0, x1);
        effects.forEach((e, i) => {
          expect(Number.isFinite(e.toNumber())).toBe(true);
          expect(Math.abs(e.toNumber() - (average[i] as number))).toBeLessThanOrEqual(0.01 + scale * 1e-12);
        });
        expect(a.total.minus(a.current.minus(a.base)).abs().lte(0.005)).toBe(true);
      }),
      RUNS,
    );
  });

  it('LMDI effects add up to the change for positive factors', () => {
    const positive = fc.integer({ min: 1, max: 100_000 }).map((x) => x / 100);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(fc.array(positive, { minLength: n, maxLength: n }), fc.array(positive, { minLength: n, maxLength: n }))), ([x0, x1]) => {
        const base = Object.fromEntries(x0.map((x, i) => [`f${i}`, x]));
        const current = Object.fromEntries(x1.map((x, i) => [`f${i}`, x]));
        const a = attributeChange(base, current, { method: 'lmdi' });
        expect(sum(Object.values(a.effects)).eq(a.total)).toBe(true);
      }),
      RUNS,
    );
  });

  it('Shapley and LMDI agree when only one factor moves: it gets the whole change', () => {
    const positive = fc.integer({ min: 1, max: 100_000 }).map((x) => x / 100);
    fc.assert(
      fc.property(fc.array(positive, { minLength: 1, maxLength: 5 }), fc.nat(), positive, (x0, pick, moved) => {
        const j = pick % x0.length;
        const base = Object.fromEntries(x0.map((x, i) => [`f${i}`, x]));
        const current = { ...base, [`f${j}`]: moved };
        const s = attributeChange(base, current);
        const l = attributeChange(base, current, { method: 'lmdi' });
        expect(Object.values(s.effects).map(String)).toEqual(Object.values(l.effects).map(String));
        expect(s.effects[`f${j}`]?.eq(s.total)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('solveDrivers (property)', () => {
  it('solving any driver back from the other three returns it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 10_000 }).map((x) => x / 10_000), fc.integer({ min: 1, max: 10_000_000 }).map((x) => x / 100), (visitors, conversionRate, aov) => {
        const sales = solveDrivers({ visitors, conversionRate, aov }).sales as Decimal;
        expect(solveDrivers({ sales, conversionRate, aov }).visitors).toBeCloseTo(visitors, 6);
        expect(solveDrivers({ sales, visitors, aov }).conversionRate).toBeCloseTo(conversionRate, 12);
        expect(solveDrivers({ sales, visitors, conversionRate }).aov?.toNumber()).toBeCloseTo(aov, 8);
      }),
      RUNS,
    );
  });
});
