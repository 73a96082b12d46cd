// `npx tsx bench/index.ts agency`: the agency morning — 200 stores × 90 days of downloads in
// real layouts (a store export, an item workbook, 90 daily three-level traffic files, a GBK
// 万相台 keyword report: 93 files per store, 18,600 in all) read and briefed, split into reading
// (what `storeops brief` does per folder: files read, `readExport`, the plan) and computing
// (`briefInputFromExports` + `briefStores`: every brief and the league table). The bytes-only
// read of the same files is measured in the same round as the I/O floor of the reading.
// Target (issue 15): well under a minute in all. Rounds rotate the order of the two reading
// contenders; GC runs between phases when node has --expose-gc.
//   BENCH_AGENCY_STORES (200), BENCH_AGENCY_DAYS (90), BENCH_AGENCY_ROUNDS (3)
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { briefInputFromExports, briefStores, type StoreBriefInput } from '../src/brief/index.js';
import { listStores, readStoreFolder, type StoreFolder } from '../src/cli/folder.js';
import { generateAgency } from '../examples/agency/generate.js';

const gc = (globalThis as { gc?: () => void }).gc;

/** Wall time and this process's CPU time (user + system): on a shared machine the wall time also holds other processes' turns. */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ seconds: number; cpu: number; result: T }> {
  gc?.();
  const c = process.cpuUsage();
  const t = performance.now();
  const result = await fn();
  const used = process.cpuUsage(c);
  return { seconds: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6, result };
}

async function readAll(dir: string): Promise<StoreFolder[]> {
  const out: StoreFolder[] = [];
  for (const id of await listStores(dir)) out.push(await readStoreFolder(dir, id));
  return out;
}

async function bytesOnly(dir: string): Promise<number> {
  let n = 0;
  for (const id of await listStores(dir)) for (const f of readdirSync(join(dir, id))) n += (await readFile(join(dir, id, f))).length;
  return n;
}

function compute(folders: StoreFolder[]) {
  const inputs: StoreBriefInput[] = folders.map((f) => ({
    id: f.id,
    input: briefInputFromExports(f.reads.map((r) => ({ ...r.result, fileName: r.file })), { storeName: f.config.name ?? f.id, plan: f.plan ?? [] }),
  }));
  return briefStores(inputs, { locale: 'zh-CN' });
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${(s[Math.floor(s.length / 2)] as number).toFixed(2)} s (${(s[0] as number).toFixed(2)}–${(s[s.length - 1] as number).toFixed(2)})`;
};

export default async function agencyBench(): Promise<void> {
  const stores = Number(process.env['BENCH_AGENCY_STORES'] ?? 200);
  const days = Number(process.env['BENCH_AGENCY_DAYS'] ?? 90);
  const rounds = Number(process.env['BENCH_AGENCY_ROUNDS'] ?? 3);
  const dir = mkdtempSync(join(tmpdir(), 'storeops-agency-bench-'));
  try {
    const gen = await timed(() => generateAgency(dir, { stores, days }));
    console.log(`${stores} stores × ${days} days written in ${gen.seconds.toFixed(1)} s (not timed below)${gc === undefined ? '; no --expose-gc: GC not forced between phases' : ''}`);
    const read: number[] = [];
    const bytes: number[] = [];
    const computing: number[] = [];
    const readCpu: number[] = [];
    const computeCpu: number[] = [];
    const total: number[] = [];
    const perRoundShare: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? ['read', 'bytes'] : ['bytes', 'read'];
      let folders: StoreFolder[] = [];
      for (const which of order) {
        if (which === 'bytes') bytes.push((await timed(() => bytesOnly(dir))).seconds);
        else {
          const r = await timed(() => readAll(dir));
          read.push(r.seconds);
          readCpu.push(r.cpu);
          folders = r.result;
        }
      }
      const c = await timed(() => compute(folders));
      if (c.result.briefs.length !== stores) throw new Error(`only ${c.result.briefs.length} of ${stores} stores briefed: ${JSON.stringify(c.result.skipped[0])}`);
      computing.push(c.seconds);
      computeCpu.push(c.cpu);
      total.push((read.at(-1) as number) + c.seconds);
      perRoundShare.push((read.at(-1) as number) / ((read.at(-1) as number) + c.seconds));
    }
    console.log(`median of ${rounds} rounds (min–max), wall time [CPU time of this process]:`);
    console.log(`  reading   (files + readExport + plan)      ${stats(read)} [${stats(readCpu)}]`);
    console.log(`    of which bytes only (readFile)          ${stats(bytes)}`);
    console.log(`  computing (briefInputFromExports + briefStores) ${stats(computing)} [${stats(computeCpu)}]`);
    console.log(`  read and briefed                           ${stats(total)} [${stats(readCpu.map((r, i) => r + (computeCpu[i] as number)))}]  — target: well under 60 s`);
    console.log(`  load average while measuring: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
    console.log(`  reading's share of the total               ${stats(perRoundShare.map((x) => x * 100)).replace(/ s/g, ' %')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
