/**
 * Public-complaint benchmark (Perka BKPM 12/2015 module): 20,000 generated complaints of the BKPM
 * demo agency received over 2026, with their reporters, public steps and a few merges, on an
 * in-memory PGlite; after VACUUM (ANALYZE), every screen and report of the module over HTTP
 * (`app.inject`): the register as the complaint officer, one complaint (with the duplicate
 * matching over the open complaints), tracking with the PIN, a portal filing, the daily tally,
 * the weekly recap (JSON, PDF, XLSX) as the working-group chair and the public statistics.
 *
 *   npm run bench -- complaints                      20,000 complaints
 *   npm run bench -- complaints --complaints=50000   more (or fewer)
 *   npm run bench -- complaints --runs=50            more timed runs per fast operation
 *   npm run bench -- complaints --explain            also prints EXPLAIN ANALYZE of the SQL each read sends
 *
 * The rows are planned in this process (seeded, so every run generates the same data) and go in
 * as set-based INSERT … SELECT FROM json_to_recordset, 5,000 complaints per statement. Planning
 * here rather than in SQL lets the deadlines come from `complaintDeadlines` on the agency's real
 * working calendar (national holidays included), so "overdue" and "answered on time" are what the
 * app itself would compute. The bulk rows have no SOP case (case_id null); the filings timed
 * through the portal start one, as in production.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { fromLocal, isWorkingDay, localDateString } from '@sigap/core';
import {
  CHANNELS,
  type ComplaintChannel,
  type ComplaintType,
  complaintDeadlines,
  contactKeys,
  TRACKING_CODE_BYTES,
  trackingCodeFromBytes,
} from '@sigap/core/complaints';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { migrateDatabase } from '../apps/server/src/platform/db/client';
import { findAgencyByCode } from '../apps/server/src/platform/db/repositories/org';
import { loadSopDefinitions } from '../apps/server/src/platform/sops/load-definitions';
import { login } from '../apps/server/src/platform/use-cases/auth/login';
import { hashPassword, verifyPassword } from '../apps/server/src/platform/use-cases/auth/passwords';
import { loadWorkingCalendar } from '../apps/server/src/platform/use-cases/calendar/working-calendar';
import { syncSopDefinitions } from '../apps/server/src/platform/use-cases/sops/sync-sop-definitions';
import { seedDemo } from '../apps/server/src/seed/demo';
import { syncNationalCalendar } from '../apps/server/src/seed/national-calendar';
import { multipartBody, SAMPLE_PDF } from '../apps/server/src/testing/multipart';
import { arg, openBenchDatabase } from './_database';

const COMPLAINTS = Number(arg('complaints')?.split('=')[1] ?? 20_000);
const RUNS = Number(arg('runs')?.split('=')[1] ?? 20);
/** PDF, XLSX and the portal filing (argon2 hash + SOP case + outbox) are slow and write: fewer runs. */
const SLOW_RUNS = 5;
const WARMUP = 2;
const BATCH = 5_000;
const EXPLAIN = !!arg('explain');
/** Wednesday 30 December 2026, 10:00 WIB: the whole year is behind, the last fortnight still open. */
const NOW = new Date('2026-12-30T03:00:00Z');
const YEAR = 2026;
const PASSWORD = 'sigap-demo-2026';
/** Every generated complaint shares this PIN (one argon2 hash), so tracking can be timed. */
const PIN = '314159';
const SEARCH_WORD = 'LKPM';
const REPORT_DAY = '2026-06-15';
/** `nextCounter` keeps tracking numbers under this agency id (one installation-wide counter). */
const INSTALLATION = '00000000-0000-0000-0000-000000000000';
const tWall = performance.now();

const { client, db, database, log } = await openBenchDatabase();

