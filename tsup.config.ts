import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// One entry per module folder (src/<module>/index.ts) plus the root, so that a consumer who
// imports one function pays only for that module (TOOLCHAIN.md: tree-shaking pitfall).
// src/cli has no index.ts: it is the `storeops` bin, not a module.
const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name);

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const library: Options = {
  entry: Object.fromEntries([
    ['index', 'src/index.ts'],
    ...modules.map((m) => [`${m}/index`, `src/${m}/index.ts`]),
  ]),
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  splitting: true,
  treeshake: true,
  sourcemap: false,
  // Both configs build at once: the library's clean leaves the bin's folder alone.
  clean: ['!cli/**'],
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  // csv-parse: its Node build in Node, its browser build (own Buffer shim, ~5x slower) in browsers,
  // chosen by the package.json "imports" conditions where the package is used.
  external: ['#csv-parse-sync'],
};

// The bin (Node only): its imports of the modules (`../<module>/index.js`) stay imports of the
// built modules next to it (dist/<module>/index.js), so it runs the very code the package exports.
const bin: Options = {
  entry: { 'cli/storeops': 'src/cli/bin.ts' },
  format: ['esm'],
  dts: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
  define: { __STOREOPS_VERSION__: JSON.stringify(pkg.version) },
  esbuildPlugins: [
    {
      name: 'storeops-modules-external',
      setup(build) {
        build.onResolve({ filter: /^\.\.\/[\w-]+\/index\.js$/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
};

export default defineConfig([library, bin]);
