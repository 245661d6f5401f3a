import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { type TDocumentTemplateFile, ZDocumentTemplateFile } from '@sigap/contracts';
import { validateTemplate } from '@sigap/core';
import { parse } from 'yaml';
import { defaultSopDirectory } from '../sops/load-definitions';

/** The folder the server reads shipped templates from by default: `<repo>/document-templates`. */
export function defaultTemplateDirectory(): string {
  return resolve(defaultSopDirectory(), '..', 'document-templates');
}

interface Problem {
  file: string;
  rule: string;
  message: string;
}

/**
 * Reads every shipped template (`*.yaml`) under `dir`, checks its shape (zod) and its references
 * (`validateTemplate`: placeholders, fields, rules, complete sample data) and returns them sorted
 * by code and version. Throws one Error naming every file and rule, so the server refuses to
 * start on a bad template rather than failing when a document is drafted.
 */
export async function loadDocumentTemplates(
  dir: string = defaultTemplateDirectory(),
): Promise<TDocumentTemplateFile[]> {
  const root = resolve(dir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const problems: Problem[] = [];
  const templates: TDocumentTemplateFile[] = [];
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
    const result = ZDocumentTemplateFile.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          file,
          rule: 'schema',
          message: `${issue.path.join('.') || '(root)'}: ${issue.message}`,
        });
      }
      continue;
    }
    const template = result.data;
    const found = validateTemplate(template);
    for (const p of found) problems.push({ file, rule: p.rule, message: `${p.path}: ${p.message}` });

    const name = file.split('/').pop() ?? file;
    if (name !== `${template.code}-v${template.version}.yaml`) {
      problems.push({
        file,
        rule: 'file-name',
        message: `one file per template version: the name must be ${template.code}-v${template.version}.yaml`,
      });
    }
    const id = `${template.code}@${template.version}`;
    const other = seen.get(id);
    if (other) {
      problems.push({ file, rule: 'duplicate-template', message: `${id} is also defined in ${other}` });
    } else {
      seen.set(id, file);
    }
    if (found.length === 0) templates.push(template);
  }

  if (problems.length > 0) {
    throw new Error(
      `Invalid document templates in ${root} (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `- ${p.file} [${p.rule}]: ${p.message}`).join('\n'),
    );
  }
  return templates.sort((a, b) => a.code.localeCompare(b.code) || a.version - b.version);
}
