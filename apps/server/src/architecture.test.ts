import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANAGED_SOPS } from '@sigap/core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MODULES } from './modules';

/**
 * The module shape (DESIGN §5, docs/MODULES.md), checked on the source itself: the platform never
 * imports a module, a module never imports another module, routes never reach the database,
 * and each file of a module's `use-cases/` holds one use case.
 */
const SRC = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

/** Every module specifier of a file (static imports, re-exports, dynamic imports). */
function specifiers(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The imported file, relative to `src/`, or the package name for a bare specifier. */
function target(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = path.resolve(path.dirname(from), spec);
  const file = [`${base}.ts`, path.join(base, 'index.ts'), base].find((f) => existsSync(f)) ?? base;
  return path.relative(SRC, file).split(path.sep).join('/');
}

const files = sourceFiles(SRC).map((f) => ({
  rel: path.relative(SRC, f).split(path.sep).join('/'),
  sf: parse(f),
}));
const imports = files.flatMap(({ rel, sf }) =>
  specifiers(sf).map((spec) => ({ from: rel, to: target(path.join(SRC, rel), spec) })),
);
const moduleOf = (rel: string) => /^modules\/([^/]+)\//.exec(rel)?.[1] ?? null;

describe('module boundaries', () => {
  it('finds the layout it checks', () => {
    expect(files.some((f) => f.rel.startsWith('platform/'))).toBe(true);
    expect(files.some((f) => f.rel.startsWith('modules/complaints/use-cases/'))).toBe(true);
    expect(imports.length).toBeGreaterThan(500);
  });

  it('the platform never imports a module, nor the composition root', () => {
    const bad = imports.filter(
      (i) =>
        i.from.startsWith('platform/') &&
        (i.to.startsWith('modules/') || /^(app|main|modules)\.ts$/.test(i.to)),
    );
    expect(bad).toEqual([]);
  });

  it('a module imports only the platform, its own folder and packages', () => {
    const bad = imports.filter((i) => {
      const own = moduleOf(i.from);
      if (!own || !i.to.includes('/') || !i.to.endsWith('.ts')) return false;
      return !(i.to.startsWith('platform/') || i.to.startsWith(`modules/${own}/`));
    });
    expect(bad).toEqual([]);
  });

  it('routes never reach the database', () => {
    const routes = imports.filter((i) => /(^|\/)routes\//.test(i.from));
    const bad = routes.filter(
      (i) =>
        /(^|\/)(db|repository)\//.test(i.to) ||
        /^modules\/[^/]+\/schema\.ts$/.test(i.to) ||
        /^(drizzle-orm|pg|@electric-sql\/)/.test(i.to),
    );
    expect(bad).toEqual([]);
  });

  it('each file of a module use-cases folder exports exactly one use case', () => {
    const useCases = files.filter((f) => /^modules\/[^/]+\/use-cases\//.test(f.rel));
    expect(useCases.length).toBeGreaterThan(10);
    const counts = useCases.map(({ rel, sf }) => {
      let n = 0;
      for (const st of sf.statements) {
        const exported =
          ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if (!exported) continue;
        if (ts.isFunctionDeclaration(st)) n++;
        if (ts.isVariableStatement(st))
          for (const d of st.declarationList.declarations)
            if (
              d.initializer &&
              (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
            )
              n++;
      }
      return { rel, n };
    });
    expect(counts.filter((c) => c.n !== 1)).toEqual([]);
  });

  it('every SOP a module manages belongs to an installed module with hooks for it', () => {
    const names = MODULES.map((m) => m.name);
    for (const [key, managed] of Object.entries(MANAGED_SOPS)) {
      expect(names, key).toContain(managed.module);
      const m = MODULES.find((x) => x.name === managed.module)!;
      expect(
        m.cases.map((c) => c.definitionKey),
        key,
      ).toContain(key);
      expect(existsSync(path.join(SRC, 'modules', managed.module)), key).toBe(true);
    }
  });
});
