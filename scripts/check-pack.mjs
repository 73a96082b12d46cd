#!/usr/bin/env node
// `npm pack --dry-run` content check: the published tarball holds package.json, the build
// (dist/), README.md, LICENSE and CHANGELOG.md — nothing else (no src, tests, caches, configs) —
// and each of those is there, with a build file for every entry of "exports".
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const [pack] = JSON.parse(out.slice(out.indexOf('[')));
const files = pack.files.map((f) => f.path).sort();
const allowed = (p) => p === 'package.json' || p === 'README.md' || p === 'LICENSE' || p === 'CHANGELOG.md' || /^dist\/.+\.(?:c?js|d\.c?ts)$/.test(p);
const problems = files.filter((p) => !allowed(p)).map((p) => `not allowed in the package: ${p}`);
for (const required of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
  if (!files.includes(required)) problems.push(`missing from the package: ${required}`);
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = JSON.stringify(pkg.exports).match(/\.\/dist\/[^"]+/g) ?? [];
for (const t of new Set(targets)) if (!files.includes(t.slice(2))) problems.push(`exports names ${t}, which is not in the package (run the build)`);
for (const [name, target] of Object.entries(pkg.bin ?? {})) if (!files.includes(target.replace(/^\.\//, ''))) problems.push(`bin ${name} names ${target}, which is not in the package (run the build)`);
if (problems.length > 0) {
  for (const p of problems) console.error(`pack: ${p}`);
  process.exit(1);
}
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`pack: ${files.length} files (${kB(pack.size)} packed, ${kB(pack.unpackedSize)} unpacked): package.json, README.md, LICENSE, CHANGELOG.md and dist/ only.`);
