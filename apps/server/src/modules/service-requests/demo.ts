import { ZServiceRequestAction } from '@sigap/contracts/service-requests';
import { earliestFacilitationDate } from '@sigap/core/service-requests';
import { findAgencyByCode } from '../../platform/db/repositories/org';
import type { DemoCtx } from '../../platform/kernel/demo';
import { loadWorkingCalendar } from '../../platform/use-cases/calendar/working-calendar';
import { seedServiceRequestEmails } from './demo-emails';
import { findServiceRequestByCode } from './repository/service-requests';
import { actOnServiceRequest } from './use-cases/act-on-service-request';
import { registerServiceRequest } from './use-cases/register-service-request';
import { submitFacilitationRequest } from './use-cases/submit-facilitation-request';
import { submitOneOnOneRequest } from './use-cases/submit-one-on-one-request';

/** A tiny valid PDF standing for the applicants' supporting data. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const file = (name: string) => [{ field: 'attachments', filename: name, bytes: PDF, truncated: false }];

const plusDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The service-request module's demo at BKPM, relative to today on the working calendar, done
 * through the use cases (portal submissions as the public, the rest as the demo team):
 * one-on-one requests waiting for the reply, accepted, and held incomplete from a letter;
 * facilitation requests new with priority service, rescheduled by agreement, and finished by
 * an online meeting; two emails waiting in the mailbox. Names of people and companies are fictional.
 */
