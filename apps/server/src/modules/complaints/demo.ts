import {
  ZComplaintAction,
  ZRecordComplaintRequest,
  ZSendWeeklyRecapRequest,
} from '@sigap/contracts/complaints';
import { addLocalDays, weekStartOf } from '@sigap/core/complaints';
import { findAgency, findUnitByCode } from '../../platform/db/repositories/org';
import type { DemoAgencyDays, DemoCtx } from '../../platform/kernel/demo';
import { localDate } from '../../platform/lib/local-date';
import { prepareWeeklyRecap } from './domain/weekly-recap';
import { actOnComplaint } from './use-cases/act-on-complaint';
import { recordComplaint } from './use-cases/record-complaint';
import { sendWeeklyRecap } from './use-cases/send-weekly-recap';

/**
 * The complaint module's demo at BKPM: complaints in every stage (waiting for the first
 * response, settled on the spot, with the working group waiting for a unit's input, a
 * confidential box slip overdue, answered and closed), from several channels, done through the
 * use cases as the demo complaint team; then the weekly recaps to the head (Pasal 10 ayat 2).
 * Names of people and companies are fictional.
 */
export async function seedComplaintDemo(ctx: DemoCtx): Promise<void> {
  const { db, publicUrl, as, agency } = ctx;
  const bkpm = await agency('bkpm');
  const unitId = async (code: string) => {
    const unit = await findUnitByCode(db, bkpm.agencyId, code);
    if (!unit) throw new Error(`demo unit ${code} is missing`);
    return unit.id;
  };
  const officer = 'petugas.pengaduan.bkpm@sigap.test';
  const member = 'anggota.pokja.bkpm@sigap.test';
  const chair = 'ketua.pokja.bkpm@sigap.test';
  const complaint = async (email: string, at: Date, request: Record<string, unknown>) => {
    const receipt = await recordComplaint(await as(email, at), {
      request: ZRecordComplaintRequest.parse({ receivedAt: at.toISOString(), ...request }),
      publicUrl,
    });
    return receipt.id!;
  };
  const act = async (email: string, at: Date, id: string, action: Record<string, unknown>) =>
    actOnComplaint(await as(email, at), { id, action: ZComplaintAction.parse(action), publicUrl });

  // received this morning by telephone, waiting for the first response
  await complaint(officer, bkpm.at(0, '08:15'), {
    form: 'C',
    channel: 'telephone',
    type: 'e',
    reporterName: 'Rina Kusumawati',
    reporterPhone: '0812 3400 1122',
    subject: 'Unggah dokumen PKKPR gagal di OSS',
    description: 'Sejak kemarin unggahan dokumen PKKPR selalu gagal dengan pesan galat tanpa keterangan.',
  });
  // face to face, answered on the spot
  const walkIn = await complaint(officer, bkpm.at(2, '09:00'), {
    form: 'A',
    type: 'c',
    reporterName: 'Hendro Wibisono',
    reporterAddress: 'Jl. Gatot Subroto No. 44, Jakarta Selatan',
    reporterPhone: '0813 5511 2233',
    subject: 'Informasi persyaratan izin lingkungan berbeda di dua laman',
    description: 'Laman layanan dan laman OSS menyebut persyaratan persetujuan lingkungan yang berbeda.',
    firstResponse: 'Persyaratan yang berlaku adalah yang di OSS; laman layanan kami perbarui hari ini.',
  });
  await act(officer, bkpm.at(2, '09:20'), walkIn, {
    type: 'settle',
    answer: 'Persyaratan yang berlaku adalah yang tercantum di OSS. Laman layanan telah diperbarui.',
  });
  // with the working group, examined, waiting for the units' input
  const licence = await complaint(officer, bkpm.at(6, '10:00'), {
    form: 'C',
    channel: 'email',
    type: 'a',
    reporterName: 'Agustina Lumbantobing',
    reporterEmail: 'agustina.lt@example.com',
    companyName: 'PT Sumber Daya Nusantara Abadi',
    subject: 'Perizinan berusaha berbasis risiko tertahan lebih dari tiga minggu',
    description:
      'Permohonan izin usaha kami berstatus verifikasi sejak tiga minggu lalu tanpa permintaan perbaikan.',
  });
  await act(officer, bkpm.at(6, '11:00'), licence, {
    type: 'firstResponse',
    text: 'Pengaduan Anda kami terima dan sedang kami periksa.',
  });
  await act(officer, bkpm.at(5, '09:00'), licence, {
    type: 'forward',
    note: 'Perlu penelusuran di Direktorat Sistem Perizinan Berusaha.',
  });
  await act(member, bkpm.at(4, '10:00'), licence, {
    type: 'examine',
    findings: 'Berkas lengkap; tertahan pada verifikasi teknis kementerian sektor.',
  });
  await act(member, bkpm.at(4, '10:30'), licence, {
    type: 'requestInput',
    unitId: await unitId('DIT-SPB'),
    question:
      'Mohon penjelasan status verifikasi teknis permohonan PT Sumber Daya Nusantara Abadi dan perkiraan penyelesaiannya.',
    dueWorkingDays: 3,
  });
  // a confidential box slip, overdue at the working group
  const box = await complaint(officer, bkpm.at(12, '08:30'), {
    form: 'B',
    type: 'd',
    boxKind: 'pengaduan',
    reporterPhone: '0821 7788 9900',
    subject: 'Petugas loket meminta imbalan',
    description: 'Petugas di loket konsultasi meminta imbalan agar berkas diproses lebih cepat.',
  });
  await act(officer, bkpm.at(12, '09:00'), box, {
    type: 'firstResponse',
    text: 'Pengaduan Anda kami terima dan kami tangani secara rahasia.',
  });
  await act(officer, bkpm.at(11, '09:00'), box, {
    type: 'forward',
    note: 'Dugaan pungutan: mohon ditangani Pokja.',
  });
  // answered by the working group and closed
  const closed = await complaint(officer, bkpm.at(9, '13:00'), {
    form: 'C',
    channel: 'contact_center',
    type: 'b',
    reporterName: 'Made Suardana',
    reporterEmail: 'made.suardana@example.com',
    subject: 'Permohonan fasilitas pembebasan bea masuk ditolak tanpa alasan',
    description: 'Penolakan fasilitas tidak menyebut dasar dan kekurangan berkas yang harus dilengkapi.',
  });
  await act(officer, bkpm.at(9, '14:00'), closed, {
    type: 'firstResponse',
    text: 'Pengaduan Anda kami terima.',
  });
  await act(officer, bkpm.at(8, '09:00'), closed, { type: 'forward' });
  await act(member, bkpm.at(7, '10:00'), closed, {
    type: 'examine',
    findings: 'Penolakan karena dokumen rencana impor belum diunggah.',
  });
  await act(member, bkpm.at(6, '10:00'), closed, {
    type: 'coordinate',
    summary: 'Direktorat fasilitas mengonfirmasi kekurangan dokumen.',
  });
  await act(chair, bkpm.at(6, '14:00'), closed, { type: 'decideMeeting', needed: false });
  await act(member, bkpm.at(5, '10:00'), closed, {
    type: 'answer',
    channel: 'email',
    text: 'Permohonan ditolak karena rencana impor barang modal belum diunggah. Silakan ajukan kembali dengan dokumen tersebut.',
  });
  await act(member, bkpm.at(4, '09:00'), closed, {
    type: 'close',
    report: 'Dijawab dalam batas waktu; pelapor diarahkan mengajukan ulang.',
  });
  // earlier walk-ins settled at the counter over the last months: each one invited its reporter
  // to the satisfaction survey, so the IKM report and the public IKM page have a trend
  for (const w of PAST_WALK_INS) {
    if (!bkpm.has(w.daysAgo)) continue;
    const id = await complaint(officer, bkpm.at(w.daysAgo, '10:00'), {
      form: 'A',
      type: w.type,
      reporterName: w.name,
      reporterPhone: w.phone,
      subject: w.subject,
      description: w.description,
      firstResponse: 'Kami periksa saat ini juga.',
    });
    await act(officer, bkpm.at(w.daysAgo, '10:30'), id, { type: 'settle', answer: w.answer });
  }
  await seedWeeklyRecaps(ctx, bkpm, chair);
}

