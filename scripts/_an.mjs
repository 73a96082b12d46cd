import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const [, , entry, names] = process.argv;
const r = await build({ stdin: { contents: `export { ${names} } from '${process.cwd()}/${entry}';`, resolveDir: process.cwd() }, bundle: true, minify: true, write: false, metafile: true, format: 'esm', platform: 'browser' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [k.replace(/.*node_modules\//, 'nm/'), v.bytesInOutput]).sort((a, b) => b[1] - a[1]);
console.log('total min', r.outputFiles[0].contents.length, 'gz', gzipSync(r.outputFiles[0].contents).length);
for (const [k, v] of rows.slice(0, 25)) console.log(String(v).padStart(7), k);
