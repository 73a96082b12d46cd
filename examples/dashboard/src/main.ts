// The reference dashboard: drop 生意参谋 / 万相台 downloads (or load the sample data) and see
// the plan, the funnel, traffic structure, page health, DSR and the morning brief.
import type { Locale } from 'storeops/core';
import type { Finding } from 'storeops/brief';
import './style.css';
import { allCharts, chartIn, dsrOption, funnelOption, healthOption, planOption, resizeAll, trafficOption, type ChartName } from './charts.js';
import type { LoadedFile } from './files.js';
import { percent, ui, yuan } from './i18n.js';
import type { Dashboard } from './model.js';

/**
 * The sample store's folder (examples/data, every file in it), fetched and read exactly like a
 * dropped folder: the files the page does not draw from are listed as such.
 */
const SAMPLE: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob('../../data/**/*', { query: '?url', import: 'default', eager: true }) as Record<string, string>).map(([path, url]) => [
    path.slice('../../'.length),
    url,
  ]),
);

// What the page draws is worked out by storeops (the brief, the plan, DSR … with decimal.js and
// zod) and the files are read with SheetJS: both come with the first file, so the page itself
// loads only ECharts and its own code.
let model: Promise<typeof import('./model.js')> | undefined;
let reader: Promise<typeof import('./read.js')> | undefined;

/** What the page shows before any file. */
const EMPTY: Dashboard = { date: '', days: [], dayLabels: {}, marks: null, storeName: null, progress: null, plan: [], funnel: null, traffic: null, pageHealth: null, dsr: null, brief: null, briefProblem: null, seasons: [], files: [] };

const OWNERS = ['operations', 'promotion', 'design', 'service', 'merchandising'] as const;

const state: { locale: Locale; files: readonly LoadedFile[]; date: string | undefined; season: string | undefined; owner: string | null; dashboard: Dashboard | null } = {
  locale: new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh-CN',
  files: [],
  season: undefined,
  date: undefined,
  owner: null,
  dashboard: null,
};

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const el = (tag: string, attrs: Record<string, string> = {}, text?: string) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

async function addFiles(files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  // A file dropped again (same name or path) replaces the first; files of one kind add up.
  reader ??= import('./read.js');
  const { readFile } = await reader;
  const read = files.map((f) => readFile(f.name, f.bytes, state.locale));
  const names = new Set(read.map((f) => f.name));
  state.files = [...state.files.filter((f) => !names.has(f.name)), ...read].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  state.date = undefined;
  await render();
}

function renderWords(): void {
  const w = ui[state.locale];
  document.documentElement.lang = state.locale;
  document.title = `storeops · ${w.title}`;
  const text: Record<string, string> = {
    title: w.title,
    'day-label': w.day,
    'season-label': w.season,
    locale: w.language,
    'drop-text': w.drop,
    choose: w.choose,
    'choose-folder': w.chooseFolder,
    sample: w.sample,
    'plan-title': w.planTitle,
    'funnel-title': w.funnelTitle,
    'traffic-title': w.trafficTitle,
    'health-title': w.healthTitle,
    'dsr-title': w.dsrTitle,
    'brief-title': w.briefTitle,
  };
  for (const [id, t] of Object.entries(text)) $(id).textContent = t;
}

