#!/usr/bin/env node
// The public API report: every export of the package root and of each subpath, with its type,
// as the TypeScript compiler sees it in src/. Checked in as api/storeops.api.md.
//
//   node scripts/api-report.mjs           check: fail with a diff when the API differs from the report
//   node scripts/api-report.mjs --update  rewrite the report (`npm run api:update`)
//
// A changed report is a changed contract: see CONTRIBUTING.md (Releases) for which version bump
// each kind of change needs.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportPath = join(root, 'api', 'storeops.api.md');
const update = process.argv.includes('--update');

const modules = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'src', d.name, 'index.ts')))
  .map((d) => d.name)
  .sort();
const entries = [
  { name: 'storeops', file: join(root, 'src', 'index.ts') },
  ...modules.map((m) => ({ name: `storeops/${m}`, file: join(root, 'src', m, 'index.ts') })),
];

const program = ts.createProgram(
  entries.map((e) => e.file),
  {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
  },
);
const checker = program.getTypeChecker();
const F = ts.TypeFormatFlags;
const flags = F.NoTruncation | F.UseSingleQuotesForStringLiteralType | F.WriteClassExpressionAsTypeLiteral;

const one = (s) => s.replace(/\s+/g, ' ').trim();
const typeText = (type, extra = 0) => one(checker.typeToString(type, undefined, flags | extra));
const sigText = (sig) => one(checker.signatureToString(sig, undefined, flags));
const propName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
// A message catalog's texts are not its contract (its codes and locales are): print `MessageText`.
const isMessageText = (type) => {
  const names = checker.getPropertiesOfType(type).map((p) => p.name).sort();
  return names.length === 2 && names[0] === 'en' && names[1] === 'zh-CN' && type.getCallSignatures().length === 0;
};
const typeParams = (decl) =>
  decl.typeParameters && decl.typeParameters.length > 0 ? `<${decl.typeParameters.map((p) => one(p.getText())).join(', ')}>` : '';

