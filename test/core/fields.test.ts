// The hand field checks (src/core/fields.ts) give the issues the zod schemas they replace give:
// assessPageHealth's input against its exported zod schema, computeDsr's options against the zod
// schema it used before (written out here as the reference). Same paths, same messages, for any
// value of any field.
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { computeDsr } from 'storeops/dsr';
import { assessPageHealth, pageHealthInputSchema } from 'storeops/page-health';
import { isoDateSchema, parseInput, StoreOpsError } from '../../src/core/internal.js';
import { errorOf } from '../helpers.js';

/** The issues of a call as `path: message`, or `null` when it does not throw a StoreOpsError. */
function issuesOf(fn: () => unknown): string[] | null {
  try {
    fn();
    return null;
  } catch (e) {
    if (!(e instanceof StoreOpsError)) throw e;
    return e.issues.map((i) => `${i.path}: ${i.message}`);
  }
}

const anyValue = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 5 }),
  fc.integer({ min: 0, max: 2_000_000 }),
  fc.constantFrom(0, -0, 1, 1.5, 2 ** 53, 2 ** 60, 3660, 3661, Number.NaN, Number.POSITIVE_INFINITY, -1e-9, 1e308),
  fc.constantFrom('12.34', '-1', '0.001', 'abc', '', ' 5 ', '2026-05-31', '2026-02-30', '3.2%'),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([1]),
  fc.constant({}),
);

const pageFields = ['bounceRate', 'pagesPerVisitor', 'storeAov', 'heroAov', 'returningVisitorShare', 'pageviews', 'visitors', 'sessions', 'bounces', 'returningVisitors'] as const;
const pageInput = fc.record(Object.fromEntries(pageFields.map((f) => [f, anyValue])) as Record<(typeof pageFields)[number], fc.Arbitrary<unknown>>, { requiredKeys: [] });

// What assessPageHealth asks for beyond the field checks (domain reference §3: a rate, or the counts it comes from).
const REQUIRED = ['bounceRate: required: give bounceRate, or bounces and sessions', 'pagesPerVisitor: required: give pagesPerVisitor, or pageviews and visitors'];

const RELATIONS = ['bounces: bounces must not exceed sessions', 'returningVisitors: returningVisitors must not exceed visitors'];

describe('hand field checks give the zod schemas’ issues', () => {
  it('assessPageHealth: the same issues as pageHealthInputSchema for any field values', () => {
    fc.assert(
      fc.property(pageInput, (input) => {
        const zod = issuesOf(() => parseInput(pageHealthInputSchema, input));
        const hand = issuesOf(() => assessPageHealth(input as never));
        if (zod === null) {
          if (hand !== null) expect(hand.every((i) => REQUIRED.includes(i))).toBe(true);
          return;
        }
        // The count relations (bounces ≤ sessions, returning ≤ visitors) are checked once every
        // field is valid; zod also checks them beside a range error, not beside a type error.
        const fieldIssues = (issues: string[]) => issues.filter((i) => !RELATIONS.includes(i));
        expect(hand).not.toBeNull();
        expect(fieldIssues(hand as string[])).toEqual(fieldIssues(zod));
        if (fieldIssues(zod).length === 0) expect(hand).toEqual(zod);
      }),
      { numRuns: 2000 },
    );
  });

  it('assessPageHealth: a value that is not an object, and both count relations at once', () => {
    for (const v of [null, undefined, 5, 'x', [1]]) expect(issuesOf(() => assessPageHealth(v as never))).toEqual(issuesOf(() => parseInput(pageHealthInputSchema, v)));
    const both = { bounces: 5, sessions: 4, returningVisitors: 9, visitors: 8, bounceRate: 0.5, pagesPerVisitor: 3 };
    expect(issuesOf(() => assessPageHealth(both))).toEqual(['bounces: bounces must not exceed sessions', 'returningVisitors: returningVisitors must not exceed visitors']);
    expect(issuesOf(() => parseInput(pageHealthInputSchema, both))).toEqual(issuesOf(() => assessPageHealth(both)));
  });

  it('a field whose getter throws is refused as unreadable, at its path', () => {
    const input = { pagesPerVisitor: 3, get bounceRate(): number { throw new Error('boom'); } };
    const e = errorOf(() => assessPageHealth(input));
    expect([e.code, e.issues[0]?.path, e.issues[0]?.message]).toEqual(['INVALID_INPUT', 'bounceRate', 'could not be read (a getter or proxy threw)']);
  });

  const dsrReference = z.object({
    asOf: isoDateSchema,
    timeZone: z.optional(z.string()),
    windowDays: z.optional(z.int().check(z.gte(1), z.lte(3660))),
    maxPerBuyerPerMonth: z.optional(z.int().check(z.gte(1))),
    explain: z.optional(z.boolean()),
  });
  // timeZone is read before the other options (with a Date asOf, core/dateInput.ts), so it is left out here.
  const dsrOptions = fc.record({ asOf: anyValue, windowDays: anyValue, maxPerBuyerPerMonth: anyValue, explain: anyValue }, { requiredKeys: [] });

  it('computeDsr: the same option issues as the zod schema it replaced', () => {
    fc.assert(
      fc.property(dsrOptions, (options) => {
        const zod = issuesOf(() => parseInput(dsrReference, options, { code: 'INVALID_OPTIONS' }));
        const hand = issuesOf(() => computeDsr([], options as never));
        expect(hand).toEqual(zod);
      }),
      { numRuns: 2000 },
    );
  });

  it('computeDsr: a time zone is a string, and a day written out stays that day under it', () => {
    expect(computeDsr([], { asOf: '2026-05-31', timeZone: 'Asia/Shanghai' }).window.end).toBe('2026-05-31');
    expect(errorOf(() => computeDsr([], { asOf: '2026-05-31', timeZone: 5 } as never)).issues[0]?.path).toBe('timeZone');
  });

  it('computeDsr: options that are not an object are refused as INVALID_OPTIONS', () => {
    for (const v of [null, 5, 'x', [1]]) {
      const e = errorOf(() => computeDsr([], v as never));
      expect(e.code).toBe('INVALID_OPTIONS');
      expect(e.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(issuesOf(() => parseInput(dsrReference, v, { code: 'INVALID_OPTIONS' })));
    }
  });
});