function renderFilesRead(d: Dashboard): void {
  const w = ui[state.locale];
  const list = $('files-read');
  list.replaceChildren(
    ...d.files.map((f) => {
      // Every file given is listed: what it was read as, or that the page does not use it and why.
      const attrs = { 'data-name': f.name, 'data-kind': f.kind ?? 'none', 'data-use': f.used ? 'used' : 'unused', class: f.used ? 'used' : 'unused' };
      if (f.used) return el('li', attrs, `${f.name} · ${f.kind} · ${f.rows} ${w.rows}${f.leftOut > 0 ? ` · ${w.leftOut} ${f.leftOut}` : ''}`);
      const li = el('li', attrs, `${f.name} · ${w.notUsed}${f.kind === null ? '' : ` (${f.kind})`}`);
      if (f.kind !== null || f.reason !== null) li.title = f.kind === null ? (f.reason ?? '') : `${w.exportOf} ${f.kind}`;
      return li;
    }),
  );
  // The summary (always shown) counts both and names the files not used; the list opens on a click.
  const unused = d.files.filter((f) => !f.used).map((f) => f.name);
  $('files-box').hidden = d.files.length === 0;
  $('files-summary').textContent = `${w.filesRead} ${d.files.length - unused.length} · ${w.notUsed} ${unused.length}${unused.length === 0 ? '' : `: ${unused.join(', ')}`}`;
}

function renderHeadline(d: Dashboard): void {
  const w = ui[state.locale];
  const box = $('headline');
  const p = d.progress;
  const day = p?.day ?? null;
  box.replaceChildren();
  if (d.date === '') {
    box.append(el('span', { class: 'empty' }, w.noData));
    return;
  }
  box.append(el('span', { class: 'date', 'data-date': d.date }, d.dayLabels[d.date] ?? d.date));
  if (day !== null && p !== null) {
    const actual = day.actual?.toFixed(2) ?? '0.00';
    const target = day.target.toFixed(2);
    box.dataset['actual'] = actual;
    box.dataset['target'] = target;
    box.dataset['mtdActual'] = p.actualToDate.toFixed(2);
    box.dataset['mtdTarget'] = p.targetToDate.toFixed(2);
    const fig = (cls: string, label: string, value: string) => {
      const s = el('span', { class: `figure ${cls}` }, `${label} `);
      s.append(el('b', {}, value));
      return s;
    };
    box.append(
      fig('actual', w.actual, yuan(actual, state.locale)),
      fig('target', w.target, yuan(target, state.locale)),
      fig('achievement', w.achievement, percent(day.achievement, state.locale)),
      el('span', { class: day.met ? 'met' : 'missed' }, day.met ? w.met : w.missed),
      fig('mtd', w.mtd, `${yuan(p.actualToDate.toFixed(2), state.locale)} / ${yuan(p.targetToDate.toFixed(2), state.locale)} (${percent(p.achievement, state.locale)})`),
      el('p', { class: 'message' }, p.message),
    );
  }
}

function renderBriefList(d: Dashboard): void {
  const w = ui[state.locale];
  const owners = $('owners');
  const findings: Finding[] = d.brief?.findings ?? [];
  const present = OWNERS.filter((o) => findings.some((f) => f.owner === o));
  owners.replaceChildren(
    ...[null, ...present].map((o) => {
      const b = el('button', { type: 'button', 'data-owner': o ?? 'all', 'aria-pressed': String(state.owner === o) }, o === null ? w.all : w.owners[o]);
      b.addEventListener('click', () => {
        state.owner = o;
        renderBriefList(d);
      });
      return b;
    }),
  );
  const shown = findings.filter((f) => state.owner === null || f.owner === state.owner);
  $('brief-problem').textContent = d.briefProblem === null ? '' : `${w.briefProblem}: ${d.briefProblem}`;
  $('findings').replaceChildren(
    ...shown.map((f) => {
      const li = el('li', { class: f.severity, 'data-owner': f.owner, 'data-code': f.code, 'data-area': f.area });
      li.append(el('span', { class: 'tag' }, `${w.severities[f.severity]} · ${w.owners[f.owner]}`), document.createTextNode(f.message));
      if (f.moneyAtStake !== null) li.append(el('span', { class: 'stake' }, `${w.atStake} ${yuan(f.moneyAtStake.toFixed(2), state.locale)}`));
      return li;
    }),
  );
}

const OPTIONS: Record<ChartName, (d: Dashboard, l: Locale) => Record<string, unknown>> = { plan: planOption, funnel: funnelOption, traffic: trafficOption, health: healthOption, dsr: dsrOption };