const t0 = performance.now();
await migrateDatabase(database);
await syncNationalCalendar(db);
await syncSopDefinitions(db, await loadSopDefinitions(), NOW);
await seedDemo(database, NOW);
console.log(`setup (migrate, calendar, SOPs, demo org): ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const one = async <T>(sql: string, params: unknown[] = []): Promise<T> =>
  (await client.query<T>(sql, params)).rows[0] as T;
const bkpm = await findAgencyByCode(db, 'bkpm');
if (!bkpm) throw new Error('the demo agency bkpm is missing');
const calendar = await loadWorkingCalendar(db, bkpm);
const userId = async (email: string) =>
  (await one<{ id: string }>('select id from users where email = $1', [email])).id;
const OFFICER = 'petugas.pengaduan.bkpm@sigap.test';
const CHAIR = 'ketua.pokja.bkpm@sigap.test';
const HEAD = 'menteri.bkpm@sigap.test';
const officerId = await userId(OFFICER);
const teamUnit = (
  await one<{ id: string }>(`select id from units where agency_id = $1 and code = 'POKJA-ADUAN'`, [bkpm.id])
).id;

// ---------------------------------------------------------------------------------------------
// The plan: seeded random choices, deadlines from @sigap/core on BKPM's calendar.

let seed = 0x5ee0_2026;
/** mulberry32: small, seeded, good enough for test data. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
function weighted<T extends string>(weights: Record<T, number>): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  return entries[entries.length - 1]![0];
}
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

/** How complaints reach BKPM: the portal and email dominate, then the contact centre and the desk. */
const CHANNEL_WEIGHTS: Record<ComplaintChannel, number> = {
  portal: 28,
  email: 18,
  face_to_face: 12,
  contact_center: 10,
  telephone: 8,
  box: 5,
  letter: 5,
  lapor: 5,
  twitter: 3,
  facebook: 1.5,
  sms: 1.5,
  staff: 1.5,
  mass_media: 1,
  fax: 0.5,
};
/** Channels that only work when the complaint room is open (received on working days, office hours). */
const DESK: ReadonlySet<ComplaintChannel> = new Set([
  'face_to_face',
  'box',
  'contact_center',
  'telephone',
  'letter',
  'fax',
  'staff',
]);
const TYPE_WEIGHTS: Record<ComplaintType, number> = { a: 24, b: 18, c: 10, d: 9, e: 24, f: 15 };
const TYPE_PREFIX: Record<ComplaintType, string> = {
  a: 'Layanan melebihi waktu SOP:',
  b: 'Keputusan keliru terkait',
  c: 'Informasi keliru tentang',
  d: 'Pelayanan petugas terkait',
  e: 'Kendala sistem daring pada',
  f: 'Pertanyaan mengenai',
};
const TOPICS = [
  'NIB yang tidak kunjung terbit di OSS',
  'perubahan KBLI pada OSS RBA',
  'verifikasi PB UMKU',
  'persetujuan KKPR darat',
  'izin lokasi perairan',
  'laporan LKPM triwulan',
  'sanksi administratif karena LKPM',
  'fasilitas tax holiday',
  'fasilitas tax allowance',
  'masterlist impor mesin',
  'pembebasan bea masuk barang modal',
  'rekomendasi RPTKA',
  'notifikasi OSS yang tidak terkirim',
  'hak akses akun OSS',
  'persetujuan lingkungan',
  'sertifikat standar usaha',
  'izin usaha industri',
  'perubahan data PMA',
  'divestasi saham PMA',
  'pencabutan izin usaha',
  'perpanjangan izin usaha',
  'kemitraan dengan UMKM',
  'insentif investasi daerah',
  'layanan konsultasi investasi',
  'antrean layanan tatap muka',
  'penerbitan surat keterangan',
  'data realisasi investasi',
  'pengembalian dokumen asli',
  'pendaftaran kawasan ekonomi khusus',
  'persyaratan modal minimum PMA',
];
const PROVINCES = [
  'DKI Jakarta',
  'Jawa Barat',
  'Jawa Tengah',
  'Jawa Timur',
  'Banten',
  'Sumatera Utara',
  'Riau',
  'Kepulauan Riau',
  'Sumatera Selatan',
  'Kalimantan Timur',
  'Kalimantan Barat',
  'Sulawesi Selatan',
  'Sulawesi Tengah',
  'Bali',
  'Nusa Tenggara Barat',
  'Papua',
  'Maluku Utara',
];
const FIRST = [
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Andi',
  'Rina',
  'Hendra',
  'Lestari',
  'Yusuf',
  'Putri',
  'Rizky',
  'Wahyu',
  'Indah',
  'Bambang',
  'Nur',
  'Arif',
  'Sri',
  'Dimas',
  'Ayu',
  'Fikri',
];
const LAST = [
  'Santoso',
  'Wijaya',
  'Saputra',
  'Hidayat',
  'Lubis',
  'Siregar',
  'Nasution',
  'Pratama',
  'Kusuma',
  'Halim',
  'Tanjung',
  'Simanjuntak',
  'Rahman',
  'Setiawan',
  'Gunawan',
  'Hutapea',
];
const CO_A = [
  'Nusantara',
  'Sinar',
  'Bumi',
  'Mitra',
  'Cahaya',
  'Samudra',
  'Karya',
  'Tunas',
  'Mega',
  'Prima',
  'Global',
  'Surya',
  'Berkah',
  'Artha',
  'Jaya',
];
const CO_B = [
  'Logistik',
  'Energi',
  'Agro',
  'Tambang',
  'Properti',
  'Digital',
  'Kimia',
  'Tekstil',
  'Farmasi',
  'Pangan',
  'Perikanan',
  'Baja',
  'Otomotif',
];
const CO_C = ['Indonesia', 'Abadi', 'Sejahtera', 'Mandiri', 'Utama', 'Lestari', 'Perkasa', 'Makmur'];
const COMPANIES = Array.from({ length: 400 }, (_, k) => ({
  name: `PT ${CO_A[k % CO_A.length]} ${CO_B[Math.floor(k / CO_A.length) % CO_B.length]} ${CO_C[k % CO_C.length]}${k >= 195 ? ` ${Math.floor(k / 195) + 1}` : ''}`,
  nib: `912${String(1_000_000_000 + k * 7919).padStart(10, '0')}`,
}));
/** People who file again and again (consultants, association staff): the contact duplicates. */
const FREQUENT = Array.from({ length: 300 }, (_, k) => ({
  name: `${FIRST[k % FIRST.length]} ${LAST[Math.floor(k / FIRST.length) % LAST.length]}`,
  email: `konsultan${k}@perizinan-${k % 7}.co.id`,
  phone: `0812${String(10_000_000 + k * 7_771).slice(0, 8)}`,
}));
const FILLER = [
  'mohon',
  'kejelasan',
  'status',
  'permohonan',
  'kami',
  'sudah',
  'melengkapi',
  'seluruh',
  'dokumen',
  'namun',
  'sistem',
  'menolak',
  'unggahan',
  'petugas',
  'menyarankan',
  'menunggu',
  'hingga',
  'hari',
  'kerja',
  'berikutnya',
  'proyek',
  'terancam',
  'tertunda',
  'investor',
  'meminta',
  'kepastian',
  'jadwal',
  'operasional',
  'pabrik',
  'gudang',
  'tenaga',
  'lokal',
  'kontrak',
  'pembiayaan',
  'bank',
  'mensyaratkan',
  'izin',
  'lengkap',
  'sebelum',
  'pencairan',
];
const FIRST_RESPONSE =
  'Pengaduan Bapak/Ibu telah kami terima dan sedang kami pelajari. Kami akan menyampaikan jawaban sesuai batas waktu.';
const ANSWER =
  'Terima kasih atas pengaduan Bapak/Ibu. Setelah kami periksa bersama unit teknis, permohonan telah kami proses dan dapat dipantau kembali pada sistem OSS.';

const H = 3_600_000;
const D = 86_400_000;
const TZ = bkpm.timeZone;

/** The local dates of 2026 up to today, and those the complaint room is open. */
const dates: string[] = [];
for (let d = Date.UTC(YEAR, 0, 1); ; d += D) {
  const date = new Date(d).toISOString().slice(0, 10);
  if (date > localDateString(NOW, TZ)) break;
  dates.push(date);
}
const workingDates = dates.filter((d) => isWorkingDay(calendar, d));
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.floor(minutes % 60)).padStart(2, '0')}`;

function receivedAt(channel: ComplaintChannel): Date {
  for (;;) {
    const at = DESK.has(channel)
      ? fromLocal(pick(workingDates), hhmm(7.5 * 60 + rand() * 8 * 60), TZ)
      : fromLocal(pick(dates), hhmm(rand() < 0.85 ? 6 * 60 + rand() * 17 * 60 : rand() * 24 * 60), TZ);
    if (at.getTime() < NOW.getTime() - H) return at;
  }
}

type Status = 'received' | 'in_progress' | 'with_working_group' | 'answered' | 'closed' | 'merged';
/** Within the answer time most complaints are still being handled; past it nearly all are done. */
const STATUS_WITHIN_TIME: Record<Status, number> = {
  received: 12,
  in_progress: 34,
  with_working_group: 36,
  answered: 16,
  closed: 0,
  merged: 2,
};
const STATUS_PAST_DUE: Record<Status, number> = {
  received: 0.2,
  in_progress: 0.6,
  with_working_group: 1.2,
  answered: 20,
  closed: 76.8,
  merged: 1.2,
};

interface Step {
  kind: string;
  at: number;
  text?: string;
  byReporter?: boolean;
}
interface Plan {
  id: string;
  trackingNumber: string;
  /** The reporter's random public code. */
  trackingCode: string;
  status: Status;
  channel: ComplaintChannel;
  type: ComplaintType;
  boxKind: string | null;
  subject: string;
  description: string;
  company: (typeof COMPANIES)[number] | null;
  nib: string | null;
  anonymous: boolean;
  confidential: boolean;
  language: 'id' | 'en';
  channelDetails: Record<string, string>;
  receivedAt: number;
  clockStart: number;
  firstResponseDue: number;
  answerDue: number;
  firstRespondedAt: number | null;
  answeredAt: number | null;
  closedAt: number | null;
  mergedAt: number | null;
  mergedIntoId: string | null;
  steps: Step[];
  reporter: {
    name: string | null;
    institution: string | null;
    address: string | null;
    gender: string | null;
    phone: string | null;
    email: string | null;
    handle: string | null;
  };
}

function describe(type: ComplaintType, topic: string, company: string | null, when: number): string {
  const date = localDateString(new Date(when - Math.floor(rand() * 40) * D), TZ);
  const province = pick(PROVINCES);
  const opening = pick([
    `Kami dari ${company ?? 'usaha perorangan'} di ${province} menyampaikan pengaduan terkait ${topic}.`,
    `Sejak ${date} kami mengalami masalah ${topic} untuk proyek di ${province}.`,
    `Permohonan ${topic} atas nama ${company ?? 'saya'} diajukan pada ${date} dan belum ada kejelasan.`,
    `Kami ingin menanyakan tindak lanjut ${topic} untuk lokasi usaha di ${province}.`,
  ]);
  const detail = {
    a: `Sudah ${5 + Math.floor(rand() * 30)} hari kerja berlalu, melebihi waktu dalam SOP.`,
    b: 'Keputusan yang kami terima tidak sesuai dengan ketentuan yang berlaku.',
    c: 'Informasi yang disampaikan di loket berbeda dengan yang tertera di laman resmi.',
    d: 'Petugas tidak memberikan penjelasan yang memadai ketika kami datang.',
    e: `Sistem menampilkan galat ${digits(3)} setiap kali kami mengunggah dokumen.`,
    f: 'Kami memerlukan penjelasan mengenai persyaratan yang berlaku.',
  }[type];
  const filler = Array.from({ length: 6 + Math.floor(rand() * 10) }, () => pick(FILLER)).join(' ');
  return `${opening} ${detail} Nomor permohonan ${digits(12)}. ${filler.charAt(0).toUpperCase()}${filler.slice(1)}.`;
}

function planOne(): Omit<Plan, 'id' | 'trackingNumber' | 'trackingCode' | 'mergedIntoId'> {
  const now = NOW.getTime();
  const channel = weighted(CHANNEL_WEIGHTS);
  const type = weighted(TYPE_WEIGHTS);
  const received = receivedAt(channel);
  const dl = complaintDeadlines({ receivedAt: received, channel, type, calendar, otherTypeWorkingDays: 10 });
  const clock = dl.clockStart.getTime();
  const frDue = dl.firstResponseDue.getTime();
  const due = dl.answerDue.getTime();
  let status = weighted(due > now ? STATUS_WITHIN_TIME : STATUS_PAST_DUE);
  if (clock > now - 2 * H) status = 'received';
  const cap = (ms: number) => Math.min(ms, now - 60_000);
  const steps: Step[] = [{ kind: 'received', at: received.getTime() }];
  let firstResp: number | null = null;
  if (status !== 'received' && !(status === 'merged' && rand() < 0.4)) {
    const late = rand() < 0.07;
    firstResp = late ? frDue + rand() * 2 * D : clock + (0.05 + 0.95 * rand()) * Math.max(frDue - clock, H);
    firstResp = cap(Math.max(firstResp, received.getTime() + 10 * 60_000));
    steps.push({ kind: 'first_response', at: firstResp, text: FIRST_RESPONSE });
  }
  let answeredAt: number | null = null;
  let closedAt: number | null = null;
  let mergedAt: number | null = null;
  const from = firstResp ?? received.getTime();
  if (status === 'answered' || status === 'closed') {
    const onTime = rand() < 0.86;
    let ans = onTime ? from + (0.1 + 0.9 * rand()) * (due - from) : due + (0.2 + rand() * 12) * D;
    ans = cap(Math.max(ans, from + H));
    const span = ans - from;
    if (rand() < 0.55) {
      steps.push({ kind: 'forwarded', at: from + 0.15 * span }, { kind: 'examined', at: from + 0.4 * span });
      if (status === 'answered' && rand() < 0.35)
        steps.push({ kind: 'coordination', at: from + 0.65 * span });
    }
    steps.push({ kind: 'answered', at: ans, text: ANSWER });
    answeredAt = ans;
    if (status === 'closed') {
      const closed = ans + (0.5 + rand() * 6) * D;
      if (closed < now) {
        closedAt = closed;
        steps.push({ kind: 'closed', at: closed });
      } else status = 'answered';
    }
  } else if (status === 'with_working_group') {
    const span = Math.max(Math.min(now, due + 10 * D) - from, 2 * H);
    steps.push({ kind: 'forwarded', at: cap(from + 0.2 * span) });
    if (rand() < 0.65) steps.push({ kind: 'examined', at: cap(from + 0.5 * span) });
    if (rand() < 0.3) steps.push({ kind: 'coordination', at: cap(from + 0.75 * span) });
    if (rand() < 0.1) steps.push({ kind: 'meeting', at: cap(from + 0.9 * span) });
  } else if (status === 'merged') {
    mergedAt = cap(from + (0.2 + rand() * 2) * D);
    steps.push({ kind: 'merged', at: mergedAt });
  }
  // the reporter adds information: always for a complaint still waiting (2 steps at least), else sometimes
  const last = Math.max(...steps.map((s) => s.at));
  if (status === 'received' || (steps.length < 6 && rand() < 0.12 && status !== 'merged')) {
    const at = cap(received.getTime() + (0.2 + 0.6 * rand()) * Math.max(last - received.getTime(), H));
    steps.push({
      kind: 'info_added',
      at,
      text: 'Kami lampirkan tambahan dokumen pendukung.',
      byReporter: true,
    });
  }
  steps.sort((a, b) => a.at - b.at);

  const topic = pick(TOPICS);
  const company = rand() < 0.65 ? pick(COMPANIES) : null;
  const frequent = rand() < 0.12 ? pick(FREQUENT) : null;
  const anonymous = rand() < 0.04;
  const email =
    frequent?.email ??
    (channel === 'portal' || channel === 'email' || rand() < 0.55
      ? `pelapor${digits(7)}@contoh.co.id`
      : null);
  const phoneFirst = ['telephone', 'sms', 'contact_center', 'box', 'face_to_face'].includes(channel);
  const phone = frequent?.phone ?? (phoneFirst || rand() < 0.5 || !email ? `08${digits(10)}` : null);
  const detailsOf: Partial<Record<ComplaintChannel, () => Record<string, string>>> = {
    mass_media: () => ({ mediaName: pick(['Kompas', 'Bisnis Indonesia', 'Kontan', 'Tempo']) }),
    lapor: () => ({ laporNumber: `LAP-${digits(8)}` }),
    staff: () => ({ forwardedBy: 'Direktorat Pelayanan' }),
    email: () => ({ emailFrom: email ?? '' }),
  };
  return {
    status,
    channel,
    type,
    boxKind:
      channel === 'box' ? pick(['saran', 'pertanyaan', 'informasi', 'pengaduan', 'permasalahan']) : null,
    subject: `${TYPE_PREFIX[type]} ${topic}`,
    description: describe(type, topic, company?.name ?? null, received.getTime()),
    company,
    nib: company && rand() < 0.7 ? company.nib : null,
    anonymous,
    confidential: channel === 'box' ? rand() < 0.7 : rand() < 0.02,
    language: rand() < 0.04 ? 'en' : 'id',
    channelDetails: detailsOf[channel]?.() ?? {},
    receivedAt: received.getTime(),
    clockStart: clock,
    firstResponseDue: frDue,
    answerDue: due,
    firstRespondedAt: firstResp,
    answeredAt,
    closedAt,
    mergedAt,
    steps,
    reporter: {
      name: anonymous ? null : (frequent?.name ?? `${pick(FIRST)} ${pick(LAST)}`),
      institution: company?.name ?? null,
      address:
        rand() < 0.5 ? `Jl. ${pick(CO_A)} No. ${1 + Math.floor(rand() * 200)}, ${pick(PROVINCES)}` : null,
      gender: channel === 'face_to_face' ? pick(['L', 'P']) : null,
      phone,
      email,
      handle: channel === 'twitter' || channel === 'facebook' ? `@pelapor${digits(5)}` : null,
    },
  };
}

const t1 = performance.now();
const pinHash = await hashPassword(PIN);
const drafts = Array.from({ length: COMPLAINTS }, planOne).sort((a, b) => a.receivedAt - b.receivedAt);
// Tracking numbers follow receipt (one installation-wide counter); a merge points at an earlier complaint.
const plans: Plan[] = drafts.map((p, i) => ({
  ...p,
  id: randomUUID(),
  trackingNumber: `ADU-${YEAR}-${String(i + 1).padStart(6, '0')}`,
  trackingCode: trackingCodeFromBytes(randomBytes(TRACKING_CODE_BYTES)),
  mergedIntoId: null,
}));
for (let i = 0; i < plans.length; i++) {
  const p = plans[i]!;
  if (p.status !== 'merged') continue;
  for (let tries = 0; tries < 50 && !p.mergedIntoId; tries++) {
    const j = i - 1 - Math.floor(rand() * 150);
    const target = plans[j];
    if (target && target.status !== 'merged') p.mergedIntoId = target.id;
  }
  if (!p.mergedIntoId) {
    // nothing earlier to merge into (the first rows): an ordinary complaint still waiting
    p.status = 'received';
    p.steps = p.steps.filter((s) => s.kind !== 'merged');
    p.mergedAt = null;
  }
}
const planMs = performance.now() - t1;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const json = (rows: unknown[]) => JSON.stringify(rows);

const insertComplaints = `
insert into complaints (id, agency_id, unit_id, tracking_number, tracking_code, pin_hash, status, channel, form, type, box_kind,
  subject, description, company_name, nib, anonymous, confidential, language, channel_details, received_at,
  clock_start, first_response_due, answer_due, first_responded_at, first_response, answered_at, answer,
  answer_channel, closed_at, case_id, merged_into_id, recorded_by, created_at, updated_at)
select x.id, $2::uuid, $3::uuid, x.tracking_number, x.tracking_code, $4, x.status, x.channel, x.form, x.type, x.box_kind,
  x.subject, x.description, x.company_name, x.nib, x.anonymous, x.confidential, x.language, x.channel_details,
  x.received_at, x.clock_start, x.first_response_due, x.answer_due, x.first_responded_at,
  case when x.first_responded_at is not null then $5 end, x.answered_at, case when x.answered_at is not null then $6 end,
  case when x.answered_at is not null then x.answer_channel end, x.closed_at, null, x.merged_into_id,
  case when x.recorded then $7::uuid end, x.received_at, x.updated_at
from json_to_recordset($1::json) as x(id uuid, tracking_number text, tracking_code text, status text, channel text, form text,
  type text, box_kind text, subject text, description text, company_name text, nib text, anonymous boolean,
  confidential boolean, language text, channel_details jsonb, received_at timestamptz, clock_start timestamptz,
  first_response_due timestamptz, answer_due timestamptz, first_responded_at timestamptz,
  answered_at timestamptz, answer_channel text, closed_at timestamptz, merged_into_id uuid, recorded boolean,
  updated_at timestamptz)`;
const insertReporters = `
insert into complaint_reporters (complaint_id, name, institution, address, gender, phone, email, handle, contact_keys)
select * from json_to_recordset($1::json) as x(complaint_id uuid, name text, institution text, address text,
  gender text, phone text, email text, handle text, contact_keys text[])`;
// ordered by time so `seq` (the tie-breaker of steps at the same instant) follows the story
const insertUpdates = `
insert into record_updates (record_type, record_id, kind, public, by_public, text, occurred_at)
select 'complaint', x.complaint_id, x.kind, true, x.by_reporter, x.text, x.occurred_at
from json_to_recordset($1::json) as x(complaint_id uuid, kind text, by_reporter boolean, text text, occurred_at timestamptz)
order by x.occurred_at`;
const insertMerges = `
insert into complaint_merges (complaint_id, into_complaint_id, reason, previous_status, merged_by, merged_at)
select x.complaint_id, x.into_id, 'Pengaduan yang sama dari pelapor yang sama', x.previous_status, $2::uuid, x.merged_at
from json_to_recordset($1::json) as x(complaint_id uuid, into_id uuid, previous_status text, merged_at timestamptz)`;

const t2 = performance.now();
for (let from = 0; from < plans.length; from += BATCH) {
  const batch = plans.slice(from, from + BATCH);
  await client.query(insertComplaints, [
    json(
      batch.map((p) => ({
        id: p.id,
        tracking_number: p.trackingNumber,
        tracking_code: p.trackingCode,
        status: p.status,
        channel: p.channel,
        form: CHANNELS[p.channel].form,
        type: p.type,
        box_kind: p.boxKind,
        subject: p.subject,
        description: p.description,
        company_name: p.company?.name ?? null,
        nib: p.nib,
        anonymous: p.anonymous,
        confidential: p.confidential,
        language: p.language,
        channel_details: p.channelDetails,
        received_at: iso(p.receivedAt),
        clock_start: iso(p.clockStart),
        first_response_due: iso(p.firstResponseDue),
        answer_due: iso(p.answerDue),
        first_responded_at: iso(p.firstRespondedAt),
        answered_at: iso(p.answeredAt),
        answer_channel: p.reporter.email ? 'email' : 'letter',
        closed_at: iso(p.closedAt),
        merged_into_id: p.mergedIntoId,
        recorded: p.channel !== 'portal' && p.channel !== 'email',
        updated_at: iso(Math.max(...p.steps.map((s) => s.at))),
      })),
    ),
    bkpm.id,
    teamUnit,
    pinHash,
    FIRST_RESPONSE,
    ANSWER,
    officerId,
  ]);
  await client.query(insertReporters, [
    json(
      batch.map((p) => ({
        complaint_id: p.id,
        ...p.reporter,
        contact_keys: contactKeys(p.reporter.email, p.reporter.phone),
      })),
    ),
  ]);
  await client.query(insertUpdates, [
    json(
      batch.flatMap((p) =>
        p.steps.map((s) => ({
          complaint_id: p.id,
          kind: s.kind,
          by_reporter: s.byReporter ?? false,
          text: s.text ?? null,
          occurred_at: iso(s.at),
        })),
      ),
    ),
  ]);
  const merged = batch.filter((p) => p.mergedIntoId);
  if (merged.length > 0)
    await client.query(insertMerges, [
      json(
        merged.map((p) => ({
          complaint_id: p.id,
          into_id: p.mergedIntoId,
          previous_status: p.firstRespondedAt ? 'in_progress' : 'received',
          merged_at: iso(p.mergedAt),
        })),
      ),
      officerId,
    ]);
  process.stdout.write(`\rinserted ${Math.min(from + BATCH, plans.length).toLocaleString('en')} complaints`);
}
// the portal's next filing continues the year's numbering
await client.query(
  `insert into counters (agency_id, name, year, value) values ($1, 'complaint', $2, $3)
   on conflict (agency_id, name, year) do update set value = excluded.value`,
  [INSTALLATION, YEAR, COMPLAINTS],
);
const insertMs = performance.now() - t2;
const tv = performance.now();
for (const table of ['complaints', 'complaint_reporters', 'record_updates', 'complaint_merges'])
  await client.query(`vacuum (analyze) ${table}`);
const vacuumMs = performance.now() - tv;

const size = await one<Record<string, number>>(
  `select (select count(*)::int from complaints) complaints,
     (select count(*)::int from complaints where status in ('received', 'in_progress', 'with_working_group')) open,
     (select count(*)::int from complaints where status in ('received', 'in_progress', 'with_working_group')
        and answer_due < $1) overdue,
     (select count(*)::int from complaints where status = 'answered') answered,
     (select count(*)::int from complaints where status = 'closed') closed,
     (select count(*)::int from complaints where status = 'merged') merged,
     (select count(*)::int from complaint_reporters) reporters,
     (select count(*)::int from record_updates) updates,
     (select count(*)::int from complaints where subject ilike $2 or description ilike $2) search_hits,
     (select pg_total_relation_size('complaints') + pg_total_relation_size('complaint_reporters')
       + pg_total_relation_size('record_updates') + pg_total_relation_size('complaint_merges'))::bigint bytes`,
  [NOW.toISOString(), `%${SEARCH_WORD}%`],
);
const fmt = (n: number) => n.toLocaleString('en');
console.log(
  `\nplanned in ${(planMs / 1000).toFixed(1)} s, inserted in ${(insertMs / 1000).toFixed(1)} s, ` +
    `VACUUM (ANALYZE) in ${(vacuumMs / 1000).toFixed(1)} s`,
);
console.log(
  `data: ${fmt(size.complaints!)} complaints of BKPM received in ${YEAR} (open ${fmt(size.open!)}, of which overdue ` +
    `${fmt(size.overdue!)}; answered ${fmt(size.answered!)}; closed ${fmt(size.closed!)}; merged ${fmt(size.merged!)}), ` +
    `${fmt(size.reporters!)} reporters, ${fmt(size.updates!)} public steps; "${SEARCH_WORD}" in ${fmt(size.search_hits!)}; ` +
    `${(Number(size.bytes) / 1024 / 1024).toFixed(1)} MB with indexes`,
);

// ---------------------------------------------------------------------------------------------
// Timing over HTTP.

const { buildApp } = await import('../apps/server/src/app');
const app = await buildApp({
  database,
  clock: () => NOW,
  config: { cookieSecure: false, trustProxy: false, webDist: '/nonexistent', logLevel: 'silent' },
  logger: false,
});
await app.ready();

const tokenOf = async (email: string) =>
  (await login({ db, now: NOW }, { input: { email, password: PASSWORD }, ip: null, userAgent: 'bench' }))
    .token;
const officer = await tokenOf(OFFICER);
const chair = await tokenOf(CHAIR);
const head = await tokenOf(HEAD);

/** Every public request comes from another address, so the per-address rate limits never answer 429. */
let address = 0;
const nextAddress = () => {
  address++;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

async function call(opts: InjectOptions, token?: string): Promise<LightMyRequestResponse> {
  const res = await app.inject({
    remoteAddress: nextAddress(),
    ...opts,
    ...(token ? { cookies: { sigap_session: token } } : {}),
  });
  if (res.statusCode !== 200) throw new Error(`${opts.method} ${opts.url}: ${res.statusCode} ${res.body}`);
  return res;
}

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  return { median: q(50), p95: q(95) };
};
/**
 * Wall time, and the process's CPU time over the same call: PGlite runs inside this process, so
 * CPU time is the work itself (argon2 runs on libuv's threads and counts there too).
 */
async function time(runs: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const c = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(c);
    ms.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...stats(ms), cpu: stats(cpu).median };
}

