// `storeops brief <dir>`: one brief per store folder and an index with the league table.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { briefInputFromExports, briefStores, renderBrief, type DailyBrief, type LeagueRow, type StoreBriefInput } from '../brief/index.js';
import { isStoreOpsError, type Decimal, type Locale, type StoreOpsPlugin } from '../core/index.js';
import { writeCsv } from '../files/index.js';
import { listStores, readStoreFolder, type StoreFolder } from './folder.js';
import { briefHtml, escapeHtml, htmlPage } from './html.js';
import type { CliIo } from './io.js';
import { progressOn } from './progress.js';
import { t } from './text.js';

/** Options of the brief command. */
export interface BriefCommandOptions {
  date?: string;
  locale: Locale;
  format: 'md' | 'text' | 'json' | 'html';
  out?: string;
  plugin?: string[];
  strict?: boolean;
  quiet?: boolean;
  json?: boolean;
}

/** A store that did not run, and why (in the index and in `--json`). */
export interface SkippedStoreLine {
  id: string;
  code: string;
  reason: string;
}

/** What the index holds (also printed by `--json`). */
export interface BriefIndex {
  date: string | null;
  stores: number;
  briefed: number;
  league: ReturnType<typeof leagueJson>[];
  skipped: SkippedStoreLine[];
  ignoredFiles: { store: string; file: string }[];
  badCells: { store: string; file: string; cells: number }[];
}

const money = (d: Decimal | null) => (d === null ? null : d.toFixed(2));

/** A league row as plain JSON: money as strings in yuan with two decimals. @internal */
export function leagueJson(r: LeagueRow) {
  return {
    id: r.id,
    storeName: r.storeName,
    date: r.date,
    met: r.met,
    actual: money(r.actual),
    target: money(r.target),
    gap: money(r.gap),
    achievement: r.achievement,
    monthToDate: r.monthToDate === null ? null : { actual: money(r.monthToDate.actual), target: money(r.monthToDate.target), gap: money(r.monthToDate.gap), achievement: r.monthToDate.achievement, missingDays: r.monthToDate.missingDays },
    topCause: r.topCause === null ? null : { area: r.topCause.area, code: r.topCause.code, message: r.topCause.message, moneyAtStake: money(r.topCause.moneyAtStake) },
    owner: r.owner,
  };
}

const percent = (x: number | null) => (x === null ? '' : `${(x * 100).toFixed(1)}%`);

/** The league as CSV rows (stable English column names, for scripts). */
function leagueCsv(league: LeagueRow[]): string {
  return writeCsv(
    league.map((r, i) => ({
      rank: i + 1,
      id: r.id,
      store: r.storeName,
      date: r.date,
      met: r.met === null ? '' : r.met,
      achievement: r.achievement,
      actual: money(r.actual),
      target: money(r.target),
      gap: money(r.gap),
      mtd_achievement: r.monthToDate?.achievement ?? null,
      mtd_actual: money(r.monthToDate?.actual ?? null),
      mtd_target: money(r.monthToDate?.target ?? null),
      mtd_gap: money(r.monthToDate?.gap ?? null),
      top_cause: r.topCause?.code ?? null,
      top_cause_message: r.topCause?.message ?? null,
      owner: r.owner,
    })),
    { bom: true },
  );
}

