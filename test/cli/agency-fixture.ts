// A small agency folder in real layouts (examples/agency/generate.ts), and the figures the
// CLI's outputs are checked against, computed here straight from the files with the library.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { type Decimal } from 'storeops/core';
import { StoreDecimal } from '../../src/core/internal.js';
import { readExport, type ExportReadResult } from 'storeops/files';
import { planTargets } from 'storeops/goals';
import { generateAgency, type AgencyLayout } from '../../examples/agency/generate.js';

export interface Agency extends AgencyLayout {
  dir: string;
}

/** Writes `stores` stores × `days` days (ending 2026-05-31), one with a corrupt file and one with a bad cell. */
export function makeAgency(stores = 4, days = 21): Agency {
  const dir = mkdtempSync(join(tmpdir(), 'storeops-agency-'));
  return { dir, ...generateAgency(dir, { stores, days, corruptStore: true, badCell: true }) };
}

/** Every export of a store folder read with readExport (settings and plan files left out). */
export function readStore(dir: string, id: string): { file: string; result: ExportReadResult }[] {
  return readdirSync(join(dir, id))
    .filter((f) => !['store.json', 'plan.csv', 'plan.xlsx'].includes(f))
    .sort()
    .map((file) => ({ file, result: readExport(new Uint8Array(readFileSync(join(dir, id, file))), { fileName: file }) }));
}

/** The store's daily targets, from its plan file or from store.json through planTargets. */
export function planOf(dir: string, id: string, year = 2026): Map<string, Decimal> {
  const folder = join(dir, id);
  const files = readdirSync(folder);
  const out = new Map<string, Decimal>();
  if (files.includes('plan.csv') || files.includes('plan.xlsx')) {
    const file = files.includes('plan.csv') ? 'plan.csv' : 'plan.xlsx';
    const bytes = readFileSync(join(folder, file));
    const wb = file === 'plan.csv' ? read(bytes.toString('utf8'), { type: 'string', raw: true }) : read(bytes, { type: 'buffer' });
    for (const r of utils.sheet_to_json<Record<string, string>>(wb.Sheets[wb.SheetNames[0] as string] as never, { raw: false })) out.set(String(r['日期']), new StoreDecimal(String(r['目标销售额'])));
    return out;
  }
  const config = JSON.parse(readFileSync(join(folder, 'store.json'), 'utf8')) as { yearTarget: string; monthWeights: number[] };
  for (const d of planTargets({ total: config.yearTarget, start: `${year}-01-01`, end: `${year}-12-31`, monthWeights: config.monthWeights }).days) out.set(d.date, d.target);
  return out;
}

/** Sales per day from the store's store export. */
export function salesOf(dir: string, id: string): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const { result } of readStore(dir, id)) {
    if (result.kind !== 'store') continue;
    for (const r of result.rows) out.set(r.date as string, (out.get(r.date as string) ?? new StoreDecimal(0)).plus(r.paidAmount ?? 0));
  }
  return out;
}

/** What a league line must say for `date`, from the files alone: the day and May to date. */
export function expectedLine(dir: string, id: string, date: string) {
  const plan = planOf(dir, id);
  const sales = salesOf(dir, id);
  const actual = sales.get(date) as Decimal;
  const target = plan.get(date) as Decimal;
  let mtdActual = new StoreDecimal(0);
  let mtdTarget = new StoreDecimal(0);
  let missingDays = 0;
  for (const [day, t] of plan) {
    if (day.slice(0, 7) !== date.slice(0, 7) || day > date) continue;
    mtdTarget = mtdTarget.plus(t);
    mtdActual = mtdActual.plus(sales.get(day) ?? 0);
    if (!sales.has(day)) missingDays++;
  }
  return {
    actual: actual.toFixed(2),
    target: target.toFixed(2),
    gap: actual.minus(target).toFixed(2),
    achievement: actual.div(target).toNumber(),
    mtdActual: mtdActual.toFixed(2),
    mtdTarget: mtdTarget.toFixed(2),
    mtdAchievement: mtdActual.div(mtdTarget).toNumber(),
    missingDays,
  };
}
