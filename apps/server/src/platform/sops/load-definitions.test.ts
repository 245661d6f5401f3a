import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSopDirectory, loadSopDefinitions } from './load-definitions';

const good = `
code: '067/999'
key: contoh-067-999
title: { id: Contoh, en: Example }
version: 1
effectiveDate: '2022-12-06'
approvedBy: Kepala Dinas
legalBasis: []
source: { seed: 004_e332bbe437a26d00.txt, agency: DPMPTSP Prov. Kaltim }
actors:
  - { role: fungsional, label: { id: Fungsional/Pelaksana, en: Functional officer } }
  - { role: kabid, label: { id: Kabid Pengendalian, en: Head of Control Division } }
steps:
  - id: s1
    no: 1
    activity: { id: Menyiapkan draf, en: Prepare the draft }
    actors: [fungsional]
    inputs: [Data]
    time: { amount: 30, unit: minute, basis: working, raw: 30 menit }
    outputs: [Draf]
    flow: { next: s2 }
  - id: s2
    no: 2
    activity: { id: Memeriksa draf, en: Check the draft }
    actors: [kabid]
    inputs: [Draf]
    time: { amount: 60, unit: minute, basis: working, raw: 60 menit }
    outputs: [Draf diperiksa]
    flow:
      decision:
        question: { id: Setuju?, en: Approved? }
        yes: end
        no: s1
`;

describe('loadSopDefinitions', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sigap-sops-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads the definitions in nested folders', async () => {
    await mkdir(join(dir, 'contoh'));
    await writeFile(join(dir, 'contoh', 'contoh-v1.yaml'), good);
    const loaded = await loadSopDefinitions(dir);
    expect(loaded.map((d) => [d.key, d.version, d.steps.length])).toEqual([['contoh-067-999', 1, 2]]);
  });

  it('refuses a definition whose decision goes to a missing step, naming file, step and rule', async () => {
    await mkdir(join(dir, 'rusak'));
    await writeFile(join(dir, 'rusak', 'rusak-v1.yaml'), good.replace('no: s1', 'no: s7'));
    const error = await loadSopDefinitions(dir).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toContain('rusak/rusak-v1.yaml step s2 [unknown-target]');
    expect(error?.message).toContain('s7');
  });

  it('refuses a step acted by an undeclared role and an unknown role, naming the step', async () => {
    await writeFile(join(dir, 'a-v1.yaml'), good.replace('actors: [kabid]', 'actors: [kepala_dinas]'));
    await writeFile(
      join(dir, 'b-v1.yaml'),
      good.replace('key: contoh-067-999', 'key: contoh-b').replace('actors: [kabid]', 'actors: [lurah]'),
    );
    await expect(loadSopDefinitions(dir)).rejects.toThrow(/a-v1\.yaml step s2 \[undeclared-actor\]/);
    await expect(loadSopDefinitions(dir)).rejects.toThrow(
      /b-v1\.yaml step s2 \[schema\]: steps\.1\.actors\.0/,
    );
  });

  it('refuses broken YAML, a file name that does not carry the version, and a duplicate key and version', async () => {
    await writeFile(join(dir, 'x-v1.yaml'), 'key: [unclosed');
    await writeFile(join(dir, 'y.yaml'), good.replace('key: contoh-067-999', 'key: contoh-y'));
    await writeFile(join(dir, 'one-v1.yaml'), good);
    await writeFile(join(dir, 'two-v1.yaml'), good);
    const message = await loadSopDefinitions(dir).then(
      () => '',
      (e: unknown) => (e as Error).message,
    );
    expect(message).toContain('x-v1.yaml [schema]: not valid YAML');
    expect(message).toContain('y.yaml [file-name]');
    expect(message).toContain('two-v1.yaml [duplicate-definition]');
  });

  it('reads <repo>/sops by default', () => {
    expect(defaultSopDirectory().replaceAll('\\', '/')).toMatch(/\/sops$/);
  });

  it('refuses a copy of the complaint SOP whose step s6 was renamed, naming the SOP and the step', async () => {
    const shipped = await readFile(
      join(defaultSopDirectory(), 'pengaduan', 'pengaduan-masyarakat-v1.yaml'),
      'utf8',
    );
    // renumber s6 (the working group's examination) to s6a everywhere it is named
    const renamed = shipped.replace(/\bs6\b/g, 's6a');
    expect(renamed).not.toBe(shipped);
    await writeFile(join(dir, 'pengaduan-masyarakat-v1.yaml'), renamed);
    await expect(loadSopDefinitions(dir)).rejects.toThrow(
      /pengaduan-masyarakat-v1\.yaml step s6 \[managed-step\]: SOP bkpm-pengaduan-masyarakat is driven by the complaints module, which completes step s6/,
    );
  });
});
