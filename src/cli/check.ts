// `storeops check <dir>`: reads everything and names every bad file, row and cell, unknown
// columns and unplaced source names; exit code 1 on any error (for CI).
import type { Locale } from '../core/index.js';
import { listStores, readStoreFolder } from './folder.js';
import type { CliIo } from './io.js';
import { progressOn } from './progress.js';

/** Options of the check command. */
export interface CheckCommandOptions {
  locale: Locale;
  strict?: boolean;
  quiet?: boolean;
  json?: boolean;
}

/** One thing `check` found. */
export interface CheckFinding {
  level: 'error' | 'warning';
  store: string;
  file: string;
  /** The line of the file (the sheet row as Excel numbers it). */
  row: number | null;
  column: string | null;
  /** The cell's address (`D7`), when the error names a column. */
  cell?: string;
  code: string;
  message: string;
}

/** Runs `storeops check`; returns 1 when there is any error (or, with `--strict`, any warning). @internal */
export async function checkCommand(dir: string, options: CheckCommandOptions, io: CliIo): Promise<number> {
  const ids = await listStores(dir);
  const progress = progressOn(io.stderr, options.quiet === true || options.json === true);
  const found: CheckFinding[] = [];
  let fileCount = 0;
  progress.start(ids.length, 'check');
  for (const [i, id] of ids.entries()) {
    const folder = await readStoreFolder(dir, id);
    fileCount += folder.reads.length + folder.problems.length;
    for (const p of folder.problems) found.push({ level: 'error', store: id, file: p.file, row: null, column: null, code: p.code, message: p.message });
    for (const f of folder.ignored) found.push({ level: 'warning', store: id, file: f, row: null, column: null, code: 'NOT_READ', message: 'not a download storeops reads (.xls, .xlsx, .csv, .html) nor a setting' });
    // Unknown columns and unplaced sources repeat in every daily file: one line per store and name.
    const unknown = new Map<string, string[]>();
    const unplaced = new Map<string, string[]>();
    for (const r of folder.reads) {
      for (const e of r.result.errors) {
        // The file's own line (the sheet row as Excel numbers it) and the cell's address.
        found.push({ level: 'error', store: id, file: r.file, row: e.line, column: e.column, ...(e.cell === undefined ? {} : { cell: e.cell }), code: 'BAD_CELL', message: e.message });
      }
      for (const c of r.result.unknownColumns) unknown.set(c, [...(unknown.get(c) ?? []), r.file]);
      for (const s of r.result.unplacedSources) unplaced.set(s, [...(unplaced.get(s) ?? []), r.file]);
    }
    const files = (list: string[]) => (list.length === 1 ? (list[0] as string) : `${list[0] as string} (+${list.length - 1} more files)`);
    for (const [c, list] of unknown) found.push({ level: 'warning', store: id, file: files(list), row: null, column: c, code: 'UNKNOWN_COLUMN', message: 'column not known to storeops (kept, not used)' });
    for (const [s, list] of unplaced) found.push({ level: 'warning', store: id, file: files(list), row: null, column: null, code: 'UNPLACED_SOURCE', message: `traffic source ${JSON.stringify(s)} could not be placed in a category (counted as other)` });
    if (!folder.reads.some((r) => r.result.kind === 'store') && folder.problems.length === 0) found.push({ level: 'warning', store: id, file: '', row: null, column: null, code: 'NO_STORE_EXPORT', message: 'no store export (店铺整体): the brief cannot run for this store' });
    if (folder.plan === null && folder.problems.length === 0) found.push({ level: 'warning', store: id, file: '', row: null, column: null, code: 'NO_PLAN', message: 'no plan (plan.csv, plan.xlsx, or yearTarget in store.json)' });
    progress.update(i + 1, id);
  }
  progress.stop();
  const errors = found.filter((f) => f.level === 'error').length;
  const warnings = found.length - errors;
  if (options.json === true) io.stdout.write(`${JSON.stringify({ stores: ids.length, files: fileCount, errors, warnings, findings: found }, null, 2)}\n`);
  else {
    for (const f of found) {
      const where = [`${f.store}/${f.file}`, f.row === null ? null : `row ${f.row}`, f.column === null ? null : `column ${f.column}`, f.cell === undefined ? null : `cell ${f.cell}`].filter((x) => x !== null).join(': ');
      io.stdout.write(`${f.level} ${f.code} ${where}: ${f.message}\n`);
    }
    if (options.quiet !== true) io.stdout.write(`${ids.length} stores, ${fileCount} files: ${errors} errors, ${warnings} warnings\n`);
  }
  return errors > 0 || (options.strict === true && warnings > 0) ? 1 : 0;
}
