// The `storeops` command line: brief, rollup, plan, check. `runCli` takes the arguments and the
// streams, so tests run it in-process; the bin (bin.ts) passes the process's own.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isStoreOpsError, isIsoDate, type Locale } from '../core/index.js';
import { briefCommand } from './brief.js';
import { checkCommand } from './check.js';
import type { CliIo } from './io.js';
import { planCommand } from './plan.js';
import { ROLLUP_PARTS, rollupCommand, type RollupPart } from './rollup.js';

/** The package version, set by the build (the bin reads it from package.json). */
declare const __STOREOPS_VERSION__: string | undefined;

function isoDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a day written YYYY-MM-DD');
  return value;
}

function byParts(value: string): RollupPart[] {
  const parts = value.split(',').map((p) => p.trim());
  for (const p of parts) if (!(ROLLUP_PARTS as readonly string[]).includes(p)) throw new InvalidArgumentError(`unknown key part ${JSON.stringify(p)}: use ${ROLLUP_PARTS.join(', ')}`);
  if (new Set(parts).size !== parts.length) throw new InvalidArgumentError('a key part is given twice');
  return parts as RollupPart[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Runs the CLI with `argv` (the arguments after the program name); resolves to the exit code. @internal */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = new Command('storeops')
    .description('Morning briefs, rollups, plans and checks over a folder of stores’ 生意参谋 / 万相台 downloads.')
    .version(typeof __STOREOPS_VERSION__ === 'string' ? __STOREOPS_VERSION__ : '0.0.0-dev')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError();
  const locale = () => new Option('--locale <locale>', 'language of the output').choices(['zh-CN', 'en']).default('zh-CN');
  const quiet = () => new Option('-q, --quiet', 'no progress, no summary: only the files and the exit code');
  const json = () => new Option('--json', 'machine-readable JSON on stdout (implies no progress)');

  program
    .command('brief')
    .description('one brief per store folder, and an index with the league table of all stores (worst first)')
    .argument('<dir>', 'a folder with one sub-folder per store')
    .option('--date <date>', 'the day to judge (default: each store’s latest day)', isoDate)
    .addOption(locale())
    .addOption(new Option('--format <format>', 'format of the briefs and the index').choices(['md', 'text', 'json', 'html']).default('md'))
    .option('--out <dir>', 'where to write the briefs (default <dir>/_briefs)')
    .option('--plugin <file>', 'a plugin module (default export), repeatable', collect)
    .option('--strict', 'skip a store (and exit 1) when any of its files has a bad cell')
    .addOption(quiet())
    .addOption(json())
    .action(async (dir: string, o: { date?: string; locale: Locale; format: 'md' | 'text' | 'json' | 'html'; out?: string; plugin?: string[]; strict?: boolean; quiet?: boolean; json?: boolean }) => {
      code = await briefCommand(dir, o, io);
    });

  program
    .command('rollup')
    .description('funnels per group (every metric of funnelMetrics) as CSV, xlsx or JSON')
    .argument('<dir>', 'a folder with one sub-folder per store')
    .requiredOption('--by <parts>', `key parts, e.g. store,month | store,week | store,source,day (from ${ROLLUP_PARTS.join(', ')})`, byParts)
    .option('--out <file>', 'a .csv, .xlsx or .json file (default: CSV on stdout)')
    .addOption(locale())
    .addOption(quiet())
    .addOption(json())
    .action(async (dir: string, o: { by: RollupPart[]; out?: string; locale: Locale; quiet?: boolean; json?: boolean }) => {
      code = await rollupCommand(dir, o, io);
    });

  program
    .command('plan')
    .description('a target split into days, weeks, months and quarters, adding up to the fen')
    .requiredOption('--total <yuan>', 'the target of the whole range, in yuan')
    .requiredOption('--start <date>', 'first day', isoDate)
    .requiredOption('--end <date>', 'last day', isoDate)
    .option('--weights <file>', 'last year’s store export: its monthly sales weigh the months (同比)')
    .option('--weekday-weights <w>', 'seven weights, Monday first, e.g. 1,1,1,1,1,1.3,1.3')
    .option('--event <date:multiplier[:name]>', 'a day that sells differently, e.g. 2026-11-11:3:双11; repeatable', collect)
    .option('--unit <yuan>', 'the whole unit of every target (default 0.01)')
    .option('--out <file>', 'a .csv, .xlsx or .json file (default: CSV on stdout)')
    .addOption(json())
    .action(async (o: { total: string; start: string; end: string; weights?: string; weekdayWeights?: string; event?: string[]; unit?: string; out?: string; json?: boolean }) => {
      code = await planCommand(o, io);
    });

  program
    .command('check')
    .description('read every file and name every bad file, row and cell, unknown column and unplaced source; exit 1 on errors')
    .argument('<dir>', 'a folder with one sub-folder per store')
    .addOption(locale())
    .option('--strict', 'exit 1 on warnings too')
    .addOption(quiet())
    .addOption(json())
    .action(async (dir: string, o: { locale: Locale; strict?: boolean; quiet?: boolean; json?: boolean }) => {
      code = await checkCommand(dir, o, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const e = error as { code?: unknown; message?: unknown };
    if (e.code === 'USAGE') {
      io.stderr.write(`storeops: ${String(e.message)}\n`);
      return 2;
    }
    if (isStoreOpsError(error)) {
      io.stderr.write(`storeops: ${error.message}\n`);
      return 2;
    }
    if (typeof e.code === 'string' && e.code.startsWith('E')) {
      // A file-system error (ENOENT, EACCES): say which path.
      io.stderr.write(`storeops: ${String(e.message)}\n`);
      return 2;
    }
    throw error;
  }
}