/** The index in the chosen format: summary, league worst first, skipped stores with their reasons. */
function renderIndex(index: BriefIndex, league: LeagueRow[], format: Exclude<BriefCommandOptions['format'], 'json'>, locale: Locale): string {
  // No store briefed: no day to name (not a title ending in " · ").
  const title = index.date === null ? t(locale, 'INDEX_TITLE_UNDATED', {}) : t(locale, 'INDEX_TITLE', { date: index.date });
  const summary = t(locale, 'INDEX_SUMMARY', { total: index.stores, ran: index.briefed, skipped: index.skipped.length });
  const head = ['COL_RANK', 'COL_STORE', 'COL_ACHIEVEMENT', 'COL_ACTUAL', 'COL_TARGET', 'COL_GAP', 'COL_MTD', 'COL_CAUSE', 'COL_OWNER'] as const;
  const rows = league.map((r, i) => [
    String(i + 1),
    r.storeName === r.id ? r.id : `${r.storeName} (${r.id})`,
    percent(r.achievement),
    money(r.actual) as string, // a briefed store has a row for its day (dailyBrief requires it)
    money(r.target) ?? '',
    money(r.gap) ?? '',
    r.monthToDate === null ? '' : `${percent(r.monthToDate.achievement)} (${money(r.monthToDate.actual)} / ${money(r.monthToDate.target)})`,
    r.topCause?.message ?? '',
    r.owner === null ? '' : t(locale, `OWNER_${r.owner.toUpperCase()}` as 'OWNER_OPERATIONS'),
  ]);
  const skipped = index.skipped.map((s) => [s.id, s.reason]);
  if (format === 'html') {
    const table = (cols: string[], body: string[][]) =>
      `<table><thead><tr>${cols.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    const links = league.map((r) => `<li><a href="${encodeURIComponent(r.id)}.html">${escapeHtml(r.storeName)}</a></li>`).join('');
    let body = `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(summary)}</p>\n<h2>${escapeHtml(t(locale, 'INDEX_LEAGUE'))}</h2>\n${table(head.map((h) => t(locale, h)), rows)}\n<ul>${links}</ul>\n`;
    if (skipped.length > 0) body += `<h2>${escapeHtml(t(locale, 'INDEX_SKIPPED'))}</h2>\n${table([t(locale, 'COL_STORE'), t(locale, 'COL_REASON')], skipped)}\n`;
    return htmlPage(title, body, locale);
  }
  const md = format === 'md';
  const lines: string[] = [];
  if (md) {
    // Data text in a table cell: pipes and line breaks would break the table; markdown marks are escaped.
    const cell = (c: string) => c.replace(/[\\`*_[\]<>|#]/g, (m) => `\\${m}`).replace(/\r?\n/g, ' ');
    const table = (cols: string[], body: string[][]) => [`| ${cols.join(' | ')} |`, `|${cols.map(() => ' --- ').join('|')}|`, ...body.map((r) => `| ${r.map(cell).join(' | ')} |`)];
    lines.push(`# ${title}`, '', summary, '', `## ${t(locale, 'INDEX_LEAGUE')}`, '', ...table(head.map((h) => t(locale, h)), rows), '');
    if (skipped.length > 0) lines.push(`## ${t(locale, 'INDEX_SKIPPED')}`, '', ...table([t(locale, 'COL_STORE'), t(locale, 'COL_REASON')], skipped), '');
  } else {
    lines.push(title, summary, '', t(locale, 'INDEX_LEAGUE'), ...rows.map((r) => r.filter((c) => c !== '').join('  ')), '');
    if (skipped.length > 0) lines.push(t(locale, 'INDEX_SKIPPED'), ...skipped.map(([id, reason]) => `${id}  ${reason}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

async function loadPlugins(files: readonly string[]): Promise<StoreOpsPlugin[]> {
  const plugins: StoreOpsPlugin[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(resolve(file)).href)) as { default?: unknown; plugin?: unknown };
    const p = mod.default ?? mod.plugin;
    for (const one of Array.isArray(p) ? p : [p]) plugins.push(one as StoreOpsPlugin);
  }
  return plugins;
}

/** The reason a store folder cannot be briefed before its brief is tried, or null. */
function folderProblem(folder: StoreFolder, strict: boolean, locale: Locale): SkippedStoreLine | null {
  const first = folder.problems[0];
  if (first !== undefined) return { id: folder.id, code: first.code, reason: t(locale, 'SKIP_FILE', { file: first.file, message: first.message }) };
  if (folder.plan === null) return { id: folder.id, code: 'NO_PLAN', reason: t(locale, 'SKIP_NO_PLAN') };
  if (strict) {
    const bad = folder.reads.filter((r) => r.result.errors.length > 0);
    if (bad.length > 0) return { id: folder.id, code: 'BAD_CELLS', reason: t(locale, 'SKIP_STRICT', { cells: bad.reduce((s, r) => s + r.result.errors.length, 0), files: bad.map((r) => r.file).join(', ') }) };
  }
  return null;
}

/** Runs `storeops brief`; returns the exit code (0 only when every store ran). @internal */
export async function briefCommand(dir: string, options: BriefCommandOptions, io: CliIo): Promise<number> {
  const { locale, format } = options;
  const quiet = options.quiet === true || options.json === true;
  const out = options.out ?? join(dir, '_briefs');
  const plugins = await loadPlugins(options.plugin ?? []);
  const ids = await listStores(dir);
  const progress = progressOn(io.stderr, quiet);

  const skipped: SkippedStoreLine[] = [];
  const inputs: StoreBriefInput[] = [];
  const ignoredFiles: BriefIndex['ignoredFiles'] = [];
  const badCells: BriefIndex['badCells'] = [];
  progress.start(ids.length, t(locale, 'PROGRESS_READ'));
  for (const [i, id] of ids.entries()) {
    const folder = await readStoreFolder(dir, id, options.date === undefined ? {} : { date: options.date });
    for (const f of folder.ignored) ignoredFiles.push({ store: id, file: f });
    for (const r of folder.reads) if (r.result.errors.length > 0) badCells.push({ store: id, file: r.file, cells: r.result.errors.length });
    const problem = folderProblem(folder, options.strict === true, locale);
    if (problem !== null) skipped.push(problem);
    else {
      try {
        const c = folder.config;
        const input = briefInputFromExports(
          folder.reads.map((r) => ({ ...r.result, fileName: r.file })),
          {
            storeName: typeof c.name === 'string' ? c.name : id,
            plan: folder.plan as NonNullable<typeof folder.plan>,
            ...(options.date === undefined ? {} : { date: options.date }),
            ...(c.heroItemId === undefined ? {} : { heroItemId: c.heroItemId }),
            ...(c.breakEvenRoi === undefined ? {} : { breakEvenRoi: c.breakEvenRoi }),
            ...(c.products === undefined ? {} : { products: c.products }),
          },
        );
        inputs.push({ id, input });
      } catch (error) {
        if (!isStoreOpsError(error)) throw error;
        skipped.push({ id, code: error.code, reason: t(locale, 'SKIP_INPUT', { message: error.message }) });
      }
    }
    progress.update(i + 1, id);
  }
  progress.start(inputs.length, t(locale, 'PROGRESS_BRIEF'));
  const run = briefStores(inputs, { locale, plugins, onProgress: (done, _total, id) => progress.update(done, id) });
  progress.stop();
  for (const s of run.skipped) skipped.push({ id: s.id, code: s.code, reason: t(locale, 'SKIP_INPUT', { message: s.message }) });
  skipped.sort((a, b) => (a.id < b.id ? -1 : 1)); // one line per store folder: ids are distinct

  await mkdir(out, { recursive: true });
  const ext = format === 'md' ? 'md' : format === 'text' ? 'txt' : format;
  for (const { id, brief } of run.briefs) await writeFile(join(out, `${id}.${ext}`), renderOne(brief, format, locale, plugins));
  const dates = [...new Set(run.briefs.map((b) => b.brief.date))].sort();
  const index: BriefIndex = {
    date: dates.length === 0 ? null : dates.length === 1 ? (dates[0] as string) : `${dates[0]}…${dates[dates.length - 1]}`,
    stores: ids.length,
    briefed: run.briefs.length,
    league: run.league.map(leagueJson),
    skipped,
    ignoredFiles,
    badCells,
  };
  await writeFile(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  await writeFile(join(out, 'league.csv'), leagueCsv(run.league));
  if (format !== 'json') await writeFile(join(out, `index.${ext}`), renderIndex(index, run.league, format, locale)); // JSON: index.json
  if (options.json === true) io.stdout.write(`${JSON.stringify(index, null, 2)}\n`);
  else if (options.quiet !== true) {
    io.stdout.write(renderIndex(index, run.league, 'text', locale));
    io.stdout.write(`${t(locale, 'DONE_BRIEF', { ran: run.briefs.length, total: ids.length, out })}\n`);
  }
  return skipped.length === 0 ? 0 : 1;
}

function renderOne(brief: DailyBrief, format: BriefCommandOptions['format'], locale: Locale, plugins: StoreOpsPlugin[]): string {
  if (format === 'json') return `${JSON.stringify(brief, null, 2)}\n`;
  if (format === 'html') return briefHtml(brief, locale);
  return renderBrief(brief, { format: format === 'md' ? 'markdown' : 'text', locale, plugins });
}
