#!/usr/bin/env node
// Runs the date- and time-sensitive suites again under other time zones (the whole suite has
// already run under TZ=UTC with coverage). Every test asserts fixed values, so a suite that
// passes in each zone gives identical results in each (DESIGN.md: dates have no time zone).
//
// Which suites: found, not listed. A module is date-sensitive when one of its source files
// imports the calendar helpers (`core/dates`) or date-fns; its tests (`test/<module>/`,
// `test/property/<module>.test.ts`) run in every zone, as do the calendar helpers' own tests,
// the examples (they build plans and briefs from dated files) and the command line. A new module
// that reads dates is covered without editing this file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const zones = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const DATE_IMPORT = /from\s+['"](?:\.\.?\/)+(?:core\/)?dates(?:\.js)?['"]|from\s+['"]date-fns(?:\/[\w-]+)?['"]/;

function readsDates(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() ? readsDates(path) : entry.name.endsWith('.ts') && DATE_IMPORT.test(readFileSync(path, 'utf8'))) return true;
  }
  return false;
}

const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'core' && readsDates(join('src', d.name)))
  .map((d) => d.name);
const suites = [
  'test/core/dates',
  'test/examples',
  ...modules.flatMap((m) => [`test/${m}/`, `test/property/${m}.test.ts`]),
].filter((p) => existsSync(p.replace(/\/$/, '')) || existsSync(`${p}.test.ts`));

console.log(`date-sensitive suites (${modules.join(', ')}): ${suites.join(' ')}`);
if (process.argv.includes("--list")) process.exit(0);
for (const tz of zones) {
  console.log(`\n— vitest under TZ=${tz}`);
  const r = spawnSync('npx', ['--no-install', 'vitest', 'run', ...suites, '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    console.error(`tests failed under TZ=${tz}`);
    process.exit(r.status ?? 1);
  }
}
