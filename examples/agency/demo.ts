// `npm run demo:agency`: an agency's morning. Generates a folder of 20 stores' downloads in the
// layouts 生意参谋 and 万相台 really use (examples/agency/generate.ts), then runs the command an
// agency runs every morning over it, as a user would after `npm install storeops`:
//   storeops brief <dir> --out <dir>/_briefs
// and prints the index (the league table, worst first). The briefs are left in the folder.
//   npm run demo:agency -- [--locale en] [--dir /tmp/agency] [--stores 20]
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program.js';
import { processIo } from '../../src/cli/io.js';
import { generateAgency } from './generate.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dir = arg('dir') ?? mkdtempSync(join(tmpdir(), 'storeops-agency-'));
const locale = arg('locale') ?? 'zh-CN';
const { stores } = generateAgency(dir, { stores: Number(arg('stores') ?? 20), days: 90 });
console.log(`$ storeops brief ${dir} --locale ${locale}   (${stores.length} stores × 90 days of downloads)\n`);
const code = await runCli(['brief', dir, '--locale', locale, '--quiet'], processIo());
console.log(readFileSync(join(dir, '_briefs', 'index.md'), 'utf8'));
console.log(`briefs: ${join(dir, '_briefs')} (one per store, index.md, index.json, league.csv) — exit code ${code}`);
process.exitCode = code;
