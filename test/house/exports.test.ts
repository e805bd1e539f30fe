// No dead exports: every name that a module of graph/, server/ or ui/ exports is imported by some other module (the
// product's or a test's). A name used only in its own file is module-private; an export nothing reads is an entry
// point that does not exist. Imports are read from the syntax (static, re-exports, `import * as`, literal dynamic
// imports), which is what the codebase uses; a module imported by a computed path (the worker bundles' entries) is
// treated as wholly used.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Folders whose modules must export only what is imported. */
const CHECKED = ['ui/src/', 'graph/align/', 'graph/read/', 'graph/query/', 'graph/catalogue/', 'graph/export/', 'graph/entities/', 'graph/normalise/', 'graph/outline/', 'graph/pipeline/', 'graph/errors.ts', 'graph/model.ts', 'server/cli/', 'server/http/', 'server/mcp/', 'server/routes/', 'server/search/', 'server/seed.ts'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'fixtures', 'runtime']);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIPPED_DIRS.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|mts|mjs)$/.test(name) && !/\.d\.m?ts$/.test(name)) out.push(path);
  }
  return out;
}

/** The file a relative specifier names (`./x.ts`, `./x.js` for a .ts source, `./x.mjs`), or null for a package. */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const path = resolve(dirname(from), specifier);
  return [path, path.replace(/\.m?js$/, '.ts'), `${path}.ts`].find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

interface ModuleNames { exported: Set<string>; imported: Map<string, Set<string>> }

/** What one module exports at its top level, and which names it imports from which files ('*': all of them). */
function readModule(file: string): ModuleNames {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const exported = new Set<string>();
  const imported = new Map<string, Set<string>>();
  const use = (target: string | null, name: string) => {
    if (target) imported.set(target, (imported.get(target) ?? new Set()).add(name));
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveSpecifier(file, node.moduleSpecifier.text);
      const clause = node.importClause;
      if (!clause) use(target, '*');
      else {
        if (clause.name) use(target, 'default');
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) use(target, '*');
        else for (const e of bindings?.elements ?? []) use(target, (e.propertyName ?? e.name).text);
      }
    } else if (ts.isExportDeclaration(node)) {
      const target = node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) ? resolveSpecifier(file, node.moduleSpecifier.text) : null;
      if (!node.exportClause) use(target, '*');
      else if (ts.isNamedExports(node.exportClause)) {
        for (const e of node.exportClause.elements) {
          use(target, (e.propertyName ?? e.name).text);
          exported.add(e.name.text);
        }
      }
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg)) use(resolveSpecifier(file, arg.text), '*');
    }
    const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) ?? [] : [];
    if (node.parent === source && modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if (ts.isVariableStatement(node)) {
        for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) exported.add(d.name.text);
      } else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) {
        exported.add(node.name.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { exported, imported };
}

describe('exports', () => {
  it('every export of a checked module is imported by another module', () => {
    const files = ['graph', 'server', 'ui', 'test'].flatMap((d) => sources(join(ROOT, d)));
    const modules = new Map(files.map((f) => [f, readModule(f)]));
    const importedFrom = new Map<string, Set<string>>();
    for (const { imported } of modules.values()) {
      for (const [target, names] of imported) for (const n of names) importedFrom.set(target, (importedFrom.get(target) ?? new Set()).add(n));
    }
    const dead: string[] = [];
    for (const [file, { exported }] of modules) {
      const path = relative(ROOT, file);
      if (!CHECKED.some((c) => path.startsWith(c))) continue;
      const used = importedFrom.get(file) ?? new Set();
      if (used.has('*')) continue;
      for (const name of exported) if (!used.has(name)) dead.push(`${path}: ${name}`);
    }
    expect(dead, 'exported but imported nowhere: drop the `export`, or the code if nothing in its file reads it').toEqual([]);
  });
});
