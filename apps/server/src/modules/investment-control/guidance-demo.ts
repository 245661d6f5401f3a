import { isWorkingDay } from '@sigap/core';
import { currentCompliancePeriod, periodOf, previousPeriod } from '@sigap/core/investment-control';
import { findAgency } from '../../platform/db/repositories/org';
import { renderPdf } from '../../platform/documents/pdf';
import type { DemoCtx } from '../../platform/kernel/demo';
import { localDate } from '../../platform/lib/local-date';
import { loadWorkingCalendar } from '../../platform/use-cases/calendar/working-calendar';
import { lkpmDeadlineDayOf } from './domain/lkpm';
import { findParticipantByToken, quarterFilers } from './repository/guidance';
import { addGuidanceMaterials } from './use-cases/add-guidance-materials';
import { answerGuidanceSurvey } from './use-cases/answer-guidance-survey';
import { createGuidance } from './use-cases/create-guidance';
import { getGuidance } from './use-cases/get-guidance';
import { inviteGuidanceCompanies } from './use-cases/invite-guidance-companies';
import { recordGuidanceAttendance } from './use-cases/record-guidance-attendance';
import { recordGuidanceMinutes } from './use-cases/record-guidance-minutes';
import { startIncidentalInspection } from './use-cases/start-incidental-inspection';

const STAFF = 'pengolah.kaltim@sigap.test';
const INSPECTOR = 'fungsional.kaltim@sigap.test';
const WITA = 'Asia/Makassar';
const AULA = 'Aula Lantai 3 DPMPTSP Provinsi Kalimantan Timur, Jl. Basuki Rahmat No. 55, Samarinda';

const nextDay = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

/**
 * The guidance demo at DPMPTSP Kaltim, through the use cases, on the registry's companies:
 * a Bimtek held in the last quarter whose LKPM deadline has passed (invitations, materials,
 * attendance, minutes, survey answers, so its evaluation reads before and after), an upcoming
 * Bimtek with its invitations to companies that did not report, a guidance on a company's
 * request, and one started from an incidental inspection's finding.
 */
