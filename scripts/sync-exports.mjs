#!/usr/bin/env node
// Keeps package.json "exports" and "typesVersions" in step with the module folders of src/.
// `node scripts/sync-exports.mjs` rewrites package.json; `--check` fails when it is out of date.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';

const check = process.argv.includes('--check');
const pkgText = readFileSync('package.json', 'utf8');
const pkg = JSON.parse(pkgText);
const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name)
  .sort();

const entry = (base) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
});
const exportsMap = { '.': entry('index') };
for (const m of modules) exportsMap[`./${m}`] = entry(`${m}/index`);
exportsMap['./package.json'] = './package.json';

const typesVersions = { '*': Object.fromEntries(modules.map((m) => [m, [`./dist/${m}/index.d.cts`]])) };

const next = {
  ...pkg,
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  exports: exportsMap,
  typesVersions,
};
const nextText = `${JSON.stringify(next, null, 2)}\n`;
if (check) {
  if (nextText !== pkgText) {
    console.error('package.json exports are out of date: run `npm run sync-exports`.');
    process.exit(1);
  }
} else {
  writeFileSync('package.json', nextText);
  console.log(`exports: . ${modules.map((m) => `./${m}`).join(' ')}`);
}
