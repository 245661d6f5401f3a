import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing';
import { loadDocumentTemplates } from '../../documents/load-templates';
import { syncDocumentTemplates } from './sync-document-templates';

let database: TestDatabase;
const now = new Date('2026-11-24T03:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.destroy());

async function marked(code: string): Promise<string[]> {
  const r = await database.query(
    `select f->>'name' as name from document_templates, jsonb_array_elements(body->'fields') f
     where code = $1 and agency_id is null and version = 1 and (f->>'identity')::boolean`,
    [code],
  );
  return (r.rows as Array<{ name: string }>).map((x) => x.name).sort();
}

describe('shipped templates and identity marks', () => {
  it('adds identity marks to a shipped version recorded before them, and changes nothing else', async () => {
    const templates = await loadDocumentTemplates();
    await syncDocumentTemplates(database.db, templates, now);
    expect(await marked('formulir-c')).toEqual(['address', 'contact', 'institution', 'reporterName']);
    // an installation that recorded version 1 before the marks existed
    await database.query(
      `update document_templates
         set body = jsonb_set(body, '{fields}',
           (select jsonb_agg(f - 'identity') from jsonb_array_elements(body->'fields') f))
       where agency_id is null and code in ('formulir-c', 'surat-jawaban')`,
    );
    expect(await marked('formulir-c')).toEqual([]);
    await syncDocumentTemplates(database.db, templates, now);
    expect(await marked('formulir-c')).toEqual(['address', 'contact', 'institution', 'reporterName']);
    expect(await marked('surat-jawaban')).toEqual(['recipientAddress', 'recipientName']);
    // a recorded version whose content differs in anything else stays as it was
    await database.query(
      `update document_templates set body = jsonb_set(body, '{title,id}', '"Judul lama"')
       where agency_id is null and code = 'formulir-a'`,
    );
    await database.query(
      `update document_templates
         set body = jsonb_set(body, '{fields}',
           (select jsonb_agg(f - 'identity') from jsonb_array_elements(body->'fields') f))
       where agency_id is null and code = 'formulir-a'`,
    );
    await syncDocumentTemplates(database.db, templates, now);
    expect(await marked('formulir-a')).toEqual([]);
  });
});
