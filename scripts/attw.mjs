#!/usr/bin/env node
// Runs @arethetypeswrong/cli on the packed package and fails on any problem, and also when
// attw found no types at all (it exits 0 then: TOOLCHAIN.md).
import { execFileSync } from 'node:child_process';

let out;
try {
  out = execFileSync('npx', ['--no-install', 'attw', '--pack', '.', '--format', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
} catch (error) {
  out = error.stdout ?? '';
}
const start = out.indexOf('{');
if (start < 0) {
  console.error('attw printed no JSON:\n' + out);
  process.exit(1);
}
const report = JSON.parse(out.slice(start));
const analysis = report.analysis ?? report;
const problems = report.problems ?? analysis.problems ?? [];
const entrypoints = Object.entries(analysis.entrypoints ?? {});
const untyped = [];
for (const [name, ep] of entrypoints) {
  if (name === './package.json') continue;
  for (const [mode, res] of Object.entries(ep.resolutions ?? {})) {
    if (!res.resolution?.isTypeScript && !res.resolution?.fileName?.match(/\.d\.c?ts$/)) untyped.push(`${name} (${mode})`);
  }
}
if (entrypoints.length === 0) {
  console.error('attw found no entry points.');
  process.exit(1);
}
const list = Array.isArray(problems) ? problems : Object.values(problems).flat();
if (list.length > 0 || untyped.length > 0) {
  for (const p of list) console.error(`attw: ${p.kind} ${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}`);
  for (const u of untyped) console.error(`attw: no types for ${u}`);
  process.exit(1);
}
console.log(`attw: ${entrypoints.length} entry points typed under every resolution, no problems.`);
