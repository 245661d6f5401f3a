import type { TPublicConsultationRequest, TRecordConsultation } from '@sigap/contracts/investment-control';
import { isWorkingDay } from '@sigap/core';
import { findAgency } from '../../platform/db/repositories/org';
import type { DemoCtx } from '../../platform/kernel/demo';
import { localDate } from '../../platform/lib/local-date';
import { loadWorkingCalendar } from '../../platform/use-cases/calendar/working-calendar';
import { companiesWithLkpm, findConsultationByNumber } from './repository/consultations';
import { answerConsultation } from './use-cases/answer-consultation';
import { closeConsultation } from './use-cases/close-consultation';
import { recordConsultation } from './use-cases/record-consultation';
import { scheduleConsultation } from './use-cases/schedule-consultation';
import { submitPublicConsultation } from './use-cases/submit-public-consultation';

const HELPDESK = 'helpdesk.kaltim@sigap.test';
const PENGOLAH = 'pengolah.kaltim@sigap.test';

/** The n-th working date after `from` (office-local dates), on the agency's calendar. */
function workingDateAfter(isWorking: (d: string) => boolean, from: string, n: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  let left = n;
  for (let guard = 0; guard < 60; guard++) {
    d.setUTCDate(d.getUTCDate() + 1);
    const date = d.toISOString().slice(0, 10);
    if (isWorking(date) && --left === 0) return date;
  }
  throw new Error('no working day within 60 days');
}

/**
 * The consultation demo at DPMPTSP Kaltim, through the use cases (issue 11 item 3): tickets in
 * every status on companies of the registry that filed an LKPM, at times on the working calendar
 * relative to today: a helpdesk question just received from the portal, one answered on a call,
 * one closed as a duplicate; a virtual consultation waiting to be scheduled, one scheduled on a
 * coming working day with its meeting link, and one held with its outcome and minutes.
 */
