import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/testing';
import { postgresDataException, registerErrorHandler } from './errors';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.destroy());

/** The error the database really raises (through drizzle) for a value it refuses. */
async function refusal(query: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await database.db.execute(query);
  } catch (err) {
    return err;
  }
  throw new Error('the database took the value');
}

describe('a value the database refuses', () => {
  it('is a data exception (SQLSTATE class 22) on this database', async () => {
    const cases: Array<[ReturnType<typeof sql>, string[]]> = [
      [sql`select ${'a\u0000b'}::text`, ['22021', '22P05']],
      [sql`select ${'{"a":"\\u0000"}'}::jsonb`, ['22P05']],
      [sql`select ${'{"a":"\\ud800"}'}::jsonb`, ['22P02']],
      [sql`select ${'2026-02-30'}::date`, ['22008']],
      [sql`select ${'2147483648'}::int4`, ['22003']],
      [sql`select ${'not a uuid'}::uuid`, ['22P02']],
    ];
    for (const [query, codes] of cases) expect(codes).toContain(postgresDataException(await refusal(query)));
    expect(postgresDataException(new Error('other'))).toBeNull();
  });

  it('answers 400 in the error shape, not 500, should one get past the request schemas', async () => {
    const err = await refusal(sql`select ${'2026-02-30'}::date`);
    const app = Fastify({ logger: false });
    registerErrorHandler(app);
    app.get('/x', async () => {
      throw err;
    });
    const res = await app.inject({ method: 'GET', url: '/x', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('22008') });
    await app.close();
  });
});
