// Node's half of the browser test: runs the scenario over the ESM build in plain Node, and
// works out the import map a browser needs for the build's bare imports (zod/mini and decimal.js;
// for storeops/files SheetJS, fflate and csv-parse) with Node's own ESM resolution, taking the
// browser builds where a package has one. Prints JSON: { result, importMap, bareImports }.
// argv[2]: a workbook file handed to the scenario (storeops/files reads it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
// The bin (dist/cli) is Node's, not a browser's: its node: and CLI imports are not mapped.
for (const file of listJs(dist).filter((f) => !f.startsWith(join(dist, 'cli')))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'.\/][^"']*)["']/g)) bare.add(m[1]);
}

// What a browser resolves (the "browser" / non-"node" conditions), where Node would pick another build.
const BROWSER_BUILDS = { '#csv-parse-sync': 'csv-parse/browser/esm/sync', fflate: 'fflate/esm/browser.js' };
const imports = {};
for (const spec of [...bare].sort()) {
  const target = BROWSER_BUILDS[spec];
  if (spec.startsWith('node:')) continue;
  const url =
    target === 'fflate/esm/browser.js'
      ? pathToFileURL(join(root, 'node_modules', 'fflate', 'esm', 'browser.js')).href
      : import.meta.resolve(target ?? spec, pathToFileURL(join(dist, 'index.js')).href);
  imports[spec] = `/${relative(root, fileURLToPath(url)).split('\\').join('/')}`;
}

const api = await import(pathToFileURL(join(dist, 'index.js')).href);
const { run } = await import(pathToFileURL(join(root, 'test', 'browser', 'scenario.js')).href);
const filesPath = join(dist, 'files', 'index.js');
const extra = existsSync(filesPath) && process.argv[2] !== undefined ? { files: await import(pathToFileURL(filesPath).href), workbook: new Uint8Array(readFileSync(process.argv[2])) } : {};
// The subpaths the root does not re-export: the brief (it composes every module) and core's
// helpers for renderers and plugin authors (addDays).
for (const name of ['brief', 'core']) {
  const path = join(dist, name, 'index.js');
  if (existsSync(path)) extra[name] = await import(pathToFileURL(path).href);
}
const result = await run(api, extra);
process.stdout.write(JSON.stringify({ result, importMap: { imports }, bareImports: [...bare].sort() }));