// the complaint page of the most recent open complaint handed to the working group from a frequent reporter
const detail = [...plans]
  .reverse()
  .find(
    (p) =>
      p.status === 'with_working_group' && p.company && FREQUENT.some((f) => f.email === p.reporter.email),
  )!;
// a closed complaint from June with the longest story, tracked by its reporter
const tracked = plans
  .filter(
    (p) => p.status === 'closed' && localDateString(new Date(p.receivedAt), TZ).startsWith(`${YEAR}-06`),
  )
  .sort((a, b) => b.steps.length - a.steps.length)[0]!;

let filed = 0;
const portalFiling = () => {
  filed++;
  return multipartBody(
    {
      agencyId: bkpm.id,
      type: 'e',
      subject: 'Kendala sistem daring pada unggahan dokumen OSS',
      description: `Sejak pagi kami tidak dapat mengunggah dokumen persyaratan pada OSS RBA; sistem menampilkan galat ${500 + filed}.`,
      reporterName: 'Budi Santoso',
      reporterEmail: `pelapor.bench${filed}@contoh.co.id`,
      reporterPhone: '081234567890',
      companyName: 'PT Nusantara Digital Indonesia',
      anonymous: 'false',
      confidential: 'false',
      language: 'id',
    },
    [{ field: 'attachments', filename: 'bukti.pdf', contentType: 'application/pdf', bytes: SAMPLE_PDF }],
  );
};