function members(type) {
  const lines = [];
  for (const prop of checker.getPropertiesOfType(type).sort((a, b) => a.name.localeCompare(b.name))) {
    const decl = prop.valueDeclaration ?? prop.declarations?.[0];
    if (decl && ts.getCombinedModifierFlags(decl) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
    if (prop.name.startsWith('#')) continue;
    const optional = prop.flags & ts.SymbolFlags.Optional ? '?' : '';
    const readonly = decl && ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Readonly ? 'readonly ' : '';
    const propType = checker.getTypeOfSymbol(prop);
    const key = propName(prop.name);
    if (prop.flags & ts.SymbolFlags.Method) {
      for (const sig of propType.getCallSignatures()) lines.push(`  ${key}${optional}${sigText(sig)};`);
    } else lines.push(`  ${readonly}${key}${optional}: ${isMessageText(propType) ? 'MessageText' : typeText(propType)};`);
  }
  for (const sig of type.getCallSignatures()) lines.push(`  ${sigText(sig)};`);
  const index = checker.getIndexInfosOfType(type);
  for (const info of index) lines.push(`  [key: ${typeText(info.keyType)}]: ${typeText(info.type)};`);
  return lines;
}

function describe(name, symbol) {
  const decl = symbol.declarations?.[0];
  if (!decl) return [`unknown ${name}`];
  if (ts.isFunctionDeclaration(decl)) {
    return checker.getTypeOfSymbol(symbol).getCallSignatures().map((s) => `function ${name}${sigText(s)}`);
  }
  if (ts.isClassDeclaration(decl)) {
    const ctorType = checker.getTypeOfSymbol(symbol);
    const out = [`class ${name}${typeParams(decl)} {`];
    for (const sig of ctorType.getConstructSignatures()) out.push(`  constructor${sigText(sig).replace(/: [^:]*$/, '')};`);
    out.push(...members(checker.getDeclaredTypeOfSymbol(symbol)), '}');
    return out;
  }
  if (ts.isInterfaceDeclaration(decl)) {
    return [`interface ${name}${typeParams(decl)} {`, ...members(checker.getDeclaredTypeOfSymbol(symbol)), '}'];
  }
  if (ts.isTypeAliasDeclaration(decl)) {
    return [`type ${name}${typeParams(decl)} = ${typeText(checker.getDeclaredTypeOfSymbol(symbol), F.InTypeAlias)}`];
  }
  if (ts.isVariableDeclaration(decl)) {
    const keyword = (decl.parent.flags & ts.NodeFlags.Const) !== 0 ? 'const' : 'let';
    const type = checker.getTypeOfSymbol(symbol);
    // An object literal (a catalog, a preset): one member per line.
    if (type.symbol?.name === '__object' && type.getCallSignatures().length === 0) return [`${keyword} ${name}: {`, ...members(type), '}'];
    return [`${keyword} ${name}: ${typeText(type)}`];
  }
  if (ts.isEnumDeclaration(decl)) return [`enum ${name} { ${decl.members.map((m) => m.name.getText()).join(', ')} }`];
  return [`${ts.SyntaxKind[decl.kind]} ${name}`];
}

function exportsOf(file) {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read exports of ${file}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((s) => ({ name: s.name, target: s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
if (diagnostics.length > 0) {
  console.error(ts.formatDiagnostics(diagnostics.slice(0, 10), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  console.error('api-report: the sources do not type-check; fix them first.');
  process.exit(1);
}

const bySubpath = new Map();
for (const entry of entries.slice(1)) for (const e of exportsOf(entry.file)) if (!bySubpath.has(e.target)) bySubpath.set(e.target, entry.name);

const out = [
  '# storeops public API',
  '',
  '<!-- Generated by `npm run api:update` from src/. `npm test` fails while this file differs from the code: -->',
  '<!-- update it on purpose, and choose the version bump by CONTRIBUTING.md (Releases). -->',
  '',
];
for (const entry of entries) {
  const list = exportsOf(entry.file);
  out.push(`## ${entry.name}`, '', `${list.length} exports.`, '', '```ts');
  for (const { name, target } of list) {
    const home = bySubpath.get(target);
    if (entry.name === 'storeops' && home !== undefined) out.push(`export { ${name} } from '${home}'`);
    else out.push(...describe(name, target).map((l, i) => (i === 0 ? `export ${l}` : l)));
  }
  out.push('```', '');
}
const text = `${out.join('\n').trimEnd()}\n`;

if (update) {
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, text);
  console.log(`api: wrote ${reportPath.slice(root.length + 1)} (${entries.length} entry points)`);
  process.exit(0);
}

const current = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : '';
if (current === text) {
  console.log(`api: the public API matches api/storeops.api.md (${entries.length} entry points).`);
  process.exit(0);
}
console.error('api: the public API differs from api/storeops.api.md (- report, + code):\n');
console.error(lineDiff(current.split('\n'), text.split('\n')));
console.error('\nIf the change is intended, run `npm run api:update`, commit the report and pick the version bump');
console.error('(CONTRIBUTING.md, Releases). Otherwise restore the contract.');
process.exit(1);

/** A minimal line diff (longest common subsequence) with two lines of context. */
function lineDiff(a, b) {
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) (ops.push([' ', a[i]]), i++, j++);
    else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', a[i++]]);
    else ops.push(['+', b[j++]]);
  }
  const keep = ops.map((op, k) => op[0] !== ' ' || ops.slice(Math.max(0, k - 2), k + 3).some((o) => o[0] !== ' '));
  const lines = [];
  for (let k = 0; k < ops.length; k++) {
    if (keep[k]) lines.push(`${ops[k][0]} ${ops[k][1]}`);
    else if (keep[k - 1]) lines.push('  …');
  }
  return lines.join('\n');
}
