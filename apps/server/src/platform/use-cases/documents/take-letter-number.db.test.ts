import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPostgres } from '../../db/client';
import { verifyEventChains } from '../../db/repositories/event-log';
import { findLetterNumber, registerSequences } from '../../db/repositories/letter-numbers';
import { insertAgency } from '../../db/repositories/org';
import { createTestDatabase, type TestDatabase, testBackend } from '../../db/testing';
import { AppError } from '../../lib/errors';
import { cancelLetterNumber } from './cancel-letter-number';
import { takeLetterNumber } from './take-letter-number';

const PATTERN = '{classification}/{sequence}/{unit}/{romanMonth}/{year}';
const TZ = 'Asia/Makassar';
// Monday 23 November 2026, 11:00 WITA
const NOW = new Date('2026-11-23T03:00:00Z');

let database: TestDatabase;
let agencyId: string;
const userId = randomUUID();

const opts = (over: Partial<Parameters<typeof takeLetterNumber>[1]> = {}) => ({
  agencyId,
  unitCode: 'DPMPTSP-DALAK',
  classification: '067',
  subject: 'Undangan rapat koordinasi',
  documentId: null,
  userId,
  now: NOW,
  timeZone: TZ,
  pattern: PATTERN,
  ...over,
});

beforeAll(async () => {
  database = await createTestDatabase();
  const agency = await insertAgency(database.db, {
    code: `test-${randomUUID().slice(0, 8)}`,
    name: 'DPMPTSP Uji',
    shortName: 'DPMPTSP Uji',
    timeZone: TZ,
  });
  agencyId = agency.id;
});
afterAll(async () => database?.destroy());

describe('takeLetterNumber', () => {
  it('formats the number with the local month and year and a dotted classification', async () => {
    const first = await takeLetterNumber(database.db, opts());
    expect(first).toMatchObject({ number: '067/001/DPMPTSP-DALAK/XI/2026', sequence: 1 });
    const second = await takeLetterNumber(database.db, opts());
    expect(second.number).toBe('067/002/DPMPTSP-DALAK/XI/2026');
    // another classification is another register
    const dotted = await takeLetterNumber(database.db, opts({ classification: '000.8.3.3' }));
    expect(dotted.number).toBe('000.8.3.3/001/DPMPTSP-DALAK/XI/2026');
    // 31 Dec 2026 16:30 UTC is already 1 January 2027 in WITA: a new year, a new sequence
    const newYear = await takeLetterNumber(database.db, opts({ now: new Date('2026-12-31T16:30:00Z') }));
    expect(newYear.number).toBe('067/001/DPMPTSP-DALAK/I/2027');
    const row = await findLetterNumber(database.db, first.id);
    expect(row).toMatchObject({ status: 'issued', year: 2026, sequence: 1, issuedBy: userId });
  });

  it('refuses a classification outside the scheme, naming the field', async () => {
    const err = await takeLetterNumber(database.db, opts({ classification: '67/A' })).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fields[0]).toMatchObject({ field: 'classification', rule: 'classification' });
  });

  it('leaves no gap when the signing transaction rolls back', async () => {
    const reg = { unitCode: 'DPMPTSP-SEKRETARIAT', classification: '800' };
    await takeLetterNumber(database.db, opts(reg));
    await expect(
      database.db.transaction(async (tx) => {
        const taken = await takeLetterNumber(tx, opts(reg));
        expect(taken.sequence).toBe(2);
        throw new Error('the PDF could not be stamped');
      }),
    ).rejects.toThrow('stamped');
    const next = await takeLetterNumber(database.db, opts(reg));
    expect(next.sequence).toBe(2);
    expect(await registerSequences(database.db, { agencyId, ...reg, year: 2026 })).toEqual([1, 2]);
  });

  it('keeps a cancelled number in the register and does not reuse it', async () => {
    const reg = { unitCode: 'DPMPTSP-BID-PM', classification: '500.1' };
    const taken = await takeLetterNumber(database.db, opts(reg));
    const cancelled = await cancelLetterNumber(database.db, {
      id: taken.id,
      reason: 'Surat batal dikirim',
      userId,
      now: NOW,
    });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Surat batal dikirim',
      number: taken.number,
    });
    const again = await cancelLetterNumber(database.db, {
      id: taken.id,
      reason: 'lagi',
      userId,
      now: NOW,
    }).catch((e) => e);
    expect(again).toMatchObject({ code: 'LETTER_NUMBER_CANCELLED' });
    const next = await takeLetterNumber(database.db, opts(reg));
    expect(next.sequence).toBe(2);
  });

  it('hands out 500 numbers without gaps or duplicates under concurrency', async () => {
    const reg = { unitCode: 'DPMPTSP-KONKUREN', classification: '067' };
    const total = 500;
    const clients = 20;
    const taken: Array<{ number: string; sequence: number }> = [];
    const started = performance.now();
    if (testBackend() === 'postgres') {
      // 20 separate single-connection pools: 20 server sessions taking numbers at once,
      // as several server instances would
      const pools: Database[] = [];
      for (let i = 0; i < clients; i++) pools.push(await openPostgres(database.url!, 1));
      try {
        await Promise.all(
          pools.map(async (pool) => {
            for (let i = 0; i < total / clients; i++) taken.push(await takeLetterNumber(pool.db, opts(reg)));
          }),
        );
      } finally {
        await Promise.all(pools.map((p) => p.close()));
      }
    } else {
      // PGlite has one connection: sequential is what it can do
      for (let i = 0; i < total; i++) taken.push(await takeLetterNumber(database.db, opts(reg)));
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `[letter numbers] ${testBackend()}: ${total} numbers through ${testBackend() === 'postgres' ? clients : 1} connection(s) in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)} numbers/s`,
    );
    const sequences = taken.map((t) => t.sequence).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(taken.map((t) => t.number)).size).toBe(total);
    expect(await registerSequences(database.db, { agencyId, ...reg, year: 2026 })).toEqual(sequences);
    // every number has its event, and the agency's chain still verifies
    expect(await verifyEventChains(database.db, { chain: agencyId })).toMatchObject({ ok: true });
  });
});