interface Op {
  name: string;
  runs: number;
  request: () => Promise<LightMyRequestResponse>;
  /** What one answer holds, for the table. */
  answer: (res: LightMyRequestResponse) => string;
  /** Replayed under EXPLAIN ANALYZE with --explain. */
  explain?: boolean;
}
const kB = (res: LightMyRequestResponse) => `${(res.rawPayload.length / 1024).toFixed(1)} kB`;
const list = (res: LightMyRequestResponse) => {
  const body = res.json() as { total: number; items: unknown[] };
  return `total ${fmt(body.total)}, ${body.items.length} rows`;
};
const get = (url: string, token?: string) => () => call({ method: 'GET', url }, token);
const week = `week=${REPORT_DAY}`;
const ops: Op[] = [
  {
    name: 'register GET /api/complaints',
    runs: RUNS,
    request: get('/api/complaints', officer),
    answer: list,
    explain: true,
  },
  {
    name: 'register ?status=open',
    runs: RUNS,
    request: get('/api/complaints?status=open', officer),
    answer: list,
    explain: true,
  },
  {
    name: 'register ?overdue=true',
    runs: RUNS,
    request: get('/api/complaints?overdue=true', officer),
    answer: list,
    explain: true,
  },
  {
    name: `register ?q=${SEARCH_WORD}`,
    runs: RUNS,
    request: get(`/api/complaints?q=${SEARCH_WORD}`, officer),
    answer: list,
    explain: true,
  },
  {
    name: 'GET /api/complaints/:id (open, duplicates)',
    runs: RUNS,
    request: get(`/api/complaints/${detail.id}`, officer),
    answer: (res) => {
      const body = res.json() as { updates: unknown[]; duplicates: unknown[] };
      return `${body.updates.length} steps, ${body.duplicates.length} duplicates`;
    },
    explain: true,
  },
  {
    name: 'POST /api/public/complaints/track (PIN)',
    runs: RUNS,
    request: () =>
      call({
        method: 'POST',
        url: '/api/public/complaints/track',
        payload: { trackingCode: tracked.trackingCode, pin: PIN },
      }),
    answer: (res) => `${(res.json() as { steps: unknown[] }).steps.length} steps`,
  },
  {
    name: 'POST /api/public/complaints (portal filing)',
    runs: SLOW_RUNS,
    request: () => {
      const { payload, contentType } = portalFiling();
      return call({
        method: 'POST',
        url: '/api/public/complaints',
        payload,
        headers: { 'content-type': contentType },
      });
    },
    answer: (res) => (res.json() as { trackingCode: string }).trackingCode,
  },
  {
    name: `daily tally ?date=${REPORT_DAY} (chair)`,
    runs: RUNS,
    request: get(`/api/complaints/reports/daily?date=${REPORT_DAY}`, chair),
    answer: (res) => `${(res.json() as { total: number }).total} received`,
    explain: true,
  },
  {
    name: `weekly recap ?${week} (chair)`,
    runs: RUNS,
    request: get(`/api/complaints/reports/weekly?${week}`, chair),
    answer: (res) => {
      const body = res.json() as { total: number; followUps: unknown[]; openAtEnd: number };
      return `${body.total} received, ${fmt(body.followUps.length)} follow-ups`;
    },
    explain: true,
  },
  {
    name: 'weekly recap (head of agency)',
    runs: RUNS,
    request: get(`/api/complaints/reports/weekly?${week}`, head),
    answer: (res) => `${fmt((res.json() as { followUps: unknown[] }).followUps.length)} follow-ups`,
  },
  {
    name: 'weekly.pdf (chair)',
    runs: SLOW_RUNS,
    request: get(`/api/complaints/reports/weekly.pdf?${week}`, chair),
    answer: kB,
  },
  {
    name: 'weekly.xlsx (chair)',
    runs: SLOW_RUNS,
    request: get(`/api/complaints/reports/weekly.xlsx?${week}`, chair),
    answer: kB,
  },
  {
    name: `public stats ?year=${YEAR}`,
    runs: RUNS,
    request: get(`/api/public/complaints/stats?agencyId=${bkpm.id}&year=${YEAR}`),
    answer: (res) => {
      const body = res.json() as { total: number; averageWorkingDaysToAnswer: number | null };
      return `${fmt(body.total)} counted, ${body.averageWorkingDaysToAnswer} working days mean`;
    },
    explain: true,
  },
];