export async function seedServiceRequestDemo(demo: DemoCtx): Promise<void> {
  const { db, publicUrl, as, agency } = demo;
  await seedServiceRequestEmails(demo);
  const bkpm = await agency('bkpm');
  const row = await findAgencyByCode(db, 'bkpm');
  if (!row) return;
  const calendar = await loadWorkingCalendar(db, row);
  const act = async (email: string, at: Date, id: string, action: Record<string, unknown>) =>
    actOnServiceRequest(await as(email, at), { id, action: ZServiceRequestAction.parse(action), publicUrl });
  const idOf = async (receipt: { trackingCode: string }) => {
    const r = await findServiceRequestByCode(db, receipt.trackingCode);
    if (!r) throw new Error(`demo request ${receipt.trackingCode} is missing`);
    return r.id;
  };

  const oneOnOne = async (at: Date, fields: Record<string, string>) =>
    submitOneOnOneRequest(
      { db, now: at },
      {
        fields: {
          agencyId: bkpm.agencyId,
          addressee: 'minister',
          investmentCurrency: 'USD',
          language: 'id',
          ...fields,
        },
        files: file('profil-perusahaan.pdf'),
        publicUrl,
      },
    );
  const facilitation = async (at: Date, fields: Record<string, string>) =>
    submitFacilitationRequest(
      { db, now: at },
      {
        fields: {
          agencyId: bkpm.agencyId,
          regularUnitsFailed: 'true',
          language: 'id',
          proposedDate: earliestFacilitationDate(calendar, at),
          ...fields,
        },
        files: file('tangkapan-layar-oss.pdf'),
        publicUrl,
      },
    );

  // this morning: a one-on-one request waiting for the Deputy's reply
  await oneOnOne(bkpm.at(0, '08:40'), {
    applicantName: 'Hiroshi Tanaka',
    applicantIdentity: 'President Director, PT Nusantara Sel Energi; paspor TK5512034',
    applicantEmail: 'hiroshi.tanaka@example.com',
    contactPhone: '+81 80 5512 0034',
    companyName: 'PT Nusantara Sel Energi',
    investmentSector: 'Industri baterai kendaraan listrik',
    kbli: '27201',
    investmentLocation: 'Kawasan Industri Batang, Jawa Tengah',
    investmentValue: '450000000',
    investmentTimeline: '2027-2029',
    topics: 'Ketersediaan lahan di kawasan industri, insentif tax holiday, dan pasokan nikel olahan.',
  });

  // accepted two days after it came in; the meeting is to be scheduled
  const accepted = await oneOnOne(bkpm.at(3, '10:15'), {
    applicantName: 'Claire Dubois',
    applicantIdentity: 'Head of Asia Expansion, Lumière Agro SAS; passport 21FR88341',
    applicantEmail: 'claire.dubois@example.com',
    contactPhone: '+33 6 12 34 56 78',
    companyName: 'Lumière Agro SAS',
    addressee: 'deputy_promotion',
    investmentSector: 'Pengolahan kakao',
    kbli: '10732',
    investmentLocation: 'Kabupaten Luwu Utara, Sulawesi Selatan',
    investmentValue: '85000000',
    investmentCurrency: 'EUR',
    investmentTimeline: '2027',
    topics: 'Kemitraan dengan petani kakao, perizinan kawasan, dan fasilitas impor mesin.',
  });
  await act('deputi.promosi.bkpm@sigap.test', bkpm.at(1, '14:00'), await idOf(accepted), {
    type: 'reply',
    decision: 'accept',
    mode: 'letter',
    text: 'Permohonan diterima. Jadwal pertemuan dengan Deputi Bidang Promosi Penanaman Modal akan disampaikan kemudian.',
  });

  // a letter delivered to the administration office without the investment plan and the supporting data
  await registerServiceRequest(await as('tu.promosi.bkpm@sigap.test', bkpm.at(2, '09:30')), {
    request: {
      service: 'pertemuan-one-on-one',
      channel: 'letter',
      receivedAt: bkpm.at(2, '09:10').toISOString(),
      applicantName: 'Bonifasius Siregar',
      applicantIdentity: 'Direktur Utama PT Toba Hijau Lestari',
      applicantEmail: 'boni.siregar@example.com',
      contactPhone: '0813 6122 4455',
      companyName: 'PT Toba Hijau Lestari',
      addressee: 'minister',
      topics: 'Rencana pembangunan pabrik pengolahan kopi arabika dan kebutuhan infrastruktur jalan.',
      regularUnitsFailed: false,
      supportingDataReceived: false,
    },
    publicUrl,
  });

  // a facilitation request with priority service, waiting to be registered
  await facilitation(bkpm.at(0, '09:20'), {
    applicantName: 'Sutrisno Hadi',
    applicantIdentity: 'Pemilik CV Batik Sekar Jagad, NIK 3372010101500003',
    applicantEmail: 'sutrisno.hadi@example.com',
    whatsapp: '0812 2700 3311',
    companyName: 'CV Batik Sekar Jagad',
    chronology:
      'Sejak pekan lalu permohonan perubahan KBLI di OSS selalu gagal disimpan dengan pesan galat sistem. Helpdesk menyarankan menunggu, namun belum ada perubahan.',
    consultationReference: 'HD-OSS-2026-11873',
    priority: 'elderly',
  });

  // registered, assigned and rescheduled by agreement
  const moved = await facilitation(bkpm.at(4, '10:00'), {
    applicantName: 'Maria Ulfa',
    applicantIdentity: 'Staf Legal PT Samudra Biru Logistik, NIK 3175046505900002',
    applicantEmail: 'maria.ulfa@example.com',
    whatsapp: '0821 1188 2299',
    companyName: 'PT Samudra Biru Logistik',
    chronology:
      'Data NIB tidak sinkron dengan data AHU setelah perubahan susunan direksi; notifikasi perubahan tidak dapat diajukan melalui OSS.',
    consultationReference: 'HD-OSS-2026-11502',
  });
  const movedId = await idOf(moved);
  await act('tu.ti.bkpm@sigap.test', bkpm.at(3, '09:00'), movedId, { type: 'register' });
  await act('direktur.spb.bkpm@sigap.test', bkpm.at(3, '13:30'), movedId, { type: 'assign' });
  await act('staf.spb.bkpm@sigap.test', bkpm.at(1, '10:00'), movedId, {
    type: 'reschedule',
    newDate: plusDays(earliestFacilitationDate(calendar, bkpm.at(4, '10:00')), 3),
    reason: 'Disepakati melalui telepon dengan pemohon karena narasumber Ditjen AHU berhalangan.',
  });

  // finished by an online meeting with minutes
  const done = await facilitation(bkpm.at(9, '08:30'), {
    applicantName: 'Gede Wirawan',
    applicantIdentity: 'Konsultan perizinan PT Bali Tirta Wisata, NIK 5171031203880001',
    applicantEmail: 'gede.wirawan@example.com',
    whatsapp: '0857 3900 1212',
    companyName: 'PT Bali Tirta Wisata',
    chronology:
      'Persyaratan dasar PKKPR tidak muncul di dasbor OSS meskipun sudah diterbitkan, sehingga izin usaha tidak dapat dilanjutkan.',
    consultationReference: 'HD-OSS-2026-10950',
    priority: 'disability',
  });
  const doneId = await idOf(done);
  await act('tu.ti.bkpm@sigap.test', bkpm.at(8, '09:00'), doneId, { type: 'register' });
  await act('direktur.spb.bkpm@sigap.test', bkpm.at(8, '11:00'), doneId, { type: 'assign' });
  await act('staf.spb.bkpm@sigap.test', bkpm.at(3, '10:30'), doneId, {
    type: 'finish',
    product: 'online_meeting',
    meetingLink: 'https://meet.example.com/fasilitasi-oss-10950',
    attendees: 'Gede Wirawan (pemohon); Rizky Pratama (Dit. SPB); perwakilan DPMPTSP Provinsi Bali',
    minutes:
      'Data PKKPR disinkronkan ulang dari sistem GISTARU; persyaratan dasar kini tampil dan pemohon dapat melanjutkan permohonan izin usaha.',
    priorityServiceGiven: true,
  });
}
