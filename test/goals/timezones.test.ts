import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenario } from './fixtures/tz-scenario.js';

const script = fileURLToPath(new URL('./fixtures/tz-scenario.ts', import.meta.url));
const runIn = (tz: string) => execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });

describe('goals results do not depend on the time zone', () => {
  it('gives identical plans, progress, drivers and attribution under Asia/Shanghai and America/Los_Angeles', () => {
    const shanghai = runIn('Asia/Shanghai');
    const losAngeles = runIn('America/Los_Angeles');
    expect(shanghai.length).toBeGreaterThan(10_000);
    expect(losAngeles).toBe(shanghai);
    expect(scenario()).toBe(shanghai); // and in this process, whatever its TZ
    const parsed = JSON.parse(shanghai) as { plan: { days: { date: string; weekday: number }[] } };
    // 2026-04-01 is a Wednesday in every zone.
    expect(parsed.plan.days[0]).toMatchObject({ date: '2026-04-01', weekday: 3 });
  }, 60_000);
});
