// Random trees of traffic sources written the way 店铺来源 exports write them: ragged depths (a
// branch ends at level 1, 2 or 3), a subtotal row at every internal node (汇总 labels, or the
// group's own row with blank details), merged (blank, carried-down) cells, and subtotal rows
// before or after their children. The leaves read must add up to the root subtotal, and no
// subtotal may be read as a leaf.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSycmRows } from 'storeops/adapters';

interface Node {
  visitors?: number;
  children?: Node[];
}

const leaf: fc.Arbitrary<Node> = fc.integer({ min: 0, max: 100_000 }).map((visitors) => ({ visitors }));
const level3 = leaf;
const level2: fc.Arbitrary<Node> = fc.oneof(leaf, fc.array(level3, { minLength: 1, maxLength: 3 }).map((children) => ({ children })));
const level1: fc.Arbitrary<Node> = fc.oneof(leaf, fc.array(level2, { minLength: 1, maxLength: 4 }).map((children) => ({ children })));
const tree = fc.array(level1, { minLength: 1, maxLength: 5 });

// Known and unknown names; siblings get distinct names by their position.
const NAMES = [['淘内免费', '付费流量', '自主访问', '淘外APP', '新渠道'], ['手淘搜索', '万相台', '购物车', '直通车', '某频道'], ['关键词推广', '人群推广', '货品全站推广']];
const TOTALS = ['汇总', '合计', '总计'];

interface Written {
  cells: [string, string, string];
  visitors: number;
  subtotal: boolean;
  path: string[];
}

function valueOf(n: Node): number {
  return n.children === undefined ? (n.visitors as number) : n.children.reduce((s, c) => s + valueOf(c), 0);
}

/** Writes the tree's rows; `choices` decide the random layout choices in order. */
function write(nodes: Node[], choices: () => number): Written[] {
  const out: Written[] = [];
  const label = () => TOTALS[choices() % TOTALS.length] as string;
  const emit = (n: Node, path: string[]) => {
    const cells: [string, string, string] = ['', '', ''];
    path.forEach((p, k) => (cells[k] = p));
    if (n.children === undefined) {
      out.push({ cells, visitors: n.visitors as number, subtotal: false, path });
      return;
    }
    // A subtotal: 汇总 below its path (`淘内免费,汇总,汇总`) or, for a group, its own row with blank details.
    const own: Written = { cells: [...cells], visitors: valueOf(n), subtotal: true, path };
    if (path.length === 0 || choices() % 2 === 0) for (let k = path.length; k < 3; k++) own.cells[k] = label();
    const after = choices() % 3 === 0;
    if (!after) out.push(own);
    n.children.forEach((c, i) => emit(c, [...path, `${NAMES[path.length]?.[i % 5] ?? 'x'}${i >= 5 ? i : ''}`]));
    if (after) out.push(own);
  };
  emit({ children: nodes }, []);
  // Merged cells: a level cell equal to the row above's (same ancestors), above a written deeper
  // level, may be left blank.
  const blanked = out.map((w) => ({ ...w, shown: [...w.cells] as [string, string, string] }));
  for (let r = 1; r < blanked.length; r++) {
    const row = blanked[r]!;
    const prev = blanked[r - 1]!;
    const deepest = row.cells[2] !== '' ? 2 : row.cells[1] !== '' ? 1 : 0;
    for (let k = 0; k < deepest; k++) {
      const sameAncestors = row.cells.slice(0, k).every((c, j) => c === prev.cells[j]);
      if (sameAncestors && row.cells[k] === prev.cells[k] && !TOTALS.includes(prev.cells[k] as string) && choices() % 2 === 0) row.shown[k] = '';
      else break;
    }
  }
  return blanked.map((w) => ({ ...w, cells: w.shown }));
}

describe('the source tree', () => {
  it('the leaves read add up to the root subtotal, and no subtotal is read as a leaf', () => {
    fc.assert(
      fc.property(tree, fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (nodes, seed) => {
        let i = 0;
        const written = write(nodes, () => seed[i++ % seed.length] as number);
        const rows = written.map((w) => ({ 一级来源: w.cells[0], 二级来源: w.cells[1], 三级来源: w.cells[2], 访客数: w.visitors.toLocaleString('en-US') }));
        const r = parseSycmRows(rows, { date: '2026-05-31' });
        expect(r.errors).toEqual([]);
        const root = written.find((w) => w.path.length === 0) as Written;
        expect(r.rows.reduce((s, x) => s + (x.visitors ?? 0), 0)).toBe(root.visitors);
        // Exactly the leaves, by index and path; every subtotal is a note, and all agree.
        const leaves = written.flatMap((w, k) => (w.subtotal ? [] : [[k, w.path]]));
        expect(r.rows.map((x) => [x.index, x.sourcePath])).toEqual(leaves);
        expect(r.rows.some((x) => TOTALS.includes(x.source ?? ''))).toBe(false);
        expect(r.notes.filter((n) => n.code === 'SUBTOTAL_ROW').length).toBe(written.filter((w) => w.subtotal).length);
        expect(r.notes.filter((n) => n.code === 'SUBTOTAL_MISMATCH')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
