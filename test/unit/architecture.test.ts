// The core (API client, OData, sandbox) and the extension's vscode-free helpers must load in plain Node:
// no runtime import of `vscode` (import type is fine, it is erased).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..', '..');
/** The two floors: `src/core` never touches VS Code, `src/ui` is the VS Code side. */
const CORE = 'src/core';
const UI = 'src/ui';
/** What may stand at the top of src/ besides the two floors. */
const TOP_LEVEL = ['constants.ts', 'core', 'extension.ts', 'ui'];
/** Rooms of the core and the rooms each may import from (besides itself). */
const CORE_ROOMS: Record<string, string[]> = {
  api: ['odata'],
  fleetIds: ['api', 'odata'],
  odata: [],
  queryLanguage: ['api', 'odata'],
  sandbox: ['api', 'odata'],
};
/** Rooms of the VS Code side and the rooms each may import from (besides itself, the core and constants.ts). */
const UI_ROOMS: Record<string, string[]> = {
  session: [],
  demo: ['session'],
  documents: ['session'],
  fleetView: ['session', 'documents'],
  commands: ['session', 'demo', 'documents', 'fleetView'],
  queryViews: ['session', 'documents', 'fleetView', 'commands'],
  fleetIds: ['session', 'commands'],
};
/** Files directly in src/ui: the logger adapter, which only extension.ts uses. */
const UI_FILES = ['log.ts'];

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Line numbers of imports/requires of `vscode` that survive compilation. */
export function runtimeVscodeImports(source: string, fileName = 'x.ts'): number[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const lines: number[] = [];
  const isVscode = (node: ts.Node | undefined) => !!node && ts.isStringLiteral(node) && node.text === 'vscode';
  const hit = (node: ts.Node) => lines.push(file.getLineAndCharacterOfPosition(node.getStart()).line + 1);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && isVscode(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allTypeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
      if (!allTypeOnly) hit(node);
    } else if (ts.isExportDeclaration(node) && isVscode(node.moduleSpecifier) && !node.isTypeOnly) {
      hit(node);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      !node.isTypeOnly &&
      ts.isExternalModuleReference(node.moduleReference) &&
      isVscode(node.moduleReference.expression)
    ) {
      hit(node);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      isVscode(node.arguments[0])
    ) {
      hit(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return lines;
}

/** Relative module specifiers a file imports or re-exports (type-only ones included), resolved to repo paths. */
function localImports(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const specs: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specs.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      specs.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs.filter((s) => s.startsWith('.')).map((s) => path.relative(ROOT, path.resolve(path.dirname(file), s)));
}

/** The source file a resolved specifier names (x.ts or x/index.ts). */
function sourceOf(rel: string): string | undefined {
  return [`${rel}.ts`, path.join(rel, 'index.ts'), rel].find((c) => c.endsWith('.ts') && fs.existsSync(path.join(ROOT, c)));
}

/**
 * `file -> target` for every import of a room of src/<floor> that goes neither to its own room, nor to a room
 * it may use (`rooms`), nor to a part of src/ every room may use (`shared`: a floor or a top-level file).
 */
function forbiddenImports(floor: string, rooms: Record<string, string[]>, shared: string[]): string[] {
  const offenders: string[] = [];
  for (const [room, allowed] of Object.entries(rooms)) {
    for (const file of tsFiles(path.join(ROOT, 'src', floor, room))) {
      for (const target of localImports(file)) {
        const [targetFloor, targetRoom] = path.relative(path.join(ROOT, 'src'), path.join(ROOT, target)).split(path.sep);
        const ok = shared.includes(targetFloor) || (targetFloor === floor && (targetRoom === room || allowed.includes(targetRoom)));
        if (!ok) offenders.push(`${path.relative(ROOT, file)} -> ${target}`);
      }
    }
  }
  return offenders;
}

describe('architecture', () => {
  it('the detector tells runtime imports from type-only ones', () => {
    assert.deepStrictEqual(runtimeVscodeImports("import * as vscode from 'vscode';"), [1]);
    assert.deepStrictEqual(runtimeVscodeImports("import { window } from 'vscode';"), [1]);
    assert.deepStrictEqual(runtimeVscodeImports("import 'vscode';"), [1]);
    assert.deepStrictEqual(runtimeVscodeImports("const v = require('vscode');"), [1]);
    assert.deepStrictEqual(runtimeVscodeImports("\nconst v = await import('vscode');"), [2]);
    assert.deepStrictEqual(runtimeVscodeImports("export { Uri } from 'vscode';"), [1]);
    assert.deepStrictEqual(runtimeVscodeImports("import type * as vscode from 'vscode';"), []);
    assert.deepStrictEqual(runtimeVscodeImports("import type { Uri } from 'vscode';"), []);
    assert.deepStrictEqual(runtimeVscodeImports("import { type Uri } from 'vscode';"), []);
    assert.deepStrictEqual(runtimeVscodeImports("import { type Uri, window } from 'vscode';"), [1]);
    assert.deepStrictEqual(runtimeVscodeImports("// require('vscode')\nconst s = \"import 'vscode'\";"), []);
  });

  it('src/ holds only extension.ts, constants.ts and the two floors core/ and ui/', () => {
    assert.deepStrictEqual(fs.readdirSync(path.join(ROOT, 'src')).sort(), TOP_LEVEL);
    assert.deepStrictEqual(fs.readdirSync(path.join(ROOT, CORE)).sort(), Object.keys(CORE_ROOMS).sort());
  });

  it('src/core imports nothing from vscode, not even types', () => {
    const files = tsFiles(path.join(ROOT, CORE));
    assert.ok(files.length > 50, 'the core is missing');
    const offenders = files.filter((f) => /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(fs.readFileSync(f, 'utf8')));
    assert.deepStrictEqual(
      offenders.map((f) => path.relative(ROOT, f)),
      [],
    );
  });

  it('every import in src/core points down or sideways to an allowed room, never up to ui/ or extension.ts', () => {
    assert.deepStrictEqual(forbiddenImports('core', CORE_ROOMS, []), []);
  });

  it('every import in src/ui points to the core, constants.ts or an allowed room, never up to extension.ts', () => {
    assert.deepStrictEqual(fs.readdirSync(path.join(ROOT, UI)).sort(), [...Object.keys(UI_ROOMS), ...UI_FILES].sort());
    assert.deepStrictEqual(forbiddenImports('ui', UI_ROOMS, ['core', 'constants']), []);
  });

  it('no two files of src/ import each other, directly or round a circle (type-only imports included)', () => {
    const imports = new Map(
      tsFiles(path.join(ROOT, 'src')).map((f) => [
        path.relative(ROOT, f),
        localImports(f)
          .map(sourceOf)
          .filter((t): t is string => !!t),
      ]),
    );
    const circles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, trail: string[]) => {
      const at = trail.indexOf(file);
      if (at >= 0) return void circles.push([...trail.slice(at), file].join(' -> '));
      if (done.has(file)) return;
      for (const next of imports.get(file) ?? []) visit(next, [...trail, file]);
      done.add(file);
    };
    for (const file of imports.keys()) visit(file, []);
    assert.deepStrictEqual(circles, []);
  });

  it('the ui/ files that plain-Node tests load import nothing from vscode at runtime, nor do their imports', () => {
    const start = tsFiles(path.join(ROOT, 'test', 'unit'))
      .flatMap(localImports)
      .map(sourceOf)
      .filter((f): f is string => !!f && f.startsWith(UI + '/'));
    assert.ok(start.length > 3, 'no ui/ file is loaded by a unit test; the check would prove nothing');
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (rel: string) => {
      if (seen.has(rel) || !rel.startsWith('src/')) return;
      seen.add(rel);
      const file = path.join(ROOT, rel);
      offenders.push(...runtimeVscodeImports(fs.readFileSync(file, 'utf8'), file).map((line) => `${rel}:${line}`));
      localImports(file)
        .map(sourceOf)
        .forEach((f) => f && visit(f));
    };
    start.forEach(visit);
    assert.deepStrictEqual(offenders, []);
  });
});
