#!/usr/bin/env node
// Runs the whole unit suite under several time zones. Every test asserts fixed values, so a
// suite that passes in each zone gives identical results in each (DESIGN.md: dates have no TZ).
import { spawnSync } from 'node:child_process';

const zones = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
for (const tz of zones) {
  console.log(`\n— vitest under TZ=${tz}`);
  const r = spawnSync('npx', ['--no-install', 'vitest', 'run', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    console.error(`tests failed under TZ=${tz}`);
    process.exit(r.status ?? 1);
  }
}
