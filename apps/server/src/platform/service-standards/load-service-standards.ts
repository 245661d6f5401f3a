import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  SERVICE_STANDARD_COMPONENTS,
  type TServiceStandardDefinition,
  ZServiceStandardDefinition,
} from '@sigap/contracts';
import { parse } from 'yaml';

/** One problem of one file: the file, the rule it breaks, and what is wrong. */
export interface ServiceStandardProblem {
  file: string;
  rule: 'schema' | 'file-name' | 'duplicate' | 'component-order' | 'procedure-sop' | 'unknown-sop';
  message: string;
}

function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown }).workspaces
    )
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('load-service-standards: cannot find the repository root');
    dir = parent;
  }
}

/** The folder the server reads service standards from by default: `<repo>/service-standards`. */
export function defaultServiceStandardDirectory(): string {
  return join(repositoryRoot(), 'service-standards');
}

/** The rules the zod shape cannot say (README of `service-standards/`). */
function ruleProblems(
  def: TServiceStandardDefinition,
  file: string,
  sopKeys: ReadonlySet<string> | undefined,
): ServiceStandardProblem[] {
  const problems: ServiceStandardProblem[] = [];
  const kinds = def.components.map((c) => c.kind);
  if (kinds.join(',') !== SERVICE_STANDARD_COMPONENTS.join(','))
    problems.push({
      file,
      rule: 'component-order',
      message: `components must be exactly ${SERVICE_STANDARD_COMPONENTS.join(', ')} in this order (the seeds' order), found ${kinds.join(', ')}`,
    });
  for (const c of def.components) {
    if (c.kind === 'procedure' && !c.sopKey)
      problems.push({
        file,
        rule: 'procedure-sop',
        message: 'the procedure component must name its SOP (sopKey)',
      });
    if (c.kind !== 'procedure' && c.sopKey)
      problems.push({
        file,
        rule: 'procedure-sop',
        message: `only the procedure names an SOP, not ${c.kind}`,
      });
    if (c.sopKey && sopKeys && !sopKeys.has(c.sopKey))
      problems.push({ file, rule: 'unknown-sop', message: `sopKey ${c.sopKey} is not an SOP in sops/` });
  }
  if (!file.split('/').pop()?.endsWith(`${def.key}-v${def.version}.yaml`))
    problems.push({
      file,
      rule: 'file-name',
      message: `one file per version: the name must be ${def.key}-v${def.version}.yaml`,
    });
  return problems;
}

/**
 * Reads every service standard (`*.yaml`) under `dir`, checks its shape (zod) and the rules
 * (components in the seeds' order, the procedure's SOP known, one file per key and version named
 * after them) and returns them sorted by key and version. Throws one Error listing every problem
 * as `file [rule]: message`, so the server refuses to start on a bad file.
 */
export async function loadServiceStandards(
  dir: string = defaultServiceStandardDirectory(),
  sopKeys?: ReadonlySet<string>,
): Promise<TServiceStandardDefinition[]> {
  const root = resolve(dir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const problems: ServiceStandardProblem[] = [];
  const found: TServiceStandardDefinition[] = [];
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
    const result = ZServiceStandardDefinition.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({
          file,
          rule: 'schema',
          message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
        });
      continue;
    }
    const def = result.data;
    const own = ruleProblems(def, file, sopKeys);
    problems.push(...own);
    const id = `${def.key}@${def.version}`;
    const other = seen.get(id);
    if (other)
      problems.push({
        file,
        rule: 'duplicate',
        message: `${def.key} version ${def.version} is also in ${other}`,
      });
    else seen.set(id, file);
    if (own.length === 0 && !other) found.push(def);
  }
  if (problems.length > 0)
    throw new Error(
      `Invalid service standards in ${root} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `- ${p.file} [${p.rule}]: ${p.message}`).join('\n'),
    );
  return found.sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version);
}

/** The newest version of each service standard. */
export function latestServiceStandards(
  all: readonly TServiceStandardDefinition[],
): TServiceStandardDefinition[] {
  const latest = new Map<string, TServiceStandardDefinition>();
  for (const d of all) if ((latest.get(d.key)?.version ?? 0) < d.version) latest.set(d.key, d);
  return [...latest.values()];
}
