import { describe, expect, it } from 'vitest';
import { defaultServiceThresholds, scoreAgents, serviceMessages, type AgentInput } from 'storeops/service';
import { errorOf } from '../helpers.js';

const team: AgentInput[] = [
  { id: 'ann', name: 'Ann', inquirers: 100, inquiryBuyers: 70, paidAmount: '14000.00', firstResponseSeconds: 10 },
  { id: 'bo', name: 'Bo', inquirers: 200, inquiryBuyers: 100, paidAmount: '19000.00', firstResponseSeconds: 25 },
  { id: 'cy', name: 'Cy', inquirers: 100, inquiryBuyers: 30, paidAmount: '6000.00', firstResponseSeconds: 40 },
];

describe('scoreAgents', () => {
  it('an agent with 100 inquiries and 70 buyers converts 0.70 and is strong (domain reference §2: 70%)', () => {
    const r = scoreAgents([{ id: 'a', inquirers: 100, inquiryBuyers: 70 }], { locale: 'en' });
    expect(r.agents[0]?.inquiryConversionRate).toBe(0.7);
    expect(r.agents[0]?.status).toBe('good');
    expect(r.agents[0]?.checks[0]?.code).toBe('AGENT_CONVERSION_GOOD');
  });

  it('marks 40% as decent (pass, inclusive) and under 40% as fail', () => {
    const r = scoreAgents([
      { id: 'a', inquirers: 100, inquiryBuyers: 40 },
      { id: 'b', inquirers: 100, inquiryBuyers: 39 },
      { id: 'c', inquirers: 100, inquiryBuyers: 69 },
    ]);
    expect(r.agents.map((a) => a.status)).toEqual(['pass', 'fail', 'pass']);
  });

  it('team figures are ratios of sums, not means of agents’ rates', () => {
    const r = scoreAgents(team);
    // (70 + 100 + 30) / (100 + 200 + 100) = 200 / 400; the mean of rates would be (0.7 + 0.5 + 0.3) / 3 = 0.5 too,
    // so check revenue per inquiry and response time, which differ: 39000 / 400 = 97.5.
    expect(r.team.inquiryConversionRate).toBe(0.5);
    expect(r.team.revenuePerInquiry?.toString()).toBe('97.5');
    expect(r.team.revenuePerBuyer?.toString()).toBe('195');
    expect(r.team.paidAmount?.toString()).toBe('39000');
    // (10·100 + 25·200 + 40·100) / 400 = 10000 / 400 = 25 s, not the mean 25 — use unequal weights:
    const r2 = scoreAgents([
      { id: 'a', inquirers: 300, inquiryBuyers: 240, firstResponseSeconds: 10 },
      { id: 'b', inquirers: 100, inquiryBuyers: 20, firstResponseSeconds: 50 },
    ]);
    expect(r2.team.inquiryConversionRate).toBe(0.65); // 260 / 400, the mean of rates would be 0.5
    expect(r2.team.firstResponseSeconds).toBe(20); // 8000 / 400, the mean would be 30
  });

  it('holds each agent against the team: conversion, revenue per inquiry, response time', () => {
    const r = scoreAgents(team, { locale: 'en' });
    const cy = r.agents[2]!;
    expect(cy.checks.map((c) => [c.code, c.metric, c.status])).toEqual([
      ['AGENT_CONVERSION_FAIL', 'inquiryConversionRate', 'fail'],
      ['AGENT_TRAILS_TEAM', 'inquiryConversionRate', 'fail'],
      ['AGENT_TRAILS_TEAM', 'revenuePerInquiry', 'fail'],
      ['AGENT_TRAILS_TEAM', 'firstResponseSeconds', 'fail'],
    ]);
    expect(cy.checks[1]?.message).toBe('Agent Cy: inquiry conversion 30%, worse than the team average 50%');
    expect(cy.checks[2]?.message).toBe('Agent Cy: revenue per inquiry ¥60.00, worse than the team average ¥97.50');
    expect(cy.checks[3]?.message).toBe('Agent Cy: first-response time 40 s, worse than the team average 25 s');
    const bo = r.agents[1]!;
    // Bo sits exactly on the team's conversion (ties pass) and response time; 95 per inquiry trails 97.5.
    expect(bo.checks.slice(1).map((c) => c.code)).toEqual(['AGENT_MEETS_TEAM', 'AGENT_TRAILS_TEAM', 'AGENT_MEETS_TEAM']);
    expect(r.agents[0]?.revenuePerInquiry?.toString()).toBe('140');
    expect(r.agents[0]?.revenuePerBuyer?.toString()).toBe('200');
  });

  it('computes the upside of trailing agents at the team rate and revenue per buyer', () => {
    const r = scoreAgents(team);
    // Cy: 0.5 × 100 − 30 = 20 buyers × 195 = 3900; Ann and Bo: 0.
    expect(r.agents.map((a) => a.upside?.toString())).toEqual(['0', '0', '3900']);
    expect(r.team.upside?.toString()).toBe('3900');
    expect(r.team.bestAgentId).toBe('ann');
    expect(r.advice.map((a) => a.code)).toEqual(['COPY_BEST_AGENT']);
  });

  it('renders the advice in both locales', () => {
    expect(scoreAgents(team, { locale: 'en' }).advice[0]?.message).toBe(
      'The best converter is Ann (70%): write down how Ann handles inquiries and have Cy copy it',
    );
    expect(scoreAgents(team).advice[0]?.message).toBe('询单转化最好的客服是 Ann（70%）：整理其话术和接待流程，让 Cy 照着做');
    expect(scoreAgents(team).agents[2]?.checks[0]?.message).toBe('客服 Cy 询单转化率 30%，低于 40%');
  });

  it('holds agents and the team against a category average when given', () => {
    const r = scoreAgents(team, { categoryAverage: { inquiryConversionRate: 0.55, revenuePerInquiry: '90', firstResponseSeconds: 30 }, locale: 'en' });
    expect(r.team.checks.map((c) => [c.code, c.metric])).toEqual([
      ['TEAM_CONVERSION_PASS', 'inquiryConversionRate'],
      ['TEAM_TRAILS_CATEGORY', 'inquiryConversionRate'],
      ['TEAM_MEETS_CATEGORY', 'revenuePerInquiry'],
      ['TEAM_MEETS_CATEGORY', 'firstResponseSeconds'],
    ]);
    expect(r.team.checks[1]?.message).toBe('The service team: inquiry conversion 50%, worse than the category average 55%');
    const ann = r.agents[0]!;
    expect(ann.checks.slice(4).map((c) => c.code)).toEqual(['AGENT_MEETS_CATEGORY', 'AGENT_MEETS_CATEGORY', 'AGENT_MEETS_CATEGORY']);
    expect(ann.checks[4]?.thresholds).toEqual({ direction: 'above', pass: 0.55, inclusive: true });
    expect(ann.checks[6]?.thresholds).toEqual({ direction: 'below', pass: 30, inclusive: true });
  });

  it('does not judge an agent with fewer inquiries than minInquirers, but counts it in the team', () => {
    const r = scoreAgents(
      [
        { id: 'a', inquirers: 100, inquiryBuyers: 50, firstResponseSeconds: 20 },
        { id: 'new', inquirers: 5, inquiryBuyers: 0, firstResponseSeconds: 60 },
      ],
      { locale: 'en' },
    );
    const n = r.agents[1]!;
    expect(n.judged).toBe(false);
    expect(n.status).toBe('unknown');
    expect(n.checks.map((c) => c.code)).toEqual(['AGENT_TOO_FEW_INQUIRIES', 'AGENT_TRAILS_TEAM']);
    expect(n.checks[0]?.message).toBe('Agent new had only 5 inquiries, fewer than 20: too few to judge');
    expect(n.upside).toBeNull();
    expect(r.team.inquiryConversionRate).toBe(50 / 105);
    expect(r.advice).toEqual([]);
    expect(scoreAgents([{ id: 'new', inquirers: 5, inquiryBuyers: 0 }], { thresholds: { minInquirers: 5 } }).agents[0]?.status).toBe('fail');
    // Against a category, an unjudged agent is held only on response time.
    const withCategory = scoreAgents([{ id: 'new', inquirers: 5, inquiryBuyers: 0, firstResponseSeconds: 9 }], {
      categoryAverage: { inquiryConversionRate: 0.5, firstResponseSeconds: 10 },
    });
    expect(withCategory.agents[0]?.checks.map((c) => [c.code, c.metric])).toEqual([
      ['AGENT_TOO_FEW_INQUIRIES', 'inquirers'],
      ['AGENT_MEETS_TEAM', 'firstResponseSeconds'],
      ['AGENT_MEETS_CATEGORY', 'firstResponseSeconds'],
    ]);
  });

  it('gives unknown checks for an agent without inquiries or data, and null ratios (never NaN)', () => {
    const r = scoreAgents(
      [
        { id: 'a', inquirers: 100, inquiryBuyers: 50, paidAmount: 5000, firstResponseSeconds: 20 },
        { id: 'z', inquirers: 0, inquiryBuyers: 0 },
      ],
      { locale: 'en' },
    );
    const z = r.agents[1]!;
    expect(z.inquiryConversionRate).toBeNull();
    expect(z.revenuePerInquiry).toBeNull();
    expect(z.revenuePerBuyer).toBeNull();
    expect(z.checks.map((c) => [c.code, c.status])).toEqual([
      ['AGENT_CONVERSION_UNKNOWN', 'unknown'],
      ['AGENT_COMPARISON_UNKNOWN', 'unknown'],
    ]);
    expect(z.checks[1]?.message).toBe('Agent z: first-response time is missing, cannot compare it with the average');
    const empty = scoreAgents([]);
    expect(empty.team).toMatchObject({ inquiryConversionRate: null, revenuePerInquiry: null, firstResponseSeconds: null, status: 'unknown', bestAgentId: null, upside: null });
    expect(empty.team.checks[0]?.code).toBe('TEAM_CONVERSION_UNKNOWN');
    const teamMissing = scoreAgents([{ id: 'a', inquirers: 30, inquiryBuyers: 3 }], { categoryAverage: { revenuePerInquiry: 50 }, locale: 'en' });
    expect(teamMissing.team.checks[1]?.code).toBe('TEAM_COMPARISON_UNKNOWN');
    expect(teamMissing.advice.map((a) => a.code)).toEqual(['TRAIN_INQUIRY_CONVERSION']);
    expect(teamMissing.advice[0]?.message).toContain('under 40%');
  });

  it('accepts threshold overrides and extra messages', () => {
    const r = scoreAgents([{ id: 'a', inquirers: 100, inquiryBuyers: 60 }], {
      thresholds: { inquiryConversionRate: { good: 0.6 } },
      messages: { AGENT_CONVERSION_GOOD: { 'zh-CN': '好', en: 'great' } },
      locale: 'en',
    });
    expect(r.agents[0]?.status).toBe('good');
    expect(r.agents[0]?.checks[0]?.message).toBe('great');
    expect(defaultServiceThresholds.inquiryConversionRate).toEqual({ direction: 'above', pass: 0.4, good: 0.7, inclusive: true });
  });

  it('has every message in both locales', () => {
    for (const text of Object.values(serviceMessages)) {
      expect(text['zh-CN'].length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
  });

  describe('bad input', () => {
    it.each([
      [[{ id: 'a', inquirers: -1, inquiryBuyers: 0 }], '[0].inquirers'],
      [[{ id: 'a', inquirers: Number.NaN, inquiryBuyers: 0 }], '[0].inquirers'],
      [[{ id: 'a', inquirers: 10, inquiryBuyers: 2.5 }], '[0].inquiryBuyers'],
      [[{ id: 'a', inquirers: 10, inquiryBuyers: 11 }], '[0].inquiryBuyers'],
      [[{ id: 'a', inquirers: 10, inquiryBuyers: 1, paidAmount: '1,000' }], '[0].paidAmount'],
      [[{ id: 'a', inquirers: 10, inquiryBuyers: 1, paidAmount: -5 }], '[0].paidAmount'],
      [[{ id: 'a', inquirers: 10, inquiryBuyers: 1, firstResponseSeconds: Number.NaN }], '[0].firstResponseSeconds'],
      [[{ inquirers: 10, inquiryBuyers: 1 }], '[0].id'],
      [[{ id: '', inquirers: 10, inquiryBuyers: 1 }], '[0].id'],
      [[{ id: 'a', inquirers: 10, inquiryBuyers: 1 }, { id: 'a', inquirers: 10, inquiryBuyers: 1 }], '[1].id'],
      [{ id: 'a' }, ''],
    ])('%j → INVALID_INPUT at %s', (agents, path) => {
      const e = errorOf(() => scoreAgents(agents as never));
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.path).toBe(path);
    });

    it.each([
      [{ categoryAverage: { inquiryConversionRate: '55%' } }, 'categoryAverage.inquiryConversionRate'],
      [{ categoryAverage: { inquiryConversionRate: 1.2 } }, 'categoryAverage.inquiryConversionRate'],
      [{ categoryAverage: { speed: 3 } }, 'categoryAverage.speed'],
      [{ thresholds: { inquiryConversionRate: { pass: 70, good: 80 } } }, 'thresholds.inquiryConversionRate.pass'],
      [{ thresholds: { minInquirers: -1 } }, 'thresholds.minInquirers'],
      [{ locale: 'fr' }, 'locale'],
    ])('%j → INVALID_OPTIONS at %s', (options, path) => {
      const e = errorOf(() => scoreAgents([], options as never));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.issues[0]?.path).toBe(path);
    });
  });
});
