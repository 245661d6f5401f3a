import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe('login', () => {
  it('answers a malformed body with 400 naming the field, in the caller language', async () => {
    const res = await h.as(null, 'POST', '/api/auth/login', { email: 'not-an-email' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION');
    const fields = body.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
    expect(body.fields.find((f: { field: string }) => f.field === 'password').rule).toBe('required');
    expect(body.message).toContain('wajib diisi');
    const en = await h.as(
      null,
      'POST',
      '/api/auth/login',
      { email: 'x@y.zz', password: 'p', extra: 1 },
      'en',
    );
    expect(en.statusCode).toBe(400);
    expect(en.json().fields).toEqual([expect.objectContaining({ field: 'extra', rule: 'unknown_field' })]);
    expect(en.json().message).toMatch(/not a known field/);
  });

  it('refuses non-JSON garbage with a 400 in the error shape', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('logs in, reports the session, and logs out', async () => {
    const s = await h.login('kabid.dalak.kaltim@sigap.test');
    expect(s.me.roles).toContain('kabid');
    const me = await h.as(s, 'GET', '/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().agency.timeZone).toBe('Asia/Makassar');
    expect(me.json().positions[0]).toMatchObject({ title: 'Kepala Bidang Pengendalian', kind: 'definitive' });
    const out = await h.as(s, 'POST', '/api/auth/logout');
    expect(out.statusCode).toBe(200);
    expect((await h.as(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('sets an httpOnly SameSite cookie', async () => {
    const res = await h.as(null, 'POST', '/api/auth/login', {
      email: 'admin.bkpm@sigap.test',
      password: 'sigap-demo-2026',
    });
    const c = res.cookies.find((x) => x.name === 'sigap_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Lax');
    expect(c.path).toBe('/');
  });

  it('locks the account after five failures: the sixth wrong and the right password are refused until it ends', async () => {
    const email = 'pengolah.kaltim@sigap.test';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await h.as(null, 'POST', '/api/auth/login', { email, password: `wrong-${i}` })).statusCode,
      );
    }
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    const sixth = await h.as(null, 'POST', '/api/auth/login', { email, password: 'wrong-6' });
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().code).toBe('ACCOUNT_LOCKED');
    const right = await h.as(null, 'POST', '/api/auth/login', { email, password: 'sigap-demo-2026' });
    expect(right.statusCode).toBe(423);
    // 14 minutes later: still locked
    const start = h.now;
    h.now = new Date(start.getTime() + 14 * 60_000);
    expect(
      (await h.as(null, 'POST', '/api/auth/login', { email, password: 'sigap-demo-2026' })).statusCode,
    ).toBe(423);
    // after 15 minutes the right password works and the counter starts afresh
    h.now = new Date(start.getTime() + 16 * 60_000);
    expect(
      (await h.as(null, 'POST', '/api/auth/login', { email, password: 'sigap-demo-2026' })).statusCode,
    ).toBe(200);
    expect((await h.as(null, 'POST', '/api/auth/login', { email, password: 'wrong' })).statusCode).toBe(401);
    h.now = start;
  });

  it('answers an unknown email like a wrong password', async () => {
    const res = await h.as(null, 'POST', '/api/auth/login', {
      email: 'nobody@sigap.test',
      password: 'whatever-1',
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token', async () => {
    const s = await h.login('staf.promosi.kaltim@sigap.test');
    const res = await h.app.inject({
      method: 'PUT',
      url: '/api/auth/language',
      headers: { cookie: s.cookie },
      payload: { language: 'en' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF');
    const wrong = await h.app.inject({
      method: 'PUT',
      url: '/api/auth/language',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(43) },
      payload: { language: 'en' },
    });
    expect(wrong.statusCode).toBe(403);
    const ok = await h.as(s, 'PUT', '/api/auth/language', { language: 'en' });
    expect(ok.statusCode).toBe(200);
  });
});

describe('password change', () => {
  it('needs the current password and keeps only the current session', async () => {
    const email = 'analis.kaltim@sigap.test';
    const a = await h.login(email);
    const b = await h.login(email);
    const bad = await h.as(a, 'POST', '/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a-new-password-1',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('currentPassword');
    const short = await h.as(a, 'POST', '/api/auth/password', {
      currentPassword: 'sigap-demo-2026',
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields[0]).toMatchObject({ field: 'newPassword', rule: 'too_short' });
    const ok = await h.as(a, 'POST', '/api/auth/password', {
      currentPassword: 'sigap-demo-2026',
      newPassword: 'a-new-password-1',
    });
    expect(ok.statusCode).toBe(200);
    expect((await h.as(a, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await h.as(b, 'GET', '/api/auth/me')).statusCode).toBe(401);
    await h.login(email, 'a-new-password-1');
  });
});

describe('system', () => {
  it('reports health with the database', async () => {
    const res = await h.as(null, 'GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok' });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('publishes an OpenAPI 3 document', async () => {
    const res = await h.as(null, 'GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/org', '/api/calendar']),
    );
  });

  it('answers unknown API paths with the error shape', async () => {
    const res = await h.as(null, 'GET', '/api/nope', undefined, 'en');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Not found.' });
  });
});