export async function seedGuidanceDemo(demo: DemoCtx): Promise<void> {
  const { db, as, agency, publicUrl } = demo;
  const kaltim = await agency('dpmptsp-kaltim');
  if (!kaltim.has(100)) return;
  const agencyRow = (await findAgency(db, kaltim.agencyId))!;
  const today = localDate(kaltim.at(0, '10:30'), WITA);
  // the last quarter whose filing deadline has passed: its session's effect can be read
  const after = currentCompliancePeriod(today, 'quarter', lkpmDeadlineDayOf(agencyRow));
  const before = previousPeriod(after);
  let held = -1;
  for (let n = 0; n < 120 && kaltim.has(n); n++) {
    const d = localDate(kaltim.at(n, '09:00'), WITA);
    const p = periodOf(d, 'quarter');
    if (
      p.year === after.year &&
      p.no === after.no &&
      Number(d.slice(8, 10)) >= 8 &&
      Number(d.slice(8, 10)) <= 24
    ) {
      held = n;
      break;
    }
  }
  const filers = await quarterFilers(db, kaltim.agencyId, before, after);
  if (held < 0 || filers.length < 12) return;
  const improved = filers.filter((c) => !c.before && c.after);
  const steady = filers.filter((c) => c.before && c.after);
  const lapsed = filers.filter((c) => !c.before && !c.after);
  const pastIds = [...improved.slice(0, 4), ...steady.slice(0, 3), ...lapsed.slice(0, 1)].map((c) => c.id);
  const heldOn = localDate(kaltim.at(held, '09:00'), WITA);

  // 1. a Bimtek held: prepared five working days before, held, evaluated
  const prep = (time: string) => as(STAFF, kaltim.at(held + 5, time));
  const past = await createGuidance(await prep('09:00'), {
    kind: 'bimtek',
    title: 'Bimbingan Teknis Penyampaian LKPM melalui OSS RBA',
    topic:
      'Kewajiban LKPM bagi pelaku usaha menengah dan besar; tata cara pengisian realisasi investasi dan tenaga kerja; sanksi keterlambatan.',
    heldOn,
    startTime: '09:00',
    endTime: '12:00',
    place: AULA,
  });
  await inviteGuidanceCompanies(await prep('10:00'), { id: past.id, body: { companyIds: pastIds } });
  const paparan = await renderPdf({
    title: 'Paparan Bimtek LKPM',
    content: [
      { text: 'Bimbingan Teknis Penyampaian LKPM', style: 'header' },
      { text: 'Kewajiban LKPM (PP 5/2021, Peraturan BKPM 5/2021)', margin: [0, 8, 0, 0] },
      {
        ul: [
          'Periode triwulan dan semester',
          'Batas penyampaian',
          'Isian realisasi investasi',
          'Tenaga kerja',
        ],
      },
    ],
    creationDate: kaltim.at(held + 5, '11:00'),
  });
  await addGuidanceMaterials(await prep('11:00'), {
    id: past.id,
    fields: {},
    files: [{ field: 'materials', filename: 'paparan-bimtek-lkpm.pdf', bytes: paparan, truncated: false }],
  });
  const day = await as(STAFF, kaltim.at(held, '12:30'));
  // the company that lapsed stayed away
  const absent = lapsed.length > 0 ? pastIds[pastIds.length - 1] : null;
  const invited = (await getGuidance(day, past.id)).participantList;
  await recordGuidanceAttendance(day, {
    id: past.id,
    body: {
      entries: invited.map((p, i) => ({
        participantId: p.id,
        attended: p.companyId !== absent,
        attendeeName:
          p.companyId !== absent
            ? [
                'Rina Marlina',
                'Agus Salim',
                'Dewi Lestari',
                'Yohanes Kurniawan',
                'Siti Aminah',
                'Bambang Riyadi',
                'Lina Hartati',
              ][i % 7]
            : undefined,
      })),
    },
    publicUrl,
  });
  await recordGuidanceMinutes(await as(STAFF, kaltim.at(held, '14:00')), {
    id: past.id,
    body: {
      minutes:
        'Bimtek dibuka Kepala Bidang Pengendalian. Narasumber menjelaskan kewajiban LKPM triwulanan dan tata cara pengisian di OSS RBA. Tanya jawab: perbedaan realisasi modal kerja dan mesin; pelaporan per lokasi usaha. Tindak lanjut: peserta menyampaikan LKPM periode berjalan tepat waktu; helpdesk LKPM membantu kendala teknis.',
    },
  });
  const scores = [4, 3, 4, 4, 3, 2];
  const comments = [
    'Materi jelas dan praktis.',
    null,
    'Mohon diadakan lagi untuk modul tenaga kerja.',
    null,
    'Waktu tanya jawab kurang.',
    null,
  ];
  for (const [i, p] of invited
    .filter((x) => x.companyId !== absent)
    .slice(0, scores.length)
    .entries()) {
    const token = p.surveyPath.split('/').pop()!;
    if (!(await findParticipantByToken(db, token))) continue;
    await answerGuidanceSurvey(
      { db, now: kaltim.at(Math.max(held - 1, 0), `${10 + i}:15`) },
      { token, answer: { score: scores[i]!, comment: comments[i] ?? undefined } },
    );
  }

  // 2. an upcoming Bimtek, its invitations out to companies that have not reported
  const calendar = await loadWorkingCalendar(db, agencyRow);
  let upcoming = today;
  for (let count = 0; count < 7; ) {
    upcoming = nextDay(upcoming);
    if (isWorkingDay(calendar, upcoming)) count++;
  }
  const now = await as(STAFF, kaltim.at(0, '09:30'));
  const next = await createGuidance(now, {
    kind: 'bimtek',
    title: 'Bimtek Kewajiban LKPM bagi Pelaku Usaha yang Belum Melapor',
    topic: 'Pendampingan pengisian LKPM periode yang belum disampaikan; konsekuensi sanksi administratif.',
    heldOn: upcoming,
    startTime: '13:30',
    endTime: '16:00',
    place: AULA,
    onlineLink: 'https://zoom.us/j/81234567890',
  });
  const notFiled = filers.filter((c) => !c.after && !pastIds.includes(c.id)).slice(0, 6);
  if (notFiled.length)
    await inviteGuidanceCompanies(await as(STAFF, kaltim.at(0, '09:45')), {
      id: next.id,
      body: { companyIds: notFiled.map((c) => c.id) },
    });

  // 3. a guidance on a company's request letter, held three working days ago
  const asker = steady[3] ?? improved[4] ?? filers[0]!;
  const requested = await createGuidance(await as(STAFF, kaltim.at(8, '10:00')), {
    kind: 'on_request',
    title: 'Pembinaan pelaksanaan penanaman modal atas permintaan perusahaan',
    topic: 'Penyesuaian rencana investasi dan kewajiban laporan setelah perubahan KBLI.',
    companyId: asker.id,
    requestLetterNumber: '045/DIR/XI/2026',
    requestLetterDate: localDate(kaltim.at(10, '09:00'), WITA),
    heldOn: localDate(kaltim.at(3, '09:00'), WITA),
    startTime: '10:00',
    endTime: '11:30',
    place: 'Ruang Rapat Bidang Pengendalian, DPMPTSP Provinsi Kalimantan Timur',
  });
  const meeting = await as(STAFF, kaltim.at(3, '11:45'));
  await recordGuidanceAttendance(meeting, {
    id: requested.id,
    body: {
      entries: requested.participantList.map((p) => ({
        participantId: p.id,
        attended: true,
        attendeeName: 'Direktur Operasional',
      })),
    },
    publicUrl,
  });
  await recordGuidanceMinutes(meeting, {
    id: requested.id,
    body: {
      minutes:
        'Perusahaan menyampaikan rencana perubahan KBLI. Dijelaskan kewajiban pembaruan perizinan di OSS RBA dan LKPM per lokasi usaha. Perusahaan akan menyampaikan LKPM triwulan berjalan.',
    },
  });

  // 4. a guidance from supervision: an incidental inspection's finding, guidance planned
  const inspected = lapsed[1] ?? improved[5] ?? filers[1]!;
  const inspection = await startIncidentalInspection(await as(INSPECTOR, kaltim.at(6, '09:00')), {
    companyId: inspected.id,
    reasonKind: 'finding',
    reason: 'LKPM dua triwulan terakhir tidak disampaikan; realisasi investasi tidak dapat dipantau.',
  });
  await createGuidance(await as(STAFF, kaltim.at(1, '10:00')), {
    kind: 'from_supervision',
    title: 'Pembinaan atas temuan pengawasan: kewajiban LKPM',
    topic: 'Tindak lanjut temuan: penyampaian LKPM yang tertunggak dan pendampingan pengisian.',
    inspectionId: inspection.id,
    heldOn: upcoming,
    startTime: '09:00',
    endTime: '10:30',
    place: 'Ruang Rapat Bidang Pengendalian, DPMPTSP Provinsi Kalimantan Timur',
  });
}
