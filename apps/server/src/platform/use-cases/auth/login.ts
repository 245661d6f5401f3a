import { LIMITS, OFFICE_PAGES, type TLoginRequest } from '@sigap/contracts';
import { formatDateTime, THROTTLES } from '@sigap/core';
import { appendEvent } from '../../db/repositories/event-log';
import { findAgency } from '../../db/repositories/org';
import { insertSession } from '../../db/repositories/sessions';
import { isKnownDevice, rememberDevice } from '../../db/repositories/throttles';
import { findUserByEmail, type UserRow } from '../../db/repositories/users';
import { AppError } from '../../lib/errors';
import type { Ctx } from '../context';
import { notifyStaff } from '../notifications/notify-staff';
import {
  clearThrottle,
  countFailure,
  throttledError,
  throttleKey,
  throttleWait,
} from '../throttling/throttles';
import { verifyPassword } from './passwords';
import { newToken, sessionIdOf } from './tokens';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  /** The device cookie's token: the browser is known for this account from now on. */
  deviceToken: string;
}

const DEVICE_TOKEN = /^[\w-]{43}$/;
/** A browser unused for this long counts as new again (the cookie and the stored record both end). */
export const DEVICE_COOKIE_DAYS = 180;

/**
 * Checks the password and opens a session. Failures slow the guesser down without letting a
 * stranger keep the user out (THROTTLES in @sigap/core): from a browser the user logged in
 * from before (the device cookie), failures count against that browser alone; from any other
 * client they count against the account from that address and against the account from all
 * unknown clients together, each with a few free tries and then doubling waits up to 15
 * minutes. While a key waits, even the right password answers 429 with when to try again. The
 * user is told (in the app and by email) when unknown clients start being slowed down. An
 * unknown email is counted and answered exactly like a known one.
 */
export async function login(
  { db, now }: Ctx,
  opts: { input: TLoginRequest; ip: string | null; userAgent: string | null; deviceToken?: string | null },
): Promise<LoginResult> {
  const email = opts.input.email.trim().toLowerCase();
  const client = opts.ip ?? 'unknown';
  const user = await findUserByEmail(db, email);
  const device =
    opts.deviceToken && DEVICE_TOKEN.test(opts.deviceToken) ? sessionIdOf(opts.deviceToken) : null;
  const known = !!user && !!device && (await isKnownDevice(db, device, user.id));
  const keys = known
    ? [throttleKey('loginDevice', email, device!)]
    : [throttleKey('loginClient', email, client), throttleKey('loginAccount', email)];

  const waiting = await throttleWait(db, now, keys);
  if (waiting) throw throttledError('LOGIN_THROTTLED', waiting, now);

  const ok = await verifyPassword(user?.passwordHash ?? null, opts.input.password);
  if (!ok) {
    const { until, states } = await countFailure(db, now, keys);
    // the first wait of this client or of all unknown clients: tell the user, once per run
    const account = states.get('loginAccount');
    const firstWait = (kind: 'loginClient' | 'loginAccount') =>
      states.get(kind)?.failures === THROTTLES[kind].free + 1;
    if (user && account && (firstWait('loginClient') || firstWait('loginAccount')))
      await noticeFailedLogins(db, {
        user,
        ip: opts.ip,
        now,
        failures: account.failures,
        since: account.firstFailureAt,
      });
    if (until) throw throttledError('LOGIN_THROTTLED', until, now);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!user) throw new AppError('INVALID_CREDENTIALS');
  if (!user.active) throw new AppError('ACCOUNT_INACTIVE');

  const token = newToken();
  const deviceToken = opts.deviceToken && device ? opts.deviceToken : newToken();
  const expiresAt = new Date(now.getTime() + LIMITS.sessionDays * 86_400_000);
  await db.transaction(async (tx) => {
    // this client's count starts again; the count of all unknown clients keeps running down
    await clearThrottle(tx, [keys[0]!]);
    await rememberDevice(tx, sessionIdOf(deviceToken), user.id, now);
    await insertSession(tx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken: newToken(),
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      ip: opts.ip,
      userAgent: opts.userAgent?.slice(0, 300) ?? null,
    });
    await appendEvent(tx, {
      agencyId: user.agencyId,
      actorUserId: user.id,
      entityType: 'user',
      entityId: user.id,
      action: 'user.login',
      after: { ip: opts.ip, knownDevice: known },
      occurredAt: now,
    });
  });
  return { token, expiresAt, deviceToken };
}

/**
 * Tells the user, once per run of failures, that someone is failing to log in to their account
 * from unknown clients, what that does, and what to do: a notice in the app and by email.
 */
async function noticeFailedLogins(
  db: Ctx['db'],
  n: { user: UserRow; ip: string | null; now: Date; failures: number; since: Date },
): Promise<void> {
  const agency = await findAgency(db, n.user.agencyId);
  const lang = n.user.language === 'en' ? 'en' : 'id';
  const when = formatDateTime(n.now, agency?.timeZone ?? 'Asia/Jakarta', lang);
  const from = n.ip ?? '-';
  const title =
    lang === 'en' ? 'Failed log-in attempts on your account' : 'Percobaan masuk yang gagal ke akun Anda';
  const body =
    lang === 'en'
      ? `Your Sigap account has had ${n.failures} failed log-in attempts from browsers you have not logged in from before, the latest at ${when} (address ${from}). Log-ins from new browsers now have to wait a few minutes after each failure; on a browser you have logged in from before you can log in as usual. If this was not you, change your password and tell your administrator.`
      : `Akun Sigap Anda mengalami ${n.failures} percobaan masuk yang gagal dari peramban yang belum pernah Anda pakai untuk masuk, terakhir pada ${when} (alamat ${from}). Masuk dari peramban baru kini harus menunggu beberapa menit setiap kali gagal; dari peramban yang pernah Anda pakai untuk masuk, Anda tetap dapat masuk seperti biasa. Jika ini bukan Anda, ganti kata sandi dan beri tahu administrator.`;
  await db.transaction(async (tx) => {
    const created = await notifyStaff(tx, {
      agencyId: n.user.agencyId,
      userId: n.user.id,
      kind: 'auth.failed_logins',
      title,
      body,
      link: OFFICE_PAGES.account,
      dedupeKey: `failed-logins:${n.since.toISOString()}`,
      createdAt: n.now,
    });
    if (created)
      await appendEvent(tx, {
        agencyId: n.user.agencyId,
        actorUserId: null,
        entityType: 'user',
        entityId: n.user.id,
        action: 'user.login_throttled',
        after: { failures: n.failures, since: n.since, ip: n.ip },
        occurredAt: n.now,
      });
  });
}
