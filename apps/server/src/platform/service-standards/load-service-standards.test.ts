import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultSopDirectory, loadSopDefinitions } from '../sops/load-definitions';
import { defaultServiceStandardDirectory, loadServiceStandards } from './load-service-standards';

const shipped = (name: string) => join(defaultServiceStandardDirectory(), 'bkpm', name);

describe('the shipped service standards', () => {
  it('load, with components in the seeds order and each procedure naming a shipped SOP', async () => {
    const sopKeys = new Set((await loadSopDefinitions(defaultSopDirectory())).map((d) => d.key));
    const loaded = await loadServiceStandards(undefined, sopKeys);
    expect(loaded.map((d) => [d.key, d.version])).toEqual([
      ['fasilitasi-kendala-teknis', 1],
      ['pertemuan-one-on-one', 1],
    ]);
    for (const d of loaded)
      expect(d.components.map((c) => c.kind)).toEqual([
        'requirements',
        'procedure',
        'completionTime',
        'cost',
        'product',
        'complaints',
      ]);
    const one = loaded.find((d) => d.key === 'pertemuan-one-on-one')!;
    expect(one.decree).toBe('SK No 177 Tahun 2024');
    expect(one.components[1]!.sopKey).toBe('bkpm-one-on-one-meeting');
    expect(one.components[1]!.items).toHaveLength(16);
    expect(one.components[0]!.items[2]!.items!.map((i) => i.id)).toEqual([
      'Nama dan Identitas pemohon',
      'Rencana investasi yang diharapkan;',
      'Topik yang akan didiskusikan',
      'Data dukung terkait rencana investasi dan kebutuhan yang diharapkan; dan',
      'Nomor kontak personal yang dapat dihubungi.',
    ]);
    expect(one.components[3]!.items[0]!.id).toBe('Tidak dipungut biaya');
    const fas = loaded.find((d) => d.key === 'fasilitasi-kendala-teknis')!;
    expect(fas.decree).toBeNull();
    expect(fas.components[0]!.items).toHaveLength(7);
    expect(fas.components[1]!.items).toHaveLength(6);
    expect(fas.components[1]!.sopKey).toBe('bkpm-fasilitasi-kendala-teknis');
  });

  it('print the seed text word for word (each Indonesian line is in the seed)', async () => {
    const seedDir = '/work/shared/seeds';
    // markdown marks and web addresses (which the PDF conversion mangled) aside
    const flat = (s: string) =>
      s
        .replace(/https?:\/\/[^\s>)\]]*(\s+[A-Z][\w]*)*/g, '')
        .replace(/[*_[\]<>()]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    for (const [file, seed] of [
      ['pertemuan-one-on-one-v1.yaml', '000_ee4ada883c909707.txt'],
      ['fasilitasi-kendala-teknis-v1.yaml', '001_12ea19b0ada8674e.txt'],
    ] as const) {
      let text: string;
      try {
        text = flat(readFileSync(join(seedDir, seed), 'utf8'));
      } catch {
        continue; // the seeds are outside the repository; CI may not have them
      }
      const def = parse(await readFile(shipped(file), 'utf8')) as {
        components: Array<{
          heading: { id: string };
          items: Array<{ id: string; items?: Array<{ id: string }> }>;
        }>;
      };
      for (const c of def.components) {
        expect(text, c.heading.id).toContain(flat(c.heading.id));
        for (const item of c.items) {
          // the directorate's contact block of seed 001 is printed over several lines
          if (!item.id.startsWith('Direktorat Sistem')) expect(text, item.id).toContain(flat(item.id));
          for (const sub of item.items ?? [])
            expect(text, sub.id).toContain(flat(sub.id).replace(/^[a-e]\. /, ''));
        }
      }
    }
  });
});

describe('loadServiceStandards refuses a bad file, naming the file and the rule', () => {
  let dir: string;
  let good: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sigap-standards-'));
    good = await readFile(shipped('fasilitasi-kendala-teknis-v1.yaml'), 'utf8');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const refusal = async (name: string, text: string, sopKeys?: Set<string>) => {
    await mkdir(join(dir, 'x'), { recursive: true });
    await writeFile(join(dir, 'x', name), text);
    return loadServiceStandards(dir, sopKeys).then(
      () => '',
      (e: Error) => e.message,
    );
  };

  it('a missing English text (schema)', async () => {
    const msg = await refusal(
      'fasilitasi-kendala-teknis-v1.yaml',
      good.replace('        en: 5 working days\n', ''),
    );
    expect(msg).toMatch(/x\/fasilitasi-kendala-teknis-v1\.yaml \[schema\]: components\.2\.items\.0\.en/);
  });

  it('components out of the seeds order (component-order)', async () => {
    const def = parse(good) as { components: unknown[] };
    [def.components[2], def.components[3]] = [def.components[3], def.components[2]];
    const { stringify } = await import('yaml');
    const msg = await refusal('fasilitasi-kendala-teknis-v1.yaml', stringify(def));
    expect(msg).toContain('fasilitasi-kendala-teknis-v1.yaml [component-order]');
    expect(msg).toContain('found requirements, procedure, cost, completionTime');
  });

  it('a procedure naming an SOP that does not exist (unknown-sop), or none (procedure-sop)', async () => {
    const unknown = await refusal(
      'fasilitasi-kendala-teknis-v1.yaml',
      good.replace('sopKey: bkpm-fasilitasi-kendala-teknis', 'sopKey: tidak-ada'),
      new Set(['bkpm-fasilitasi-kendala-teknis']),
    );
    expect(unknown).toContain('[unknown-sop]: sopKey tidak-ada is not an SOP in sops/');
    const none = await refusal(
      'fasilitasi-kendala-teknis-v1.yaml',
      good.replace('    sopKey: bkpm-fasilitasi-kendala-teknis\n', ''),
    );
    expect(none).toContain('[procedure-sop]');
  });

  it('a file not named after its key and version (file-name), and a duplicate version (duplicate)', async () => {
    expect(await refusal('fasilitasi.yaml', good)).toContain(
      'x/fasilitasi.yaml [file-name]: one file per version: the name must be fasilitasi-kendala-teknis-v1.yaml',
    );
    await mkdir(join(dir, 'y'), { recursive: true });
    await writeFile(join(dir, 'y', 'fasilitasi-kendala-teknis-v1.yaml'), good);
    await rm(join(dir, 'x', 'fasilitasi.yaml'));
    expect(await refusal('fasilitasi-kendala-teknis-v1.yaml', good)).toMatch(
      /\[duplicate\]: fasilitasi-kendala-teknis version 1 is also in/,
    );
  });

  it('not YAML at all (schema)', async () => {
    expect(await refusal('rusak-v1.yaml', 'key: [unclosed')).toMatch(
      /rusak-v1\.yaml \[schema\]: not valid YAML/,
    );
  });
});