export async function seedConsultationDemo(demo: DemoCtx): Promise<void> {
  const { db, as, agency } = demo;
  const kaltim = await agency('dpmptsp-kaltim');
  if (!kaltim.has(6)) return;
  const row = await findAgency(db, kaltim.agencyId);
  if (!row) return;
  const calendar = await loadWorkingCalendar(db, row);
  const firms = await companiesWithLkpm(db, kaltim.agencyId, 6);
  if (firms.length === 0) return;
  const firm = (i: number) => firms[i % firms.length]!;
  const tz = row.timeZone;
  const today = localDate(kaltim.at(0, '08:00'), tz);
  const ahead = (n: number) => workingDateAfter((d) => isWorkingDay(calendar, d), today, n);
  const portal = (i: number, at: Date, input: Omit<TPublicConsultationRequest, 'agencyId' | 'nib'>) =>
    submitPublicConsultation({ db, now: at }, { ...input, agencyId: kaltim.agencyId, nib: firm(i).nib });
  const staff = async (email: string, at: Date, i: number, input: Omit<TRecordConsultation, 'nib'>) =>
    recordConsultation(await as(email, at), { ...input, nib: firm(i).nib });
  const idOf = async (number: string) => (await findConsultationByNumber(db, kaltim.agencyId, number))!.id;

  // a virtual consultation held last week: scheduled, then its outcome and minutes
  const held = await portal(0, kaltim.at(6, '10:00'), {
    kind: 'virtual',
    contactName: 'Yusuf Hamdani',
    contactEmail: 'yusuf.hamdani@example.com',
    contactPhone: '+62 811 5401 2201',
    topic: 'Perluasan lahan perkebunan dan perubahan izin',
    question:
      'Kami berencana menambah luas lahan dan ingin memahami perubahan perizinan berusaha serta pelaporannya di LKPM.',
    preferredDate: localDate(kaltim.at(4, '08:00'), tz),
    preferredTime: '10:00',
    language: 'id',
  });
  const heldId = await idOf(held.number);
  await scheduleConsultation(await as(PENGOLAH, kaltim.at(5, '08:30')), {
    id: heldId,
    schedule: {
      date: localDate(kaltim.at(4, '08:00'), tz),
      time: '10:00',
      meetingLink: 'https://meet.google.com/kol-osal-001',
    },
  });
  await answerConsultation(await as(PENGOLAH, kaltim.at(4, '11:30')), {
    id: heldId,
    answer: {
      outcome:
        'Perluasan lahan memerlukan perubahan data usaha di OSS RBA sebelum kegiatan dimulai; tambahan investasi dilaporkan pada LKPM triwulan berjalan.',
      minutes:
        'Notulen konsultasi virtual (Kolosal): hadir Yusuf Hamdani (perusahaan) dan Pengolah Bidang Pengendalian. Dibahas rencana perluasan lahan, kewajiban perubahan perizinan dan pelaporan LKPM. Tindak lanjut: perusahaan memperbarui data di OSS RBA dalam 10 hari kerja.',
    },
  });

  // an LKPM helpdesk call, answered the same morning
  const call = await staff(HELPDESK, kaltim.at(1, '09:10'), 1, {
    kind: 'helpdesk',
    channel: 'phone',
    contactName: 'Dewi Lestari',
    contactPhone: '0541 731 220',
    topic: 'Gagal mengunggah LKPM triwulan',
    question: 'Tombol kirim LKPM di OSS tidak aktif setelah mengisi realisasi investasi.',
    language: 'id',
  });
  await answerConsultation(await as(HELPDESK, kaltim.at(1, '10:30')), {
    id: call.id,
    answer: {
      outcome: 'Kolom tenaga kerja asing wajib diisi (0 bila tidak ada); setelah diisi, LKPM dapat dikirim.',
      minutes:
        'Laporan helpdesk: LKPM terakhir perusahaan ditelusuri; kendala pada isian tenaga kerja. Pelaku usaha dipandu melalui telepon hingga LKPM terkirim.',
    },
  });

  // a helpdesk email closed as a duplicate of the call
  const dup = await staff(HELPDESK, kaltim.at(1, '11:00'), 1, {
    kind: 'helpdesk',
    channel: 'email',
    contactName: 'Dewi Lestari',
    contactEmail: 'dewi.lestari@example.com',
    contactPhone: '0541 731 220',
    topic: 'Gagal mengunggah LKPM triwulan',
    question: 'Tombol kirim LKPM di OSS tidak aktif setelah mengisi realisasi investasi (email).',
    language: 'id',
  });
  await closeConsultation(await as(HELPDESK, kaltim.at(1, '11:15')), {
    id: dup.id,
    close: { reason: 'Sama dengan tiket telepon pagi ini yang sudah dijawab.' },
  });

  // a virtual consultation scheduled on a coming working day
  const next = await portal(2, kaltim.at(2, '13:30'), {
    kind: 'virtual',
    contactName: 'Michael Tan',
    contactEmail: 'michael.tan@example.com',
    contactPhone: '+62 812 5300 7788',
    topic: 'Kewajiban kemitraan bagi PMA',
    question:
      'As a foreign investment company we would like to understand the partnership obligations with local SMEs and how they are reported.',
    preferredDate: ahead(2),
    preferredTime: '09:00',
    language: 'en',
  });
  await scheduleConsultation(await as(PENGOLAH, kaltim.at(0, '09:00')), {
    id: await idOf(next.number),
    schedule: {
      date: ahead(2),
      time: '10:00',
      meetingLink: 'https://zoom.us/j/8801234567',
      note: 'Mohon siapkan data mitra UMKM yang sudah bekerja sama.',
    },
  });

  // a walk-in asking for a virtual consultation, not yet scheduled
  await staff(PENGOLAH, kaltim.at(0, '09:40'), 3, {
    kind: 'virtual',
    channel: 'walk_in',
    contactName: 'Ahmad Fauzi',
    contactEmail: 'ahmad.fauzi@example.com',
    contactPhone: '+62 813 4600 1122',
    topic: 'Kendala pengadaan lahan industri',
    question: 'Perusahaan menghadapi sengketa batas lahan dengan warga dan meminta fasilitasi koordinasi.',
    preferredDate: ahead(3),
    preferredTime: '09:00',
    language: 'id',
  });

  // an LKPM helpdesk question just received from the portal
  await portal(4, kaltim.at(0, '08:20'), {
    kind: 'helpdesk',
    contactName: 'Rina Marlina',
    contactEmail: 'rina.marlina@example.com',
    contactPhone: '+62 821 5000 3344',
    topic: 'Periode LKPM usaha kecil',
    question: 'Apakah usaha kecil melaporkan LKPM per semester, dan kapan batas waktu pelaporannya?',
    language: 'id',
  });
}
