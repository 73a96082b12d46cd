#!/usr/bin/env node
// After the build: the package loads by name from ESM and from CommonJS, every subpath, and
// the built code gives the documented answer. Uses Node's package self-reference (exports).
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
let failures = 0;
for (const sub of subpaths) {
  const name = sub === '.' ? 'storeops' : `storeops/${sub.slice(2)}`;
  const esm = await import(name);
  const cjs = require(name);
  const esmKeys = Object.keys(esm).filter((k) => k !== 'default').sort();
  const cjsKeys = Object.keys(cjs).sort();
  if (esmKeys.length === 0 || esmKeys.join() !== cjsKeys.join()) {
    console.error(`${name}: ESM and CJS exports differ or are empty`);
    failures++;
  }
}
const { assessPageHealth } = require('storeops/page-health');
const esmHealth = (await import('storeops/page-health')).assessPageHealth;
for (const fn of [assessPageHealth, esmHealth]) {
  if (fn({ bounceRate: 0.7, pagesPerVisitor: 3 }).status !== 'fail') {
    console.error('built assessPageHealth does not fail bounce 0.70');
    failures++;
  }
}
const nodeImports = [];
for (const file of readdirSync('dist', { recursive: true })) {
  // dist/cli is the `storeops` bin: Node only, the one place allowed Node built-ins.
  if (!/\.(c?js)$/.test(String(file)) || String(file).startsWith('cli/')) continue;
  if (/from ['"]node:|require\(['"]node:/.test(readFileSync(`dist/${file}`, 'utf8'))) nodeImports.push(file);
}
if (nodeImports.length > 0) {
  console.error(`node: imports in the build (it must run in browsers): ${nodeImports.join(', ')}`);
  failures++;
}
// The bin named by package.json "bin" runs and reports the package's version.
for (const [name, target] of Object.entries(pkg.bin ?? {})) {
  const out = spawnSync(process.execPath, [target, '--version'], { encoding: 'utf8' });
  if (out.status !== 0 || out.stdout.trim() !== pkg.version) {
    console.error(`bin ${name} (${target}) does not run: ${out.stderr || out.stdout}`);
    failures++;
  }
  if (!readFileSync(target, 'utf8').startsWith('#!/usr/bin/env node')) {
    console.error(`bin ${name} (${target}) has no #!/usr/bin/env node line`);
    failures++;
  }
}
if (failures > 0) process.exit(1);
console.log(`smoke: ${subpaths.length} entry points load from ESM and CommonJS with the same exports; no node: imports outside the bin; the bin runs.`);