const rows: Array<Record<string, string | number>> = [];
for (const op of ops) {
  const first = await op.request();
  const t = await time(op.runs, op.request);
  rows.push({
    operation: op.name,
    runs: op.runs,
    'median ms': Number(t.median.toFixed(1)),
    'p95 ms': Number(t.p95.toFixed(1)),
    'CPU median ms': Number(t.cpu.toFixed(1)),
    answer: op.answer(first),
  });
}
// what tracking and filing pay for argon2 alone (the same library and parameters)
const verify = await time(RUNS, () => verifyPassword(pinHash, PIN));
rows.push({
  operation: '  of which: argon2 verify of the PIN',
  runs: RUNS,
  'median ms': Number(verify.median.toFixed(1)),
  'p95 ms': Number(verify.p95.toFixed(1)),
  'CPU median ms': Number(verify.cpu.toFixed(1)),
  answer: 'verifyPassword',
});
const hashing = await time(SLOW_RUNS, () => hashPassword(PIN));
rows.push({
  operation: '  of which: argon2 hash of a new PIN',
  runs: SLOW_RUNS,
  'median ms': Number(hashing.median.toFixed(1)),
  'p95 ms': Number(hashing.p95.toFixed(1)),
  'CPU median ms': Number(hashing.cpu.toFixed(1)),
  answer: 'hashPassword',
});

console.log(
  `\nComplaints after VACUUM (ANALYZE): ${fmt(size.complaints!)} complaints, ${fmt(size.updates!)} steps; ` +
    `HTTP via app.inject, ${WARMUP} warm-up runs each; register as ${OFFICER}, reports as ${CHAIR}:`,
);
console.table(rows);

if (EXPLAIN) {
  for (const op of ops.filter((o) => o.explain)) {
    log.queries = [];
    await op.request();
    const queries = log.queries ?? [];
    log.queries = null;
    for (const q of queries.filter((x) => /complaint/.test(x.sql))) {
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${q.sql}`,
        q.params,
      );
      console.log(`\n--- ${op.name}\n${q.sql}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  }
}

console.log(`\ntotal wall time: ${((performance.now() - tWall) / 1000).toFixed(1)} s`);
await app.close();
await client.close();
