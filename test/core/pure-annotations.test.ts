// No work at import time, with one annotation per module-level value (issue 12 item 1: 149 in
// place of 673 per-call annotations, and 23 values that had none, zod schemas among them): every
// top-level initializer of src/ that makes a call is written `/* @__PURE__ */ call(...)` when it
// is one call of plain arguments, or `/* @__PURE__ */ pure(() => …)` around the calls it nests
// (a zod schema, a frozen table), so a bundler drops it and everything inside when nothing uses it.
// The bundle budgets (.size-limit.cjs) measure the effect; this test names the line that breaks it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { pure } from '../../src/core/pure.js';

const ANNOTATION = /\/\*\s*[#@]__PURE__\s*\*\//g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** The calls of `node` that run when it is evaluated (not those inside functions it defines). */
function callsAtEvaluation(node: ts.Node): number {
  if (ts.isFunctionLike(node)) return 0;
  let n = ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTaggedTemplateExpression(node) ? 1 : 0;
  ts.forEachChild(node, (child) => {
    n += callsAtEvaluation(child);
  });
  return n;
}

/** Problems of one file: top-level initializers that run unannotated calls, or carry more than one annotation. */
function problems(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) {
      // Inside functions and classes an annotation does nothing: none are written there.
      const body = text.slice(statement.getStart(), statement.end).replace(/\/\*\*[\s\S]*?\*\//g, '');
      if (ANNOTATION.test(body)) out.push(`${where(statement)}: an annotation outside a top-level initializer`);
      ANNOTATION.lastIndex = 0;
      continue;
    }
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (init === undefined) continue;
      const leading = text.slice(init.getFullStart(), init.getStart());
      const annotations = (text.slice(init.getFullStart(), init.end).match(ANNOTATION) ?? []).length;
      const calls = callsAtEvaluation(init);
      const name = declaration.name.getText(source);
      if (calls === 0) {
        if (annotations > 0) out.push(`${where(init)}: ${name} makes no call but is annotated`);
      } else if (!ANNOTATION.test(leading) || annotations !== 1) {
        out.push(`${where(init)}: ${name} runs ${calls} call(s) at import with ${annotations} annotation(s): write /* @__PURE__ */ pure(() => …)`);
      } else if (calls > 1 && !(ts.isCallExpression(init) && init.expression.getText(source) === 'pure')) {
        out.push(`${where(init)}: ${name} nests ${calls} calls under one annotation: wrap them in pure(() => …)`);
      }
      ANNOTATION.lastIndex = 0;
    }
  }
  return out;
}

describe('module-level values', () => {
  const files = sourceFiles('src');

  it('carry one /* @__PURE__ */ each, around every call they run at import', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(problems)).toEqual([]);
  });

  it('are built by pure() at once, as the value itself', () => {
    let runs = 0;
    const value = pure(() => ({ runs: ++runs }));
    expect(value).toEqual({ runs: 1 });
    expect(runs).toBe(1);
  });

  it('are found unannotated by this check (it can fail)', () => {
    const dir = join(process.env['TMPDIR'] ?? '/tmp', `storeops-pure-${process.pid}`);
    const file = `${dir}.ts`;
    const write = (code: string) => {
      ts.sys.writeFile(file, code);
      return problems(file);
    };
    expect(write('import { z } from "zod/mini";\nexport const s = z.object({ a: z.number() });\n')).toHaveLength(1);
    expect(write('import { z } from "zod/mini";\nexport const s = /* @__PURE__ */ z.object({ a: z.number() });\n')[0]).toMatch(/nests 2 calls/);
    expect(write('import { z } from "zod/mini";\nexport const s = /* @__PURE__ */ pure(() => z.object({ a: /* @__PURE__ */ z.number() }));\n')[0]).toMatch(/2 annotation/);
    expect(write('export const n = 1;\nexport const t = /* @__PURE__ */ Object.freeze({ a: 1 });\n')).toEqual([]);
    ts.sys.deleteFile?.(file);
  });
});
