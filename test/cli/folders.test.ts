// Store folders that are not as they should be: each problem is named, never dropped.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { readPlanTable, readStoreFolder } from '../../src/cli/folder.js';
import { processIo, type CliIo } from '../../src/cli/io.js';

const root = mkdtempSync(join(tmpdir(), 'storeops-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const STORE_CSV = '统计日期,访客数,支付买家数,支付金额\n2026-05-30,1000,30,"7,000.00"\n2026-05-31,1000,30,"7,200.00"\n';

function store(id: string, files: Record<string, string>): void {
  mkdirSync(join(root, id), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, id, name), text);
}
async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } } as CliIo);
  return { code, out, err };
}

store('a-ok', { '店铺整体.csv': STORE_CSV, 'plan.csv': '日期,目标销售额,目标访客数,目标转化率\n2026-05-30,"¥8,000.00",1100,3.00%\n2026-05-31,8000.00,1100,3.00%\n', 'notes.txt': 'x' });
mkdirSync(join(root, 'a-ok', 'old'));
store('b-noplan', { '店铺整体.csv': STORE_CSV });
store('c-badjson', { '店铺整体.csv': STORE_CSV, 'store.json': '{ name: ' });
store('d-array', { '店铺整体.csv': STORE_CSV, 'store.json': '[1]' });
store('e-badplan', { '店铺整体.csv': STORE_CSV, 'plan.csv': '日期,目标销售额\n2026-02-30,-5\n,\n' });
store('f-nostore', { 'store.json': '{ "yearTarget": "365000", "year": 2026 }' });
store('g-yearly', { '店铺整体.csv': STORE_CSV, 'store.json': '{ "name": "=G店", "yearTarget": "365000" }' });
store('_out', { 'x.csv': 'not a store' });

describe('store folders', () => {
  it('reads a plan table with its drivers, and names every bad plan cell', () => {
    const plan = readPlanTable(new TextEncoder().encode('\uFEFF日期,目标销售额,目标转化率,目标访客数\n2026-05-31,"1,234.50",3.1%,900\n'), 'plan.csv');
    expect(plan).toEqual([{ date: '2026-05-31', target: '1234.50', conversionRate: 0.031, visitors: 900 }]);
    expect(() => readPlanTable(new TextEncoder().encode('日期,目标销售额,目标访客数\n2026-05-31,1,-3\n'), 'plan.csv')).toThrow('plan.csv: row 2, column 目标访客数: expected a number, received "-3"');
    expect(() => readPlanTable(new TextEncoder().encode('日期,备注\n2026-05-31,x\n'), 'plan.csv')).toThrow('needs 日期 and 目标销售额');
    expect(() => readPlanTable(new TextEncoder().encode('日期,目标销售额\n'), 'plan.csv')).toThrow('no plan days');
  });

  it('lists what it does not read, and makes the yearly plan from store.json', async () => {
    const ok = await readStoreFolder(root, 'a-ok');
    expect(ok.ignored.sort()).toEqual(['notes.txt', 'old']);
    expect(ok.planSource).toBe('plan.csv');
    const yearly = await readStoreFolder(root, 'g-yearly');
    expect(yearly.planSource).toBe('store.json');
    expect(yearly.plan).toHaveLength(365);
    expect(yearly.plan?.[0]).toEqual({ date: '2026-01-01', target: '1000.00' });
    const none = await readStoreFolder(root, 'f-nostore');
    expect(none.plan).toHaveLength(365); // its year is given
  });

  it('brief: each bad folder is skipped with its reason; the good ones run; names stay text in the CSV', async () => {
    const out = join(root, '_briefs');
    const r = await run(['brief', root, '--quiet', '--locale', 'en']);
    expect(r.code).toBe(1);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.stores).toBe(7);
    expect(Object.fromEntries(index.skipped.map((s: { id: string; code: string }) => [s.id, s.code]))).toEqual({
      'b-noplan': 'NO_PLAN',
      'c-badjson': 'INVALID_CONFIG',
      'd-array': 'INVALID_CONFIG',
      'e-badplan': 'INVALID_PLAN',
      'f-nostore': 'INVALID_INPUT',
    });
    expect(index.ignoredFiles).toEqual(expect.arrayContaining([{ store: 'a-ok', file: 'notes.txt' }]));
    expect(index.league.map((l: { id: string }) => l.id).sort()).toEqual(['a-ok', 'g-yearly']);
    expect(readFileSync(join(out, 'league.csv'), 'utf8')).toContain(`"'=G店"`);
  });

  it('check: warnings for files not read, stores without a store export or a plan; errors for bad settings', async () => {
    const r = await run(['check', root, '--json']);
    const report = JSON.parse(r.out) as { findings: { level: string; store: string; code: string }[] };
    const codes = (store: string) => report.findings.filter((f) => f.store === store).map((f) => `${f.level} ${f.code}`);
    expect(codes('a-ok')).toEqual(expect.arrayContaining(['warning NOT_READ']));
    expect(codes('b-noplan')).toEqual(['warning NO_PLAN']);
    expect(codes('c-badjson')).toEqual(['error INVALID_CONFIG']);
    expect(codes('f-nostore')).toEqual(['warning NO_STORE_EXPORT']);
    expect(r.code).toBe(1);
    const clean = mkdtempSync(join(tmpdir(), 'storeops-clean-'));
    mkdirSync(join(clean, 's'));
    writeFileSync(join(clean, 's', '店铺整体.csv'), STORE_CSV);
    writeFileSync(join(clean, 's', 'store.json'), '{ "yearTarget": "365000" }');
    expect((await run(['check', clean])).code).toBe(0);
    writeFileSync(join(clean, 's', 'x.txt'), '');
    expect((await run(['check', clean, '--strict', '--quiet'])).code).toBe(1);
    rmSync(clean, { recursive: true, force: true });
  });

  it('the bin writes to the process’s own streams', () => {
    expect(processIo()).toEqual({ stdout: process.stdout, stderr: process.stderr });
  });

  it('an xlsx table needs --out; a plan can be written as JSON', async () => {
    const r = await run(['rollup', root, '--by', 'store,month', '--out', join(root, 'nope', 'x.xlsx')]);
    expect(r.code).toBe(2);
    const file = join(root, 'plan.json');
    expect((await run(['plan', '--total', '100', '--start', '2026-01-01', '--end', '2026-01-02', '--out', file])).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).days.map((d: { target: string }) => d.target)).toEqual(['50.00', '50.00']);
  });
});
