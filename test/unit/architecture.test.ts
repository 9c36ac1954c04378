// The core (API client, OData, sandbox) and the extension's vscode-free helpers must load in plain Node:
// no runtime import of `vscode` (import type is fine, it is erased).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CORE_DIRS = ['src/api', 'src/odata', 'src/sandbox', 'src/query'];
/** Explorer helpers kept free of vscode so plain Node can test them. */
const VSCODE_FREE_FILES = [
  'src/constants.ts',
  'src/documents/detailsUri.ts',
  'src/documents/fleetRef.ts',
  'src/documents/loadDetails.ts',
  'src/tree/contextValue.ts',
  'src/tree/describe.ts',
  'src/commands/searchFleet.ts',
  'src/auth/account.ts',
  'src/auth/fieldAtFault.ts',
  'src/auth/summary.ts',
  'src/queries/ids.ts',
  'src/queries/queryArgs.ts',
  'src/queries/resultUri.ts',
];

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
        !!clause && (clause.isTypeOnly || (!clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)));
      if (!allTypeOnly) hit(node);
    } else if (ts.isExportDeclaration(node) && isVscode(node.moduleSpecifier) && !node.isTypeOnly) {
      hit(node);
    } else if (ts.isImportEqualsDeclaration(node) && !node.isTypeOnly && ts.isExternalModuleReference(node.moduleReference) && isVscode(node.moduleReference.expression)) {
      hit(node);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) && isVscode(node.arguments[0])) {
      hit(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return lines;
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

  for (const dir of CORE_DIRS) {
    it(`${dir} imports nothing from vscode at runtime`, () => {
      const files = tsFiles(path.join(ROOT, dir));
      assert.ok(files.length > 0, `no TypeScript files under ${dir}`);
      const offenders = files.flatMap((f) => runtimeVscodeImports(fs.readFileSync(f, 'utf8'), f).map((line) => `${path.relative(ROOT, f)}:${line}`));
      assert.deepStrictEqual(offenders, []);
    });
  }

  it('the explorer helpers tested in plain Node import nothing from vscode at runtime', () => {
    const offenders = VSCODE_FREE_FILES.flatMap((rel) => {
      const file = path.join(ROOT, rel);
      assert.ok(fs.existsSync(file), `${rel} is gone; update this list`);
      return runtimeVscodeImports(fs.readFileSync(file, 'utf8'), file).map((line) => `${rel}:${line}`);
    });
    assert.deepStrictEqual(offenders, []);
  });
});
