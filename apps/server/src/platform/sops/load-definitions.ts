import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TSopDefinition, ZSopDefinition } from '@sigap/contracts';
import { managedByProblems, managedSopProblems, type TSopProblem, validateSopDefinition } from '@sigap/core';
import { parse } from 'yaml';

/** The repository root: the nearest folder above this file whose package.json declares workspaces. */
function findRepositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
      if (pkg.workspaces) return dir;
    }
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('load-definitions: cannot find the repository root (package.json with workspaces)');
    dir = parent;
  }
}

/** The folder the server reads SOP definitions from by default: `<repo>/sops`. */
export function defaultSopDirectory(): string {
  return join(findRepositoryRoot(), 'sops');
}

async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The step id a zod issue path points into (`steps.3.flow` → the id of the 4th step), if any. */
function stepIdAt(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'steps' || typeof path[1] !== 'number') return undefined;
  const steps = (raw as { steps?: unknown } | null)?.steps;
  const step = Array.isArray(steps) ? (steps[path[1]] as { id?: unknown } | undefined) : undefined;
  return typeof step?.id === 'string' ? step.id : `#${path[1] + 1}`;
}

function describeProblem(p: TSopProblem): string {
  return `${p.file ?? '?'}${p.stepId ? ` step ${p.stepId}` : ''} [${p.rule}]: ${p.message}`;
}

/**
 * Reads every SOP definition (`**\/*.yaml`) under `dir`, checks its shape with the zod schema
 * and its graph with the core validator, and returns them sorted by key and version.
 * Throws one Error listing every problem (file, step, rule) so the server refuses to start
 * on a bad definition instead of failing later in the middle of a case.
 */
export async function loadSopDefinitions(dir: string = defaultSopDirectory()): Promise<TSopDefinition[]> {
  const root = resolve(dir);
  const files = await listYamlFiles(root);
  const problems: TSopProblem[] = [];
  const definitions: TSopDefinition[] = [];
  const seen = new Map<string, string>();

  for (const path of files) {
    const file = relative(root, path).split(sep).join('/');
    let raw: unknown;
    try {
      raw = parse(await readFile(path, 'utf8'));
    } catch (error) {
      problems.push({ file, rule: 'schema', message: `not valid YAML: ${(error as Error).message}` });
      continue;
    }
    const result = ZSopDefinition.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const stepId = stepIdAt(raw, issue.path);
        problems.push({
          file,
          ...(stepId ? { stepId } : {}),
          rule: 'schema',
          message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
        });
      }
      continue;
    }
    const definition = result.data;
    // a module's SOP must keep the steps the module completes by name
    const found = [
      ...validateSopDefinition(definition),
      ...managedByProblems(definition),
      ...managedSopProblems(definition),
    ].map((p) => ({
      ...p,
      file,
    }));
    problems.push(...found);

    const name = file.split('/').pop() ?? file;
    if (!name.endsWith(`-v${definition.version}.yaml`)) {
      problems.push({
        file,
        rule: 'file-name',
        message: `one file per SOP version: the name must end with -v${definition.version}.yaml`,
      });
    }
    const id = `${definition.key}@${definition.version}`;
    const other = seen.get(id);
    if (other) {
      problems.push({
        file,
        rule: 'duplicate-definition',
        message: `${definition.key} version ${definition.version} is also defined in ${other}`,
      });
    } else {
      seen.set(id, file);
    }
    if (found.length === 0) definitions.push(definition);
  }

  if (problems.length > 0) {
    throw new Error(
      `Invalid SOP definitions in ${root} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `- ${describeProblem(p)}`).join('\n'),
    );
  }
  return definitions.sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version);
}
