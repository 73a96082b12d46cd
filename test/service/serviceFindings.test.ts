import { describe, expect, it } from 'vitest';
import { StoreOpsError } from '../../src/core/internal.js';
import { serviceFindings } from 'storeops/service';

const team = [
  { id: 'ann', name: 'Ann', inquirers: 100, inquiryBuyers: 70, paidAmount: '14000.00' },
  { id: 'bo', name: 'Bo', inquirers: 200, inquiryBuyers: 100, paidAmount: '19000.00' },
  { id: 'cy', name: 'Cy', inquirers: 100, inquiryBuyers: 30, paidAmount: '6000.00' },
];

describe('serviceFindings', () => {
  it('flags a weak agent with the revenue to reach the pass mark, and the agents behind the team', () => {
    const f = serviceFindings(team, { locale: 'en' });
    expect(f.map((x) => [x.code, x.severity, x.owner, x.area, x.subject])).toEqual([
      ['SERVICE_FINDING_AGENT_WEAK', 'warning', 'service', 'service', 'cy'],
      ['SERVICE_FINDING_AGENTS_TRAIL_TEAM', 'info', 'service', 'service', null],
    ]);
    // Cy at 40%: 0.4 × 100 − 30 = 10 buyers × team revenue per buyer 39000 / 200 = 195 → 1950.
    expect(f[0]?.moneyAtStake?.toString()).toBe('1950');
    expect(f[0]?.message).toBe('Agent Cy converts only 30% of inquiries, under 40%');
    // At the team rate 50%: 20 buyers × 195 = 3900.
    expect(f[1]?.moneyAtStake?.toString()).toBe('3900');
    expect(f[1]?.message).toBe('Cy convert inquiries below the team average 50%: at the average they would sell about ¥3,900.00 more');
    expect(f[1]?.advice.map((a) => a.code)).toEqual(['COPY_BEST_AGENT']);
    expect(f[1]?.checks.map((c) => c.code)).toEqual(['AGENT_TRAILS_TEAM']);
    expect(serviceFindings(team)[1]?.message).toBe('Cy 的询单转化率低于团队平均 50%：若达到平均，约可多成交 ¥3,900.00');
  });

  it('flags a weak team (with training advice) and the team behind the category, with money where meaningful', () => {
    const weak = [
      { id: 'a', inquirers: 100, inquiryBuyers: 30, paidAmount: 3000, firstResponseSeconds: 40 },
      { id: 'b', inquirers: 100, inquiryBuyers: 30, paidAmount: 3000, firstResponseSeconds: 40 },
    ];
    const f = serviceFindings(weak, { categoryAverage: { inquiryConversionRate: 0.45, revenuePerInquiry: 40, firstResponseSeconds: 20 }, locale: 'en' });
    const byCode = (code: string) => f.filter((x) => x.code === code);
    // Team: 60 / 200 = 30%; to 40%: 20 buyers × 100 = 2000.
    expect(byCode('SERVICE_FINDING_TEAM_WEAK')[0]?.moneyAtStake?.toString()).toBe('2000');
    expect(byCode('SERVICE_FINDING_TEAM_WEAK')[0]?.advice.map((a) => a.code)).toEqual(['TRAIN_INQUIRY_CONVERSION']);
    // Each agent: 10 buyers × 100 = 1000.
    expect(byCode('SERVICE_FINDING_AGENT_WEAK').map((x) => [x.subject, x.moneyAtStake?.toString()])).toEqual([
      ['a', '1000'],
      ['b', '1000'],
    ]);
    const cat = byCode('SERVICE_FINDING_TEAM_TRAILS_CATEGORY');
    // Conversion to 45%: 30 buyers × 100 = 3000; revenue per inquiry (40 − 30) × 200 = 2000; response time: no money.
    expect(cat.map((x) => [x.checks[0]?.metric, x.moneyAtStake?.toString() ?? null])).toEqual([
      ['inquiryConversionRate', '3000'],
      ['revenuePerInquiry', '2000'],
      ['firstResponseSeconds', null],
    ]);
    expect(f[0]?.moneyAtStake?.toString()).toBe('3000'); // sorted by money within a severity
    expect(f.at(-1)?.moneyAtStake).toBeNull();
    expect(f.some((x) => x.code === 'SERVICE_FINDING_AGENTS_TRAIL_TEAM')).toBe(false); // equal agents: nobody trails
  });

  it('skips category checks the team meets; counts only inquiries behind amounts for revenue per inquiry', () => {
    const agents = [
      { id: 'a', inquirers: 100, inquiryBuyers: 50, paidAmount: 3000 },
      { id: 'b', inquirers: 100, inquiryBuyers: 50 },
    ];
    const f = serviceFindings(agents, { categoryAverage: { inquiryConversionRate: 0.45, revenuePerInquiry: 40 } });
    // Only revenue per inquiry trails: (40 − 30) × the 100 inquiries of agent a = 1000.
    expect(f.map((x) => [x.code, x.checks[0]?.metric, x.moneyAtStake?.toString()])).toEqual([['SERVICE_FINDING_TEAM_TRAILS_CATEGORY', 'revenuePerInquiry', '1000']]);
  });

  it('has no money at stake without paid amounts, and no findings for a strong team', () => {
    const f = serviceFindings([{ id: 'a', inquirers: 100, inquiryBuyers: 20 }]);
    expect(f.map((x) => [x.code, x.moneyAtStake])).toEqual([
      ['SERVICE_FINDING_TEAM_WEAK', null],
      ['SERVICE_FINDING_AGENT_WEAK', null],
    ]);
    expect(serviceFindings([{ id: 'a', inquirers: 100, inquiryBuyers: 75, paidAmount: 100 }])).toEqual([]);
  });

  it('rejects bad input like scoreAgents', () => {
    expect(() => serviceFindings([{ id: 'a', inquirers: 1, inquiryBuyers: 2 }])).toThrow(StoreOpsError);
    expect(() => serviceFindings([], { locale: 'fr' as never })).toThrow(StoreOpsError);
  });
});
