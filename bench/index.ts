// `npm run bench`: runs every bench/*.bench.ts in turn. Each file exports a default async
// function that measures its case and prints results as ratios against a baseline measured in
// the same run (absolute times depend on the machine; ratios travel).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (only === undefined || f.includes(only)))
  .sort();
for (const file of files) {
  console.log(`\n## ${file}`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> | void };
  await mod.default();
}
