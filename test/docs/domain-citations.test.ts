// The domain reference ships with the project (issue 12, item 7): every citation points at a
// section of docs/domain.en.md or docs/domain.zh-CN.md that exists, and none at a DOMAIN.md that
// is not in the repository (typedoc turned that into a link to http://DOMAIN.md).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'api' && name !== 'node_modules' && name !== 'data') files(p, out);
    } else if (/\.(ts|md)$/.test(name)) out.push(p);
  }
  return out;
}
const sources = [...files(join(root, 'src')), ...files(join(root, 'docs')), join(root, 'README.md')];

/** Heading slugs as typedoc and GitHub make them for "## 3. Page health" → "3-page-health". */
function slugs(doc: string): Set<string> {
  const text = readFileSync(join(root, 'docs', doc), 'utf8');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[.()（）:：,，]/g, '').replace(/\s+/g, '-')));
}
const anchors = { 'domain.en.md': slugs('domain.en.md'), 'domain.zh-CN.md': slugs('domain.zh-CN.md') };

describe('domain reference citations', () => {
  it('cite no DOMAIN.md', () => {
    const bad = sources.filter((f) => readFileSync(f, 'utf8').includes('DOMAIN.md')).map((f) => relative(root, f));
    expect(bad).toEqual([]);
  });

  it('link to sections that exist, by a path that resolves from the citing file', () => {
    let links = 0;
    for (const f of sources) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\]\(([^)#\s]*(domain\.(?:en|zh-CN)\.md))#([^)\s]+)\)/g)) {
        links++;
        const [, path, doc, anchor] = m as unknown as [string, string, keyof typeof anchors, string];
        const target = resolve(dirname(f), path);
        expect(target, `${relative(root, f)}: ${path}`).toBe(join(root, 'docs', doc));
        expect(anchors[doc].has(anchor), `${relative(root, f)}: #${anchor}`).toBe(true);
      }
    }
    expect(links).toBeGreaterThan(100);
  });
});
