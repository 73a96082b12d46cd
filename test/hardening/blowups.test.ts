// Issue 16, classes 2, 3, 9, 10, 11: inputs that hung or took gigabytes are run in a child
// process with a time and memory limit (test/hardening/fixtures/blowups.ts); each must end at
// once, with a StoreOpsError that names the limit, or with a result.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./fixtures/blowups.ts', import.meta.url));

interface Outcome {
  name: string;
  ms: number;
  ok: boolean;
  error?: string;
  code?: string;
  path?: string;
  issues?: number;
  messageLength?: number;
  message?: string;
}

describe('hangs and blow-ups end at once, in a child process limited to 20 s and 256 MB', () => {
  const run = spawnSync(process.execPath, ['--max-old-space-size=256', '--import', 'tsx', script], { encoding: 'utf8', timeout: 20_000 });
  const outcomes = new Map<string, Outcome>(
    run.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Outcome)
      .map((o) => [o.name, o]),
  );
  const outcome = (name: string): Outcome => {
    const o = outcomes.get(name);
    expect(o, `${name}: no outcome (it hung or ran out of memory; stderr: ${run.stderr.slice(0, 500)})`).toBeDefined();
    expect(o!.ms, `${name} took ${o!.ms} ms`).toBeLessThan(2000);
    return o!;
  };
  const refused = (name: string, code: string, path: string, limit: RegExp) => {
    const o = outcome(name);
    expect([o.error, o.code, o.path]).toEqual(['StoreOpsError', code, path]);
    expect(o.message).toMatch(limit);
  };

  it('the child finished', () => {
    expect(run.error).toBeUndefined();
    expect(run.status).toBe(0);
  });

  it('attributeChange: tiny units and huge factors are refused by the limits (they looped 7×10⁸ turns or for ever)', () => {
    refused('attributeChange unit 1e-45', 'INVALID_OPTIONS', 'unit', /MAX_MONEY_DECIMALS = 17/);
    refused('attributeChange unit 1e-60', 'INVALID_OPTIONS', 'unit', /MAX_MONEY_DECIMALS = 17/);
    refused('attributeChange factors 3e20', 'INVALID_INPUT', 'base.a', /MAX_MONEY_INTEGER_DIGITS = 16/);
    refused('attributeChange at the product limit', 'INVALID_INPUT', 'base', /MAX_PRODUCT_UNITS_DIGITS = 30/);
    expect(outcome('attributeChange widest in range').ok).toBe(true);
  });

  it('dailyBrief with a plan target of 1e60 returns (refused at its path); 9e15 is judged', () => {
    refused('dailyBrief plan target 1e60', 'INVALID_INPUT', 'plan[0].target', /MAX_MONEY_INTEGER_DIGITS/);
    expect(outcome('dailyBrief plan target 9e15').ok).toBe(true);
  });

  it('planTargets: events are counted before they are walked; a day multiplier is bounded (no Infinity weight)', () => {
    refused('planTargets 100,000 events on a day', 'INVALID_INPUT', 'events', /MAX_PLAN_EVENTS = 10000/);
    expect(outcome('planTargets 10,000 events on a day').ok).toBe(true);
    refused('planTargets ×1e308 event', 'INVALID_INPUT', 'events[0].multiplier', /MAX_DAY_MULTIPLIER = 1000000/);
  });

  it('allocate and definePlugin check lengths before walking; issues are capped per error', () => {
    refused('allocate 1,000,000 nulls', 'INVALID_INPUT', 'weights', /MAX_ALLOCATE_PARTS = 100000/);
    refused('allocate new Array(1e8)', 'INVALID_INPUT', 'weights', /MAX_ALLOCATE_PARTS/);
    const capped = outcome('allocate 100,000 nulls');
    expect([capped.code, capped.path, capped.issues]).toEqual(['INVALID_INPUT', 'weights[0]', 101]);
    refused('definePlugin rules new Array(1e8)', 'INVALID_PLUGIN', 'rules', /MAX_PLUGIN_ARRAY_LENGTH = 1000/);
  });

  it('money: a million digits or 40 significant digits are refused, not rounded; messages stay small', () => {
    refused('money with a million digits', 'INVALID_INPUT', '[0]', /MAX_MONEY_DIGITS = 40/);
    refused('money of 40 significant digits', 'INVALID_INPUT', '[0]', /MAX_MONEY_INTEGER_DIGITS/);
    const big = outcome('error for 10n ** 1000000n');
    expect([big.code, big.path]).toEqual(['INVALID_INPUT', 'price']);
    expect(big.messageLength).toBeLessThan(300); // was a 1 MB message
    expect(big.message).toMatch(/bigint of about 100000[0-9] digits/); // 10^1000000 has 1,000,001
  });
});
