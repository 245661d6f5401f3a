import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTrackingCode } from '@sigap/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../testing/harness';
import { multipartBody } from '../../testing/multipart';

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

/** The statements of one committed migration, as the migrator runs them. */
function statements(file: string): string[] {
  return readFileSync(path.join(MIGRATIONS, file), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter(Boolean);
}

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe('migration 0006: public tracking codes for existing complaints', () => {
  it('gives every existing complaint a distinct, well-formed random code', async () => {
    const agencyId = (
      (await h.database.query("select id from agencies where code = 'bkpm'")).rows[0] as {
        id: string;
      }
    ).id;
    for (let i = 0; i < 5; i++) {
      const body = multipartBody({
        agencyId,
        type: 'a',
        subject: `Pengaduan lama ${i}`,
        description: 'Pengaduan yang sudah ada sebelum kode pelacakan acak diperkenalkan.',
        reporterName: 'Pelapor Lama',
        reporterEmail: `lama${i}@example.com`,
      });
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/public/complaints',
        headers: { 'content-type': body.contentType },
        payload: body.payload,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // the rows as they stood before the migration: no code yet
    await h.database.exec(
      'alter table complaints alter column tracking_code drop not null; update complaints set tracking_code = null',
    );
    const backfill = statements('0006_tracking_codes_and_throttles.sql').filter(
      (s) =>
        s.startsWith('-- Each existing complaint') || s.startsWith('DO $$') || s.includes('SET NOT NULL'),
    );
    expect(backfill).toHaveLength(2);
    for (const sql of backfill) await h.database.exec(sql);
    const rows = (await h.database.query('select tracking_number, tracking_code from complaints'))
      .rows as Array<{
      tracking_number: string;
      tracking_code: string;
    }>;
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(isTrackingCode(r.tracking_code), r.tracking_code).toBe(true);
    expect(new Set(rows.map((r) => r.tracking_code)).size).toBe(5);
    // and the backfilled codes track
    const tracked = await h.as(null, 'GET', `/api/public/complaints/status/${rows[0]!.tracking_code}`);
    expect(tracked.statusCode, tracked.body).toBe(200);
  });
});

describe('migration 0008: complaint steps move to the platform timeline', () => {
  it('copies every step with its id, text, flags and order, and tracking reads them back', async () => {
    const before = (
      await h.database.query(
        `select id, record_id, kind, public, by_public, text, occurred_at from record_updates
         where record_type = 'complaint' order by occurred_at, seq`,
      )
    ).rows;
    expect(before.length).toBeGreaterThan(0);
    // the table as it stood before (0005), holding the same steps, and an empty timeline
    const create = statements('0005_complaints.sql').find((s) =>
      s.startsWith('CREATE TABLE "complaint_updates"'),
    );
    expect(create).toBeDefined();
    await h.database.exec(create!);
    await h.database.exec(`
      insert into complaint_updates (id, complaint_id, kind, public, by_reporter, text, occurred_at)
        select id, record_id, kind, public, by_public, text, occurred_at from record_updates
        where record_type = 'complaint' order by occurred_at, seq;
      delete from record_updates;`);
    const copy = statements('0008_public_timeline.sql').filter((s) =>
      s.includes('INSERT INTO "record_updates"'),
    );
    expect(copy).toHaveLength(1);
    await h.database.exec(copy[0]!);
    await h.database.exec('drop table complaint_updates');
    const after = (
      await h.database.query(
        `select id, record_id, kind, public, by_public, text, occurred_at from record_updates
         where record_type = 'complaint' order by occurred_at, seq`,
      )
    ).rows;
    expect(after).toEqual(before);
  });
});
