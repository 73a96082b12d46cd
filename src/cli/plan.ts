// `storeops plan --total T --start D --end D`: the day, week, month and quarter table, adding up to the fen.
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { monthOf, toDecimal, type Decimal } from '../core/index.js';
import { readExport } from '../files/index.js';
import { planTargets, type PlanEvent, type PlanTargetsInput } from '../goals/index.js';
import type { TableRow } from '../files/index.js';
import type { CliIo } from './io.js';
import { writeTables } from './tables.js';

/** Options of the plan command. */
export interface PlanCommandOptions {
  total: string;
  start: string;
  end: string;
  weights?: string;
  weekdayWeights?: string;
  event?: string[];
  unit?: string;
  out?: string;
  json?: boolean;
}

/** A usage error: the message is printed and the exit code is 2. @internal */
export function usage(message: string): never {
  throw Object.assign(new Error(message), { code: 'USAGE' });
}

/** `2026-11-11:3:双11` → an event. @internal */
export function parseEvent(text: string): PlanEvent {
  const [date, multiplier, ...name] = text.split(':');
  const m = Number(multiplier);
  if (date === undefined || multiplier === undefined || multiplier.trim() === '' || !Number.isFinite(m)) usage(`--event ${text}: expected DATE:MULTIPLIER[:NAME], e.g. 2026-11-11:3:双11`);
  return { date, multiplier: m, ...(name.length === 0 ? {} : { name: name.join(':') }) };
}

/** Monthly weights from last year's store export: its paid amount summed per month (同比). @internal */
export async function weightsFromExport(file: string): Promise<Record<string, string>> {
  const r = readExport(new Uint8Array(await readFile(file)), { fileName: basename(file) });
  if (r.errors.length > 0) {
    const e = r.errors[0] as (typeof r.errors)[number];
    usage(`--weights ${file}: ${r.errors.length} bad cell(s), first at row ${e.row}, column ${e.column}: ${e.message}`);
  }
  const months = new Map<string, Decimal>();
  for (const row of r.rows) {
    if (row.date === undefined || row.paidAmount === undefined) continue;
    const m = monthOf(row.date);
    months.set(m, (months.get(m) ?? toDecimal(0)).plus(row.paidAmount));
  }
  if (months.size === 0) usage(`--weights ${file}: no days with 支付金额 in the file`);
  return Object.fromEntries([...months].map(([m, d]) => [m, d.toString()]));
}

/** Runs `storeops plan`; returns the exit code. @internal */
export async function planCommand(options: PlanCommandOptions, io: CliIo): Promise<number> {
  const input: PlanTargetsInput = { total: options.total, start: options.start, end: options.end };
  if (options.weights !== undefined) input.monthWeights = await weightsFromExport(options.weights);
  if (options.weekdayWeights !== undefined) input.weekdayWeights = options.weekdayWeights.split(',').map(Number);
  if (options.event !== undefined) input.events = options.event.map(parseEvent);
  if (options.unit !== undefined) input.unit = options.unit;
  const plan = planTargets(input);
  const fen = (d: Decimal) => d.toFixed(2);
  const days: TableRow[] = plan.days.map((d) => ({ level: 'day', period: d.date, start: d.date, end: d.date, days: 1, weekday: d.weekday, events: d.events.join(' '), target: fen(d.target) }));
  const period = (level: string) => (p: (typeof plan.weeks)[number]): TableRow => ({ level, period: p.period, start: p.start, end: p.end, days: p.days, target: fen(p.target) });
  const weeks = plan.weeks.map(period('week'));
  const months = plan.months.map(period('month'));
  const quarters = plan.quarters.map(period('quarter'));
  const columns = ['level', 'period', 'start', 'end', 'days', 'weekday', 'events', 'target'];
  const sheets = [
    { name: 'days', rows: days, columns },
    { name: 'weeks', rows: weeks, columns: ['level', 'period', 'start', 'end', 'days', 'target'] },
    { name: 'months', rows: months, columns: ['level', 'period', 'start', 'end', 'days', 'target'] },
    { name: 'quarters', rows: quarters, columns: ['level', 'period', 'start', 'end', 'days', 'target'] },
  ];
  if (options.json === true || options.out?.toLowerCase().endsWith('.json') === true) {
    const json = { total: fen(plan.total), start: plan.start, end: plan.end, days, weeks, months, quarters };
    if (options.out === undefined) io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    else await writeFile(options.out as string, `${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  // CSV: one long table, every level (its rows of one level add up to the total).
  const csv = { name: 'plan', rows: [...days, ...weeks, ...months, ...quarters], columns };
  await writeTables(options.out?.toLowerCase().endsWith('.xlsx') === true ? sheets : [csv], options.out, false, io);
  return 0;
}
