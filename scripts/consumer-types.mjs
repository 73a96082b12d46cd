#!/usr/bin/env node
// Type-checks small consumer projects against the packed tarball (not against src), in every
// module-resolution mode a user may have: NodeNext ESM and CJS, Node16, Bundler and CommonJS
// node10, each with `skipLibCheck: false`. Each consumer also proves that a `Decimal` is not
// `any` (a deliberate `@ts-expect-error` that fails the check if the type decays to `any`, as it
// did under NodeNext with skipLibCheck when the .d.ts default-imported decimal.js).
// Run after the build: `npm run test:types`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'storeops-consumers-'));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

// The consumer code: the root and a subpath, types in and out.
const consumer = `import { toDecimal, formatMoney, StoreOpsError, type Decimal } from 'storeops';
import { allocate } from 'storeops/goals';
import { assessPageHealth } from 'storeops/page-health';

const amount = toDecimal('10.00');
const parts = allocate(amount, [3, 1, 1]);
const first: Decimal | undefined = parts[0];
const shown: string = formatMoney(amount);
const status: 'good' | 'pass' | 'fail' | 'unknown' = assessPageHealth({ bounceRate: 0.5, pagesPerVisitor: 3 }).status;
const isError = (e: unknown): boolean => e instanceof StoreOpsError;

// A Decimal is a Decimal, not \`any\`: each line below must be a type error.
// @ts-expect-error a Decimal is not a number
const asNumber: number = amount;
// @ts-expect-error allocate returns Decimal[], not string[]
const asStrings: string[] = parts;
// @ts-expect-error Decimal has no method 'notAMethod'
amount.notAMethod();

export { first, shown, status, isError, asNumber, asStrings };
`;

const base = { strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['es2022', 'dom'], target: 'es2022' };
const cases = [
  { name: 'nodenext-esm', type: 'module', options: { module: 'nodenext', moduleResolution: 'nodenext' } },
  { name: 'nodenext-cjs', type: 'commonjs', options: { module: 'nodenext', moduleResolution: 'nodenext' } },
  { name: 'node16-esm', type: 'module', options: { module: 'node16', moduleResolution: 'node16' } },
  { name: 'bundler', type: 'module', options: { module: 'esnext', moduleResolution: 'bundler' } },
  { name: 'node10-cjs', type: 'commonjs', options: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' } },
];

let failed = 0;
try {
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [{ filename }] = JSON.parse(out.slice(out.indexOf('[')));
  // One installed copy of the tarball, shared by the consumers; its dependencies are linked from
  // this repository's node_modules (no network), as npm would install them.
  const modules = join(work, 'node_modules');
  mkdirSync(join(modules, 'storeops'), { recursive: true });
  execFileSync('tar', ['-xzf', join(work, filename), '-C', join(modules, 'storeops'), '--strip-components=1']);
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    const target = join(modules, ...dep.split('/'));
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', ...dep.split('/')), target, 'dir');
  }
  for (const c of cases) {
    const dir = join(work, c.name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${c.name}`, private: true, type: c.type }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, ...c.options }, files: ['consumer.ts'] }, null, 2));
    writeFileSync(join(dir, 'consumer.ts'), consumer);
    try {
      execFileSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(`consumer types: ${c.name} ok`);
    } catch (e) {
      failed++;
      console.error(`consumer types: ${c.name} FAILED\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed > 0) process.exit(1);
