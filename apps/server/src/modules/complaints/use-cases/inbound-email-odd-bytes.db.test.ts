import { textProblem } from '@sigap/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../../testing/harness';
import { receiveInboundEmail } from './receive-inbound-email';

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: new Date('2026-11-24T03:00:00Z') });
});
afterAll(async () => h?.close());

/** A raw message whose subject, sender name and body carry a NUL and an unpaired surrogate. */
function oddMail(messageId: string): Buffer {
  const body = Buffer.from(
    'Izin lokasi belum terbit\u0000 sejak bulan lalu \ud800 mohon bantuan.',
    'utf16le',
  );
  return Buffer.from(
    [
      'From: =?UTF-8?Q?Budi=00Santoso?= <budi@contoh.co.id>',
      'To: pengaduan@bkpm.sigap.test',
      'Subject: =?UTF-8?Q?Izin=00lokasi?=',
      `Message-ID: <${messageId}>`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-16le',
      'Content-Transfer-Encoding: base64',
      '',
      body.toString('base64'),
      '',
    ].join('\r\n'),
  );
}

describe('an inbound email with bytes PostgreSQL cannot store', () => {
  it('becomes a draft with those characters taken out (an email cannot be refused back to a form)', async () => {
    const result = await receiveInboundEmail(
      { db: h.database.db, now: h.now },
      {
        raw: oddMail('odd-1@contoh.co.id'),
        envelopeTo: ['pengaduan@bkpm.sigap.test'],
        publicUrl: 'http://x',
      },
    );
    expect(result.status).toBe('draft');
    const { rows } = await h.database.query(
      `select c.subject, c.description, c.channel_details::text as details, r.name
         from complaints c join complaint_reporters r on r.complaint_id = c.id
        where c.channel_details->>'emailMessageId' = '<odd-1@contoh.co.id>'`,
    );
    const row = rows[0] as { subject: string; description: string; details: string; name: string };
    for (const value of Object.values(row)) expect(textProblem(value)).toBeNull();
    expect(row.subject).toBe('Izinlokasi');
    expect(row.description).toBe('Izin lokasi belum terbit sejak bulan lalu \ufffd mohon bantuan.');
    expect(row.name).toBe('BudiSantoso');
  });
});
