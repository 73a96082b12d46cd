// Runs every `@example` in the JSDoc of src/: each line written `expression //=> expected` is
// evaluated and compared with the expected value, so documentation cannot drift from behaviour.
// `expression //=> throws CODE` asserts a StoreOpsError with that code.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Decimal } from '../../src/core/decimal.js';
import { isDecimal } from '../../src/core/money.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const srcDir = join(root, 'src');
const outDir = join(root, '.cache', 'doc-examples');

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listTs(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

interface Example {
  file: string;
  line: number;
  code: string[];
}

function extractExamples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i] ?? '')) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```/.test(lines[j] ?? '')) j++;
    const start = j + 1;
    let k = start;
    while (k < lines.length && !/^\s*\*\s*```/.test(lines[k] ?? '')) k++;
    out.push({ file, line: start + 1, code: lines.slice(start, k).map((l) => l.replace(/^\s*\*\s?/, '')) });
    i = k;
  }
  return out;
}

function compile(example: Example): string {
  const body: string[] = [];
  const imports: string[] = [];
  for (const raw of example.code) {
    const line = raw.replace(/from '(storeops(?:\/[\w-]+)?(?:\/internal)?)'/, (_m, spec: string) => {
      // `storeops/core/internal`: the examples of internal core helpers (not a package entry).
      const target =
        spec === 'storeops' ? join(srcDir, 'index.ts') : spec.endsWith('/internal') ? join(srcDir, `${spec.slice('storeops/'.length)}.ts`) : join(srcDir, spec.slice('storeops/'.length), 'index.ts');
      return `from ${JSON.stringify(target)}`;
    });
    if (/^\s*import\s/.test(line)) {
      imports.push(line);
      continue;
    }
    const m = /^(.*?)\s*\/\/=>\s*(.+)$/.exec(line);
    if (m && m[1]?.trim()) {
      const expr = m[1].trim().replace(/;$/, '');
      const expected = (m[2] ?? '').trim();
      const thrown = /^throws\s+([A-Z_]+)$/.exec(expected);
      body.push(
        thrown
          ? `__checks.push({ expr: ${JSON.stringify(expr)}, run: () => (${expr}), throws: ${JSON.stringify(thrown[1])} });`
          : `__checks.push({ expr: ${JSON.stringify(expr)}, run: () => (${expr}), expected: (${expected}) });`,
      );
    } else body.push(line);
  }
  return `${imports.join('\n')}\nexport const __checks: any[] = [];\n${body.join('\n')}\n`;
}

function matches(actual: unknown, expected: unknown): boolean {
  if (isDecimal(actual)) {
    if (typeof expected === 'number' || typeof expected === 'string') return (actual as Decimal).eq(expected);
    return false;
  }
  if (typeof expected === 'number' && typeof actual === 'number') {
    return Object.is(actual, expected) || Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  }
  if (expected instanceof Map) {
    return actual instanceof Map && [...expected].every(([k, v]) => actual.has(k) && matches(actual.get(k), v));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
  }
  return Object.is(actual, expected);
}

// Markdown: every ```ts block of README.md and docs/guides/*.md that has a `//=>` line.
function extractMarkdownExamples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i] ?? '')) continue;
    let k = i + 1;
    while (k < lines.length && !/^```\s*$/.test(lines[k] ?? '')) k++;
    const code = lines.slice(i + 1, k);
    if (code.some((l) => l.includes('//=>'))) out.push({ file, line: i + 2, code });
    i = k;
  }
  return out;
}

const guidesDir = join(root, 'docs', 'guides');
const markdown = [
  join(root, 'README.md'),
  ...(existsSync(guidesDir) ? readdirSync(guidesDir).filter((f) => f.endsWith('.md')).map((f) => join(guidesDir, f)) : []),
];
const examples = [...listTs(srcDir).flatMap(extractExamples), ...markdown.filter((f) => existsSync(f)).flatMap(extractMarkdownExamples)];
mkdirSync(outDir, { recursive: true });

describe('JSDoc @example blocks and markdown examples', () => {
  it('exist for every exported function of src/', () => {
    const missing: string[] = [];
    for (const file of listTs(srcDir)) {
      const text = readFileSync(file, 'utf8');
      const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export function (\w+)/g;
      // Overloads of one function share the doc comment of the first signature.
      const documented = new Set<string>();
      for (const m of text.matchAll(re)) {
        const doc = m[1] ?? '';
        const name = m[2] as string;
        if (doc.includes('@internal') || documented.has(name)) continue;
        if (doc.includes('@example')) documented.add(name);
        else missing.push(`${relative(root, file)}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const [n, example] of examples.entries()) {
    const name = `${relative(root, example.file)}:${example.line}`;
    it(name, async () => {
      const path = join(outDir, `example-${n}.ts`);
      writeFileSync(path, compile(example));
      const mod = (await import(/* @vite-ignore */ path)) as { __checks: { expr: string; run: () => unknown; expected?: unknown; throws?: string }[] };
      expect(mod.__checks.length, `${name} has no //=> line`).toBeGreaterThan(0);
      for (const check of mod.__checks) {
        if (check.throws !== undefined) {
          let error: unknown;
          try {
            check.run();
          } catch (e) {
            error = e;
          }
          expect((error as { code?: string } | undefined)?.code, check.expr).toBe(check.throws);
          continue;
        }
        const actual = check.run();
        expect(matches(actual, check.expected), `${check.expr}\n  actual:   ${JSON.stringify(actual)}\n  expected: ${JSON.stringify(check.expected)}`).toBe(true);
      }
    });
  }
});
