import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoreDecimal } from '../../src/core/internal.js';
import { buyerInquiryMix, scoreAgents, serviceFindings, type AgentInput } from 'storeops/service';

const agentArb = fc
  .record({
    inquirers: fc.integer({ min: 0, max: 5000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
    fen: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined }),
    response: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  })
  .map(({ inquirers, share, fen, response }) => {
    const a: AgentInput = { id: '', inquirers, inquiryBuyers: Math.floor(inquirers * share) };
    if (fen !== undefined) a.paidAmount = (fen / 100).toFixed(2);
    if (response !== undefined) a.firstResponseSeconds = response;
    return a;
  });
const agentsArb = fc.array(agentArb, { maxLength: 12 }).map((list) => list.map((a, i) => ({ ...a, id: `a${i}` })));

describe('scoreAgents properties', () => {
  it('team averages equal the ratio of summed counts', () => {
    fc.assert(
      fc.property(agentsArb, (agents) => {
        const r = scoreAgents(agents);
        const inq = agents.reduce((n, a) => n + a.inquirers, 0);
        const buy = agents.reduce((n, a) => n + a.inquiryBuyers, 0);
        expect(r.team.inquirers).toBe(inq);
        expect(r.team.inquiryBuyers).toBe(buy);
        expect(r.team.inquiryConversionRate).toBe(inq === 0 ? null : buy / inq);
        const paid = agents.filter((a) => a.paidAmount !== undefined);
        const paidInq = paid.reduce((n, a) => n + a.inquirers, 0);
        const sum = paid.reduce((s, a) => s.plus(a.paidAmount as string), new StoreDecimal(0));
        if (paid.length === 0 || paidInq === 0) expect(r.team.revenuePerInquiry).toBeNull();
        // A money-valued ratio is rounded to the fen in results (DESIGN.md, Results): the ratio of sums, then rounded.
        else expect(r.team.revenuePerInquiry?.eq(sum.div(paidInq).toDecimalPlaces(2))).toBe(true);
        const timed = agents.filter((a) => a.firstResponseSeconds !== undefined);
        const w = timed.reduce((n, a) => n + a.inquirers, 0);
        const t = timed.reduce((n, a) => n + (a.firstResponseSeconds as number) * a.inquirers, 0);
        expect(r.team.firstResponseSeconds).toBe(w === 0 ? null : t / w);
      }),
      { numRuns: 200 },
    );
  });

  it('rates lie in [0, 1], upsides are ≥ 0 and add up to the team upside, nothing is NaN', () => {
    fc.assert(
      fc.property(agentsArb, (agents) => {
        const r = scoreAgents(agents);
        let total = new StoreDecimal(0);
        let any = false;
        for (const a of r.agents) {
          if (a.inquiryConversionRate !== null) expect(a.inquiryConversionRate >= 0 && a.inquiryConversionRate <= 1).toBe(true);
          for (const c of a.checks) expect(Number.isNaN(c.value)).toBe(false);
          if (a.upside !== null) {
            expect(a.upside.isNegative() && !a.upside.isZero()).toBe(false);
            total = total.plus(a.upside);
            any = true;
          }
        }
        expect(r.team.upside === null ? !any : r.team.upside.eq(total)).toBe(true);
        for (const f of serviceFindings(agents)) {
          if (f.moneyAtStake !== null) expect(f.moneyAtStake.isFinite() && !f.moneyAtStake.isNegative()).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('team figures do not depend on the order of the agents', () => {
    fc.assert(
      fc.property(agentsArb, (agents) => {
        const a = scoreAgents(agents).team;
        const b = scoreAgents([...agents].reverse()).team;
        expect(b.inquiryConversionRate).toBe(a.inquiryConversionRate);
        expect(b.revenuePerInquiry?.toString()).toBe(a.revenuePerInquiry?.toString());
        expect(b.upside?.toString()).toBe(a.upside?.toString());
      }),
      { numRuns: 100 },
    );
  });
});

describe('buyerInquiryMix properties', () => {
  it('silent and inquiry shares add up to 1 and every rate is in [0, 1]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (buyers, s1, s2) => {
        const inquiryBuyers = Math.floor(buyers * s1);
        const inquirers = inquiryBuyers + Math.floor(1000 * s2);
        const visitors = Math.max(buyers, inquirers) + 10;
        const m = buyerInquiryMix({ buyers, inquiryBuyers, inquirers, visitors });
        if (buyers > 0) expect((m.inquiryBuyerShare as number) + (m.silentBuyerShare as number)).toBeCloseTo(1, 12);
        for (const v of [m.inquiryBuyerShare, m.silentBuyerShare, m.inquiryRate, m.inquiryConversionRate, m.silentConversionRate]) {
          if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
