/**
 * Traffic-source rows as a tree (店铺来源 two- and three-level exports). Each row names a node by
 * its path of levels; a `汇总`/`合计`/`总计`/`小计` label at a level means "the subtotal of the
 * node above" (`汇总,汇总,汇总` is the store, `淘内免费,汇总,汇总` the 淘内免费 group). Blank
 * cells of a level above a written one are carried down from the row above (merged first
 * column). A node with children is a subtotal; a node without is a leaf, whatever its depth:
 * each branch is taken at its own deepest level, so the leaves add up to the store once each.
 * @internal
 */

/** Labels of subtotal rows. @internal */
export const TOTAL_LABELS: ReadonlySet<string> = /* @__PURE__ */ new Set(['汇总', '合计', '总计', '小计']);

/** One source row going into the tree. @internal */
export interface SourceEntry {
  /** Position of the row in the input. */
  index: number;
  /** 一级 / 二级 / 三级 cells as read (trimmed; undefined when blank). */
  levels: [string | undefined, string | undefined, string | undefined];
  /** The day (or period) the row belongs to: rows of different days are different trees. */
  day: string;
  /** 访客数 of the row (undefined when blank). */
  visitors: number | undefined;
  /** False when the row has a bad cell (it is left out, but still shapes the tree). */
  good: boolean;
}

/** What the tree says about one entry. @internal */
export interface SourceVerdict {
  /** The path after carrying down (empty for the store's own total), or null when unusable. */
  path: string[] | null;
  /** `leaf` rows are sources; `subtotal` rows are taken out (reported as notes). */
  role: 'leaf' | 'subtotal' | 'unusable';
  /** A subtotal row (汇总) of a group listed without its details: it stands for the group. */
  groupTotal?: true;
  /** Why the row cannot be placed (carry-down impossible, duplicate source). */
  problem?: { column: 0 | 1 | 2 | -1; message: string };
}

/** A subtotal whose children do not add up to it. @internal */
export interface SubtotalMismatch {
  /** The subtotal row. */
  index: number;
  path: string[];
  day: string;
  visitors: number;
  childrenVisitors: number;
}

interface TreeNode {
  path: string[];
  entries: number[];
  children: Map<string, TreeNode>;
}

function nodeAt(root: TreeNode, path: readonly string[]): TreeNode {
  let node = root;
  for (let k = 0; k < path.length; k++) {
    const name = path[k] as string;
    let child = node.children.get(name);
    if (child === undefined) {
      child = { path: path.slice(0, k + 1), entries: [], children: new Map() };
      node.children.set(name, child);
    }
    node = child;
  }
  return node;
}

/**
 * Places every entry in its day's tree: carries blank level cells down, reads the 汇总 labels,
 * and marks each row as a leaf (a source) or a subtotal; checks each subtotal against its
 * children's visitors. @internal
 */
export function resolveSourceTree(entries: readonly SourceEntry[]): { verdicts: SourceVerdict[]; mismatches: SubtotalMismatch[] } {
  const verdicts: SourceVerdict[] = [];
  const paths: (string[] | null)[] = [];
  let prev: (string | undefined)[] = [];
  for (const e of entries) {
    const lv: (string | undefined)[] = [...e.levels];
    let deepest = -1;
    for (let k = 0; k < 3; k++) if (lv[k] !== undefined) deepest = k;
    let problem: SourceVerdict['problem'];
    for (let k = 0; k < deepest && problem === undefined; k++) {
      if (lv[k] !== undefined) continue;
      const above = prev[k];
      let sameParent = above !== undefined && !TOTAL_LABELS.has(above);
      for (let j = 0; j < k && sameParent; j++) sameParent = prev[j] === lv[j];
      if (sameParent) lv[k] = above;
      else problem = { column: k as 0 | 1 | 2, message: 'blank source level with no source above it to carry down (merged cells)' };
    }
    if (deepest < 0) problem = { column: -1, message: 'required source name is missing' };
    if (problem !== undefined) {
      verdicts.push({ path: null, role: 'unusable', problem });
      paths.push(null);
      continue;
    }
    prev = lv;
    const path: string[] = [];
    for (let k = 0; k < 3; k++) {
      const v = lv[k];
      if (v === undefined || TOTAL_LABELS.has(v)) break;
      path.push(v);
    }
    paths.push(path);
    verdicts.push({ path, role: 'leaf' });
  }

  // One tree per day.
  const trees = new Map<string, TreeNode>();
  entries.forEach((e, i) => {
    const path = paths[i];
    if (path === null || path === undefined) return;
    let root = trees.get(e.day);
    if (root === undefined) {
      root = { path: [], entries: [], children: new Map() };
      trees.set(e.day, root);
    }
    nodeAt(root, path).entries.push(i);
  });

  const mismatches: SubtotalMismatch[] = [];
  for (const [day, root] of trees) {
    const valueOf = (node: TreeNode): number | undefined => {
      for (const i of node.entries) {
        const e = entries[i] as SourceEntry;
        if (e.good) return e.visitors ?? 0;
      }
      if (node.children.size === 0) return undefined;
      let total = 0;
      for (const child of node.children.values()) {
        const v = valueOf(child);
        if (v === undefined) return undefined;
        total += v;
      }
      return total;
    };
    const visit = (node: TreeNode): void => {
      const internal = node.children.size > 0 || node.path.length === 0;
      node.entries.forEach((i, n) => {
        const v = verdicts[i] as SourceVerdict;
        const e = entries[i] as SourceEntry;
        if (internal) v.role = 'subtotal';
        else if (n > 0) {
          v.role = 'unusable';
          v.problem = { column: -1, message: `the same source as row ${entries[node.entries[0] as number]?.index} on the same day (counted once only)` };
        } else if (TOTAL_LABELS.has(e.levels[node.path.length] ?? '')) v.groupTotal = true;
      });
      if (node.children.size > 0) {
        const own = node.entries.map((i) => entries[i] as SourceEntry).find((e) => e.good && e.visitors !== undefined);
        if (own !== undefined) {
          let sum = 0;
          let complete = true;
          for (const child of node.children.values()) {
            const cv = valueOf(child);
            if (cv === undefined) complete = false;
            else sum += cv;
          }
          if (complete && sum !== own.visitors) mismatches.push({ index: own.index, path: node.path, day, visitors: own.visitors as number, childrenVisitors: sum });
        }
      }
      for (const child of node.children.values()) visit(child);
    };
    visit(root);
  }
  return { verdicts, mismatches };
}