let drawn = 0;

async function render(): Promise<void> {
  const n = ++drawn;
  let d = EMPTY;
  if (state.files.length > 0) {
    model ??= import('./model.js');
    const { buildDashboard } = await model;
    d = buildDashboard(state.files, state.locale, state.date, state.season);
  }
  if (n !== drawn) return; // a later render (another drop, a locale switch) is drawing
  renderWords();
  state.dashboard = d;
  const select = $<HTMLSelectElement>('day');
  select.replaceChildren(...d.days.map((day) => el('option', { value: day }, d.dayLabels[day] ?? day)));
  select.disabled = d.days.length === 0;
  select.value = d.date;
  const seasons = $<HTMLSelectElement>('season');
  seasons.replaceChildren(el('option', { value: '' }, ui[state.locale].noSeason), ...d.seasons.map((x) => el('option', { value: x }, x)));
  seasons.value = state.season !== undefined && d.seasons.includes(state.season) ? state.season : '';
  $('season-box').hidden = d.seasons.length === 0;
  $('store').textContent = d.storeName ?? '';
  renderFilesRead(d);
  renderHeadline(d);
  for (const [name, make] of Object.entries(OPTIONS) as [ChartName, (d: Dashboard, l: Locale) => Record<string, unknown>][]) {
    chartIn(name, $(`chart-${name}`)).setOption(make(d, state.locale), { notMerge: true });
  }
  renderBriefList(d);
  document.body.dataset['ready'] = d.date === '' ? 'empty' : `${d.date}:${state.locale}`;
}

async function bytesOf(file: File, path = file.webkitRelativePath || file.name): Promise<{ name: string; bytes: Uint8Array }> {
  return { name: path, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Every file under a dropped entry (a folder is walked to the bottom), with its path. */
async function filesOf(entry: FileSystemEntry): Promise<{ name: string; bytes: Uint8Array }[]> {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) return [await bytesOf(await new Promise<File>((ok, ko) => (entry as FileSystemFileEntry).file(ok, ko)), path)];
  const dir = (entry as FileSystemDirectoryEntry).createReader();
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((ok, ko) => dir.readEntries(ok, ko));
    if (batch.length === 0) return out;
    for (const e of batch) out.push(...(await filesOf(e)));
  }
}

for (const id of ['files', 'folder']) {
  $<HTMLInputElement>(id).addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    await addFiles(await Promise.all([...(input.files ?? [])].map((f) => bytesOf(f))));
    input.value = '';
  });
}
const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  e.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', async (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const items = [...(e.dataTransfer?.items ?? [])].map((i) => i.webkitGetAsEntry()).filter((x) => x !== null);
  const dropped = items.length > 0 ? (await Promise.all(items.map(filesOf))).flat() : await Promise.all([...(e.dataTransfer?.files ?? [])].map((f) => bytesOf(f)));
  await addFiles(dropped);
});
$('sample').addEventListener('click', async () => {
  const files = await Promise.all(
    Object.entries(SAMPLE).map(async ([name, url]) => ({ name, bytes: new Uint8Array(await (await fetch(url)).arrayBuffer()) })),
  );
  await addFiles(files);
});
$('locale').addEventListener('click', () => {
  state.locale = state.locale === 'zh-CN' ? 'en' : 'zh-CN';
  void render();
});
$<HTMLSelectElement>('season').addEventListener('change', (e) => {
  const v = (e.target as HTMLSelectElement).value;
  state.season = v === '' ? undefined : v;
  void render();
});
$<HTMLSelectElement>('day').addEventListener('change', (e) => {
  state.date = (e.target as HTMLSelectElement).value;
  void render();
});
addEventListener('resize', resizeAll);

// For the end-to-end test and for anyone poking at the page: the model and the live charts.
Object.assign(window, { __dashboard: { charts: allCharts(), get model() { return state.dashboard; } } });

void render();
