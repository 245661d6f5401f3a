import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../seed/demo';
import { createHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

/** A login attempt from an address, with the device cookie of a browser that logged in before. */
function attempt(
  email: string,
  password: string,
  opts: { ip: string; device?: string },
  lang: 'id' | 'en' = 'id',
): Promise<LightMyRequestResponse> {
  return h.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: opts.ip,
    headers: { 'accept-language': lang, ...(opts.device ? { cookie: `sigap_device=${opts.device}` } : {}) },
    payload: { email, password },
  });
}

const deviceOf = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'sigap_device')!.value;

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

  it('slows a stranger guessing a password without keeping the user out on a browser they used before', async () => {
    const email = 'pengolah.kaltim@sigap.test';
    // the user logged in before from this browser: it carries the device cookie
    const first = await attempt(email, DEMO_PASSWORD, { ip: '198.51.100.5' });
    expect(first.statusCode).toBe(200);
    const device = deviceOf(first);
    // a stranger's wrong passwords: five free, then waits that say when to try again
    const stranger = '192.0.2.10';
    const answers: number[] = [];
    for (let i = 0; i < 6; i++)
      answers.push((await attempt(email, `wrong-${i}`, { ip: stranger })).statusCode);
    expect(answers).toEqual([401, 401, 401, 401, 401, 429]);
    const waiting = await attempt(email, DEMO_PASSWORD, { ip: stranger }, 'en');
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().code).toBe('LOGIN_THROTTLED');
    expect(waiting.headers['retry-after']).toBe('30');
    expect(waiting.json().message).toMatch(/try again in 1 minute/);
    // the user's own browser, even behind the stranger's address, logs in at once
    const mine = await attempt(email, DEMO_PASSWORD, { ip: stranger, device });
    expect(mine.statusCode, mine.body).toBe(200);
    // and another browser at another address is not held up by one stranger either
    expect((await attempt(email, DEMO_PASSWORD, { ip: '198.51.100.6' })).statusCode).toBe(200);
  });

  it('makes the waits grow per client and for the account from unknown browsers, within a bound', async () => {
    const email = 'pemeriksa.kaltim@sigap.test';
    const known = await attempt(email, DEMO_PASSWORD, { ip: '198.51.100.7' });
    expect(known.statusCode, known.body).toBe(200);
    const device = deviceOf(known);
    const start = h.now;
    // one address keeps guessing, waiting out each delay: 30 s, 1, 2, 4 … minutes, at most 15
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await attempt(email, `wrong-${i}`, { ip: '192.0.2.20' });
      if (res.statusCode === 429) {
        waits.push(Number(res.headers['retry-after']));
        h.now = new Date(h.now.getTime() + Number(res.headers['retry-after']) * 1000);
      }
    }
    expect(waits.slice(0, 5)).toEqual([30, 60, 120, 240, 480]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(15 * 60);
    // one more failure from elsewhere: past ten failures from unknown browsers the account waits
    // for every new browser (four minutes after thirteen), even with the right password
    expect((await attempt(email, 'wrong-again', { ip: '192.0.2.21' })).statusCode).toBe(429);
    const fresh = await attempt(email, DEMO_PASSWORD, { ip: '198.51.100.8' });
    expect(fresh.statusCode).toBe(429);
    const wait = Number(fresh.headers['retry-after']);
    expect(wait).toBe(240);
    // ... but not for the browser the user logged in from before
    expect((await attempt(email, DEMO_PASSWORD, { ip: '198.51.100.9', device })).statusCode).toBe(200);
    // a new browser gets in once the wait is over
    h.now = new Date(h.now.getTime() + wait * 1000);
    expect((await attempt(email, DEMO_PASSWORD, { ip: '198.51.100.8' })).statusCode).toBe(200);
    h.now = start;
  });

  it('tells the user, in the app and by email, once per run of failed attempts', async () => {
    const email = 'kasi.promosi.kaltim@sigap.test';
    const user = (await h.database.query('select id from users where email = $1', [email])).rows[0] as {
      id: string;
    };
    // ten strangers, one wrong password each: no single address is slowed, the account is
    for (let i = 0; i < 11; i++) await attempt(email, `wrong-${i}`, { ip: `192.0.2.${30 + i}` });
    const notes = (
      await h.database.query(
        "select title, body, link from notifications where user_id = $1 and kind = 'auth.failed_logins'",
        [user.id],
      )
    ).rows as Array<{ title: string; body: string; link: string }>;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('11');
    expect(notes[0]!.body).toMatch(/peramban yang pernah Anda pakai/);
    expect(notes[0]!.link).toBe('/office/account');
    const mail = (
      await h.database.query("select subject from outbox where recipient = $1 and channel = 'email'", [email])
    ).rows as Array<{ subject: string }>;
    expect(mail.map((m) => m.subject)).toEqual([expect.stringContaining('Percobaan masuk yang gagal')]);
    const events = (
      await h.database.query(
        "select after from event_log where action = 'user.login_throttled' and entity_id = $1",
        [user.id],
      )
    ).rows as Array<{ after: { failures: number } }>;
    expect(events).toHaveLength(1);
    // more failures in the same run: no second notice
    for (let i = 0; i < 3; i++) {
      h.now = new Date(h.now.getTime() + 16 * 60_000);
      await attempt(email, `again-${i}`, { ip: `192.0.2.${60 + i}` });
    }
    expect(
      (
        await h.database.query(
          "select count(*)::int as n from notifications where user_id = $1 and kind = 'auth.failed_logins'",
          [user.id],
        )
      ).rows[0],
    ).toEqual({ n: 1 });
  });

  it('keeps the device cookie httpOnly, for the login route only, and stores only its hash', async () => {
    const res = await attempt('kabid.dalak.kaltim@sigap.test', DEMO_PASSWORD, { ip: '198.51.100.10' });
    const c = res.cookies.find((x) => x.name === 'sigap_device')!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth' });
    expect(c.maxAge).toBe(180 * 86_400);
    const stored = (await h.database.query('select token_hash from known_devices')).rows as Array<{
      token_hash: string;
    }>;
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((r) => r.token_hash)).not.toContain(c.value);
    // the same browser keeps its cookie on the next login
    const again = await attempt('kabid.dalak.kaltim@sigap.test', DEMO_PASSWORD, {
      ip: '198.51.100.10',
      device: c.value,
    });
    expect(deviceOf(again)).toBe(c.value);
  });

  it('answers an unknown email like a wrong password, and slows it down the same way', async () => {
    const res = await h.as(null, 'POST', '/api/auth/login', {
      email: 'nobody@sigap.test',
      password: 'whatever-1',
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
    const seen = async (email: string, ip: string) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await attempt(email, `wrong-${i}`, { ip });
        out.push(`${r.statusCode}:${r.json().code}:${r.headers['retry-after'] ?? ''}`);
      }
      return out;
    };
    expect(await seen('nobody-else@sigap.test', '192.0.2.90')).toEqual(
      await seen('pengadministrasi.kaltim@sigap.test', '192.0.2.91'),
    );
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
