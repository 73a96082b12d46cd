// End to end, as an agency installs it: the package is built and packed (npm pack), the
// tarball installed in an empty project, and `npx storeops` run there on a folder of stores in
// real layouts. The figures are checked against the library called directly on the same files.
// One JS build (no type declarations: the bin does not need them), one small folder.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreDecimal } from '../../src/core/internal.js';
import { aggregateFunnels } from 'storeops/funnel';
import { expectedLine, makeAgency, readStore, type Agency } from './agency-fixture.js';

const root = join(import.meta.dirname, '..', '..');
let work: string;
let project: string;
let agency: Agency;

function storeops(args: string[]) {
  const r = spawnSync('npx', ['--no-install', 'storeops', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'storeops-e2e-'));
  const pkgDir = join(work, 'package');
  mkdirSync(pkgDir);
  for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) cpSync(join(root, f), join(pkgDir, f));
  execFileSync('npx', ['tsup', '--no-dts', '--format', 'esm', '--silent', '--out-dir', join(pkgDir, 'dist')], { cwd: root, stdio: 'pipe' });
  const tgz = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: pkgDir, encoding: 'utf8' }).trim().split('\n').pop() as string;
  project = join(work, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{ "name": "agency-scripts", "version": "1.0.0", "private": true, "type": "module" }\n');
  execFileSync('npm', ['install', join(work, tgz), '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: project, stdio: 'pipe' });
  agency = makeAgency(4, 14);
}, 240_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(agency.dir, { recursive: true, force: true });
}, 60_000);

describe('npx storeops from the packed tarball', () => {
  it('is installed as a bin from the tarball', () => {
    expect(readdirSync(join(project, 'node_modules', '.bin'))).toContain('storeops');
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules', 'storeops', 'package.json'), 'utf8'));
    expect(storeops(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('brief: the league table’s figures are the library’s, the corrupt store is skipped with its reason', () => {
    const out = join(work, 'briefs');
    const r = storeops(['brief', agency.dir, '--date', '2026-05-31', '--out', out, '--locale', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(''); // piped: no progress display
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.skipped.map((s: { id: string }) => s.id)).toEqual([agency.corrupt]);
    expect(index.league).toHaveLength(3);
    for (const line of index.league) {
      const want = expectedLine(agency.dir, line.id, '2026-05-31');
      expect([line.actual, line.target, line.gap, line.monthToDate.actual, line.monthToDate.target]).toEqual([want.actual, want.target, want.gap, want.mtdActual, want.mtdTarget]);
      expect(line.achievement).toBeCloseTo(want.achievement, 12);
    }
  });

  it('rollup: the sums equal aggregateFunnels over the same files', () => {
    const r = storeops(['rollup', agency.dir, '--by', 'store,week', '--json']);
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.stdout) as { store: string; week: string; visitors: number; buyers: number; paidAmount: string }[];
    const direct = aggregateFunnels(
      agency.stores
        .filter((s) => s !== agency.corrupt)
        .flatMap((id) => readStore(agency.dir, id).filter((f) => f.result.kind === 'store').flatMap((f) => f.result.rows.map((row) => ({ id, ...row, visitors: row.visitors ?? 0, buyers: row.buyers ?? 0, paidAmount: row.paidAmount ?? 0 })))),
      (row) => {
        const [y, m, d] = (row.date as string).split('-').map(Number) as [number, number, number];
        const t = new Date(Date.UTC(y, m - 1, d));
        const monday = new Date(t.getTime() - ((t.getUTCDay() + 6) % 7) * 86_400_000);
        return `${row.id} ${monday.toISOString().slice(0, 10)}`;
      },
    );
    expect(rows).toHaveLength(direct.size);
    for (const row of rows) {
      const want = direct.get(`${row.store} ${row.week}`);
      expect([row.visitors, row.buyers, row.paidAmount]).toEqual([want?.visitors, want?.buyers, want?.paidAmount.toFixed(2)]);
    }
  });

  it('plan: every level adds up to the total', () => {
    const file = join(work, 'plan.csv');
    const r = storeops(['plan', '--total', '1234567.89', '--start', '2026-01-01', '--end', '2026-12-31', '--event', '2026-11-11:4:双11', '--out', file]);
    expect(r.code).toBe(0);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1).map((l) => l.split(','));
    for (const level of ['day', 'week', 'month', 'quarter']) {
      expect(lines.filter((l) => l[0] === level).reduce((s, l) => s.plus(l[7] as string), new StoreDecimal(0)).toFixed(2)).toBe('1234567.89');
    }
  });

  it('check: the bad cell is named with file, row and column, and the exit code is not 0', () => {
    const r = storeops(['check', agency.dir]);
    expect(r.code).toBe(1);
    const bad = agency.badCell as NonNullable<Agency['badCell']>;
    const direct = readStore(agency.dir, bad.store).find((f) => f.file === bad.file)?.result.errors[0];
    expect(r.stdout).toContain(`error BAD_CELL ${bad.store}/${bad.file}: row ${direct?.line}: column ${direct?.column}: cell ${direct?.cell}: ${direct?.message}`);
  });

  it('draws progress on a pseudo-terminal only (piped, stderr stays empty: see the brief above)', () => {
    const cmd = `npx --no-install storeops check ${JSON.stringify(agency.dir)} --locale en > /dev/null`;
    const tty = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: project, encoding: 'utf8' });
    expect(tty.stdout).toContain('check [');
  });
});
