#!/usr/bin/env node
// What one import pulls into a browser bundle, by source file (minified bytes, largest first),
// and the bundle's minified and gzip size: the tool behind the size work of issue 12.
//   node scripts/bundle-contents.mjs src/page-health/index.ts assessPageHealth
//   node scripts/bundle-contents.mjs dist/dsr/index.js compareDsr     (as size-limit sees it: tsup's chunks)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const [, , entry, names] = process.argv;
if (entry === undefined || names === undefined) {
  console.error('usage: node scripts/bundle-contents.mjs <entry file> <export[, export…]>');
  process.exit(2);
}
const r = await build({
  stdin: { contents: `export { ${names} } from '${process.cwd()}/${entry}';`, resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  write: false,
  metafile: true,
  format: 'esm',
  platform: 'browser',
  logLevel: 'silent',
});
const output = r.outputFiles[0].contents;
const inputs = Object.values(r.metafile.outputs)[0].inputs;
const rows = Object.entries(inputs)
  .map(([file, v]) => [file.replace(/.*node_modules\//, 'node_modules/'), v.bytesInOutput])
  .filter(([, bytes]) => bytes > 0)
  .sort((a, b) => b[1] - a[1]);
console.log(`${entry} { ${names} }: ${output.length} B minified, ${gzipSync(output).length} B gzip`);
for (const [file, bytes] of rows) console.log(String(bytes).padStart(8), file);