/**
 * The weekly recaps to the head of the agency (Perka BKPM 12/2015 Pasal 10 ayat 2), as the Monday
 * job and the chair make them: each of the last weeks' recaps prepared on the first working day
 * of the week after it at 07:00 and sent by the chair that morning with a note; the recap due
 * this week prepared and waiting for the chair to review and send.
 */
async function seedWeeklyRecaps({ db, as }: DemoCtx, bkpm: DemoAgencyDays, chair: string): Promise<void> {
  const agency = await findAgency(db, bkpm.agencyId);
  if (!agency) throw new Error('demo agency bkpm is missing');
  // the first working day of each week, newest week first (n counts working days back)
  const weeks: Array<{ monday: string; first: number }> = [];
  for (let n = 0; bkpm.has(n) && n < 5 * (RECAP_NOTES.length + 2); n++) {
    const monday = weekStartOf(localDate(bkpm.at(n, '07:00'), agency.timeZone));
    const last = weeks.at(-1);
    if (last?.monday === monday) last.first = n;
    else weeks.push({ monday, first: n });
  }
  // the oldest week seen may be cut short by the calendar's data: its first day is not known
  const due = weeks.slice(0, Math.min(weeks.length - 1, RECAP_NOTES.length + 1)).reverse();
  // all but the newest are sent, with the last of the notes
  const sent = due.length - 1;
  for (const [i, { monday, first }] of due.entries()) {
    const week = addLocalDays(monday, -7);
    await prepareWeeklyRecap({ db, now: bkpm.at(first, '07:00') }, agency, week);
    if (i === sent) break;
    await sendWeeklyRecap(
      await as(chair, bkpm.at(first, '09:30')),
      ZSendWeeklyRecapRequest.parse({ week, note: RECAP_NOTES[RECAP_NOTES.length - sent + i] }),
    );
  }
}

