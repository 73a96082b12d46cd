// Node's half of the browser test: runs the scenario over the ESM build in plain Node, and
// works out the import map a browser needs for the build's bare imports (zod/mini and decimal.js)
// with Node's own ESM resolution. Prints JSON: { result, importMap, bareImports }.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const dist = join(root, 'dist');

function listJs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listJs(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : [],
  );
}

const bare = new Set();
for (const file of listJs(dist)) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'.\/][^"']*)["']/g)) bare.add(m[1]);
}

const imports = {};
for (const spec of [...bare].sort()) {
  const url = import.meta.resolve(spec, pathToFileURL(join(dist, 'index.js')).href);
  imports[spec] = `/${relative(root, fileURLToPath(url)).split('\\').join('/')}`;
}

const api = await import(pathToFileURL(join(dist, 'index.js')).href);
const { run } = await import(pathToFileURL(join(root, 'test', 'browser', 'scenario.js')).href);
const result = await run(api);
process.stdout.write(JSON.stringify({ result, importMap: { imports }, bareImports: [...bare].sort() }));
