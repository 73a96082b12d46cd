import { readdirSync, existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per module folder (src/<module>/index.ts) plus the root, so that a consumer who
// imports one function pays only for that module (TOOLCHAIN.md: tree-shaking pitfall).
const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name);

export default defineConfig({
  entry: Object.fromEntries([
    ['index', 'src/index.ts'],
    ...modules.map((m) => [`${m}/index`, `src/${m}/index.ts`]),
  ]),
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  // csv-parse: its Node build in Node, its browser build (own Buffer shim, ~5x slower) in browsers,
  // chosen by the package.json "imports" conditions where the package is used.
  external: ['#csv-parse-sync'],
});