/** The chair's notes to the head on the recaps already sent, oldest first. */
const RECAP_NOTES = [
  'Pengaduan minggu ini sebagian besar soal OSS dan dapat diselesaikan di loket. Tidak ada yang melewati batas waktu.',
  'Satu dugaan pungutan di loket konsultasi kami tangani secara rahasia; hasil pemeriksaan kami laporkan tersendiri.',
  'Tindak lanjut dengan Direktorat Sistem Perizinan Berusaha masih berjalan; kami pantau agar jawaban tidak melewati batas waktu.',
] as const;

/** Fictional walk-in complaints settled on the spot, `daysAgo` working days before today. */
const PAST_WALK_INS = [
  {
    daysAgo: 118,
    type: 'c',
    name: 'Yohanes Sitompul',
    phone: '0812 6100 2201',
    subject: 'Jadwal konsultasi perizinan tidak sesuai laman',
    description: 'Jam layanan konsultasi di laman berbeda dengan yang berlaku di loket.',
    answer: 'Jam layanan yang berlaku Senin-Kamis 07.30-16.00 dan Jumat 07.30-16.30; laman sudah diperbaiki.',
  },
  {
    daysAgo: 96,
    type: 'd',
    name: 'Siti Rahmawati',
    phone: '0813 6200 3302',
    subject: 'Antrean loket konsultasi tanpa nomor urut',
    description: 'Antrean di loket konsultasi tidak memakai nomor urut sehingga ada yang didahulukan.',
    answer: 'Mesin nomor antrean sudah diaktifkan kembali hari ini; petugas sudah kami ingatkan.',
  },
  {
    daysAgo: 74,
    type: 'e',
    name: 'Bambang Purnomo',
    phone: '0811 6300 4403',
    subject: 'Tidak dapat mengunggah KBLI tambahan di OSS',
    description: 'Penambahan KBLI gagal disimpan tanpa pesan kesalahan.',
    answer: 'Tembolok peramban perlu dibersihkan; penambahan KBLI berhasil disimpan bersama petugas.',
  },
  {
    daysAgo: 52,
    type: 'c',
    name: 'Dewi Anggraini',
    phone: '0812 6400 5504',
    subject: 'Informasi biaya layanan konsultasi',
    description: 'Ada pihak yang menyebut konsultasi perizinan dikenai biaya.',
    answer: 'Layanan konsultasi tidak dipungut biaya; informasi ini juga tertera di standar pelayanan.',
  },
  {
    daysAgo: 30,
    type: 'b',
    name: 'Arif Setiawan',
    phone: '0813 6500 6605',
    subject: 'Permintaan dokumen di luar persyaratan',
    description: 'Petugas meminta surat keterangan domisili yang tidak ada dalam persyaratan.',
    answer: 'Surat keterangan domisili tidak diperlukan; berkas Bapak kami proses tanpa dokumen tersebut.',
  },
  {
    daysAgo: 16,
    type: 'e',
    name: 'Lestari Handayani',
    phone: '0811 6600 7706',
    subject: 'Kode verifikasi OSS tidak diterima',
    description: 'Kode verifikasi akun OSS tidak masuk ke surel sejak kemarin.',
    answer: 'Alamat surel akun keliru satu huruf; sudah kami perbaiki dan kode verifikasi diterima.',
  },
] as const;
